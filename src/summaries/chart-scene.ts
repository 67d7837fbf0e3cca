/** A tiny vector vocabulary that both the SVG (HTML report) and the pdfkit (PDF) renderers draw. */
export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string }
  | { kind: 'polyline'; points: Array<[number, number]>; stroke: string; width: number; dash?: number }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string }
  /** Absolute SVG path data using only M, L and Z. */
  | { kind: 'path'; d: string; fill: string; stroke: string; width: number }
  /** `y` is the text baseline. */
  | { kind: 'text'; x: number; y: number; text: string; size: number; anchor: 'start' | 'middle' | 'end'; bold?: boolean; fill?: string };

export interface Scene {
  width: number;
  height: number;
  title: string;
  /** Alternative text describing the chart for screen readers. */
  description: string;
  shapes: Shape[];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]);
}

const n = (v: number) => String(Math.round(v * 10) / 10);

/** Inline SVG markup for the HTML report; every text is escaped. */
export function sceneToSvg(scene: Scene): string {
  const body = scene.shapes
    .map((s) => {
      switch (s.kind) {
        case 'rect':
          return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${escapeXml(s.fill)}"${s.stroke ? ` stroke="${escapeXml(s.stroke)}"` : ''}/>`;
        case 'polyline':
          return `<polyline points="${s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${escapeXml(s.stroke)}" stroke-width="${n(s.width)}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`;
        case 'circle':
          return `<circle cx="${n(s.x)}" cy="${n(s.y)}" r="${n(s.r)}" fill="${escapeXml(s.fill)}"/>`;
        case 'path':
          return `<path d="${escapeXml(s.d)}" fill="${escapeXml(s.fill)}" stroke="${escapeXml(s.stroke)}" stroke-width="${n(s.width)}" fill-rule="evenodd"/>`;
        case 'text':
          return `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${n(s.size)}" text-anchor="${s.anchor}"${s.bold ? ' font-weight="bold"' : ''}${s.fill ? ` fill="${escapeXml(s.fill)}"` : ''}>${escapeXml(s.text)}</text>`;
      }
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.width} ${scene.height}" width="100%" role="img" aria-label="${escapeXml(scene.title)}" font-family="Helvetica, Arial, sans-serif">` +
    `<title>${escapeXml(scene.title)}</title><desc>${escapeXml(scene.description)}</desc>${body}</svg>`
  );
}

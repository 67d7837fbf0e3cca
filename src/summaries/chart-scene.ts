/** What an interactive view adds to a mark: `data-*` attributes naming what it shows, and a tooltip. */
export interface MarkInfo {
  /** Kebab-case keys (`status`, `district-id`), written as `data-<key>`. */
  data?: Record<string, string>;
  tip?: string;
}

/** A tiny vector vocabulary that the HTML report's SVG, the PDF and the dashboard in the browser all draw. */
export type Shape =
  | ({ kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string } & MarkInfo)
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | ({ kind: 'polyline'; points: Array<[number, number]>; stroke: string; width: number; dash?: number } & MarkInfo)
  | ({ kind: 'circle'; x: number; y: number; r: number; fill: string } & MarkInfo)
  /** Absolute SVG path data using only M, L and Z. */
  | ({ kind: 'path'; d: string; fill: string; stroke: string; width: number } & MarkInfo)
  /** `y` is the text baseline. */
  | { kind: 'text'; x: number; y: number; text: string; size: number; anchor: 'start' | 'middle' | 'end'; bold?: boolean; fill?: string };

export interface ReportScenes {
  statusBars: Scene;
  quarterly: Scene;
  choropleth: Scene;
}

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

/** The `data-*` attributes and the tooltip of a mark, as SVG markup: attributes, then the element's content. */
function mark(info: MarkInfo): { attrs: string; content: string } {
  const attrs = Object.entries(info.data ?? {})
    .map(([key, value]) => ` data-${escapeXml(key)}="${escapeXml(value)}"`)
    .join('');
  return { attrs, content: info.tip ? `<title>${escapeXml(info.tip)}</title>` : '' };
}

const element = (tag: string, attrs: string, info: MarkInfo) => {
  const { attrs: data, content } = mark(info);
  return content ? `<${tag} ${attrs}${data}>${content}</${tag}>` : `<${tag} ${attrs}${data}/>`;
};

/** Inline SVG markup for the HTML report; every text is escaped. */
export function sceneToSvg(scene: Scene): string {
  const body = scene.shapes
    .map((s) => {
      switch (s.kind) {
        case 'rect':
          return element(
            'rect',
            `x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${escapeXml(s.fill)}"${s.stroke ? ` stroke="${escapeXml(s.stroke)}"` : ''}`,
            s,
          );
        case 'line':
          return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${escapeXml(s.stroke)}" stroke-width="${n(s.width)}"/>`;
        case 'polyline':
          return element(
            'polyline',
            `points="${s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${escapeXml(s.stroke)}" stroke-width="${n(s.width)}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}`,
            s,
          );
        case 'circle':
          return element('circle', `cx="${n(s.x)}" cy="${n(s.y)}" r="${n(s.r)}" fill="${escapeXml(s.fill)}"`, s);
        case 'path':
          return element(
            'path',
            `d="${escapeXml(s.d)}" fill="${escapeXml(s.fill)}" stroke="${escapeXml(s.stroke)}" stroke-width="${n(s.width)}" fill-rule="evenodd"`,
            s,
          );
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

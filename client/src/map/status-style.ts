import type { MapFeatureProperties } from '../api-types';

/** How a feature is drawn; the colour is always the server's, the client only chooses sizes and outlines. */
export interface CircleStyle {
  radius: number;
  fillColor: string;
  fillOpacity: number;
  color: string;
  weight: number;
  opacity: number;
}

const POINT_RADIUS = 7;
const SELECTED_STROKE = '#111111';

/** Cluster radius grows with the logarithm of its size: 2 properties ≈ 12 px, 10,000 ≈ 30 px. */
export function clusterRadius(count: number): number {
  return Math.round(Math.min(30, 9 + 2.3 * Math.log2(Math.max(2, count))));
}

export function featureStyle(props: MapFeatureProperties, selected = false): CircleStyle {
  if (props.cluster) {
    return { radius: clusterRadius(props.count ?? 2), fillColor: props.colour, fillOpacity: 1, color: '#ffffff', weight: 3, opacity: 0.9 };
  }
  return {
    radius: selected ? POINT_RADIUS + 3 : POINT_RADIUS,
    fillColor: props.colour,
    fillOpacity: 1,
    color: selected ? SELECTED_STROKE : '#ffffff',
    weight: selected ? 3 : 2,
    opacity: 1,
  };
}

/** Black or white, whichever reads better on the given background (WCAG relative luminance). */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  const rgb = parseHexColour(background);
  if (!rgb) return '#000000';
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast against white is (1.05)/(L+0.05), against black (L+0.05)/0.05; they are equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

export function parseHexColour(colour: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return null;
  const n = parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export interface RingSegment {
  colour: string;
  /** Start and end as fractions of the full circle, clockwise from twelve o'clock. */
  from: number;
  to: number;
}

/** The ring of a cluster: one arc per status in proportion to its count, in the legend's order. */
export function clusterSegments(counts: Partial<Record<string, number>>, order: readonly string[], colourOf: (status: string) => string): RingSegment[] {
  const total = order.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  if (total <= 0) return [];
  const segments: RingSegment[] = [];
  let at = 0;
  for (const status of order) {
    const n = counts[status] ?? 0;
    if (n <= 0) continue;
    segments.push({ colour: colourOf(status), from: at, to: at + n / total });
    at += n / total;
  }
  segments[segments.length - 1].to = 1;
  return segments;
}

/** "1.234" / "12k": short enough to fit inside the circle. */
export function clusterLabel(count: number): string {
  if (count >= 10_000) return `${Math.round(count / 1000)}k`;
  if (count >= 1000) return `${(Math.round(count / 100) / 10).toString()}k`;
  return String(count);
}

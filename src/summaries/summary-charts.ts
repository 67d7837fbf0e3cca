import { choroplethClasses, classColour } from '../common/choropleth-scale.js';
import type { ReportScenes, Scene, Shape } from './chart-scene.js';
import { formatQuarter } from './german-format.js';
import type { SummaryReport } from './summary-report.js';
import { PROPERTY_STATUSES, STATUS_STYLE } from '../properties/status-catalogue.js';

export interface DistrictOutline {
  districtId: string;
  label: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
}

const DECLARED_COLOUR = STATUS_STYLE.uninhabitable.colour;
const RELET_COLOUR = STATUS_STYLE.relet.colour;
const AXIS = '#555555';
const GRID = '#dddddd';

/** A step of 1, 2 or 5 times a power of ten giving about `target` ticks up to `max`. */
function niceStep(max: number, target = 5): number {
  if (max <= 0) return 1;
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, step);
}

const text = (x: number, y: number, value: string, size = 10, anchor: 'start' | 'middle' | 'end' = 'start', bold = false): Shape => ({
  kind: 'text',
  x,
  y,
  text: value,
  size,
  anchor,
  bold,
  fill: '#222222',
});

/** Status on the reference day per Stadtbezirk, as horizontal stacked bars. */
function statusBarsScene(report: SummaryReport): Scene {
  const bars = report.statusBars;
  const width = 760;
  const left = 190;
  const right = 700;
  const top = 28;
  const rowHeight = 24;
  const max = Math.max(1, ...bars.map((b) => PROPERTY_STATUSES.reduce((s, st) => s + b.counts[st], 0)));
  const step = niceStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const x = (v: number) => left + ((right - left) * v) / axisMax;
  const bottom = top + bars.length * rowHeight;
  const shapes: Shape[] = [text(0, 14, 'Gebäude je Stadtbezirk nach Status am Stichtag', 12, 'start', true)];
  for (let v = 0; v <= axisMax; v += step) {
    shapes.push({ kind: 'line', x1: x(v), y1: top - 4, x2: x(v), y2: bottom, stroke: GRID, width: 0.5 });
    shapes.push(text(x(v), bottom + 12, String(v), 8, 'middle'));
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    shapes.push(text(left - 6, y + 15, bar.label, 9, 'end'));
    let start = 0;
    for (const status of PROPERTY_STATUSES) {
      const count = bar.counts[status];
      if (count <= 0) continue;
      shapes.push({
        kind: 'rect',
        x: x(start),
        y: y + 4,
        w: x(start + count) - x(start),
        h: rowHeight - 8,
        fill: STATUS_STYLE[status].colour,
        data: { status },
        tip: `${bar.label}, ${STATUS_STYLE[status].labelDe}: ${count}`,
      });
      start += count;
    }
    shapes.push(text(x(start) + 4, y + 15, String(start), 8));
  });
  const legendTop = bottom + 30;
  PROPERTY_STATUSES.forEach((status, i) => {
    const lx = (i % 4) * 185;
    const ly = legendTop + Math.floor(i / 4) * 16;
    shapes.push({ kind: 'rect', x: lx, y: ly - 9, w: 10, h: 10, fill: STATUS_STYLE[status].colour, stroke: '#999999' });
    shapes.push(text(lx + 14, ly, STATUS_STYLE[status].labelDe, 9));
  });
  const summary = bars.map((b) => `${b.label}: ${PROPERTY_STATUSES.map((s) => `${STATUS_STYLE[s].labelDe} ${b.counts[s]}`).join(', ')}`).join('; ');
  return { width, height: legendTop + 30, title: 'Status je Stadtbezirk', description: summary, shapes };
}

/** Buildings declared uninhabitable and re-let per quarter. */
function quarterlyScene(report: SummaryReport): Scene {
  const points = report.quarterly;
  const width = 760;
  const height = 280;
  const [left, right, top, bottom] = [50, 740, 40, 230];
  const max = Math.max(1, ...points.map((p) => Math.max(p.declared, p.relet)));
  const step = niceStep(max, 4);
  const axisMax = Math.ceil(max / step) * step;
  const x = (i: number) => (points.length <= 1 ? (left + right) / 2 : left + ((right - left) * i) / (points.length - 1));
  const y = (v: number) => bottom - ((bottom - top) * v) / axisMax;
  const shapes: Shape[] = [text(0, 14, 'Unbewohnbarkeitserklärungen und Wiedervermietungen je Quartal (Gebäude)', 12, 'start', true)];
  for (let v = 0; v <= axisMax; v += step) {
    shapes.push({ kind: 'line', x1: left, y1: y(v), x2: right, y2: y(v), stroke: GRID, width: 0.5 });
    shapes.push(text(left - 6, y(v) + 3, String(v), 8, 'end'));
  }
  const every = Math.max(1, Math.ceil(points.length / 12));
  points.forEach((p, i) => {
    if (i % every === 0 || i === points.length - 1) shapes.push(text(x(i), bottom + 14, formatQuarter(p.quarter), 8, 'middle'));
  });
  shapes.push({ kind: 'line', x1: left, y1: bottom, x2: right, y2: bottom, stroke: AXIS, width: 1 });
  for (const [key, colour, name] of [
    ['declared', DECLARED_COLOUR, 'Unbewohnbar erklärt'],
    ['relet', RELET_COLOUR, 'Wiedervermietet'],
  ] as const) {
    shapes.push({ kind: 'polyline', points: points.map((p, i) => [x(i), y(p[key])]), stroke: colour, width: 2, data: { series: key } });
    points.forEach((p, i) =>
      shapes.push({ kind: 'circle', x: x(i), y: y(p[key]), r: 2.5, fill: colour, tip: `${formatQuarter(p.quarter)}, ${name}: ${p[key]}` }),
    );
  }
  shapes.push({ kind: 'rect', x: left, y: 24, w: 18, h: 3, fill: DECLARED_COLOUR });
  shapes.push(text(left + 22, 29, 'Unbewohnbar erklärt', 9));
  shapes.push({ kind: 'rect', x: left + 160, y: 24, w: 18, h: 3, fill: RELET_COLOUR });
  shapes.push(text(left + 182, 29, 'Wiedervermietet', 9));
  const description = points.map((p) => `${formatQuarter(p.quarter)}: ${p.declared} erklärt, ${p.relet} wiedervermietet`).join('; ');
  return { width, height: height, title: 'Erklärungen und Wiedervermietungen je Quartal', description, shapes };
}

interface ProjectedDistrict {
  districtId: string;
  label: string;
  path: string;
  labelAt: [number, number];
}

/** Equirectangular projection scaled by cos(latitude) into a box, rounded to 0.1 so the paths stay small. */
function projectOutlines(outlines: readonly DistrictOutline[], width: number, height: number, padding = 10): ProjectedDistrict[] {
  const polygons = (g: DistrictOutline['geometry']) => (g.type === 'Polygon' ? [g.coordinates as number[][][]] : (g.coordinates as number[][][][]));
  const all = outlines.flatMap((o) => polygons(o.geometry).flat(2));
  if (all.length === 0) return [];
  const lons = all.map((c) => c[0]);
  const lats = all.map((c) => c[1]);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = Math.min((width - 2 * padding) / Math.max((maxLon - minLon) * k, 1e-9), (height - 2 * padding) / Math.max(maxLat - minLat, 1e-9));
  const offsetX = (width - (maxLon - minLon) * k * scale) / 2;
  const offsetY = (height - (maxLat - minLat) * scale) / 2;
  const project = ([lon, lat]: number[]): [number, number] => [
    Math.round((offsetX + (lon - minLon) * k * scale) * 10) / 10,
    Math.round((offsetY + (maxLat - lat) * scale) * 10) / 10,
  ];
  return outlines.map((o) => {
    let best: { area: number; centre: [number, number] } = { area: -1, centre: [width / 2, height / 2] };
    const rings: string[] = [];
    for (const polygon of polygons(o.geometry)) {
      polygon.forEach((ring, r) => {
        const points = ring.map(project).filter((p, i, arr) => i === 0 || p[0] !== arr[i - 1][0] || p[1] !== arr[i - 1][1]);
        if (points.length < 3) return;
        rings.push(`M${points.map((p) => `${p[0]} ${p[1]}`).join('L')}Z`);
        const area = Math.abs(ringArea(points));
        if (r === 0 && area > best.area) best = { area, centre: ringCentroid(points) };
      });
    }
    return { districtId: o.districtId, label: o.label, path: rings.join(''), labelAt: best.centre };
  });
}

function ringArea(points: ReadonlyArray<[number, number]>): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % points.length];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function ringCentroid(points: ReadonlyArray<[number, number]>): [number, number] {
  const area = ringArea(points);
  if (area === 0) return points[0];
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % points.length];
    const f = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return [Math.round((cx / (6 * area)) * 10) / 10, Math.round((cy / (6 * area)) * 10) / 10];
}

const CHOROPLETH_CAPTION = 'Gebäude mit bestehender Unbewohnbarkeitserklärung (unbewohnbar oder in Sanierung) am Stichtag';

/** The districts coloured by buildings under a declaration, with a legend and the outline attribution. */
function choroplethScene(report: SummaryReport, outlines: readonly DistrictOutline[], attribution: string): Scene {
  const [width, height, mapWidth] = [760, 440, 500];
  const values = new Map(report.declaredInForce.map((d) => [d.districtId, d.value]));
  const classes = choroplethClasses(Math.max(0, ...report.declaredInForce.map((d) => d.value)));
  const projected = projectOutlines(outlines, mapWidth, height - 50);
  const shapes: Shape[] = [text(0, 14, CHOROPLETH_CAPTION, 12, 'start', true)];
  // A district's report gives the other districts as outlines for orientation, without figures.
  const withValue = projected.filter((d) => values.has(d.districtId));
  for (const d of projected) {
    const value = values.get(d.districtId);
    const selected = report.district?.id === d.districtId;
    shapes.push({
      kind: 'path',
      d: translatePath(d.path, 0, 24),
      fill: value === undefined ? '#f0f0f0' : classColour(classes, value),
      stroke: selected ? '#000000' : '#555555',
      width: selected ? 2.5 : 0.6,
      data: { 'district-id': d.districtId },
      tip: value === undefined ? d.label : `${d.label}: ${value}`,
    });
  }
  for (const d of withValue) shapes.push(text(d.labelAt[0], d.labelAt[1] + 28, String(values.get(d.districtId)), 10, 'middle', true));
  const lx = mapWidth + 20;
  shapes.push(text(lx, 44, 'Gebäude', 10, 'start', true));
  classes.forEach((c, i) => {
    shapes.push({ kind: 'rect', x: lx, y: 52 + i * 18, w: 14, h: 12, fill: c.colour, stroke: '#999999' });
    shapes.push(text(lx + 20, 62 + i * 18, c.min === c.max ? String(c.min) : `${c.min}–${c.max}`, 9));
  });
  const listTop = 52 + classes.length * 18 + 24;
  withValue.forEach((d, i) => shapes.push(text(lx, listTop + i * 14, `${d.label}: ${values.get(d.districtId)}`, 9)));
  shapes.push(text(0, height - 6, `Bezirksgrenzen: ${attribution || 'ohne Quellenangabe'}`, 8));
  const description = withValue.map((d) => `${d.label}: ${values.get(d.districtId)}`).join('; ');
  return { width, height, title: 'Karte der Stadtbezirke', description, shapes };
}

/** Shifts an M/L/Z path drawn by projectOutlines. */
function translatePath(path: string, dx: number, dy: number): string {
  if (dx === 0 && dy === 0) return path;
  return path.replace(
    /(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g,
    (_m, a: string, b: string) => `${Math.round((Number(a) + dx) * 10) / 10} ${Math.round((Number(b) + dy) * 10) / 10}`,
  );
}

/** The report's three charts, drawn alike in the HTML report, the PDF and the dashboard. */
export function reportScenes(report: SummaryReport, outlines: readonly DistrictOutline[], attribution: string): ReportScenes {
  return { statusBars: statusBarsScene(report), quarterly: quarterlyScene(report), choropleth: choroplethScene(report, outlines, attribution) };
}

import type { PropertyStatus } from '../api-types';
import { formatNumber } from '../i18n';
import type { Choropleth, QuarterPoint, Summary } from '../api-types';
import { st } from './summary-texts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const GRID = '#dddddd';

type Attrs = Record<string, string | number>;

/** An SVG element built with DOM APIs; text goes in as text nodes, never as markup. */
function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<SVGElement | string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  return el;
}

function chart(width: number, height: number, title: string, description: string, className: string): SVGSVGElement {
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, class: `summary-chart ${className}` },
    svg('title', {}, title),
    svg('desc', {}, description),
  );
}

const label = (x: number, y: number, text: string, size = 11, anchor = 'start', bold = false) =>
  svg('text', { x, y, 'font-size': size, 'text-anchor': anchor, 'font-weight': bold ? 'bold' : 'normal', fill: '#222222' }, text);

/** Step of 1, 2 or 5 times a power of ten for about `target` grid lines. */
function niceStep(max: number, target = 5): number {
  if (max <= 0) return 1;
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  return Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
}

/** Status per Stadtbezirk on the reference day as horizontal stacked bars in the server's status colours. */
export function statusBarsChart(summary: Summary): SVGSVGElement {
  const { statusBars: bars, statuses } = summary.charts;
  const [left, right, top, rowHeight] = [190, 700, 10, 26];
  const total = (counts: Record<PropertyStatus, number>) => statuses.reduce((s, st2) => s + counts[st2.status], 0);
  const max = Math.max(1, ...bars.map((b) => total(b.counts)));
  const step = niceStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const x = (v: number) => left + ((right - left) * v) / axisMax;
  const bottom = top + bars.length * rowHeight;
  const legendTop = bottom + 40;
  const height = legendTop + Math.ceil(statuses.length / 4) * 18 + 4;
  const description = bars.map((b) => `${b.label}: ${statuses.map((s) => `${s.labelDe} ${b.counts[s.status]}`).join(', ')}`).join('; ');
  const root = chart(760, height, st('statusChart'), description, 'summary-chart--status');
  for (let v = 0; v <= axisMax; v += step) {
    root.append(svg('line', { x1: x(v), x2: x(v), y1: top, y2: bottom, stroke: GRID }), label(x(v), bottom + 14, formatNumber(v), 10, 'middle'));
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    root.append(label(left - 6, y + 17, bar.label, 11, 'end'));
    let start = 0;
    for (const status of statuses) {
      const count = bar.counts[status.status];
      if (count <= 0) continue;
      root.append(
        svg(
          'rect',
          { x: x(start), y: y + 5, width: x(start + count) - x(start), height: rowHeight - 10, fill: status.colour, 'data-status': status.status },
          svg('title', {}, `${bar.label}, ${status.labelDe}: ${count}`),
        ),
      );
      start += count;
    }
    root.append(label(x(start) + 4, y + 17, formatNumber(start), 10));
  });
  statuses.forEach((status, i) => {
    const lx = (i % 4) * 185;
    const ly = legendTop + Math.floor(i / 4) * 18;
    root.append(svg('rect', { x: lx, y: ly - 10, width: 11, height: 11, fill: status.colour, stroke: '#999999' }), label(lx + 16, ly, status.labelDe, 11));
  });
  return root;
}

/** Buildings declared uninhabitable and re-let per quarter, as two lines. */
export function quarterlyChart(points: readonly QuarterPoint[]): SVGSVGElement {
  const [left, right, top, bottom] = [50, 740, 34, 220];
  const max = Math.max(1, ...points.map((p) => Math.max(p.declared, p.relet)));
  const step = niceStep(max, 4);
  const axisMax = Math.ceil(max / step) * step;
  const x = (i: number) => (points.length <= 1 ? (left + right) / 2 : left + ((right - left) * i) / (points.length - 1));
  const y = (v: number) => bottom - ((bottom - top) * v) / axisMax;
  const quarter = (q: string) => `${q.slice(5)} ${q.slice(0, 4)}`;
  const description = points.map((p) => `${quarter(p.quarter)}: ${p.declared} / ${p.relet}`).join('; ');
  const root = chart(760, 250, st('quarterChart'), description, 'summary-chart--quarterly');
  for (let v = 0; v <= axisMax; v += step)
    root.append(svg('line', { x1: left, x2: right, y1: y(v), y2: y(v), stroke: GRID }), label(left - 6, y(v) + 4, formatNumber(v), 10, 'end'));
  const every = Math.max(1, Math.ceil(points.length / 12));
  points.forEach((p, i) => {
    if (i % every === 0 || i === points.length - 1) root.append(label(x(i), bottom + 16, quarter(p.quarter), 10, 'middle'));
  });
  const colours = { declared: '#d7191c', relet: '#1a9641' } as const;
  for (const key of ['declared', 'relet'] as const) {
    root.append(
      svg('polyline', {
        points: points.map((p, i) => `${x(i)},${y(p[key])}`).join(' '),
        fill: 'none',
        stroke: colours[key],
        'stroke-width': 2.5,
        'data-series': key,
      }),
    );
    points.forEach((p, i) =>
      root.append(svg('circle', { cx: x(i), cy: y(p[key]), r: 3, fill: colours[key] }, svg('title', {}, `${quarter(p.quarter)}, ${st(key)}: ${p[key]}`))),
    );
  }
  root.append(svg('rect', { x: left, y: 8, width: 18, height: 3, fill: colours.declared }), label(left + 22, 13, st('declared'), 11));
  root.append(svg('rect', { x: left + 200, y: 8, width: 18, height: 3, fill: colours.relet }), label(left + 222, 13, st('relet'), 11));
  return root;
}

/** The Stadtbezirke coloured by buildings under a declaration, from the server's projected outlines. */
export function districtMap(map: Choropleth, selected: string | null): SVGSVGElement {
  const legendX = map.width + 20;
  const description = map.districts.map((d) => `${d.label}: ${d.value}`).join('; ');
  const root = chart(map.width + 200, map.height + 24, map.caption, description, 'summary-chart--map');
  for (const d of map.districts) {
    const isSelected = d.districtId === selected;
    root.append(
      svg(
        'path',
        {
          d: d.path,
          fill: d.colour,
          stroke: isSelected ? '#000000' : '#555555',
          'stroke-width': isSelected ? 2.5 : 0.8,
          'fill-rule': 'evenodd',
          'data-district-id': d.districtId,
        },
        svg('title', {}, `${d.label}: ${d.value}`),
      ),
    );
  }
  for (const d of map.districts) root.append(label(d.labelAt[0], d.labelAt[1] + 4, formatNumber(d.value), 12, 'middle', true));
  map.classes.forEach((c, i) => {
    root.append(svg('rect', { x: legendX, y: 10 + i * 20, width: 14, height: 13, fill: c.colour, stroke: '#999999' }));
    root.append(label(legendX + 20, 21 + i * 20, c.min === c.max ? formatNumber(c.min) : `${formatNumber(c.min)}–${formatNumber(c.max)}`, 11));
  });
  root.append(label(0, map.height + 18, st('outlines', { attribution: map.attribution }), 10));
  return root;
}

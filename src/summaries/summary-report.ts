import { TOPICS, type FigureDefinition, type TopicKey } from './summary-definitions.js';
import { computeFigureRows, quarterlySeries, rowSpecs, type FigureRow, type QuarterPoint } from './summary-figures.js';
import type { Period, SummaryInput } from './summary-input.js';
import { buildMethod, type SummaryMethod } from './summary-method.js';
import { formatChange, formatNumber } from './german-format.js';
import { cellKey, perturb } from './cell-key.js';
import { PROPERTY_STATUSES, type PropertyStatus } from '../properties/status-catalogue.js';

export const REPORT_TITLE = 'Lagebericht Problemimmobilien';
export const MISSING_SYMBOL = '–';

export interface ReportCell {
  value: number | null;
  display: string;
  previous: number | null;
  previousDisplay: string;
  change: number | null;
  changeDisplay: string;
}

export interface ReportRow {
  districtId: string | null;
  label: string;
  total: boolean;
  cells: Record<string, ReportCell>;
}

export interface StatusBar {
  districtId: string | null;
  label: string;
  counts: Record<PropertyStatus, number>;
}

export interface SummaryReport {
  title: string;
  city: string;
  period: Period & { days: number };
  previousPeriod: Period;
  district: { id: string; name: string } | null;
  generatedAt: string;
  minCell: number;
  topics: Array<{ key: TopicKey; title: string; figureKeys: string[] }>;
  figures: FigureDefinition[];
  rows: ReportRow[];
  statusBars: StatusBar[];
  quarterly: QuarterPoint[];
  /** Value per district for the choropleth: buildings whose declaration is in force on the reference day. */
  declaredInForce: Array<{ districtId: string; label: string; value: number }>;
  method: SummaryMethod;
}

export interface ReportOptions {
  input: SummaryInput;
  definitions: FigureDefinition[];
  minCell: number;
  generatedAt: string;
  /** When the input was read: the data have not changed between then and `generatedAt`. */
  dataAsOf: string;
  /** The city's name and time zone: one city's summary never holds another's figures. */
  city: string;
  timeZone: string;
  /** fingerprintInput(input, minCell), taken once per reading of the data. */
  fingerprint: string;
  district: { id: string; name: string } | null;
}

/** Figures of both periods, person counts perturbed by their cell keys, then the rows asked for. */
export function buildReport({ input, definitions, minCell, generatedAt, dataAsOf, city, timeZone, fingerprint, district }: ReportOptions): SummaryReport {
  const specs = rowSpecs(input);
  const personKeys = definitions.filter((d) => d.person).map((d) => d.key);
  const current = publishedRows(computeFigureRows(input, 'current', specs, definitions, minCell), personKeys, minCell);
  const previous = publishedRows(computeFigureRows(input, 'previous', specs, definitions, minCell), personKeys, minCell);

  const rows: ReportRow[] = current.map((row, r) => ({
    districtId: row.districtId,
    label: row.label,
    total: row.total,
    cells: Object.fromEntries(definitions.map((d) => [d.key, cell(d, row.values[d.key], previous[r].values[d.key], minCell)])),
  }));
  // A district's report holds that district's figures only, in every table, tile, chart and file.
  const inReport = (r: { districtId: string | null; total: boolean }) => (district ? r.districtId === district.id : true);
  const shown = rows.filter(inReport);
  const districtRows = current.filter((r) => !r.total && inReport(r));
  const days = Math.round((Date.parse(input.current.to) - Date.parse(input.current.from)) / 86_400_000) + 1;
  return {
    title: REPORT_TITLE,
    city,
    period: { from: input.current.from, to: input.current.to, days },
    previousPeriod: { from: input.previous.from, to: input.previous.to },
    district,
    generatedAt,
    minCell,
    topics: TOPICS.map((t) => ({ key: t.key, title: t.title, figureKeys: definitions.filter((d) => d.topic === t.key).map((d) => d.key) })),
    figures: definitions,
    rows: shown,
    statusBars: districtRows.map((r) => ({
      districtId: r.districtId,
      label: r.label,
      counts: Object.fromEntries(PROPERTY_STATUSES.map((s) => [s, r.values[`status.${s}`] ?? 0])) as Record<PropertyStatus, number>,
    })),
    quarterly: quarterlySeries(input, district ? district.id : undefined),
    declaredInForce: districtRows.flatMap((r) =>
      r.districtId ? [{ districtId: r.districtId, label: r.label, value: (r.values['status.uninhabitable'] ?? 0) + (r.values['status.renovation'] ?? 0) }] : [],
    ),
    method: buildMethod({
      current: input.current,
      previous: input.previous,
      dataAsOf,
      timeZone,
      minCell,
      definitions,
      fingerprint,
      districtName: district?.name ?? null,
    }),
  };
}

/** The rows as published: every person count perturbed by its cell key (null: shown as "< minCell"), everything else exact. */
function publishedRows(rows: readonly FigureRow[], personKeys: readonly string[], minCell: number): FigureRow[] {
  return rows.map((row) => {
    const values = { ...row.values };
    for (const key of personKeys) values[key] = perturb(values[key] ?? 0, cellKey(row.keySums[key] ?? 0), { minCell });
    return { ...row, values };
  });
}

function cell(definition: FigureDefinition, value: number | null | undefined, previous: number | null | undefined, minCell: number): ReportCell {
  // A person count is null only when it is too small to show.
  const show = (v: number | null | undefined) =>
    v === null || v === undefined ? (definition.person ? `< ${minCell}` : MISSING_SYMBOL) : formatNumber(v, definition.decimals);
  const cur = value ?? null;
  const prev = previous ?? null;
  const change = cur !== null && prev !== null ? cur - prev : null;
  return {
    value: cur,
    display: show(value),
    previous: prev,
    previousDisplay: show(previous),
    change,
    changeDisplay: change === null ? MISSING_SYMBOL : formatChange(change, definition.decimals),
  };
}

/** The row the headline figures (tiles, title page) come from: the district's in a district report, else the city total. */
export function headlineRow(report: Pick<SummaryReport, 'rows' | 'district'>): ReportRow {
  return report.rows.find((r) => (report.district ? r.districtId === report.district.id : r.total))!;
}

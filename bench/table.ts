import type { RatioKind } from './stats.js';

/** One line of a result table; times in milliseconds, NaN where a figure does not apply. */
export interface BenchRow {
  scenario: string;
  database: string;
  size: string;
  medianMs: number;
  p95Ms: number;
  /** Units per second, named by `throughputUnit`. */
  throughput: number;
  throughputUnit: string;
  peakRssMb: number;
  /** The baseline's figure in the same unit as the ratio compares: ms (time) or units per second (throughput). */
  baseline: number;
  baselineLabel: string;
  ratioKind: RatioKind;
  /** How many times better than the baseline: > 1 better, < 1 worse. */
  ratio: number;
  target: string | null;
  targetMet: boolean | null;
  note: string;
}

const HEADERS = ['scenario', 'database', 'size', 'median', 'p95', 'throughput', 'peak RSS', 'baseline', 'ratio', 'target'];

/** "12.3 ms", "1.23 s", "–" for a figure that does not apply. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function formatRate(perSecond: number, unit: string): string {
  if (!Number.isFinite(perSecond)) return '–';
  const digits = perSecond >= 100 ? 0 : perSecond >= 10 ? 1 : 2;
  return `${perSecond.toFixed(digits)} ${unit}/s`;
}

export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return `${value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(2)}×`;
}

function formatBaseline(row: BenchRow): string {
  if (!Number.isFinite(row.baseline)) return '–';
  const figure = row.ratioKind === 'time' ? formatMs(row.baseline) : formatRate(row.baseline, row.throughputUnit);
  return row.baselineLabel ? `${figure} (${row.baselineLabel})` : figure;
}

function formatTarget(row: BenchRow): string {
  if (!row.target) return '';
  return `${row.target}: ${row.targetMet === null ? 'n/a' : row.targetMet ? 'met' : 'MISSED'}`;
}

export function rowCells(row: BenchRow): string[] {
  return [
    row.scenario,
    row.database,
    row.size,
    formatMs(row.medianMs),
    formatMs(row.p95Ms),
    formatRate(row.throughput, row.throughputUnit),
    Number.isFinite(row.peakRssMb) ? `${row.peakRssMb.toFixed(0)} MB` : '–',
    formatBaseline(row),
    formatRatio(row.ratio),
    formatTarget(row),
  ];
}

/** A GitHub-flavoured Markdown table, padded so it also reads as plain text in a terminal. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = [HEADERS, ...rows.map(rowCells)];
  const widths = HEADERS.map((_, column) => Math.max(...cells.map((line) => line[column].length)));
  const line = (values: readonly string[]) => `| ${values.map((value, column) => value.padEnd(widths[column])).join(' | ')} |`;
  return [line(HEADERS), line(widths.map((w) => '-'.repeat(w))), ...rows.map((row) => line(rowCells(row)))].join('\n');
}

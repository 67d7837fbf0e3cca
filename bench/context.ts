import type { BenchServer } from './server.js';
import type { RatioKind } from './stats.js';
import { ratio } from './stats.js';
import type { BenchRow } from './table.js';
import type { BenchTarget } from './targets.js';

export interface BenchOptions {
  buildings: number;
  operations: number;
  databases: Array<'sqlite' | 'postgres'>;
  scenarios: Array<'filing' | 'map' | 'summary' | 'client' | 'badinput' | 'gazetteer'>;
  postgresUrl: string;
  filingSeconds: number;
  filingConnections: number;
  mapRequests: number;
  summaryRuns: number;
  clientRuns: number;
  gazetteerRows: number;
}

/** What every scenario gets: the database, the running server and the options. */
export interface ScenarioContext {
  target: BenchTarget;
  server: BenchServer;
  size: string;
  options: BenchOptions;
}

export interface RowFigures {
  scenario: string;
  size?: string;
  medianMs?: number;
  p95Ms?: number;
  throughput?: number;
  throughputUnit?: string;
  peakRssMb?: number;
  /** The figure the ratio compares: ms for 'time', units per second for 'throughput'. */
  measured: number;
  baseline: number;
  baselineLabel: string;
  ratioKind: RatioKind;
  target?: { label: string; met: boolean } | null;
  note?: string;
}

export function makeRow(ctx: ScenarioContext, f: RowFigures): BenchRow {
  return {
    scenario: f.scenario,
    database: ctx.target.kind,
    size: f.size ?? ctx.size,
    medianMs: f.medianMs ?? Number.NaN,
    p95Ms: f.p95Ms ?? Number.NaN,
    throughput: f.throughput ?? Number.NaN,
    throughputUnit: f.throughputUnit ?? 'req',
    peakRssMb: f.peakRssMb ?? Number.NaN,
    baseline: f.baseline,
    baselineLabel: f.baselineLabel,
    ratioKind: f.ratioKind,
    ratio: ratio(f.ratioKind, f.measured, f.baseline),
    target: f.target?.label ?? null,
    targetMet: f.target ? f.target.met : null,
    note: f.note ?? '',
  };
}

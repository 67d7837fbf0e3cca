import { makeRow, type ScenarioContext } from './context.js';
import { openDirect, type Direct } from './direct.js';
import { PeakRss, SUMMARY_CITY } from './server.js';
import { summarise } from './stats.js';
import type { BenchRow } from './table.js';

const FIRST_FROM = Date.UTC(2025, 0, 1);
const DAY_MS = 86_400_000;
/** Run i asks for the year starting i days after 2025-01-01: every run reads the data, none is answered from the cache. */
const periodOf = (i: number) => {
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(FIRST_FROM + i * DAY_MS), to: iso(FIRST_FROM + (i + 364) * DAY_MS) };
};
const PERIOD = periodOf(0);
const TARGET_MS = 1000;

/** The central aggregate: the city's submitted operations of the period per Stadtbezirk (the copies each operation keeps) and kind. */
const AGGREGATE_SQL =
  'SELECT o.district_id, o.kind, COUNT(*) AS n, SUM(CASE WHEN o.interpreter_present = ? THEN 1 ELSE 0 END) AS interpreted ' +
  "FROM operations o WHERE o.city_ags = ? AND o.state = 'submitted' AND o.date >= ? AND o.date <= ? GROUP BY o.district_id, o.kind";

/** One council summary for a year as JSON, against its central aggregate query alone; then the CSV of the same year. */
export async function runSummary(ctx: ScenarioContext): Promise<BenchRow[]> {
  const headers = { authorization: `Bearer ${ctx.server.users.council.token}` };
  const ask = async (period: { from: string; to: string }, format: 'json' | 'csv') => {
    const started = performance.now();
    const response = await fetch(`${ctx.server.url}/api/v1/summaries?from=${period.from}&to=${period.to}&format=${format}`, { headers });
    const body = await response.arrayBuffer();
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`summary answered ${response.status}: ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
    return { ms, bytes: body.byteLength, timing: response.headers.get('server-timing') ?? '' };
  };
  const rss = new PeakRss().start();
  const cold: Array<Awaited<ReturnType<typeof ask>>> = [];
  const repeated: Array<Awaited<ReturnType<typeof ask>>> = [];
  for (let i = 0; i < ctx.options.summaryRuns; i += 1) {
    cold.push(await ask(periodOf(i), 'json'));
    // A council member downloading the CSV of the year just viewed: the data are unchanged, so they are not read again.
    repeated.push(await ask(periodOf(i), 'csv'));
  }
  const peakRssMb = rss.stop();
  const direct = await openDirect(ctx.target);
  let baseline;
  let cityOperations: number;
  try {
    baseline = summarise(await timeAggregate(direct, ctx.options.summaryRuns));
    const [row] = await direct.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM operations WHERE city_ags = ?', [SUMMARY_CITY.ags]);
    cityOperations = Number(row.n);
  } finally {
    await direct.close();
  }
  const latency = summarise(cold.map((r) => r.ms));
  const again = summarise(repeated.map((r) => r.ms));
  return [
    makeRow(ctx, {
      scenario: `summary: ${SUMMARY_CITY.name}'s council JSON for a year`,
      medianMs: latency.median,
      p95Ms: latency.p95,
      throughput: 1000 / latency.median,
      throughputUnit: 'summary',
      peakRssMb,
      measured: latency.median,
      baseline: baseline.median,
      baselineLabel: 'SQL aggregate alone',
      ratioKind: 'time',
      // Issue 5 sets the target on SQLite over 1,000,000 operations.
      target:
        ctx.target.kind === 'sqlite' && ctx.options.operations >= 1_000_000 ? { label: `< ${TARGET_MS / 1000} s`, met: latency.median < TARGET_MS } : null,
      note: `${cityOperations.toLocaleString('en')} of the Land's operations are ${SUMMARY_CITY.name}'s; ${cold.length} years one after another (${PERIOD.from}–${PERIOD.to}, then each a day later), each read from the database, ${(cold[0].bytes / 1024).toFixed(0)} KiB; server timing of the last: ${cold.at(-1)!.timing}`,
    }),
    makeRow(ctx, {
      scenario: `summary: CSV of a year just viewed`,
      medianMs: again.median,
      p95Ms: again.p95,
      throughput: 1000 / again.median,
      throughputUnit: 'summary',
      peakRssMb,
      measured: again.median,
      baseline: latency.median,
      baselineLabel: 'JSON read from the database',
      ratioKind: 'time',
      target: null,
      note: `each year as CSV right after its JSON, data unchanged; server timing of the last: ${repeated.at(-1)!.timing}`,
    }),
  ];
}

async function timeAggregate(direct: Direct, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await direct.query(AGGREGATE_SQL, [true, SUMMARY_CITY.ags, PERIOD.from, PERIOD.to]);
    samples.push(performance.now() - started);
  }
  return samples;
}

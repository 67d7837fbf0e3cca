import { makeRow, type ScenarioContext } from './context.js';
import { openDirect, type Direct } from './direct.js';
import { PeakRss } from './server.js';
import { summarise } from './stats.js';
import type { BenchRow } from './table.js';

const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
const TARGET_MS = 1000;

/** The central aggregate: submitted operations of the period per Stadtbezirk and kind. */
const AGGREGATE_SQL =
  'SELECT p.district_id, o.kind, COUNT(*) AS n, SUM(CASE WHEN o.interpreter_present = ? THEN 1 ELSE 0 END) AS interpreted ' +
  "FROM operations o JOIN properties p ON p.id = o.property_id WHERE o.state = 'submitted' AND o.date >= ? AND o.date <= ? GROUP BY p.district_id, o.kind";

/** One council summary for a year as JSON, against its central aggregate query alone. */
export async function runSummary(ctx: ScenarioContext): Promise<BenchRow[]> {
  const url = `${ctx.server.url}/api/v1/summaries?from=${PERIOD.from}&to=${PERIOD.to}`;
  const headers = { authorization: `Bearer ${ctx.server.users.council.token}` };
  const rss = new PeakRss().start();
  const samples: number[] = [];
  const timings: string[] = [];
  let bytes = 0;
  // The first run is measured too: a council member asks once, there is no warm cache to hit.
  for (let i = 0; i < ctx.options.summaryRuns; i += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    const body = await response.arrayBuffer();
    samples.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`summary answered ${response.status}: ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
    bytes = body.byteLength;
    timings.push(response.headers.get('server-timing') ?? '');
  }
  const peakRssMb = rss.stop();
  const direct = await openDirect(ctx.target);
  let baseline;
  try {
    baseline = summarise(await timeAggregate(direct, ctx.options.summaryRuns));
  } finally {
    await direct.close();
  }
  const latency = summarise(samples);
  return [
    makeRow(ctx, {
      scenario: `summary: council JSON for ${PERIOD.from.slice(0, 4)}`,
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
      target: ctx.target.kind === 'sqlite' && ctx.options.operations >= 1_000_000 ? { label: `< ${TARGET_MS / 1000} s`, met: latency.median < TARGET_MS } : null,
      note: `${samples.length} runs one after another, ${(bytes / 1024).toFixed(0)} KiB; server timing of the last: ${timings.at(-1)}; first run ${samples[0].toFixed(0)} ms`,
    }),
  ];
}

async function timeAggregate(direct: Direct, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await direct.query(AGGREGATE_SQL, [true, PERIOD.from, PERIOD.to]);
    samples.push(performance.now() - started);
  }
  return samples;
}

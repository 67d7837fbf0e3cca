// `npm run bench`: generates the Land-sized data set in SQLite and in PostgreSQL and measures filing, map, summary and client.
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBadInput } from './bad-input.js';
import { ensureClientBuilt, runClient } from './client.js';
import { makeRow, type BenchOptions, type ScenarioContext } from './context.js';
import { openDirect } from './direct.js';
import { runFiling } from './filing.js';
import { runGazetteer } from './gazetteer.js';
import type { GeneratedCounts } from './generate-data.js';
import { runMap } from './map.js';
import { parseBenchArgs, USAGE } from './options.js';
import { startServer } from './server.js';
import { runSummary } from './summary.js';
import { formatTable, type BenchRow } from './table.js';
import { createTarget, type BenchTarget, type DatabaseKind } from './targets.js';

const RESULTS = fileURLToPath(new URL('../../bench/results', import.meta.url));
const SCENARIOS = { map: runMap, summary: runSummary, client: runClient, badinput: runBadInput, gazetteer: runGazetteer, filing: runFiling } as const;

interface DatabaseRun {
  database: DatabaseKind;
  generated: GeneratedCounts | null;
  rows: BenchRow[];
  error: string | null;
  seconds: number;
}

const sizeLabel = (o: BenchOptions) => `${o.buildings.toLocaleString('en')} bldg / ${o.operations.toLocaleString('en')} ops`;
const log = (text: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);

async function benchDatabase(kind: DatabaseKind, options: BenchOptions): Promise<DatabaseRun> {
  const started = performance.now();
  const run: DatabaseRun = { database: kind, generated: null, rows: [], error: null, seconds: 0 };
  const target = await createTarget(kind, options.postgresUrl);
  try {
    log(`${kind}: generating ${sizeLabel(options)} in ${target.location}`);
    run.generated = await generateInChild(target, options);
    log(`${kind}: generated in ${run.generated.seconds.toFixed(1)} s ${JSON.stringify(run.generated)}`);
    const server = await startServer(target.config);
    const ctx: ScenarioContext = { target, server, size: sizeLabel(options), options };
    run.rows.push(generationRow(ctx, run.generated, await databaseSize(target)));
    try {
      for (const name of options.scenarios) {
        log(`${kind}: ${name}`);
        // Garbage from the scenario before is not this one's memory (`node --expose-gc`, as `npm run bench` starts it).
        (globalThis as { gc?: () => void }).gc?.();
        try {
          const rows = await SCENARIOS[name](ctx);
          run.rows.push(...rows);
          console.log(formatTable(rows));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log(`${kind}: ${name} failed: ${message}`);
          run.rows.push(
            makeRow(ctx, { scenario: `${name}: FAILED`, measured: Number.NaN, baseline: Number.NaN, baselineLabel: '', ratioKind: 'time', note: message }),
          );
          run.error ??= `${name}: ${message}`;
        }
      }
    } finally {
      await server.close();
    }
  } catch (error) {
    run.error = error instanceof Error ? error.message : String(error);
    log(`${kind}: ${run.error}`);
  } finally {
    await target.drop();
  }
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

/** `npm run bench:data` in a child process, so the generator's memory is not counted as the server's. */
function generateInChild(target: BenchTarget, options: BenchOptions): Promise<GeneratedCounts> {
  const script = fileURLToPath(new URL('./generate-data.js', import.meta.url));
  // The generator loads the same validated settings, which on PostgreSQL require the shared token secret.
  const env = {
    ...process.env,
    DATA_DIR: target.config.dataDir,
    DATABASE_URL: target.config.databaseUrl ?? '',
    DEMO_DATA: 'false',
    AUTH_TOKEN_SECRET: target.config.tokenSecret,
  };
  const child = spawn(process.execPath, [script, '--buildings', String(options.buildings), '--operations', String(options.operations)], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`data generation exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').at(-1)!) as GeneratedCounts);
    });
  });
}

/** Bytes on disk: the SQLite file with its write-ahead log, or the PostgreSQL database. */
async function databaseSize(target: BenchTarget): Promise<number> {
  if (target.kind === 'sqlite')
    return [target.config.sqlitePath, `${target.config.sqlitePath}-wal`].reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0);
  const direct = await openDirect(target);
  try {
    const [row] = await direct.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
    return Number(row.bytes);
  } finally {
    await direct.close();
  }
}

function generationRow(ctx: ScenarioContext, g: GeneratedCounts, bytes: number): BenchRow {
  return makeRow(ctx, {
    scenario: 'data: generate (bulk insert, 5,000 buildings per transaction)',
    throughput: g.operations / g.seconds,
    throughputUnit: 'op',
    measured: Number.NaN,
    baseline: Number.NaN,
    baselineLabel: '',
    ratioKind: 'throughput',
    medianMs: g.seconds * 1000,
    note: `${g.buildings} buildings, ${g.operations} operations, ${g.findings} findings, ${g.measures} measures, ${g.decisions} decisions in ${g.seconds.toFixed(1)} s (median column = total time); ${(bytes / 2 ** 30).toFixed(2)} GiB on disk`,
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  let options: BenchOptions | null;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (!options) {
    console.log(USAGE);
    return;
  }
  if (options.scenarios.includes('client')) ensureClientBuilt();
  const runs: DatabaseRun[] = [];
  for (const kind of options.databases) {
    const run = await benchDatabase(kind, options);
    runs.push(run);
    console.log(`\n## ${kind} (${run.seconds.toFixed(0)} s)\n\n${formatTable(run.rows)}\n`);
  }
  const rows = runs.flatMap((r) => r.rows);
  const totalSeconds = (performance.now() - started) / 1000;
  console.log(`\n## All databases\n\n${formatTable(rows)}\n`);
  for (const row of rows.filter((r) => r.note)) console.log(`- ${row.database} · ${row.scenario}: ${row.note}`);
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: process.platform,
  };
  writeFileSync(file, JSON.stringify({ finishedAt: new Date().toISOString(), totalSeconds, machine, options, runs }, null, 2));
  console.log(`\nTotal ${totalSeconds.toFixed(0)} s; results in ${file}`);
  if (runs.some((r) => r.error)) process.exitCode = 1;
}

main().then(
  // Pools, workers and the browser are closed; anything still holding the loop must not keep a finished run alive.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

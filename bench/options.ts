import { parseArgs } from 'node:util';
import type { BenchOptions } from './context.js';

const DATABASES = ['sqlite', 'postgres'] as const;
const SCENARIOS = ['map', 'summary', 'client', 'badinput', 'gazetteer', 'filing'] as const;

export const USAGE = `npm run bench -- [options]
  --buildings N            buildings to generate (100000)
  --operations N           operations to generate (1000000)
  --databases a,b          sqlite,postgres
  --scenarios a,b          map,summary,client,badinput,gazetteer,filing (run in this order; filing writes, so it runs last)
  --postgres-url URL       server to create the benchmark database on (postgres://postgres@127.0.0.1:5432/postgres)
  --filing-seconds N       measured seconds of filing (20)
  --filing-connections N   concurrent filing clients (50)
  --map-requests N         requests per map view (200)
  --summary-runs N         summaries one after another (5)
  --client-runs N          page loads of each page (3)
  --gazetteer-rows N       Gebäudereferenzen lines imported (4600000, all of NRW)
  --quick                  10,000 buildings, 100,000 operations, 200,000 gebref lines and shorter runs, for a first look
  --help                   this text`;

function list<T extends string>(text: string, allowed: readonly T[], flag: string): T[] {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const wrong = items.filter((s) => !(allowed as readonly string[]).includes(s));
  if (wrong.length || items.length === 0) throw new Error(`${flag}: expected some of ${allowed.join(', ')}, got "${text}"`);
  return allowed.filter((a) => items.includes(a));
}

function positive(text: string | undefined, fallback: number, flag: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag}: expected a whole number of at least 1, got "${text}"`);
  return value;
}

/** The benchmark's options from its command line, null for --help; throws a message naming the bad flag. */
export function parseBenchArgs(args: readonly string[]): BenchOptions | null {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      buildings: { type: 'string' },
      operations: { type: 'string' },
      databases: { type: 'string', default: DATABASES.join(',') },
      scenarios: { type: 'string', default: SCENARIOS.join(',') },
      'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
      'filing-seconds': { type: 'string' },
      'filing-connections': { type: 'string' },
      'map-requests': { type: 'string' },
      'summary-runs': { type: 'string' },
      'client-runs': { type: 'string' },
      'gazetteer-rows': { type: 'string' },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const quick = values.quick;
  const buildings = positive(values.buildings, quick ? 10_000 : 100_000, '--buildings');
  const operations = positive(values.operations, quick ? 100_000 : 1_000_000, '--operations');
  return {
    buildings,
    operations,
    databases: list(values.databases, DATABASES, '--databases'),
    scenarios: list(values.scenarios, SCENARIOS, '--scenarios'),
    postgresUrl: values['postgres-url'],
    filingSeconds: positive(values['filing-seconds'], quick ? 5 : 20, '--filing-seconds'),
    filingConnections: positive(values['filing-connections'], 50, '--filing-connections'),
    mapRequests: positive(values['map-requests'], quick ? 50 : 200, '--map-requests'),
    summaryRuns: positive(values['summary-runs'], quick ? 3 : 5, '--summary-runs'),
    clientRuns: positive(values['client-runs'], quick ? 2 : 3, '--client-runs'),
    gazetteerRows: positive(values['gazetteer-rows'], quick ? 200_000 : 4_600_000, '--gazetteer-rows'),
  };
}

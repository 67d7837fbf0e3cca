import { Readable } from 'node:stream';
import proj4 from 'proj4';
import { parseAddressQuery } from '../src/addresses/address-normal.js';
import { gebrefRow, type GazetteerRow } from '../src/addresses/gazetteer-rows.js';
import { bulkInsert } from '../src/database/bulk-insert.js';
import { NRW_CITIES } from './cities.js';
import { makeRow, type ScenarioContext } from './context.js';
import { openDirect } from './direct.js';
import { summarise } from './stats.js';
import { PeakRss } from './server.js';
import type { BenchRow } from './table.js';

const UTM32_ZONE_PREFIXED = '+proj=tmerc +lon_0=9 +k=0.9996 +x_0=32500000 +ellps=GRS80 +units=m +no_defs';
const ADDRESSES_PER_STREET = 40;
const LINES_PER_CHUNK = 5000;
const SEARCHES = 300;

/** "A", "B", … "Ab", …: distinct street names without digits, as real ones mostly are. */
function streetName(n: number): string {
  let name = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(97 + ((k - 1) % 26)) + name;
  return name[0].toUpperCase() + name.slice(1);
}

/** Synthetic gebref.txt lines spread over the NRW cities by population, each address on a grid of 15 m around its city's centre. */
export function* gebrefLines(count: number): Generator<string> {
  const toUtm = proj4('WGS84', UTM32_ZONE_PREFIXED);
  const total = NRW_CITIES.reduce((sum, c) => sum + c.population, 0);
  let emitted = 0;
  for (const [index, city] of NRW_CITIES.entries()) {
    const share = index === NRW_CITIES.length - 1 ? count - emitted : Math.round((count * city.population) / total);
    const [east, north] = toUtm.forward([city.lon, city.lat]);
    const side = Math.ceil(Math.sqrt(share));
    const [lan, rbz, krs, gmd] = [city.ags.slice(0, 2), city.ags.slice(2, 3), city.ags.slice(3, 5), city.ags.slice(5)];
    for (let i = 0; i < share; i++) {
      const x = (east + ((i % side) - side / 2) * 15).toFixed(3).replace('.', ',');
      const y = (north + (Math.floor(i / side) - side / 2) * 15).toFixed(3).replace('.', ',');
      const street = `${streetName(Math.floor(i / ADDRESSES_PER_STREET))}weg`;
      const oi = `DENW${String(emitted + i).padStart(12, '0')}`;
      yield `;${oi};A;${lan};${rbz};${krs};${gmd};0000;${String(Math.floor(i / ADDRESSES_PER_STREET) % 100000).padStart(5, '0')};${(i % ADDRESSES_PER_STREET) + 1};${i % 7 === 0 ? 'a' : ''};${x};${y};${street};2026-01-01`;
    }
    emitted += share;
  }
}

function fileStream(count: number): Readable {
  return Readable.from(
    (function* chunks() {
      let text = '';
      let n = 0;
      for (const line of gebrefLines(count)) {
        text += `${line}\r\n`;
        if (++n % LINES_PER_CHUNK === 0) {
          yield Buffer.from(text);
          text = '';
        }
      }
      if (text) yield Buffer.from(text);
    })(),
  );
}

/** The gazetteer import through HTTP, streamed as a client sends the file, with the peak memory of the server process. */
async function importOnce(ctx: ScenarioContext, count: number): Promise<{ ms: number; peakRssMb: number; answer: Record<string, unknown> }> {
  const rss = new PeakRss().start();
  const started = performance.now();
  const response = await fetch(`${ctx.server.url}/api/v1/addresses/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ctx.server.users.admin.token}`, 'content-type': 'text/plain' },
    body: Readable.toWeb(fileStream(count)) as ReadableStream,
    duplex: 'half',
  });
  const answer = (await response.json()) as Record<string, unknown>;
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`import answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
  return { ms, peakRssMb: rss.stop(), answer };
}

/** The baseline: the same lines, parsed the same way, written by the driver's own bulk path (COPY on PostgreSQL) into a bare table. */
async function rawInsert(ctx: ScenarioContext, count: number): Promise<number> {
  const { dataSource } = ctx.server;
  const runner = dataSource.createQueryRunner();
  await runner.query(
    'CREATE TABLE bench_raw_addresses (id varchar(40) PRIMARY KEY, ags varchar(8), street varchar(200), house_number varchar(20), house_number_suffix varchar(20), lat double precision, lon double precision)',
  );
  await runner.release();
  const started = performance.now();
  let batch: GazetteerRow[] = [];
  const flush = () =>
    dataSource.transaction((manager) =>
      bulkInsert(
        manager,
        'bench_raw_addresses',
        ['id', 'ags', 'street', 'house_number', 'house_number_suffix', 'lat', 'lon'],
        batch.map((r) => [r.id, r.ags, r.street, r.houseNumber, r.houseNumberSuffix, r.lat, r.lon]),
      ),
    );
  for (const line of gebrefLines(count)) {
    const result = gebrefRow(line.split(';'));
    if ('row' in result) batch.push(result.row);
    if (batch.length >= 20_000) {
      await flush();
      batch = [];
    }
  }
  if (batch.length) await flush();
  const ms = performance.now() - started;
  await dataSource.query('DROP TABLE bench_raw_addresses');
  return ms;
}

/** Gebäudereferenzen through the import route, first into an empty gazetteer and then again unchanged, against the raw bulk insert. */
export async function runGazetteer(ctx: ScenarioContext): Promise<BenchRow[]> {
  const count = ctx.options.gazetteerRows;
  const size = `${count.toLocaleString('en')} gebref lines`;
  const baselineMs = await rawInsert(ctx, count);
  const baseline = count / (baselineMs / 1000);
  const first = await importOnce(ctx, count);
  const again = await importOnce(ctx, count);
  const row = (scenario: string, run: typeof first, note: string) =>
    makeRow(ctx, {
      scenario,
      size,
      medianMs: run.ms,
      throughput: count / (run.ms / 1000),
      throughputUnit: 'addr',
      peakRssMb: run.peakRssMb,
      measured: count / (run.ms / 1000),
      baseline,
      baselineLabel: `driver bulk insert of the parsed lines (${Math.round(baseline).toLocaleString('en')}/s)`,
      ratioKind: 'throughput',
      note: `${note}; answer ${JSON.stringify({ inserted: run.answer.inserted, unchanged: run.answer.unchanged, gone: run.answer.gone })} (median column = total time)`,
    });
  return [
    row('gazetteer: import into an empty gazetteer (HTTP, streamed)', first, 'every line new'),
    row('gazetteer: the same delivery again (difference only)', again, 'every line compared, none written but its import mark'),
    ...(await searchRows(ctx, count, size)),
  ];
}

/**
 * Searches ("Abweg 5") of addresses spread over the cities: the search's own query and the whole route through HTTP,
 * each against the same question as a plain LIKE on the table.
 */
async function searchRows(ctx: ScenarioContext, count: number, size: string): Promise<BenchRow[]> {
  const picks: Array<{ ags: string; street: string; number: string }> = [];
  const every = Math.max(1, Math.floor(count / SEARCHES));
  let i = 0;
  for (const line of gebrefLines(count)) {
    if (i++ % every !== 0) continue;
    const f = line.split(';');
    picks.push({ ags: `${f[3]}${f[4]}${f[5]}${f[6]}`, street: f[13], number: f[9] });
  }
  const http: number[] = [];
  for (const p of picks) {
    const started = performance.now();
    const res = await fetch(`${ctx.server.url}/api/v1/addresses?q=${encodeURIComponent(`${p.street} ${p.number}`)}&city=${p.ags}`, {
      headers: { authorization: `Bearer ${ctx.server.users.lead.token}` },
    });
    const found = (await res.json()) as Array<{ houseNumber: string }>;
    http.push(performance.now() - started);
    if (res.status !== 200 || !found.some((a) => a.houseNumber === p.number))
      throw new Error(`search for ${p.street} ${p.number} found nothing (${res.status})`);
  }
  const direct = await openDirect(ctx.target);
  const query: number[] = [];
  const plain: number[] = [];
  try {
    for (const p of picks) {
      const wanted = parseAddressQuery(`${p.street} ${p.number}`);
      let started = performance.now();
      await direct.query(
        'SELECT id, street, house_number, house_number_suffix, postcode, lat, lon, search_key FROM official_addresses WHERE ags = ? AND search_key >= ? AND search_key < ? AND historic = ? AND search_key LIKE ? ORDER BY search_key LIMIT 400',
        [p.ags, wanted.street, `${wanted.street}~`, false, `${wanted.street}% ${wanted.number}%`],
      );
      query.push(performance.now() - started);
      started = performance.now();
      await direct.query(
        'SELECT id, street, house_number, house_number_suffix, postcode, lat, lon FROM official_addresses WHERE ags = ? AND street LIKE ? AND house_number LIKE ? LIMIT 400',
        [p.ags, `%${p.street}%`, `${p.number}%`],
      );
      plain.push(performance.now() - started);
    }
  } finally {
    await direct.close();
  }
  const baseline = summarise(plain);
  const row = (scenario: string, samples: number[], note: string) => {
    const measured = summarise(samples);
    return makeRow(ctx, {
      scenario,
      size: `${count.toLocaleString('en')} addresses`,
      medianMs: measured.median,
      p95Ms: measured.p95,
      measured: measured.p95,
      baseline: baseline.p95,
      baselineLabel: `plain LIKE '%street%' on the table, driver only (p95 ${baseline.p95.toFixed(2)} ms)`,
      ratioKind: 'time',
      note: `${picks.length} searches over every city; ${note}; ${size}`,
    });
  };
  return [
    row('address search: its query (key range and number pattern), driver only', query, 'the statement the route runs'),
    row('address search: the route through HTTP', http, 'with login check, city and answer'),
  ];
}

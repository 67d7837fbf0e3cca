import { Readable } from 'node:stream';
import proj4 from 'proj4';
import { gebrefRow, type GazetteerRow } from '../src/addresses/gazetteer-rows.js';
import { bulkInsert } from '../src/database/bulk-insert.js';
import { NRW_CITIES } from './cities.js';
import { makeRow, type ScenarioContext } from './context.js';
import { PeakRss } from './server.js';
import type { BenchRow } from './table.js';

const UTM32_ZONE_PREFIXED = '+proj=tmerc +lon_0=9 +k=0.9996 +x_0=32500000 +ellps=GRS80 +units=m +no_defs';
const ADDRESSES_PER_STREET = 40;
const LINES_PER_CHUNK = 5000;

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
      const street = `Teststraße ${Math.floor(i / ADDRESSES_PER_STREET) + 1}`;
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
  ];
}

import { NRW_CITIES } from './cities.js';
import { makeRow, type ScenarioContext } from './context.js';
import { openDirect, type Direct } from './direct.js';
import { bboxParam, NRW_BBOX, viewportBbox, type Bbox } from './geo.js';
import { runLoad } from './load.js';
import { PeakRss } from './server.js';
import { percentile, summarise } from './stats.js';
import type { BenchRow } from './table.js';

/** A desktop browser window's map, as in the client benchmark. */
export const VIEWPORT = { width: 1280, height: 800 };
const TARGET_P95_MS = 50;
const CONCURRENT_CLIENTS = 8;
const THROUGHPUT_SECONDS = 5;
const COLD_SAMPLES = 3;

interface View {
  name: string;
  zoom: number;
  boxes: Bbox[];
  target: boolean;
}

const POINTS_SQL = 'SELECT id, lat, lon, status FROM properties WHERE lat >= ? AND lat <= ? AND lon >= ? AND lon <= ?';

/** GET /map for a whole-Land, a city and a street view, each against the same bounding-box query straight in SQL. */
export async function runMap(ctx: ScenarioContext): Promise<BenchRow[]> {
  const direct = await openDirect(ctx.target);
  try {
    const rows: BenchRow[] = [await coldRow(ctx, direct)];
    for (const view of await views(direct)) rows.push(await viewRow(ctx, direct, view));
    return rows;
  } finally {
    await direct.close();
  }
}

async function views(direct: Direct): Promise<View[]> {
  const cities = NRW_CITIES.slice(0, 10);
  // Street views centred on stored buildings, spread over the table, so every view shows some.
  const buildings = await direct.query<{ lat: number; lon: number }>('SELECT lat, lon FROM properties ORDER BY id LIMIT 100');
  const streets = buildings.map((b) => viewportBbox(Number(b.lat), Number(b.lon), 17, VIEWPORT.width, VIEWPORT.height));
  return [
    { name: 'map: whole Land (NRW), zoom 7', zoom: 7, boxes: [NRW_BBOX], target: false },
    { name: 'map: city view, zoom 12', zoom: 12, boxes: cities.map((c) => viewportBbox(c.lat, c.lon, 12, VIEWPORT.width, VIEWPORT.height)), target: true },
    { name: 'map: street view, zoom 17', zoom: 17, boxes: streets, target: true },
  ];
}

const mapPath = (box: Bbox, zoom: number) => `/api/v1/map?bbox=${bboxParam(box)}&zoom=${zoom}`;

async function viewRow(ctx: ScenarioContext, direct: Direct, view: View): Promise<BenchRow> {
  const paths = view.boxes.map((box) => mapPath(box, view.zoom));
  const sample = await fetch(ctx.server.url + paths[0], { headers: { authorization: `Bearer ${ctx.server.users.lead.token}` } });
  const body = await sample.text();
  const features = (JSON.parse(body) as { features: Array<{ properties: { cluster?: boolean } }> }).features;
  const rss = new PeakRss().start();
  const plan = { kind: 'get' as const, url: ctx.server.url, token: ctx.server.users.lead.token, paths };
  const single = await runLoad({ ...plan, amount: ctx.options.mapRequests, connections: 1, warmup: 10 });
  const concurrent = await runLoad({ ...plan, seconds: THROUGHPUT_SECONDS, connections: CONCURRENT_CLIENTS, warmup: 0 });
  const peakRssMb = rss.stop();
  const latency = summarise(single.latenciesMs);
  const runs = view.zoom <= 7 ? Math.min(20, ctx.options.mapRequests) : ctx.options.mapRequests;
  const timed = await timeQueries(direct, view.boxes, runs);
  const baseline = summarise(timed.samples);
  const clusters = features.filter((f) => f.properties.cluster).length;
  return makeRow(ctx, {
    scenario: view.name,
    medianMs: latency.median,
    p95Ms: latency.p95,
    throughput: concurrent.completed / concurrent.seconds,
    peakRssMb,
    measured: latency.median,
    baseline: baseline.median,
    baselineLabel: `SQL bbox, median ${timed.rows} rows`,
    ratioKind: 'time',
    target: view.target ? { label: `p95 < ${TARGET_P95_MS} ms`, met: latency.p95 < TARGET_P95_MS } : null,
    note: `${features.length} features (${clusters} clusters) = ${(body.length / 1024).toFixed(0)} KiB in the first view; latency with 1 client, throughput with ${CONCURRENT_CLIENTS}; failed answers ${single.failed + concurrent.failed}`,
  });
}

/** The first map request after a write rebuilds the point set and cluster index of the whole Land. */
async function coldRow(ctx: ScenarioContext, direct: Direct): Promise<BenchRow> {
  const headers = { authorization: `Bearer ${ctx.server.users.lead.token}`, 'content-type': 'application/json' };
  const [{ id }] = await direct.query<{ id: string }>('SELECT id FROM properties ORDER BY id LIMIT 1');
  const rss = new PeakRss().start();
  const samples: number[] = [];
  for (let i = 0; i < COLD_SAMPLES; i += 1) {
    // The very first request after start is cold by itself; later ones follow a write, as after a filing.
    if (i > 0)
      await fetch(`${ctx.server.url}/api/v1/properties/${id}`, {
        method: 'PATCH',
        headers: { ...headers, 'if-match': `"${i}"` },
        body: JSON.stringify({ note: `Benchmark ${i}` }),
      });
    const started = performance.now();
    const response = await fetch(ctx.server.url + mapPath(NRW_BBOX, 7), { headers });
    await response.arrayBuffer();
    samples.push(performance.now() - started);
  }
  const peakRssMb = rss.stop();
  const latency = summarise(samples);
  const timed = await timeQueries(direct, [[-180, -90, 180, 90]], COLD_SAMPLES);
  const baseline = summarise(timed.samples);
  return makeRow(ctx, {
    scenario: 'map: first request after a write (index rebuild), zoom 7',
    medianMs: latency.median,
    p95Ms: latency.p95,
    peakRssMb,
    measured: latency.median,
    baseline: baseline.median,
    baselineLabel: `SQL all points, ${timed.rows} rows`,
    ratioKind: 'time',
    note: `${COLD_SAMPLES} samples: the first after start, then each after a PATCH of one property`,
  });
}

/** Milliseconds per run of the bounding-box query, and the median number of rows it answered. */
async function timeQueries(direct: Direct, boxes: readonly Bbox[], runs: number): Promise<{ samples: number[]; rows: number }> {
  const samples: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const [w, s, e, n] = boxes[i % boxes.length];
    const started = performance.now();
    const rows = await direct.query(POINTS_SQL, [s, n, w, e]);
    samples.push(performance.now() - started);
    counts.push(rows.length);
  }
  return { samples, rows: Math.round(percentile(counts, 50)) };
}

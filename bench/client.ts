import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { BASELINE_MARK, startBaselineServer } from './baseline-page.js';
import { makeRow, type ScenarioContext } from './context.js';
import { openDirect } from './direct.js';
import { VIEWPORT } from './map.js';
import { PeakRss } from './server.js';
import { summarise } from './stats.js';
import type { BenchRow } from './table.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = join(ROOT, 'bench/results');
const CHROMIUM = '/usr/bin/chromium';
const LAND_VIEW = { lat: 51.45, lon: 7.6, zoom: 7 };
const TARGET_FACTOR = 5;
const TIMEOUT_MS = 120_000;

/** Time from navigation to the first drawn points in headless Chromium: the real client against markercluster with every point. */
export async function runClient(ctx: ScenarioContext): Promise<BenchRow[]> {
  const mark = firstPointsMark();
  if (!mark) {
    return [
      makeRow(ctx, {
        scenario: 'client: first drawn points',
        measured: Number.NaN,
        baseline: Number.NaN,
        baselineLabel: '',
        ratioKind: 'time',
        note: 'client/src sets no first-points performance mark',
      }),
    ];
  }
  const direct = await openDirect(ctx.target);
  const rows = await direct.query<{ id: string; lat: number; lon: number; status: string }>('SELECT id, lat, lon, status FROM properties');
  await direct.close();
  const points = rows.length;
  const json = Buffer.from(JSON.stringify(rows.map((p) => ({ id: p.id, lat: Number(p.lat), lon: Number(p.lon), status: p.status }))));
  rows.length = 0;
  const baselineServer = await startBaselineServer(ROOT, json, LAND_VIEW);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const rss = new PeakRss().start();
  const client: number[] = [];
  const baseline: number[] = [];
  try {
    const login = ctx.server.users.lead.login;
    const session = JSON.stringify({ token: login.accessToken, user: login.user, expiresAt: Date.now() + login.expiresIn * 1000 });
    const clientUrl = `${ctx.server.url}/#map=${LAND_VIEW.zoom}/${LAND_VIEW.lat}/${LAND_VIEW.lon}`;
    // Alternating, so both see the same machine load.
    for (let i = 0; i < ctx.options.clientRuns; i += 1) {
      client.push(await timeToMark(browser, clientUrl, mark, session));
      baseline.push(await timeToMark(browser, baselineServer.url, BASELINE_MARK, null));
    }
  } finally {
    await browser.close();
    await baselineServer.close();
  }
  const peakRssMb = rss.stop();
  const measured = summarise(client);
  const base = summarise(baseline);
  return [
    makeRow(ctx, {
      scenario: 'client: first drawn points, zoom 7, headless Chromium',
      medianMs: measured.median,
      p95Ms: measured.p95,
      peakRssMb,
      measured: measured.median,
      baseline: base.median,
      baselineLabel: `markercluster, ${points} points`,
      ratioKind: 'time',
      // Issue 5 sets the target for 100,000 buildings; with a few thousand any approach draws fast.
      target: ctx.options.buildings >= 100_000 ? { label: `≥ ${TARGET_FACTOR}× faster`, met: base.median / measured.median >= TARGET_FACTOR } : null,
      note: `${ctx.options.clientRuns} runs each, fresh browser context per run; baseline p95 ${base.p95.toFixed(0)} ms, points.json ${(json.length / 1048576).toFixed(1)} MiB served from memory`,
    }),
  ];
}

/** Milliseconds from navigation start to the page's performance mark, in a fresh context (no cache, own sessionStorage). */
async function timeToMark(browser: Browser, url: string, mark: string, session: string | null): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'de-DE' });
  try {
    if (session) await context.addInitScript(`sessionStorage.setItem('hausakte.session', ${JSON.stringify(session)})`);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    try {
      // A function, not a string: the client's content security policy forbids eval.
      const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, mark, { timeout: TIMEOUT_MS });
      if (errors.length) throw new Error(errors.join('; '));
      return Number(await handle.jsonValue());
    } catch (error) {
      const shot = join(RESULTS, `client-failure-${Date.now()}.png`);
      mkdirSync(RESULTS, { recursive: true });
      await page.screenshot({ path: shot }).catch(() => undefined);
      throw new Error(
        `${url} set no "${mark}" mark (${error instanceof Error ? error.message.split('\n')[0] : String(error)}; page errors: ${errors.join('; ') || 'none'}; screenshot ${shot})`,
        { cause: error },
      );
    }
  } finally {
    await context.close();
  }
}

/** The mark the client sets when it first draws features (client/src/map/status-layer.ts), or null when it sets none. */
function firstPointsMark(): string | null {
  const source = join(ROOT, 'client/src/map/status-layer.ts');
  if (!existsSync(source)) return null;
  return /FIRST_POINTS_MARK\s*=\s*'([^']+)'/.exec(readFileSync(source, 'utf8'))?.[1] ?? null;
}

/**
 * The newest source file's time. Files only: a directory's time changes with every entry made or removed in it,
 * the build lock too, which made each caller rebuild (and empty) client/dist while other servers served it.
 */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((entry) => entry !== 'dist' && entry !== 'node_modules' && entry !== '.build-lock')
    .reduce((max, entry) => Math.max(max, newest(join(path, entry))), 0);
}

/**
 * `npm run build:client` when client/dist is missing or older than client/, under the lock the browser tests use;
 * before the server starts, which looks for client/dist once.
 */
export function ensureClientBuilt(): void {
  const lock = join(ROOT, 'client/.build-lock');
  for (let waited = 0; ; waited += 1) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 600) throw new Error(`${lock} is held for over two minutes; remove it if no build is running`);
      execFileSync('sleep', ['0.2']);
    }
  }
  try {
    const index = join(ROOT, 'client/dist/index.html');
    if (!existsSync(index) || statSync(index).mtimeMs < newest(join(ROOT, 'client'))) {
      execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    }
  } finally {
    rmdirSync(lock);
  }
}

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { seedDemoData } from '../../seeds/seed-runner.js';
import { createApp } from '../../src/bootstrap.js';
import { loadAppConfig } from '../../src/config/app-config.js';
import { createTestDatabase, TEST_TOKEN_SECRET } from '../helpers/test-app.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test/artifacts');
export const CHROMIUM = '/usr/bin/chromium';
export const DEMO_PASSWORD = 'hausakte-demo';
/** The default base map's host; tests answer its tiles themselves so nothing leaves the machine. */
export const TILE_HOST = 'https://sgx.geodatenzentrum.de/**';
// A 1×1 light grey PNG, stretched by Leaflet to a whole tile.
const TILE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN49+YZAAWMAsF6//N3AAAAAElFTkSuQmCC', 'base64');

/** Outside CI a machine without Chromium skips the browser tests; with CI=true their absence fails them. */
export const chromiumMissing = !existsSync(CHROMIUM);
export const skipBrowser = chromiumMissing && process.env.CI !== 'true';
if (skipBrowser) console.warn(`Browser tests skipped: ${CHROMIUM} not found (they fail instead when CI=true).`);

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

/** Builds client/dist like `npm start` does when it is missing or older than client/ (one builder at a time). */
export async function ensureClientBuilt(): Promise<void> {
  const lock = join(ROOT, 'client/.build-lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; wait for it.
      await new Promise((resolve) => setTimeout(resolve, 200));
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

export interface BrowserServer {
  url: string;
  app: NestFastifyApplication;
  close(): Promise<void>;
}

/** The real server (same bootstrap as `npm start`) on a fresh database with the demo data, serving the built client. */
export async function startBrowserServer(overrides: Record<string, string> = {}): Promise<BrowserServer> {
  await ensureClientBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'hausakte-browser-'));
  const database = await createTestDatabase();
  const config = loadAppConfig(
    {
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DATABASE_URL: database?.url ?? '',
      DEMO_DATA: 'true',
      AUTH_TOKEN_SECRET: TEST_TOKEN_SECRET,
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      ...overrides,
    },
    null,
  );
  const app = await createApp(config, { logger: false });
  await seedDemoData(app, new Logger('browser-test'));
  // A given PORT: the address must be known before the start (the single sign-on's callback URL).
  await app.listen({ port: overrides.PORT ? config.port : 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    async close() {
      await app.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (chromiumMissing) throw new Error(`Chromium not found at ${CHROMIUM}; browser tests cannot run (CI=true requires them).`);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** The browser's locale (de-DE unless given): number fields must read German and English input alike. */
  locale?: string;
  tiles?: 'served' | 'unreachable' | 'hanging';
}

/** A fresh context per scenario (own sessionStorage), with tiles answered locally, refused or never answered, and every page error collected. */
export async function openPage(
  browser: Browser,
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[]; dialogs: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'de-DE',
    deviceScaleFactor: 1,
  });
  if (options.tiles === 'unreachable') await context.route(TILE_HOST, (route) => route.abort('internetdisconnected'));
  // A network that drops the requests: no answer and no error, until the context closes.
  else if (options.tiles === 'hanging') await context.route(TILE_HOST, () => undefined);
  else await context.route(TILE_HOST, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG }));
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { context, page, errors, dialogs };
}

export async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  const field = page.getByLabel('Benutzername');
  // A failure here says what the page showed instead (an error message, or nothing at all).
  await field.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
    throw new Error(`no login form at ${url}; the page shows: ${JSON.stringify((await page.locator('body').innerText()).slice(0, 500))}`, { cause: error });
  });
  await field.fill(username);
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

export function screenshotPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** Pixels of the status layer's canvas per exact colour (hex), read in the page; points are drawn fully opaque. */
export async function canvasColours(page: Page, colours: readonly string[]): Promise<Record<string, number>> {
  // A string, because this runs in the page and the test tsconfig has no DOM types.
  return page.evaluate(`(() => {
    const wanted = ${JSON.stringify(colours)};
    const result = Object.fromEntries(wanted.map((c) => [c, 0]));
    const rgb = new Map(wanted.map((c) => [parseInt(c.slice(1), 16), c]));
    for (const canvas of document.querySelectorAll('.leaflet-overlay-pane canvas')) {
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] !== 255) continue;
        const hit = rgb.get((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        if (hit) result[hit] += 1;
      }
    }
    return result;
  })()`);
}

export function ensureArtifactsDir(): void {
  if (!existsSync(ARTIFACTS)) mkdirSync(ARTIFACTS, { recursive: true });
}

/** A pattern matching the text literally (addresses contain dots and parentheses). */
/** Waits two animation frames: whatever the page had received by now has been handled and drawn. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

export function exactly(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

export type ApiCall = <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<T>;

/** A logged-in API client for setting up and checking what the browser did; non-2xx answers throw with the body. */
export async function apiAs(url: string, username: string): Promise<ApiCall> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return async <T>(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<T> => {
    const headers: Record<string, string> = { authorization: `Bearer ${accessToken}`, ...extraHeaders };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${url}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** Opens "Neuer Einsatz" on a logged-in page and chooses `target` by its address; returns the form. */
export async function openFilingFormFor(page: Page, target: { address: { label: string; street: string; houseNumber: string } }): Promise<Locator> {
  await page.getByRole('button', { name: 'Neuer Einsatz' }).click();
  const form = page.locator('.operation-form');
  await form.getByRole('combobox', { name: 'Adresse suchen' }).fill(`${target.address.street} ${target.address.houseNumber}`);
  await page.getByRole('option', { name: exactly(target.address.label) }).click();
  await form.locator('.chosen-property').waitFor();
  return form;
}

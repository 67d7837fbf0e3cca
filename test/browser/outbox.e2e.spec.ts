import { createHmac } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TOKEN_SECRET } from '../helpers/test-app.js';
import {
  apiAs,
  DEMO_PASSWORD,
  launchBrowser,
  login,
  openFilingFormFor,
  openPage,
  screenshotPath,
  skipBrowser,
  startBrowserServer,
  type ApiCall,
  type BrowserServer,
} from './browser-env.js';
import { cityToday } from '../helpers/city-day.js';

const PHONE = { width: 360, height: 740 };
// Chromium logs requests refused while offline or with an expired token as failed loads.
const EXPECTED_LOAD_ERRORS = /ERR_INTERNET_DISCONNECTED|status of 401/;

interface Summary {
  id: string;
  address: { label: string; street: string; houseNumber: string };
}

interface StoredOperation {
  id: string;
  kind: string;
  state: string;
  date: string;
  version: number;
  notes: string | null;
}

/** The page's token, re-signed with its expiry in the past: what the server sees from a session that ran out offline. */
async function expiredToken(page: Page): Promise<string> {
  const session = JSON.parse(await page.evaluate<string>('sessionStorage.getItem("hausakte.session")')) as { token: string };
  const claims = JSON.parse(Buffer.from(session.token.split('.')[1], 'base64url').toString()) as { iat: number; exp: number };
  const now = Math.floor(Date.now() / 1000);
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ ...claims, iat: now - 7200, exp: now - 3600 })}`;
  return `${unsigned}.${createHmac('sha256', TEST_TOKEN_SECRET).update(unsigned).digest('base64url')}`;
}

describe.skipIf(skipBrowser)('waiting reports on an inspector phone: stored on the device, sent exactly once (headless Chromium)', () => {
  let server: BrowserServer;
  let browser: Browser;
  let inspector: ApiCall;
  let targets: Summary[];

  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
    inspector = await apiAs(server.url, 'inspector');
    targets = (await inspector<{ items: Summary[] }>('GET', '/properties?status=inspected&limit=5')).items;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const operationsOf = (target: Summary) => inspector<StoredOperation[]>('GET', `/properties/${target.id}/operations`);

  /** Logged in on `page`, the filing form open with `target` chosen. */
  async function openForm(page: Page, target: Summary) {
    await login(page, server.url, 'inspector');
    return openFilingFormFor(page, target);
  }

  it('should keep a report filed offline after the page is closed and the session expired, and file it once after the same user logs in again', async () => {
    const target = targets[0];
    const beforeIds = new Set((await operationsOf(target)).map((o) => o.id));
    const before = beforeIds.size;
    const { context, page, errors } = await openPage(browser, { viewport: PHONE });
    const form = await openForm(page, target);
    await form.getByLabel('Art').selectOption('registration_check');
    await context.setOffline(true);
    await form.getByRole('button', { name: 'Absenden' }).click();
    await page.getByText('Offline: Der Einsatz wird gesendet').waitFor();
    await page.getByRole('button', { name: '1 Bericht wartet' }).waitFor();
    await page.close();

    // The tab is gone, and with it the session; the report is still on the device.
    const reopened = await context.newPage();
    reopened.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await context.setOffline(false);
    await login(reopened, server.url, 'inspector');
    await reopened.getByText('Offline gespeicherte Einsätze gesendet: 1.').waitFor({ timeout: 20_000 });
    expect(await reopened.getByRole('button', { name: '1 Bericht wartet' }).count()).toBe(0);

    // Offline again, a second report; the session runs out before the connection is back.
    const second = await openFilingFormFor(reopened, target);
    await second.getByLabel('Art').selectOption('follow_up');
    await context.setOffline(true);
    await second.getByRole('button', { name: 'Absenden' }).click();
    await reopened.getByRole('button', { name: '1 Bericht wartet' }).waitFor();
    const expired = await expiredToken(reopened);
    await reopened.route('**/api/v1/**', (route) => {
      const headers = route.request().headers();
      return route.continue({ headers: headers.authorization ? { ...headers, authorization: `Bearer ${expired}` } : headers });
    });
    await context.setOffline(false);
    await reopened.getByText('Die Sitzung ist abgelaufen. Bitte neu anmelden.').waitFor({ timeout: 20_000 });
    expect((await operationsOf(target)).length).toBe(before + 1);

    await reopened.unroute('**/api/v1/**');
    await login(reopened, server.url, 'inspector');
    await reopened.getByText('Offline gespeicherte Einsätze gesendet: 1.').waitFor({ timeout: 20_000 });
    const added = (await operationsOf(target)).filter((o) => !beforeIds.has(o.id));
    expect(added.map((o) => [o.kind, o.state]).sort()).toEqual([
      ['follow_up', 'submitted'],
      ['registration_check', 'submitted'],
    ]);
    expect(errors.filter((e) => !EXPECTED_LOAD_ERRORS.test(e))).toEqual([]);
    await context.close();
  }, 150_000);

  it("should neither show nor send one user's waiting report while another user is logged in on the same device", async () => {
    const target = targets[1];
    const before = (await operationsOf(target)).length;
    const { context, page, errors } = await openPage(browser, { viewport: PHONE });
    const form = await openForm(page, target);
    await context.setOffline(true);
    await form.getByRole('button', { name: 'Absenden' }).click();
    await page.getByRole('button', { name: '1 Bericht wartet' }).waitFor();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByLabel('Benutzername').waitFor();
    await context.setOffline(false);

    await login(page, server.url, 'inspector.bauaufsicht');
    await page.getByRole('button', { name: 'Neuer Einsatz' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.outbox-toggle').count()).toBe(0);
    expect((await operationsOf(target)).length).toBe(before);
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByLabel('Benutzername').waitFor();

    await login(page, server.url, 'inspector');
    await page.getByText('Offline gespeicherte Einsätze gesendet: 1.').waitFor({ timeout: 20_000 });
    expect((await operationsOf(target)).length).toBe(before + 1);
    expect(errors.filter((e) => !EXPECTED_LOAD_ERRORS.test(e))).toEqual([]);
    await context.close();
  }, 120_000);

  it('should keep a report the server refuses with the reason in German, and file it once after it is corrected', async () => {
    const target = targets[2];
    const before = (await operationsOf(target)).length;
    const { context, page, errors } = await openPage(browser, { viewport: PHONE });
    const form = await openForm(page, target);
    await form.getByLabel('Art').selectOption('registration_check');
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Datum', { exact: true }).fill(future);
    await context.setOffline(true);
    await form.getByRole('button', { name: 'Absenden' }).click();
    await page.getByRole('button', { name: '1 Bericht wartet' }).waitFor();
    await context.setOffline(false);

    const toggle = page.getByRole('button', { name: '1 Bericht wartet · 1 abgelehnt' });
    await toggle.waitFor({ timeout: 20_000 });
    await page.getByText('Ein wartender Bericht wurde abgelehnt').waitFor();
    // Refused reports are not sent again on their own, and never dropped.
    await page.reload();
    await toggle.click();
    const item = page.locator('.outbox-item');
    expect(await item.locator('.outbox-state').innerText()).toBe('Abgelehnt: Angaben nicht gültig, bitte prüfen: Datum.');
    expect((await operationsOf(target)).length).toBe(before);

    await item.getByRole('button', { name: 'Bearbeiten' }).click();
    const corrected = page.locator('.operation-form');
    await expect.poll(() => corrected.getByLabel('Datum', { exact: true }).inputValue()).toBe(future);
    expect(await corrected.getByLabel('Art').inputValue()).toBe('registration_check');
    expect(await corrected.locator('.chosen-property').getAttribute('data-property-id')).toBe(target.id);
    const today = cityToday();
    await corrected.getByLabel('Datum', { exact: true }).fill(today);
    await corrected.getByRole('button', { name: 'Absenden' }).click();
    await page.getByText('Einsatz abgesendet.').waitFor();
    expect(await page.locator('.outbox-toggle').count()).toBe(0);
    const after = await operationsOf(target);
    expect(after.length).toBe(before + 1);
    expect(after.filter((o) => o.kind === 'registration_check' && o.date === today && o.state === 'submitted').length).toBeGreaterThan(0);
    expect(errors.filter((e) => !EXPECTED_LOAD_ERRORS.test(e) && !e.includes('status of 400'))).toEqual([]);
    await context.close();
  }, 120_000);

  it('should send a saved draft that was changed offline, as a new version of the same draft', async () => {
    const target = targets[3];
    const before = (await operationsOf(target)).length;
    const { context, page, errors } = await openPage(browser, { viewport: PHONE });
    const form = await openForm(page, target);
    await form.getByRole('button', { name: 'Entwurf speichern' }).click();
    await page.getByText('Entwurf gespeichert.').waitFor();
    const [draft] = (await operationsOf(target)).filter((o) => o.state === 'draft');
    expect(draft.notes).toBeNull();

    await context.setOffline(true);
    await form.getByLabel('Bemerkungen', { exact: true }).fill('Im Treppenhaus ohne Netz ergänzt.');
    await form.getByRole('button', { name: 'Entwurf speichern' }).click();
    await page.getByText('Offline: Der Einsatz wird gesendet').waitFor();
    await page.getByRole('button', { name: '1 Bericht wartet' }).waitFor();
    await context.setOffline(false);
    await page.getByText('Offline gespeicherte Einsätze gesendet: 1.').waitFor({ timeout: 20_000 });

    const after = await operationsOf(target);
    expect(after.length).toBe(before + 1);
    expect(after.find((o) => o.id === draft.id)).toMatchObject({ state: 'draft', version: draft.version + 1, notes: 'Im Treppenhaus ohne Netz ergänzt.' });
    expect(errors.filter((e) => !EXPECTED_LOAD_ERRORS.test(e))).toEqual([]);
    await context.close();
  }, 120_000);

  /** Whether the device's copy (IndexedDB `hausakte-device`) holds `propertyId` among a user's recent buildings. */
  const recentOnDevice = (page: Page, propertyId: string) =>
    page.evaluate<boolean>(`new Promise((resolve) => {
      const open = indexedDB.open('hausakte-device');
      open.onerror = () => resolve(false);
      open.onsuccess = () => {
        const all = open.result.transaction('cache', 'readonly').objectStore('cache').getAll();
        all.onerror = () => resolve(false);
        all.onsuccess = () => {
          resolve(all.result.some((v) => v && Array.isArray(v.recent) && v.recent.some((p) => p.id === ${JSON.stringify(propertyId)})));
          open.result.close();
        };
      };
    })`);

  /** Logged in, with the service worker in control of the app shell and `target` chosen once (one of the user's recent buildings). */
  async function prepareDevice(target: Summary) {
    const opened = await openPage(browser, { viewport: PHONE });
    const form = await openForm(opened.page, target);
    await opened.page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    // The copy is written after the building is chosen; a tab closed before that would not know it offline.
    await expect.poll(() => recentOnDevice(opened.page, target.id)).toBe(true);
    return { ...opened, form };
  }

  /** A new tab without a connection: the shell comes from the service worker, and the device's last user goes on offline. */
  async function reopenOffline(context: BrowserContext, errors: string[]) {
    await context.setOffline(true);
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Offline weiterarbeiten' }).click();
    await page.locator('.offline-badge').waitFor();
    return page;
  }

  it('should open the app and the filing form with no network after the tab was closed, and file the report once after the same user logs in', async () => {
    const target = targets[4];
    const before = (await operationsOf(target)).length;
    const { context, page, errors } = await prepareDevice(target);
    await page.close();

    let offline = await reopenOffline(context, errors);
    const form = await openFilingFormFor(offline, target);
    await form.getByLabel('Art').selectOption('registration_check');
    await form.getByRole('button', { name: 'Absenden' }).click();
    await offline.getByText('Auf diesem Gerät gespeichert. Der Bericht wird nach Ihrer nächsten Anmeldung gesendet.').waitFor();
    await offline.getByRole('button', { name: '1 Bericht wartet' }).waitFor();
    await offline.close();

    // Reopened once more without a connection: the report is still waiting on the device.
    offline = await reopenOffline(context, errors);
    await offline.getByRole('button', { name: '1 Bericht wartet' }).click();
    await offline.locator('.outbox-item', { hasText: target.address.label }).getByText('Wartet auf Verbindung').waitFor();
    await offline.screenshot({ path: screenshotPath('offline-shell.png') });
    expect((await operationsOf(target)).length).toBe(before);

    await context.setOffline(false);
    await offline.getByText('Die Verbindung ist wieder da').waitFor();
    await offline.getByRole('button', { name: 'Anmelden' }).click();
    await offline.getByLabel('Benutzername').fill('inspector');
    await offline.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await offline.getByRole('button', { name: 'Anmelden' }).click();
    await offline.getByText('Offline gespeicherte Einsätze gesendet: 1.').waitFor({ timeout: 20_000 });
    const after = await operationsOf(target);
    expect(after.length).toBe(before + 1);
    expect(after.filter((o) => o.kind === 'registration_check' && o.state === 'submitted').length).toBeGreaterThan(0);
    expect(errors.filter((e) => !EXPECTED_LOAD_ERRORS.test(e))).toEqual([]);
    await context.close();
  }, 150_000);

  it('should continue a draft saved online in a tab reopened without network, and save the change to the same draft after login', async () => {
    const target = (await inspector<{ items: Summary[] }>('GET', '/properties?status=suspected&limit=1')).items[0];
    const { context, page, errors, form } = await prepareDevice(target);
    await form.getByRole('button', { name: 'Entwurf speichern' }).click();
    await page.getByText('Entwurf gespeichert.').waitFor();
    const [draft] = (await operationsOf(target)).filter((o) => o.state === 'draft');
    await page.close();

    const offline = await reopenOffline(context, errors);
    const listed = offline.locator('.offline-drafts li', { hasText: target.address.label });
    await listed.getByRole('button', { name: 'Entwurf fortsetzen' }).click();
    const continued = offline.locator(`.operation-form[data-operation-id="${draft.id}"]`);
    await continued.waitFor();
    await continued.getByLabel('Bemerkungen', { exact: true }).fill('Offline im Keller ergänzt.');
    await continued.getByRole('button', { name: 'Entwurf speichern' }).click();
    await offline.getByRole('button', { name: '1 Bericht wartet' }).waitFor();

    await context.setOffline(false);
    await offline.getByRole('button', { name: 'Anmelden' }).click();
    await offline.getByLabel('Benutzername').fill('inspector');
    await offline.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await offline.getByRole('button', { name: 'Anmelden' }).click();
    await offline.getByText('Offline gespeicherte Einsätze gesendet: 1.').waitFor({ timeout: 20_000 });
    const stored = (await operationsOf(target)).find((o) => o.id === draft.id);
    expect(stored).toMatchObject({ state: 'draft', version: draft.version + 1, notes: 'Offline im Keller ergänzt.' });
    expect(errors.filter((e) => !EXPECTED_LOAD_ERRORS.test(e))).toEqual([]);
    await context.close();
  }, 150_000);
});

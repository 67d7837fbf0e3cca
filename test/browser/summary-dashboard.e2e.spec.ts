import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LAST_DAY } from '../../seeds/demo-data.js';
import { User } from '../../src/auth/user.entity.js';
import { CitiesService } from '../../src/cities/cities.service.js';
import type { SummaryDto } from '../../src/summaries/summaries.dto.js';
import { addDays } from '../../src/summaries/statistics.js';
import { pdfText } from '../helpers/pdf-text.js';
import { DEMO_PASSWORD, launchBrowser, login, openPage, screenshotPath, settled, skipBrowser, startBrowserServer, type BrowserServer } from './browser-env.js';

const formatGerman = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

// The last year of the demo history.
const FROM = addDays(DEMO_LAST_DAY, -364);
const TO = DEMO_LAST_DAY;

describe.skipIf(skipBrowser)('Lagebericht dashboard (headless Chromium)', () => {
  let server: BrowserServer;
  let browser: Browser;
  let expected: SummaryDto;

  /** Opens the Lagebericht from the top bar; controls are looked up inside it (the map has its own "Von" and "Stadtbezirk"). */
  async function openDashboard(page: Page) {
    await page.getByRole('button', { name: 'Lagebericht' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lagebericht für Rat und Ausschuss' });
    await dialog.waitFor();
    return dialog;
  }

  /** Downloads through the dashboard's button and returns the saved file. */
  async function downloadVia(page: Page, button: string): Promise<{ name: string; data: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: button }).click()]);
    return { name: download.suggestedFilename(), data: readFileSync(await download.path()) };
  }

  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'council', password: DEMO_PASSWORD }),
    });
    const token = ((await res.json()) as { accessToken: string }).accessToken;
    expected = (await (
      await fetch(`${server.url}/api/v1/summaries?from=${FROM}&to=${TO}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as SummaryDto;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 90_000);

  it('should let the council open the Lagebericht, see the charts and tables, and download a CSV and a PDF that parse', async () => {
    const total = expected.rows.find((r) => r.total)!;
    const declared = total.cells['sinceStart.declared'].display;
    const relet = total.cells['sinceStart.reletAfterDeclaration'].display;
    const { context, page, errors } = await openPage(browser);
    await login(page, server.url, 'council');
    const dialog = await openDashboard(page);
    await dialog.getByLabel('Von').fill(FROM);
    await dialog.getByLabel('Bis').fill(TO);
    await dialog.getByRole('button', { name: 'Anzeigen' }).click();
    await expect.poll(() => page.locator('.summary-status').textContent(), { timeout: 20_000 }).toContain('01.11.2025');

    // Key figures, the three charts, and one table per topic with every district and the total.
    expect(await page.locator('.summary-tile[data-figure="sinceStart.declared"] strong').textContent()).toBe(declared);
    expect(await page.locator('.summary-tile[data-figure="sinceStart.reletAfterDeclaration"] strong').textContent()).toBe(relet);
    expect(relet).toBe('23');
    expect(await page.locator('svg.summary-chart').count()).toBe(3);
    expect(await page.locator('.summary-chart--status rect[data-status]').count()).toBeGreaterThan(7);
    expect(await page.locator('.summary-chart--quarterly polyline').count()).toBe(2);
    expect(await page.locator('.summary-chart--map path[data-district-id]').count()).toBe(7);
    expect(await page.locator('.summary-topic').count()).toBe(expected.topics.length);
    expect(await page.locator('.summary-topic').first().locator('thead th').allTextContents()).toEqual(['Kennzahl', ...expected.rows.map((r) => r.label)]);
    await page.screenshot({ path: screenshotPath('council-summary-dashboard.png'), fullPage: false });

    const csv = await downloadVia(page, 'CSV herunterladen');
    expect(csv.name).toBe(`hausakte-lagebericht_${FROM}_${TO}.csv`);
    const records: Record<string, string>[] = parse(csv.data, { bom: true, delimiter: ';', columns: true });
    expect(records.map((r) => r.Bezirk)).toEqual(expected.rows.map((r) => r.label));
    expect(records.at(-1)!['Unbewohnbar erklärt seit Beginn']).toBe(declared);
    expect(records.at(-1)!['Saniert und wiedervermietet seit Beginn']).toBe('23');

    const pdf = await downloadVia(page, 'PDF herunterladen');
    expect(pdf.name).toBe(`hausakte-lagebericht_${FROM}_${TO}.pdf`);
    const text = (await pdfText(pdf.data)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Lagebericht Problemimmobilien');
    expect(text).toContain(`${declared} Unbewohnbar erklärt seit Beginn`);
    expect(text).toContain('23 Saniert und wiedervermietet seit Beginn');

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('should filter to one Stadtbezirk, lead with its own figures and not the city’s, and return to the map on Escape', async () => {
    const mitte = expected.rows.find((r) => r.label === 'Mitte')!;
    const { context, page, errors } = await openPage(browser);
    await login(page, server.url, 'council');
    const dialog = await openDashboard(page);
    await dialog.getByLabel('Von').fill(FROM);
    await dialog.getByLabel('Bis').fill(TO);
    await dialog.getByLabel('Stadtbezirk', { exact: true }).selectOption({ label: 'Mitte' });
    await dialog.getByRole('button', { name: 'Anzeigen' }).click();
    await expect.poll(() => page.locator('.summary-topic').first().locator('thead th').allTextContents(), { timeout: 20_000 }).toEqual(['Kennzahl', 'Mitte']);
    for (const key of ['sinceStart.declared', 'buildings.known', 'persons.affected']) {
      expect(await page.locator(`.summary-tile[data-figure="${key}"] strong`).textContent(), key).toBe(mitte.cells[key].display);
    }
    const row = page.locator('.summary-topic tr[data-figure="sinceStart.declared"] td').first();
    expect(await row.evaluate((td: { firstChild: { textContent: string | null } | null }) => td.firstChild?.textContent)).toBe(
      mitte.cells['sinceStart.declared'].display,
    );
    expect(await page.locator('.summary-chart--map path[stroke-width="2.5"]').getAttribute('data-district-id')).toBe(mitte.districtId);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.summary-dashboard').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('should show the period chosen last when the summary of a period chosen before arrives later', async () => {
    const earlier = { from: addDays(FROM, -365), to: addDays(FROM, -1) };
    const { context, page, errors } = await openPage(browser);
    await login(page, server.url, 'council');
    const dialog = await openDashboard(page);
    // The earlier year answers only after the later one, as a slow summary would.
    let releaseEarlier = () => undefined as void;
    const earlierHeld = new Promise<void>((resolve) => (releaseEarlier = resolve));
    await page.route(`**/api/v1/summaries?*from=${earlier.from}*`, async (route) => {
      await earlierHeld;
      await route.continue();
    });
    await dialog.getByLabel('Von').fill(earlier.from);
    await dialog.getByLabel('Bis').fill(earlier.to);
    const earlierAnswer = page.waitForResponse(`**/api/v1/summaries?*from=${earlier.from}*`);
    await dialog.getByRole('button', { name: 'Anzeigen' }).click();
    await dialog.getByLabel('Von').fill(FROM);
    await dialog.getByLabel('Bis').fill(TO);
    await dialog.getByRole('button', { name: 'Anzeigen' }).click();
    const shown = () => page.locator('.summary-status').textContent();
    await expect.poll(shown, { timeout: 20_000 }).toContain(`Berichtszeitraum ${formatGerman(FROM)}`);
    releaseEarlier();
    await (await earlierAnswer).finished();
    await settled(page);
    expect(await shown()).toContain(`Berichtszeitraum ${formatGerman(FROM)}`);
    const total = expected.rows.find((r) => r.total)!;
    expect(await page.locator('.summary-tile[data-figure="sinceStart.declared"] strong').textContent()).toBe(total.cells['sinceStart.declared'].display);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('should show a bad period as the server names it, and offer no Lagebericht to inspectors', async () => {
    const { context, page, errors } = await openPage(browser);
    await login(page, server.url, 'lead');
    const dialog = await openDashboard(page);
    await dialog.getByLabel('Von').fill('2026-06-01');
    await dialog.getByLabel('Bis').fill('2026-05-01');
    await dialog.getByRole('button', { name: 'Anzeigen' }).click();
    await expect.poll(() => page.locator('.summary-status--error').textContent(), { timeout: 20_000 }).toContain('Bis: darf nicht vor dem Beginn liegen');
    await context.close();
    const inspector = await openPage(browser);
    await login(inspector.page, server.url, 'inspector');
    await inspector.page.locator('.topbar').waitFor();
    expect(await inspector.page.getByRole('button', { name: 'Lagebericht' }).count()).toBe(0);
    // The refused request shows up as a console error of the page; nothing else may.
    expect(errors.filter((e) => !e.includes('400'))).toEqual([]);
    expect(inspector.errors).toEqual([]);
    await inspector.context.close();
  }, 120_000);

  it("should let a Land role choose the city whose council report it shows, each with that city's districts only", async () => {
    const users = server.app.get<DataSource>(getDataSourceToken()).getRepository(User);
    const council = await users.findOneByOrFail({ username: 'council' });
    await users.insert({ ...council, id: randomUUID(), username: 'land.council', cityAgs: null, version: 1 });
    await server.app.get(CitiesService).createFromCommandLine({ ags: '05113000', name: 'Essen' });
    const { context, page, errors } = await openPage(browser);
    await login(page, server.url, 'land.council');
    const dialog = await openDashboard(page);
    const title = page.locator('.summary-title');
    await expect.poll(() => title.textContent(), { timeout: 20_000 }).toContain('– Duisburg');
    await dialog.getByLabel('Stadt', { exact: true }).selectOption({ label: 'Essen' });
    await dialog.getByRole('button', { name: 'Anzeigen' }).click();
    await expect.poll(() => title.textContent(), { timeout: 20_000 }).toContain('– Essen');
    expect(await dialog.getByLabel('Stadtbezirk', { exact: true }).locator('option').allTextContents()).toEqual(['Ganze Stadt']);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

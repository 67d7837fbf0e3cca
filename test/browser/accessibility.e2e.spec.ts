import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, launchBrowser, login, openFilingFormFor, openPage, skipBrowser, startBrowserServer, type ApiCall, type BrowserServer } from './browser-env.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string; summary: string }>;
}

/** axe-core's serious and critical findings on the page as it is now (all its rules: WCAG 2.x A and AA and best practices), as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a script tag: the client's content security policy allows no injected scripts.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary })) })))`,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html} ${n.summary}`).join(', ')}`);
}

describe.skipIf(skipBrowser)('accessibility of every main view, checked by axe-core (headless Chromium)', () => {
  let server: BrowserServer;
  let browser: Browser;
  let lead: ApiCall;

  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
    lead = await apiAs(server.url, 'lead');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 90_000);

  it.each([
    ['a desktop', undefined],
    ['a phone', PHONE],
  ])(
    'should have no serious or critical violations on the login, the map, a building file and the dashboard on %s',
    async (_name, viewport) => {
      const { context, page } = await openPage(browser, { viewport });
      await page.goto(server.url);
      await page.getByLabel('Benutzername').waitFor();
      expect(await seriousViolations(page), 'login').toEqual([]);

      await login(page, server.url, 'lead');
      await page.locator('.legend-count[data-count]:not([data-count=""])').first().waitFor();
      expect(await seriousViolations(page), 'map').toEqual([]);

      const { items } = await lead<{ items: Array<{ id: string }> }>('GET', '/properties?status=uninhabitable&limit=1');
      await page.goto(`${server.url}/#p=${items[0].id}`);
      await page.locator('.timeline-item').first().waitFor();
      expect(await seriousViolations(page), 'building file').toEqual([]);

      await page.goto(server.url);
      await page.getByRole('button', { name: 'Lagebericht' }).click();
      await page.getByRole('dialog', { name: 'Lagebericht für Rat und Ausschuss' }).locator('.summary-tile').first().waitFor({ timeout: 30_000 });
      expect(await seriousViolations(page), 'dashboard').toEqual([]);
      await context.close();
    },
    120_000,
  );

  it('should have no serious or critical violations in the filing form on a phone', async () => {
    const inspector = await apiAs(server.url, 'inspector');
    const { items } = await inspector<{ items: Array<{ address: { label: string; street: string; houseNumber: string } }> }>(
      'GET',
      '/properties?status=inspected&limit=1',
    );
    const { context, page } = await openPage(browser, { viewport: PHONE });
    await login(page, server.url, 'inspector');
    const form = await openFilingFormFor(page, items[0]);
    await form.getByRole('button', { name: '+ Befund hinzufügen' }).click();
    await form.getByRole('button', { name: '+ Belegung hinzufügen' }).click();
    expect(await seriousViolations(page), 'filing form').toEqual([]);
    await context.close();
  }, 120_000);

  it('should have no serious or critical violations in the council view', async () => {
    const { context, page } = await openPage(browser);
    await login(page, server.url, 'council');
    await page.locator('.council-table, table').first().waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page), 'council view').toEqual([]);
    await context.close();
  }, 120_000);

  it.each([
    ['a desktop', undefined],
    ['a phone', PHONE],
  ])(
    'should have no serious or critical violations in the accounts panel with its forms open on %s',
    async (_name, viewport) => {
      const { context, page } = await openPage(browser, { viewport });
      await login(page, server.url, 'admin');
      await page.getByRole('rowheader', { name: 'lead', exact: true }).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Bearbeiten: inspector', exact: true }).click();
      await page.getByRole('button', { name: 'Passwort zurücksetzen: lead' }).click();
      expect(await seriousViolations(page), 'accounts panel').toEqual([]);
      await context.close();
    },
    120_000,
  );
});

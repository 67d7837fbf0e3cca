import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, login, openPage, screenshotPath, skipBrowser, startBrowserServer, type BrowserServer } from './browser-env.js';

const PHONE = { width: 360, height: 740 };
const TABLET_PORTRAIT = { width: 768, height: 1024 };
// WCAG 2.5.5: 44 × 44 CSS pixels; half a pixel for rounding.
const TAP = 43.5;

/** The targets in `selector` smaller than a finger, with their sizes. */
async function smallTargets(page: Page, selector: string): Promise<string[]> {
  const small: string[] = [];
  for (const target of await page.locator(selector).all()) {
    if (!(await target.isVisible())) continue;
    const box = (await target.boundingBox())!;
    if (box.width < TAP || box.height < TAP)
      small.push(`${selector} "${(await target.innerText()).trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`);
  }
  return small;
}

const focusedId = (page: Page) =>
  page.evaluate<string>('document.activeElement?.id || document.activeElement?.dataset?.id || document.activeElement?.className || ""');

/** Whether the element is on screen and the topmost thing at its centre (not covered by a bar or panel); a string, as the test tsconfig has no DOM types. */
const reachable = (page: Page, selector: string) =>
  page.evaluate<boolean>(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const r = el.getBoundingClientRect();
    const x = r.left + Math.min(r.width / 2, 20);
    const y = r.top + Math.min(r.height / 2, 20);
    if (r.width === 0 || y < 0 || y > innerHeight || x < 0 || x > innerWidth) return false;
    const top = document.elementFromPoint(x, y);
    return top !== null && (el === top || el.contains(top));
  })()`);

describe.skipIf(skipBrowser)('phones and keyboards (headless Chromium)', () => {
  let server: BrowserServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 90_000);

  it('should make every tap target of the map, the drawer and the filing form at least 44 × 44 px on a phone', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    await login(page, server.url, 'lead');
    await page.locator('.leaflet-control-zoom-in').waitFor();
    const small = [...(await smallTargets(page, '.topbar button')), ...(await smallTargets(page, '.leaflet-control-zoom a'))];
    await page.getByRole('button', { name: 'Filter und Legende' }).click();
    await page.locator('.legend-count[data-count]:not([data-count=""])').first().waitFor();
    small.push(
      ...(await smallTargets(page, '.legend-row label')),
      ...(await smallTargets(page, '.legend-only')),
      ...(await smallTargets(page, '.sidebar .link-button')),
    );
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Neuer Einsatz' }).click();
    await page.locator('.operation-form .chip').first().waitFor();
    small.push(...(await smallTargets(page, '.operation-form .chip')), ...(await smallTargets(page, '.operation-form .form-actions button')));
    expect(small).toEqual([]);
    await context.close();
  }, 90_000);

  it('should close the drawer on Escape and on a tap on the map, with the focus back on the menu button', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    await login(page, server.url, 'lead');
    const menu = page.getByRole('button', { name: 'Filter und Legende' });
    await menu.click();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate('document.activeElement?.classList.contains("menu-button")')).toBe(true);

    await menu.click();
    const map = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(map.x + map.width - 20, map.y + map.height / 2);
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  }, 90_000);

  it('should put the focus on the map after login, and close the building file on Escape or a tap beside the points, focus back where it was opened', async () => {
    const { context, page } = await openPage(browser);
    await login(page, server.url, 'lead');
    await expect.poll(() => focusedId(page)).toBe('map');
    await page.locator('.in-view-item').first().waitFor({ timeout: 30_000 });
    const item = page.locator('.in-view li').first();
    const id = await item.getAttribute('data-id');
    await item.locator('button').click();
    await page.locator('.file-address').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.panel').isHidden()).toBe(true);
    expect(page.url()).not.toMatch(/[#&]p=/);
    expect(await page.evaluate<string | null>('document.activeElement?.closest("li")?.dataset.id ?? null')).toBe(id);

    await page.locator(`.in-view li[data-id="${id}"] button`).click();
    await page.locator('.file-address').waitFor();
    // The demo city's outlines leave the map's left edge empty at the start view.
    const map = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(map.x + 60, map.y + map.height - 60);
    await expect.poll(() => page.locator('.panel').isHidden()).toBe(true);
    await context.close();
  }, 90_000);

  it('should keep every field of the filing form clear of the sticky header and save bar while tabbing through it on a phone', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    await login(page, server.url, 'inspector');
    await page.getByRole('button', { name: 'Neuer Einsatz' }).click();
    const form = page.locator('.operation-form');
    await form.getByRole('button', { name: '+ Befund hinzufügen' }).click();
    await form.getByRole('button', { name: '+ Belegung hinzufügen' }).click();
    await form.getByLabel('Art').focus();
    const hidden: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate<{ name: string; inBar: boolean; top: number; bottom: number; barTop: number; headerBottom: number } | null>(`(() => {
        const el = document.activeElement;
        const panel = document.querySelector('.panel');
        if (!el || !panel || !panel.contains(el)) return null;
        const r = el.getBoundingClientRect();
        const bar = panel.querySelector('.form-actions').getBoundingClientRect();
        const header = panel.querySelector('.panel-header').getBoundingClientRect();
        return { name: (el.labels?.[0]?.textContent ?? el.textContent ?? el.tagName).trim().slice(0, 40), inBar: !!el.closest('.form-actions, .panel-header'), top: r.top, bottom: r.bottom, barTop: bar.top, headerBottom: header.bottom };
      })()`);
      if (!state || state.inBar) continue;
      if (state.bottom > state.barTop + 1 || state.top < state.headerBottom - 1)
        hidden.push(`${state.name}: ${Math.round(state.top)}–${Math.round(state.bottom)}`);
    }
    expect(hidden).toEqual([]);
    await context.close();
  }, 90_000);

  it.each([
    ['a phone', PHONE],
    ['a portrait tablet', TABLET_PORTRAIT],
  ])(
    'should let the council reach the district table and the map legend on %s',
    async (_name, viewport) => {
      const { context, page } = await openPage(browser, { viewport });
      await login(page, server.url, 'council');
      const table = page.locator('.council-table table');
      await table.waitFor({ timeout: 30_000 });
      await page.screenshot({ path: screenshotPath(`council-${viewport.width}.png`) });
      for (const part of ['.council-table table', '.council-legend']) {
        await page.locator(part).scrollIntoViewIfNeeded();
        expect(await reachable(page, part), part).toBe(true);
      }
      await context.close();
    },
    90_000,
  );
});

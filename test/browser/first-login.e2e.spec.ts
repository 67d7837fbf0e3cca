import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsersService } from '../../src/users/users.service.js';
import { launchBrowser, openPage, skipBrowser, startBrowserServer, type BrowserServer } from './browser-env.js';

describe.skipIf(skipBrowser)('the first login with a one-time password (headless Chromium)', () => {
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

  it('should ask for an own password before the map opens, with the reasons in German, and open the map with it', async () => {
    const { oneTimePassword } = await server.app
      .get(UsersService)
      .createFromCommandLine({ username: 'neue.leitung', displayName: 'Neue Leitung', role: 'lead', agencyCode: 'ordnungsamt' });
    const { context, page, errors } = await openPage(browser);
    await page.goto(server.url);
    await page.getByLabel('Benutzername').fill('neue.leitung');
    await page.getByLabel('Passwort').fill(oneTimePassword);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { name: 'Eigenes Passwort festlegen' }).waitFor();
    expect(await page.getByText('Willkommen, Neue Leitung.').isVisible()).toBe(true);
    expect(await page.locator('#map').count()).toBe(0);

    const form = page.locator('.password-change');
    await form.getByLabel('Neues Passwort', { exact: true }).fill('Rathaus-Hamborn-2026');
    await form.getByLabel('Neues Passwort wiederholen').fill('Rathaus-Hamborn-2025');
    await form.getByRole('button', { name: 'Passwort speichern' }).click();
    await form.getByText('Die beiden Eingaben stimmen nicht überein.').waitFor();

    await form.getByLabel('Neues Passwort', { exact: true }).fill('zu-kurz');
    await form.getByLabel('Neues Passwort wiederholen').fill('zu-kurz');
    await form.getByRole('button', { name: 'Passwort speichern' }).click();
    const error = form.locator('.field[data-field="newPassword"] > .field-error');
    await expect.poll(() => error.textContent()).toBe('muss 12 bis 200 Zeichen haben');

    await form.getByLabel('Neues Passwort', { exact: true }).fill('Rathaus-Hamborn-2026');
    await form.getByLabel('Neues Passwort wiederholen').fill('Rathaus-Hamborn-2026');
    await form.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.locator('.legend-count[data-count]:not([data-count=""])').first().waitFor({ timeout: 30_000 });

    // The next login takes the new password and goes straight to the map.
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'neue.leitung', password: 'Rathaus-Hamborn-2026' }),
    });
    expect(((await login.json()) as { passwordChangeRequired: boolean }).passwordChangeRequired).toBe(false);
    // The refused short password is a 400 answer, which Chromium logs as a failed resource.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await context.close();
  }, 120_000);
});

import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '../helpers/oidc-provider.js';
import { launchBrowser, openPage, skipBrowser, startBrowserServer, type BrowserServer } from './browser-env.js';

/** A port nothing listens on: the app's address must be known before it starts, for the callback URL registered at the provider. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe.skipIf(skipBrowser)('signing in with the city account (headless Chromium)', () => {
  let provider: TestOidcProvider;
  let server: BrowserServer;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startOidcProvider({ redirectUrl: `http://127.0.0.1:${port}/api/v1/auth/oidc/callback` });
    server = await startBrowserServer({ ...provider.env, PORT: String(port) });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await provider?.close();
  }, 90_000);

  it('should open the map for a lead after "Mit Stadtkonto anmelden", with the one-time code gone from the address', async () => {
    provider.accounts.set('lena-hoffmann', { preferred_username: 'l.hoffmann', name: 'Lena Hoffmann', groups: ['hausakte-leitung', 'ordnungsamt'] });
    provider.signInAs('lena-hoffmann');
    const { context, page, errors } = await openPage(browser);
    await page.goto(server.url);
    // Both ways are offered while passwords stay on.
    await page.getByLabel('Benutzername').waitFor();
    await page.getByRole('link', { name: 'Mit Stadtkonto anmelden' }).click();
    await page.locator('.legend-count[data-count]:not([data-count=""])').first().waitFor({ timeout: 30_000 });
    expect(page.url()).not.toContain('sso=');
    const session = JSON.parse(await page.evaluate<string>('sessionStorage.getItem("hausakte.session")')) as { user: { username: string; role: string } };
    expect(session.user).toMatchObject({ username: 'l.hoffmann', role: 'lead' });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('should come back to the login page and say why when the city account has no Hausakte role', async () => {
    provider.accounts.set('no-role', { preferred_username: 'o.rolle', groups: ['alle-beschaeftigten', 'ordnungsamt'] });
    provider.signInAs('no-role');
    const { context, page } = await openPage(browser);
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Mit Stadtkonto anmelden' }).click();
    const alert = page.locator('.login .form-errors');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Anmeldung mit dem Stadtkonto nicht möglich: Ihr Stadtkonto ist keiner Hausakte-Rolle zugeordnet. Die Freischaltung erteilt die IT der Stadt.',
    );
    expect(page.url()).not.toContain('ssoError');
    await context.close();
  }, 120_000);
});

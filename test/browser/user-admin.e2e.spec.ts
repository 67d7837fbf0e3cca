import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { User } from '../../src/auth/user.entity.js';
import { CitiesService } from '../../src/cities/cities.service.js';
import { launchBrowser, login, openPage, skipBrowser, startBrowserServer, type BrowserServer } from './browser-env.js';

describe.skipIf(skipBrowser)('accounts and sessions in the browser (headless Chromium)', () => {
  let server: BrowserServer;
  let browser: Browser;
  const stored = (username: string) => server.app.get<DataSource>(getDataSourceToken()).getRepository(User).findOneByOrFail({ username });

  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 90_000);

  it('should let the admin create an account, correct and disable it, and reset its password, each one-time password shown once', async () => {
    const { context, page, errors } = await openPage(browser);
    await login(page, server.url, 'admin');
    const table = page.getByRole('region', { name: 'Benutzerkonten' });
    await table.getByRole('rowheader', { name: 'lead', exact: true }).waitFor();

    const form = page.getByRole('form', { name: 'Neues Konto' });
    await form.getByLabel('Benutzername').fill('a.schmidt');
    await form.getByLabel('Anzeigename').fill('Anna Schmidt');
    await form.getByLabel('Rolle').selectOption({ label: 'Prüfer/in' });
    await form.getByLabel('Behörde').selectOption('jugendamt');
    await form.getByRole('button', { name: 'Konto anlegen' }).click();
    const issued = page.getByRole('status').filter({ hasText: 'Einmalpasswort' });
    await issued.getByText('Das Konto „a.schmidt“ ist angelegt.').waitFor();
    const first = (await issued.locator('output').textContent())!;
    expect(first).toMatch(/^[\w-]{24}$/);
    expect(await stored('a.schmidt')).toMatchObject({ displayName: 'Anna Schmidt', role: 'inspector', agencyCode: 'jugendamt', passwordChangeRequired: true });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'a.schmidt' }) });
    await row.getByText('Einmalpasswort noch nicht ersetzt').waitFor();

    // The same username again: refused in German, the field keeps what was typed.
    await form.getByLabel('Benutzername').fill('a.schmidt');
    await form.getByRole('button', { name: 'Konto anlegen' }).click();
    await form.getByText('Diesen Benutzernamen gibt es bereits.').waitFor();
    expect(await form.getByLabel('Benutzername').inputValue()).toBe('a.schmidt');

    await page.getByRole('button', { name: 'Bearbeiten: a.schmidt' }).click();
    const edit = page.getByRole('form', { name: 'Konto „a.schmidt“ bearbeiten' });
    await edit.getByLabel('Rolle').selectOption({ label: 'Leitung' });
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await row.getByRole('cell', { name: 'Leitung', exact: true }).waitFor();
    expect(await stored('a.schmidt')).toMatchObject({ role: 'lead', version: 2 });

    await page.getByRole('button', { name: 'Passwort zurücksetzen: a.schmidt' }).click();
    await page
      .getByRole('group', { name: /Passwort von a\.schmidt zurücksetzen\?/ })
      .getByRole('button', { name: 'Passwort zurücksetzen' })
      .click();
    await issued.getByText('Das Passwort von „a.schmidt“ ist zurückgesetzt; alle Sitzungen des Kontos sind beendet.').waitFor();
    const second = (await issued.locator('output').textContent())!;
    expect(second).not.toBe(first);

    // The reset password opens the forced change in another browser; the first one-time password no longer does.
    const other = await openPage(browser);
    await other.page.goto(server.url);
    await other.page.getByLabel('Benutzername').fill('a.schmidt');
    await other.page.getByLabel('Passwort').fill(first);
    await other.page.getByRole('button', { name: 'Anmelden' }).click();
    await other.page.getByText('Benutzername oder Passwort ist falsch.').waitFor();
    await other.page.getByLabel('Passwort').fill(second);
    await other.page.getByRole('button', { name: 'Anmelden' }).click();
    await other.page.getByRole('heading', { name: 'Eigenes Passwort festlegen' }).waitFor();
    await other.context.close();

    await page.getByRole('button', { name: 'Bearbeiten: a.schmidt' }).click();
    await edit.getByLabel('Konto aktiv').uncheck();
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await row.getByRole('cell', { name: 'deaktiviert' }).waitFor();
    expect((await stored('a.schmidt')).active).toBe(false);

    // The own role cannot be changed here: the form shows it as text.
    await page.getByRole('button', { name: 'Bearbeiten: admin', exact: true }).click();
    const own = page.getByRole('form', { name: 'Konto „admin“ bearbeiten' });
    await own.getByText('Rolle: Administration').waitFor();
    expect(await own.getByLabel('Rolle').count()).toBe(0);
    // The refused logins and the taken username are 4xx answers, which Chromium logs as failed resources.
    expect(errors.filter((e) => !/status of 40[19]/.test(e))).toEqual([]);
    await context.close();
  }, 120_000);

  it('should end the token on the server when the user clicks Abmelden', async () => {
    const { context, page, errors } = await openPage(browser);
    await login(page, server.url, 'lead');
    await page.locator('.legend-count[data-count]:not([data-count=""])').first().waitFor({ timeout: 30_000 });
    const token = await page.evaluate<string>(`JSON.parse(sessionStorage.getItem('hausakte.session')).token`);
    const me = () => fetch(`${server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    expect(await me()).toBe(200);
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByLabel('Benutzername').waitFor();
    await expect.poll(me).toBe(401);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('should let the admin add an agency that the account form offers at once, and refuse to deactivate it while an account belongs to it', async () => {
    const { context, page, errors } = await openPage(browser);
    await login(page, server.url, 'admin');
    const add = page.getByRole('form', { name: 'Neue Behörde' });
    await add.getByLabel('Kürzel').fill('wohnungsamt');
    await add.getByLabel('Name', { exact: true }).fill('Amt für Wohnungswesen');
    await add.getByRole('button', { name: 'Behörde anlegen' }).click();
    const agencies = page.getByRole('region', { name: 'Behörden' });
    await agencies.getByRole('rowheader', { name: 'wohnungsamt' }).waitFor();

    const account = page.getByRole('form', { name: 'Neues Konto' });
    await account.getByLabel('Benutzername').fill('w.amt');
    await account.getByLabel('Behörde').selectOption({ label: 'Amt für Wohnungswesen' });
    await account.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByText('Das Konto „w.amt“ ist angelegt.').waitFor();
    expect((await stored('w.amt')).agencyCode).toBe('wohnungsamt');

    await page.getByRole('button', { name: 'Bearbeiten: wohnungsamt' }).click();
    const edit = page.getByRole('form', { name: 'Behörde „wohnungsamt“ bearbeiten' });
    await edit.getByRole('checkbox', { name: /Aktiv \(/ }).uncheck();
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await edit.getByText('Zu dieser Behörde gehören noch aktive Konten.', { exact: false }).waitFor();
    expect(errors.filter((e) => !/status of 409/.test(e))).toEqual([]);
    await context.close();
  }, 120_000);

  it("should let a Land administrator place each account in a city, or across every city, and show each account's city", async () => {
    const users = server.app.get<DataSource>(getDataSourceToken()).getRepository(User);
    const admin = await stored('admin');
    await users.insert({ ...admin, id: randomUUID(), username: 'land.admin', displayName: 'Landesverwaltung', cityAgs: null, version: 1 });
    await server.app.get(CitiesService).createFromCommandLine({ ags: '05113000', name: 'Essen' });
    const { context, page, errors } = await openPage(browser);
    await login(page, server.url, 'land.admin');
    const table = page.getByRole('region', { name: 'Benutzerkonten' });
    const row = (username: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: username, exact: true }) });
    await row('lead').getByRole('cell', { name: 'Duisburg' }).waitFor();
    await row('land.admin').getByRole('cell', { name: 'Landesweit (alle Städte)' }).waitFor();

    const form = page.getByRole('form', { name: 'Neues Konto' });
    await form.getByLabel('Benutzername').fill('e.kaya');
    await form.getByLabel('Stadt').selectOption({ label: 'Essen' });
    await form.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByText('Das Konto „e.kaya“ ist angelegt.').waitFor();
    expect(await stored('e.kaya')).toMatchObject({ cityAgs: '05113000' });
    await row('e.kaya').getByRole('cell', { name: 'Essen' }).waitFor();

    await page.getByRole('button', { name: 'Bearbeiten: e.kaya' }).click();
    const edit = page.getByRole('form', { name: 'Konto „e.kaya“ bearbeiten' });
    await edit.getByLabel('Stadt').selectOption({ label: 'Landesweit (alle Städte)' });
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await row('e.kaya').getByRole('cell', { name: 'Landesweit (alle Städte)' }).waitFor();
    expect(await stored('e.kaya')).toMatchObject({ cityAgs: null, version: 2 });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Browser } from 'playwright-core';
import { IsNull, type DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { District } from '../../src/districts/district.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { AddressImport } from '../../src/addresses/address-import.entity.js';
import { OfficialAddress } from '../../src/addresses/official-address.entity.js';
import { gebrefLine } from '../factories/gebref.factory.js';
import { launchBrowser, login, openPage, ROOT, skipBrowser, startBrowserServer, type BrowserServer } from './browser-env.js';

describe.skipIf(skipBrowser)('districts import in the browser (headless Chromium)', () => {
  let server: BrowserServer;
  let browser: Browser;
  const dataSource = () => server.app.get<DataSource>(getDataSourceToken());

  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 90_000);

  it('should let the admin preview a file of Stadtbezirke, see which buildings move, and apply exactly what was previewed', async () => {
    // The city's Stadtbezirke as published, without Süd: its buildings lose their Stadtbezirk.
    const published = JSON.parse(readFileSync(join(ROOT, 'seeds/duisburg/stadtbezirke.geojson'), 'utf8')) as {
      features: Array<{ properties: { code: string } }>;
    };
    const withoutSued = { ...published, features: published.features.filter((f) => f.properties.code !== '700') };
    const sued = await dataSource().getRepository(District).findOneByOrFail({ code: '700', level: 'bezirk' });
    const inSued = await dataSource().getRepository(Property).countBy({ districtId: sued.id });
    expect(inSued).toBeGreaterThan(0);
    const outsideBefore = await dataSource().getRepository(Property).countBy({ districtId: IsNull() });

    const { page, errors } = await openPage(browser);
    await login(page, server.url, 'admin');
    const form = page.getByRole('form', { name: 'Stadtbezirke und Ortsteile' });
    await form.getByLabel('Datei').setInputFiles({ name: 'kaputt.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type":') });
    await form.getByLabel('Quelle und Lizenz').fill('Stadt Duisburg, dl-de/by-2-0');
    await form.getByRole('button', { name: 'Vorschau' }).click();
    await form.getByText('ist keine lesbare Datei dieses Formats').waitFor();

    await form
      .getByLabel('Datei')
      .setInputFiles({ name: 'stadtbezirke.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(withoutSued)) });
    await form.getByRole('button', { name: 'Vorschau' }).click();
    const preview = page.getByText('Vorschau für Duisburg (EPSG:4326)');
    await preview.waitFor();
    const table = page.getByRole('region', { name: 'Vorschau für Duisburg (EPSG:4326)' });
    expect(await table.getByRole('row').count()).toBe(7);
    await table.getByRole('row').filter({ hasText: 'Hamborn' }).getByRole('cell', { name: 'geändert' }).waitFor();
    await page.getByText(`700 Süd: ${inSued} Gebäude`).waitFor();
    await page
      .getByText(
        new RegExp(`^${inSued} von \\d+ Gebäuden wechseln Stadtbezirk oder Ortsteil; ${inSued + outsideBefore} liegen danach in keinem Stadtbezirk\\.$`),
      )
      .waitFor();
    expect(await dataSource().getRepository(District).countBy({ level: 'bezirk' })).toBe(7);

    // Changed options need a new preview before anything is applied.
    await form.getByLabel('Quelle und Lizenz').fill('Stadt Duisburg');
    expect(await form.getByRole('button', { name: 'Übernehmen' }).isDisabled()).toBe(true);
    await form.getByText('seit der Vorschau geändert').waitFor();
    await form.getByLabel('Quelle und Lizenz').fill('Stadt Duisburg, dl-de/by-2-0');
    await form.getByRole('button', { name: 'Übernehmen' }).click();
    await page.getByText(`Bezirke übernommen: ${inSued} Gebäude neu zugeordnet.`).waitFor();

    const bezirke = await dataSource()
      .getRepository(District)
      .find({ where: { level: 'bezirk' }, order: { code: 'ASC' } });
    expect(bezirke.map((d) => [d.code, d.attribution])).toEqual(
      published.features.filter((f) => f.properties.code !== '700').map((f) => [f.properties.code, 'Stadt Duisburg, dl-de/by-2-0']),
    );
    expect(await dataSource().getRepository(Property).countBy({ districtId: sued.id })).toBe(0);
    // The broken file's refusal is the one failed request.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });
  it('should show the address imports with their progress, polled while one runs, and an import started from the panel with its refused lines', async () => {
    // Another administrator's import, still running: the panel follows it and holds its own back.
    const other = await dataSource().getRepository(AddressImport).save({
      id: randomUUID(),
      format: 'gebref',
      state: 'running',
      cityAgs: null,
      actorId: null,
      startedAt: new Date(),
      updatedAt: new Date(),
      lines: 40_000,
      inserted: 40_000,
      changed: 0,
      unchanged: 0,
      gone: 0,
      matched: 0,
      rejected: 0,
      skipped: 0,
      problems: [],
      sha256: null,
      message: null,
    });
    const { page, errors } = await openPage(browser);
    await login(page, server.url, 'admin');
    const section = page.getByRole('region', { name: 'Amtliche Adressen' });
    const form = page.getByRole('form', { name: 'Amtliche Adressen' });
    const imports = page.getByRole('region', { name: 'Letzte Importe' });
    await imports.getByRole('row').filter({ hasText: 'läuft' }).waitFor();
    expect(await form.getByRole('button', { name: 'Import läuft …' }).isDisabled()).toBe(true);
    await dataSource().getRepository(AddressImport).update({ id: other.id }, { state: 'done', lines: 80_000, inserted: 80_000, updatedAt: new Date() });
    await imports.getByRole('row').filter({ hasText: 'fertig' }).filter({ hasText: '80.000' }).waitFor();

    const lines = [
      gebrefLine({ oi: 'DENWPANEL0000001', ags: '05112000', street: 'Am Panel', number: '1', lon: 6.76, lat: 51.43 }),
      'kaputte Zeile',
      gebrefLine({ oi: 'DENWPANEL0000002', ags: '05112000', street: 'Am Panel', number: '2', lon: 6.7601, lat: 51.43 }),
    ];
    await form.getByLabel('Datei').setInputFiles({ name: 'gebref.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) });
    await form.getByRole('button', { name: 'Import starten' }).click();
    // The demo city's official addresses are not in this file: all 1,575 become historic, and the 585 buildings standing at one are unmatched.
    await page.getByText(/^Adressen importiert: 2 neu, 0 geändert, 1575 entfallen; 585 Gebäude neu zugeordnet\.$/).waitFor();
    expect(await imports.getByRole('row').nth(1).getAttribute('data-state')).toBe('done');
    await section.getByText(/^Zeile 2: /).waitFor();
    expect(await dataSource().getRepository(OfficialAddress).countBy({ street: 'Am Panel' })).toBe(2);
    expect(errors).toEqual([]);
  });
});

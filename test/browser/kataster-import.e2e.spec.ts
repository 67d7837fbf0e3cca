import { getDataSourceToken } from '@nestjs/typeorm';
import type { Browser } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfficialAddress } from '../../src/addresses/official-address.entity.js';
import { Decision } from '../../src/decisions/decision.entity.js';
import { KatasterImport } from '../../src/imports/kataster-import.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { katasterXlsx } from '../factories/kataster.factory.js';
import { launchBrowser, login, openPage, skipBrowser, startBrowserServer, type BrowserServer } from './browser-env.js';

describe.skipIf(skipBrowser)('Kataster import in the browser (headless Chromium)', () => {
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

  it('should let a lead try the city’s spreadsheet, save the suggested columns, and take over only after a trial with them', async () => {
    // An official address of the demo city that no building stands at yet.
    const free = await dataSource()
      .getRepository(OfficialAddress)
      .createQueryBuilder('a')
      .where('a.historic = :historic', { historic: false })
      .andWhere('a.houseNumberSuffix IS NULL')
      .andWhere('NOT EXISTS (SELECT 1 FROM properties p WHERE p.official_address_id = a.id)')
      .orderBy('a.id')
      .getOneOrFail();
    const sheet = await katasterXlsx(
      ['Straße', 'Hausnummer', 'Eigentümer', 'Unbewohnbar seit', 'Betroffene Personen'],
      [
        [free.street, free.houseNumber, 'Beispiel Wohnen GmbH', new Date('2020-05-04T00:00:00Z'), 7],
        ['Nirgendweg', '1', null, null, null],
      ],
    );

    const { page, errors } = await openPage(browser);
    await login(page, server.url, 'lead');
    await page.getByRole('button', { name: 'Kataster übernehmen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Problemimmobilienkataster übernehmen' });
    await dialog.getByLabel('Tabelle', { exact: true }).setInputFiles({
      name: 'kataster.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: sheet,
    });
    await dialog.getByRole('button', { name: 'Probelauf' }).click();
    await dialog.getByText('Ergebnis des Probelaufs (nichts gespeichert)').waitFor();
    await dialog.getByText('2 Zeilen: 1 neue Gebäude, 0 schon erfasst, 1 mit Fehlern; 1 neue Beteiligte, 1 Entscheidungen.').waitFor();
    const rows = dialog.getByRole('region', { name: 'Zeilen der Tabelle' });
    await rows.getByRole('row').filter({ hasText: 'Straße: Adresse nicht gefunden, keine Koordinaten' }).waitFor();
    expect(await dialog.getByLabel('Straße *', { exact: true }).inputValue()).toBe('Straße');
    expect(await dialog.getByLabel('Unbewohnbar erklärt am', { exact: true }).inputValue()).toBe('Unbewohnbar seit');
    // Suggested columns are not saved yet: nothing can be taken over.
    expect(await dialog.getByRole('button', { name: 'Übernehmen' }).isDisabled()).toBe(true);

    await dialog.getByRole('button', { name: 'Zuordnung speichern' }).click();
    await dialog.getByText('Diese Zuordnung ist für die Stadt gespeichert.').waitFor();
    const takeOver = dialog.getByRole('button', { name: 'Übernehmen' });
    await expect.poll(() => takeOver.isDisabled()).toBe(false);
    expect(await dataSource().getRepository(KatasterImport).count()).toBe(0);

    await takeOver.click();
    await dialog.getByText('Ergebnis der Übernahme').waitFor();
    await page.getByText('1 Gebäude mit 1 Entscheidungen übernommen.').waitFor();
    await dialog.getByRole('region', { name: 'Bisherige Übernahmen' }).getByRole('cell', { name: 'kataster.xlsx' }).waitFor();

    const [record] = await dataSource().getRepository(KatasterImport).find();
    const building = await dataSource().getRepository(Property).findOneByOrFail({ officialAddressId: free.id });
    expect(building).toMatchObject({ importId: record.id, status: 'uninhabitable', statusSince: '2020-05-04', addressMatch: 'official' });
    const decision = await dataSource().getRepository(Decision).findOneByOrFail({ propertyId: building.id });
    expect(decision).toMatchObject({ type: 'declare_uninhabitable', personsAffected: 7, importId: record.id });
    expect(errors).toEqual([]);
  });
});

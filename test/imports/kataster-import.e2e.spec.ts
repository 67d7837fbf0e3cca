import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import type { ProblemBody } from '../../src/common/problem.js';
import { Decision } from '../../src/decisions/decision.entity.js';
import type { District } from '../../src/districts/district.entity.js';
import { KatasterImport } from '../../src/imports/kataster-import.entity.js';
import type { KatasterImportDto, KatasterImportReportDto, KatasterMappingDto } from '../../src/imports/imports.dto.js';
import { Party } from '../../src/parties/party.entity.js';
import { PropertyParty } from '../../src/parties/property-party.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { makeDistrict } from '../factories/district.factory.js';
import { gebrefLine, importGazetteer } from '../factories/gebref.factory.js';
import { katasterCsv, katasterXlsx, postKataster, type SheetCell } from '../factories/kataster.factory.js';
import { makeProperty } from '../factories/property.factory.js';
import { TEST_CITY_AGS, useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const HEADINGS = [
  'Straße',
  'Hausnr.',
  'PLZ',
  'Stadtbezirk',
  'Eigentümer',
  'Verwalter',
  'Aktenzeichen',
  'Unbewohnbar seit',
  'Betroffene Personen',
  'davon Kinder',
  'Sanierung seit',
  'Freigegeben am',
  'Wiedervermietet am',
  'Erledigt am',
  'Erledigungsgrund',
  'Bemerkung',
  'Breite',
  'Länge',
];

/** A row by heading, the rest empty. */
const row = (cells: Partial<Record<(typeof HEADINGS)[number], SheetCell>>): SheetCell[] => HEADINGS.map((h) => cells[h] ?? null);

const ROWS = [
  // Row 2: the whole way from declaration to re-letting, with people affected.
  row({
    Straße: 'Musterstr.',
    'Hausnr.': '1',
    PLZ: '47051',
    Stadtbezirk: 'Mitte',
    Eigentümer: 'Muster Immobilien GmbH',
    Verwalter: 'Hausverwaltung Beispiel',
    Aktenzeichen: '32-U 2016/0001',
    'Unbewohnbar seit': day('2016-03-01'),
    'Betroffene Personen': 23,
    'davon Kinder': 9,
    'Sanierung seit': day('2017-05-02'),
    'Freigegeben am': day('2018-06-01'),
    'Wiedervermietet am': day('2018-09-01'),
    Bemerkung: 'Schimmel im Keller',
  }),
  // Row 3: the sheet names another district than the one around the official point.
  row({
    Straße: 'Musterstraße',
    'Hausnr.': 2,
    Stadtbezirk: 'Süd',
    Eigentümer: 'Muster  Immobilien GmbH',
    'Unbewohnbar seit': day('2019-01-15'),
    'Betroffene Personen': 12,
  }),
  // Row 4: number and suffix in one cell.
  row({ Straße: 'Musterstraße', 'Hausnr.': '3 A' }),
  // Row 5: the official addresses know 10, not 10b.
  row({ Straße: 'Königstraße', 'Hausnr.': '10b' }),
  // Row 6: not an official address, placed by its own coordinates.
  row({ Straße: 'Neue Gasse', 'Hausnr.': '5', Breite: 51.433, Länge: '6,771' }),
  // Row 7: nowhere to place it.
  row({ Straße: 'Nirgendweg', 'Hausnr.': '9' }),
  // Row 8: re-let without the declaration having been lifted.
  row({ Straße: 'Beispielweg', 'Hausnr.': '7', 'Unbewohnbar seit': day('2019-02-01'), 'Wiedervermietet am': day('2020-01-01') }),
  // Row 9: a date that is none.
  row({ Straße: 'Hafenstraße', 'Hausnr.': '4', 'Unbewohnbar seit': 'irgendwann 2019' }),
  // Row 10: row 2 again, written differently.
  row({ Straße: 'Musterstraße', 'Hausnr.': '1' }),
  // Row 11: closed without a declaration.
  row({ Straße: 'Königstraße', 'Hausnr.': '10', 'Erledigt am': day('2021-02-01'), Erledigungsgrund: 'Abgerissen' }),
  // Row 12: in Hausakte already.
  row({ Straße: 'Lindenallee', 'Hausnr.': '8', 'Unbewohnbar seit': day('2022-01-01') }),
];

const COLUMNS = {
  street: 'Straße',
  houseNumber: 'Hausnr.',
  postcode: 'PLZ',
  district: 'Stadtbezirk',
  owner: 'Eigentümer',
  manager: 'Verwalter',
  fileReference: 'Aktenzeichen',
  declaredOn: 'Unbewohnbar seit',
  personsAffected: 'Betroffene Personen',
  childrenAffected: 'davon Kinder',
  renovationStartedOn: 'Sanierung seit',
  liftedOn: 'Freigegeben am',
  reletOn: 'Wiedervermietet am',
  closedOn: 'Erledigt am',
  closeReason: 'Erledigungsgrund',
  note: 'Bemerkung',
  lat: 'Breite',
  lon: 'Länge',
};

describe('Kataster import', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let file: Buffer;
  let mitte: District;
  let existing: Property;
  let managerParty: Party;

  beforeAll(async () => {
    mitte = await makeDistrict(t, { name: 'Mitte', code: '1', box: [6.74, 51.42, 6.8, 51.45] });
    await makeDistrict(t, { name: 'Süd', code: '2', box: [6.74, 51.39, 6.8, 51.42] });
    await importGazetteer(t, users.admin, [
      gebrefLine({ oi: 'DENW00000000K001', ags: TEST_CITY_AGS, street: 'Musterstraße', number: '1', lon: 6.76, lat: 51.43 }),
      gebrefLine({ oi: 'DENW00000000K002', ags: TEST_CITY_AGS, street: 'Musterstraße', number: '2', lon: 6.761, lat: 51.431 }),
      gebrefLine({ oi: 'DENW00000000K003', ags: TEST_CITY_AGS, street: 'Musterstraße', number: '3', suffix: 'a', lon: 6.762, lat: 51.432 }),
      gebrefLine({ oi: 'DENW00000000K004', ags: TEST_CITY_AGS, street: 'Königstraße', number: '10', lon: 6.765, lat: 51.435 }),
      gebrefLine({ oi: 'DENW00000000K005', ags: TEST_CITY_AGS, street: 'Beispielweg', number: '7', lon: 6.75, lat: 51.41 }),
      gebrefLine({ oi: 'DENW00000000K006', ags: TEST_CITY_AGS, street: 'Hafenstraße', number: '4', lon: 6.77, lat: 51.43 }),
      gebrefLine({ oi: 'DENW00000000K007', ags: TEST_CITY_AGS, street: 'Lindenallee', number: '8', lon: 6.772, lat: 51.436 }),
    ]);
    existing = await makeProperty(t, { street: 'Lindenallee', houseNumber: '8', lat: 51.436, lon: 6.772 });
    const party = await t.app.inject({
      method: 'POST',
      url: '/api/v1/parties',
      headers: users.lead.headers,
      payload: { kind: 'company', name: 'Hausverwaltung Beispiel GmbH & Co. KG', aliases: ['Hausverwaltung Beispiel'] },
    });
    expect(party.statusCode).toBe(201);
    managerParty = await t.dataSource.getRepository(Party).findOneByOrFail({ id: party.json<{ id: string }>().id });
    file = await katasterXlsx(HEADINGS, ROWS);
  });

  const importedProperties = async () =>
    (await t.dataSource.getRepository(Property).find({ where: { origin: 'import' } })).sort((a, b) => a.addressKey.localeCompare(b.addressKey));

  it('should answer a dry run with the columns suggested from German headings and every row’s outcome, writing nothing', async () => {
    const res = await postKataster(t, users.lead, file, 'dryRun=true&fileName=kataster.xlsx');
    expect(res.statusCode).toBe(200);
    const report = res.json<KatasterImportReportDto>();
    expect(report).toMatchObject({
      dryRun: true,
      importId: null,
      alreadyImported: false,
      format: 'xlsx',
      sheet: 'Kataster',
      columnsSaved: false,
      rows: 11,
      created: 6,
      existing: 1,
      rejected: 4,
      parties: 1,
      decisions: 6,
    });
    expect(report.headings).toEqual(HEADINGS);
    expect(report.columns).toEqual(COLUMNS);
    expect(report.results.map((r) => [r.row, r.outcome, r.address, r.placement, r.district])).toEqual([
      [2, 'new', 'Musterstraße 1', 'official', 'Mitte'],
      [3, 'new', 'Musterstraße 2', 'official', 'Mitte'],
      [4, 'new', 'Musterstraße 3a', 'official', 'Mitte'],
      [5, 'new', 'Königstraße 10b', 'official_without_suffix', 'Mitte'],
      [6, 'new', 'Neue Gasse 5', 'coordinates', 'Mitte'],
      [7, 'rejected', 'Nirgendweg 9', null, null],
      [8, 'rejected', 'Beispielweg 7', null, null],
      [9, 'rejected', 'Hafenstraße 4', null, null],
      [10, 'rejected', 'Musterstraße 1', null, null],
      [11, 'new', 'Königstraße 10', 'official', 'Mitte'],
      [12, 'existing', 'Lindenallee 8', null, null],
    ]);
    expect(report.results[10].propertyId).toBe(existing.id);
    expect(report.problems.map((p) => [p.row, p.severity, p.code, p.field, p.column])).toEqual([
      [3, 'warning', 'districtDiffers', 'district', 'Stadtbezirk'],
      [5, 'warning', 'officialWithoutSuffix', 'houseNumber', 'Hausnr.'],
      [7, 'error', 'addressNotFound', 'street', 'Straße'],
      [8, 'error', 'decisionOrder', 'reletOn', 'Wiedervermietet am'],
      [9, 'error', 'invalidDate', 'declaredOn', 'Unbewohnbar seit'],
      [10, 'error', 'duplicateRow', 'street', 'Straße'],
      [12, 'warning', 'alreadyRecorded', 'street', 'Straße'],
    ]);
    expect(report.problems[5].message).toContain('row 2');
    expect(await importedProperties()).toEqual([]);
    expect(await t.dataSource.getRepository(KatasterImport).count()).toBe(0);
  });

  it('should refuse the real import until the city’s columns are saved', async () => {
    const res = await postKataster(t, users.lead, file);
    expect(res.statusCode).toBe(409);
    expect(res.json<ProblemBody>().code).toBe('kataster_mapping_not_saved');
    expect(await importedProperties()).toEqual([]);
  });

  it('should save the columns per city, audited, and need the ETag to change them', async () => {
    const url = '/api/v1/imports/kataster/mapping';
    const before = await t.app.inject({ method: 'GET', url, headers: users.lead.headers });
    expect(before.json<KatasterMappingDto>()).toEqual({ city: TEST_CITY_AGS, columns: null, updatedAt: null, version: 0 });
    const twice = await t.app.inject({ method: 'PUT', url, headers: users.lead.headers, payload: { columns: { street: 'Straße', houseNumber: 'Straße' } } });
    expect(twice.statusCode).toBe(400);
    expect(twice.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'columns.houseNumber', code: 'columnUsedTwice' })]);
    const missing = await t.app.inject({ method: 'PUT', url, headers: users.lead.headers, payload: { columns: { street: 'Straße' } } });
    expect(missing.statusCode).toBe(400);
    expect(new Set(missing.json<ProblemBody>().errors?.map((e) => e.field))).toEqual(new Set(['columns.houseNumber']));

    const first = await t.app.inject({ method: 'PUT', url, headers: users.lead.headers, payload: { columns: { street: 'Straße', houseNumber: 'Hausnr.' } } });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"1"');
    const unconditional = await t.app.inject({ method: 'PUT', url, headers: users.admin.headers, payload: { columns: COLUMNS } });
    expect(unconditional.statusCode).toBe(428);
    const stale = await t.app.inject({ method: 'PUT', url, headers: { ...users.admin.headers, 'if-match': '"0"' }, payload: { columns: COLUMNS } });
    expect(stale.statusCode).toBe(412);
    const changed = await t.app.inject({ method: 'PUT', url, headers: { ...users.admin.headers, 'if-match': '"1"' }, payload: { columns: COLUMNS } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<KatasterMappingDto>()).toMatchObject({ columns: COLUMNS, version: 2 });
    const saved = await t.app.inject({ method: 'GET', url, headers: users.lead.headers });
    expect(saved.json<KatasterMappingDto>().columns).toEqual(COLUMNS);
    const audit = await t.dataSource.getRepository(AuditEntry).find({ where: { action: 'kataster_mapping_saved' }, order: { seq: 'ASC' } });
    expect(audit.map((a) => a.entityId)).toEqual([TEST_CITY_AGS, TEST_CITY_AGS]);
  });

  it('should create buildings, parties and dated decisions through the core, each linked to one audited import', async () => {
    const res = await postKataster(t, users.lead, file, 'fileName=kataster.xlsx');
    expect(res.statusCode).toBe(200);
    const report = res.json<KatasterImportReportDto>();
    expect(report).toMatchObject({ dryRun: false, alreadyImported: false, columnsSaved: true, created: 6, existing: 1, rejected: 4, parties: 1, decisions: 6 });
    const [record] = await t.dataSource.getRepository(KatasterImport).find();
    expect(record).toMatchObject({
      id: report.importId,
      cityAgs: TEST_CITY_AGS,
      actorId: users.lead.id,
      sha256: report.sha256,
      fileName: 'kataster.xlsx',
      rows: 11,
      created: 6,
    });
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);

    const properties = await importedProperties();
    expect(properties.map((p) => [p.street, p.houseNumber, p.houseNumberSuffix, p.addressMatch, p.status, p.statusSince])).toEqual([
      ['Königstraße', '10', null, 'official', 'closed', '2021-02-01'],
      ['Königstraße', '10', 'b', 'unmatched', 'suspected', expect.any(String)],
      ['Musterstraße', '1', null, 'official', 'relet', '2018-09-01'],
      ['Musterstraße', '2', null, 'official', 'uninhabitable', '2019-01-15'],
      ['Musterstraße', '3', 'a', 'official', 'suspected', expect.any(String)],
      ['Neue Gasse', '5', null, 'unmatched', 'suspected', expect.any(String)],
    ]);
    expect(
      properties.every((p) => p.importId === report.importId && p.cityAgs === TEST_CITY_AGS && p.districtId === mitte.id && p.createdBy === users.lead.id),
    ).toBe(true);
    const first = properties[2];
    expect(first).toMatchObject({
      postcode: '47051',
      note: 'Schimmel im Keller',
      officialAddressId: 'DENW00000000K001',
      lat: 51.43,
      lon: 6.76,
      firstDecisionOn: '2016-03-01',
    });
    const unsuffixed = properties[1];
    expect([unsuffixed.lat, unsuffixed.lon]).toEqual([51.435, 6.765]);
    expect([properties[5].lat, properties[5].lon]).toEqual([51.433, 6.771]);

    const decisions = await t.dataSource.getRepository(Decision).find({ where: { propertyId: first.id }, order: { effectiveDate: 'ASC' } });
    expect(decisions.map((d) => [d.type, d.effectiveDate, d.statusBefore, d.statusAfter, d.fileReference, d.personsAffected, d.childrenAffected])).toEqual([
      ['declare_uninhabitable', '2016-03-01', 'suspected', 'uninhabitable', '32-U 2016/0001', 23, 9],
      ['renovation_started', '2017-05-02', 'uninhabitable', 'renovation', '32-U 2016/0001', null, null],
      ['declaration_lifted', '2018-06-01', 'renovation', 'released', '32-U 2016/0001', null, null],
      ['relet', '2018-09-01', 'released', 'relet', '32-U 2016/0001', null, null],
    ]);
    expect(decisions.every((d) => d.importId === report.importId && d.decidedBy === users.lead.id && d.districtId === mitte.id)).toBe(true);
    const closing = await t.dataSource.getRepository(Decision).findOneByOrFail({ propertyId: properties[0].id });
    expect(closing).toMatchObject({ type: 'close', reason: 'Abgerissen', statusBefore: 'suspected', statusAfter: 'closed' });

    const owners = await t.dataSource.getRepository(Party).find({ where: { importId: report.importId! } });
    expect(owners.map((p) => [p.name, p.kind, p.cityAgs])).toEqual([['Muster Immobilien GmbH', 'company', TEST_CITY_AGS]]);
    const links = await t.dataSource.getRepository(PropertyParty).find({ where: { importId: report.importId! } });
    expect(links.map((l) => [properties.find((p) => p.id === l.propertyId)?.houseNumber, l.role, l.partyId]).sort()).toEqual(
      [
        ['1', 'owner', owners[0].id],
        ['1', 'manager', managerParty.id],
        ['2', 'owner', owners[0].id],
      ].sort(),
    );

    const untouched = await t.dataSource.getRepository(Property).findOneByOrFail({ id: existing.id });
    expect([untouched.importId, untouched.status, untouched.version]).toEqual([null, 'suspected', existing.version]);
    const audit = await t.dataSource.getRepository(AuditEntry).find({ where: { action: 'kataster_imported' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'kataster_import', entityId: report.importId, actorId: users.lead.id });
  });

  it('should create nothing when the same file comes again, and answer the earlier import', async () => {
    const [record] = await t.dataSource.getRepository(KatasterImport).find();
    const counts = async () => [
      await t.dataSource.getRepository(Property).count(),
      await t.dataSource.getRepository(Decision).count(),
      await t.dataSource.getRepository(Party).count(),
      await t.dataSource.getRepository(PropertyParty).count(),
      await t.dataSource.getRepository(KatasterImport).count(),
      await t.dataSource.getRepository(AuditEntry).countBy({ action: 'kataster_imported' }),
    ];
    const before = await counts();
    const res = await postKataster(t, users.admin, file);
    expect(res.statusCode).toBe(200);
    expect(res.json<KatasterImportReportDto>()).toMatchObject({
      alreadyImported: true,
      importId: record.id,
      created: 0,
      existing: 7,
      rejected: 4,
      parties: 0,
      decisions: 0,
    });
    expect(await counts()).toEqual(before);
  });

  it('should take the rows a corrected file adds and leave the ones recorded before as they are', async () => {
    const corrected = ROWS.map((r) => [...r]);
    // Row 9's date written properly, row 8 re-let only after the lifting, and row 2 closed since.
    corrected[0] = [...ROWS[0]];
    corrected[0][HEADINGS.indexOf('Erledigt am')] = day('2024-01-10');
    corrected[7] = row({ Straße: 'Hafenstraße', 'Hausnr.': '4', 'Unbewohnbar seit': '15.03.2019' });
    corrected[6] = row({
      Straße: 'Beispielweg',
      'Hausnr.': '7',
      'Unbewohnbar seit': day('2019-02-01'),
      'Freigegeben am': day('2019-11-01'),
      'Wiedervermietet am': day('2020-01-01'),
    });
    const res = await postKataster(t, users.lead, await katasterXlsx(HEADINGS, corrected));
    expect(res.statusCode).toBe(200);
    const report = res.json<KatasterImportReportDto>();
    expect(report).toMatchObject({ alreadyImported: false, created: 2, existing: 7, rejected: 2 });
    expect(report.problems.find((p) => p.row === 8)).toBeUndefined();
    // What the sheet adds to a building taken over before is named, not merged.
    expect(report.problems.filter((p) => p.code === 'alreadyRecorded').map((p) => [p.row, p.message])).toEqual([
      [2, expect.stringContaining('not taken over: close 2024-01-10')],
      [12, expect.stringContaining('not taken over: declare_uninhabitable 2022-01-01')],
    ]);
    const beispielweg = await t.dataSource.getRepository(Property).findOneByOrFail({ street: 'Beispielweg' });
    expect([beispielweg.status, beispielweg.importId]).toEqual(['relet', report.importId]);
    const imports = await t.app.inject({ method: 'GET', url: '/api/v1/imports/kataster', headers: users.lead.headers });
    expect(imports.json<KatasterImportDto[]>().map((i) => [i.id, i.created])).toEqual([
      [report.importId, 2],
      [expect.any(String), 6],
    ]);
  });

  it('should read a CSV as German Excel writes it: semicolons, Windows-1252 and TT.MM.JJJJ dates', async () => {
    const csv = katasterCsv(HEADINGS, [
      row({
        Straße: 'Königstraße',
        'Hausnr.': '12',
        Breite: '51,4351',
        Länge: '6,7651',
        'Unbewohnbar seit': day('2023-04-05'),
        Bemerkung: 'Treppenhaus; einsturzgefährdet',
      }),
      row({ Straße: 'Musterstraße', 'Hausnr.': '1' }),
    ]);
    expect(csv.includes(Buffer.from('ö', 'utf8'))).toBe(false);
    const res = await postKataster(t, users.lead, csv, 'fileName=kataster.csv', 'text/csv');
    expect(res.statusCode).toBe(200);
    const report = res.json<KatasterImportReportDto>();
    expect(report).toMatchObject({ format: 'csv', sheet: null, rows: 2, created: 1, existing: 1, rejected: 0 });
    const created = await t.dataSource.getRepository(Property).findOneByOrFail({ id: report.results[0].propertyId! });
    expect(created).toMatchObject({ street: 'Königstraße', houseNumber: '12', lat: 51.4351, lon: 6.7651, status: 'uninhabitable', statusSince: '2023-04-05' });
    expect(created.note).toBe('Treppenhaus; einsturzgefährdet');
  });

  it('should refuse other roles, other media types and files that are no workbook', async () => {
    for (const user of [users.inspector, users.council]) expect((await postKataster(t, user, file, 'dryRun=true')).statusCode).toBe(403);
    expect((await postKataster(t, users.lead, file, 'dryRun=true', 'text/plain')).statusCode).toBe(415);
    const broken = await postKataster(t, users.lead, Buffer.from('not a workbook'), 'dryRun=true');
    expect(broken.statusCode).toBe(400);
    expect(broken.json<ProblemBody>()).toMatchObject({ code: 'invalid_upload', errors: [{ field: 'file', code: 'invalidFile' }] });
    const sheet = await postKataster(t, users.lead, file, 'dryRun=true&sheet=Tabelle2');
    expect(sheet.statusCode).toBe(400);
    expect(sheet.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'sheet', code: 'unknownSheet' })]);
    const other = await postKataster(t, users.lead, file, 'dryRun=true&city=05113000');
    expect(other.statusCode).toBe(400);
  });

  it('should refuse a real import whose sheet lacks a saved column, naming it', async () => {
    const res = await postKataster(t, users.lead, await katasterXlsx(['Straße', 'Hausnummer'], [['Musterstraße', '99']]));
    expect(res.statusCode).toBe(400);
    expect(res.json<ProblemBody>()).toMatchObject({ code: 'kataster_columns_missing' });
    expect(res.json<ProblemBody>().errors?.map((e) => e.field)).toContain('columns.houseNumber');
  });
});

import { randomUUID } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AddressImportDto } from '../../src/addresses/addresses.dto.js';
import { AddressImport } from '../../src/addresses/address-import.entity.js';
import { OfficialAddress } from '../../src/addresses/official-address.entity.js';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import type { ProblemBody } from '../../src/common/problem.js';
import { gebrefLine } from '../factories/gebref.factory.js';
import { TEST_CITY_AGS, useTestApp } from '../helpers/test-app.js';
import { createUser, useStandardUsers, type TestUser } from '../helpers/users.js';

const gebref = (oi: string, ags: string, street: string, number: string, suffix: string, lon: number, lat: number) =>
  gebrefLine({ oi, ags, street, number, suffix, lon, lat });

const DUISBURG = TEST_CITY_AGS;
const ESSEN = '05113000';
const lines = [
  gebref('DENW000000000001', DUISBURG, 'Friedrich-Wilhelm-Straße', '12', '', 6.7623, 51.4352),
  gebref('DENW000000000002', DUISBURG, 'Friedrich-Wilhelm-Straße', '12', 'a', 6.7625, 51.4353),
  gebref('DENW000000000003', DUISBURG, 'Düsseldorfer Straße', '5', '', 6.765, 51.43),
  gebref('DENW000000000004', ESSEN, 'Kettwiger Straße', '1', '', 7.0116, 51.4556),
];

describe('POST /api/v1/addresses/import', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  const upload = (user: TestUser, query: string, body: string | Buffer, type = 'text/plain') =>
    t.app.inject({ method: 'POST', url: `/api/v1/addresses/import?${query}`, headers: { ...user.headers, 'content-type': type }, payload: body });
  const stored = () => t.dataSource.getRepository(OfficialAddress).find({ order: { id: 'ASC' } });

  beforeAll(async () => {
    // A UTF-8 byte order mark and Windows line ends, as the published file has them.
    const res = await upload(users.admin, '', `\uFEFF${lines.join('\r\n')}\r\n`);
    expect(res.statusCode).toBe(200);
  });

  it('should store every line of the Land file in WGS84 with its municipality, and report the counts', async () => {
    const rows = await stored();
    expect(rows.map((r) => [r.id, r.ags, r.street, r.houseNumber, r.houseNumberSuffix, r.postcode, r.historic])).toEqual([
      ['DENW000000000001', DUISBURG, 'Friedrich-Wilhelm-Straße', '12', null, null, false],
      ['DENW000000000002', DUISBURG, 'Friedrich-Wilhelm-Straße', '12', 'a', null, false],
      ['DENW000000000003', DUISBURG, 'Düsseldorfer Straße', '5', null, null, false],
      ['DENW000000000004', ESSEN, 'Kettwiger Straße', '1', null, null, false],
    ]);
    expect(rows[0].lat).toBeCloseTo(51.4352, 6);
    expect(rows[0].lon).toBeCloseTo(6.7623, 6);
    expect(rows[1].searchKey).toBe('friedrichwilhelmstr 12a');
    expect(rows[2]).toMatchObject({ searchKey: 'dusseldorferstr 5', validOn: '2026-01-01' });
    const [latest] = (await t.app.inject({ method: 'GET', url: '/api/v1/addresses/imports', headers: users.admin.headers })).json<AddressImportDto[]>();
    expect(latest).toMatchObject({ state: 'done', format: 'gebref', cityAgs: null, lines: 4, inserted: 4, changed: 0, unchanged: 0, gone: 0, rejected: 0 });
    expect(latest.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'addresses_imported', entityId: latest.id })).toBe(1);
  });

  it('should apply only the difference on the next delivery: new, changed, unchanged, and gone kept as historic', async () => {
    const next = [
      lines[0],
      gebref('DENW000000000002', DUISBURG, 'Friedrich-Wilhelm-Straße', '12', 'a', 6.7626, 51.4354),
      gebref('DENW000000000005', DUISBURG, 'Königstraße', '48', '', 6.77, 51.434),
      lines[3],
    ];
    const res = await upload(
      users.admin,
      '',
      Buffer.from(zipSync({ 'gebref_schluessel.txt': strToU8('G;05;1;12;000;Duisburg'), 'gebref.txt': strToU8(next.join('\n')) })),
      'application/zip',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json<AddressImportDto>()).toMatchObject({ state: 'done', lines: 4, inserted: 1, changed: 1, unchanged: 2, gone: 1 });
    const rows = await stored();
    expect(rows.map((r) => [r.id, r.historic])).toEqual([
      ['DENW000000000001', false],
      ['DENW000000000002', false],
      ['DENW000000000003', true],
      ['DENW000000000004', false],
      ['DENW000000000005', false],
    ]);
    expect(rows[1].lon).toBeCloseTo(6.7626, 6);
  });

  it('should take a city administrator’s file only for that city, leaving the other municipalities as they are, and list it with the Land-wide imports', async () => {
    const cityAdmin = await createUser(t, 'admin', 'verwaltung', undefined, DUISBURG);
    const res = await upload(cityAdmin, '', [lines[0], lines[2]].join('\n'));
    expect(res.json<AddressImportDto>()).toMatchObject({ cityAgs: DUISBURG, inserted: 0, changed: 1, unchanged: 1, skipped: 0, gone: 2 });
    const rows = await stored();
    expect(rows.filter((r) => !r.historic).map((r) => r.id)).toEqual(['DENW000000000001', 'DENW000000000003', 'DENW000000000004']);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/addresses/imports', headers: cityAdmin.headers })).json<AddressImportDto[]>();
    expect(list.map((i) => i.cityAgs)).toEqual([DUISBURG, null, null]);
  });

  it('should read the generic CSV of one city with a header, decimal commas and its own EPSG codes', async () => {
    const csv = [
      'strasse;hausnummer;zusatz;plz;ort;x;y;epsg',
      'Weseler Straße;3;;47169;Duisburg;6,7460;51,4790;4326',
      '"Am Alten Hafen";7;b;47119;Duisburg;341234,5;5702345,6;25832',
      'Ohne Nummer;;;47119;Duisburg;6,74;51,47;4326',
    ].join('\n');
    const res = await upload(users.admin, `format=csv&city=${DUISBURG}`, csv, 'text/csv');
    expect(res.statusCode).toBe(200);
    expect(res.json<AddressImportDto>()).toMatchObject({ format: 'csv', cityAgs: DUISBURG, inserted: 2, rejected: 1, problems: [{ line: 4 }] });
    const weseler = await t.dataSource.getRepository(OfficialAddress).findOneByOrFail({ street: 'Weseler Straße' });
    expect(weseler).toMatchObject({ ags: DUISBURG, houseNumber: '3', postcode: '47169', lat: 51.479, lon: 6.746 });
    const hafen = await t.dataSource.getRepository(OfficialAddress).findOneByOrFail({ street: 'Am Alten Hafen' });
    expect(hafen).toMatchObject({ houseNumberSuffix: 'b', searchKey: 'amaltenhafen 7b' });
    // Every official point of the city is gone from a list that names only these two; they stay as historic.
    expect(await t.dataSource.getRepository(OfficialAddress).countBy({ ags: DUISBURG, historic: false })).toBe(2);
  });

  describe('refused files', () => {
    it('should fail an import with no readable line, record it as failed, and leave the gazetteer alone', async () => {
      const before = await stored();
      const res = await upload(users.admin, '', 'kein;gebref\nnoch;eine;zeile');
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>()).toMatchObject({ code: 'invalid_upload', errors: [{ field: 'file', code: 'invalidFile' }] });
      expect(await stored()).toEqual(before);
      const [latest] = await t.dataSource.getRepository(AddressImport).find({ order: { startedAt: 'DESC' }, take: 1 });
      expect(latest).toMatchObject({ state: 'failed', rejected: 2 });
    });

    it('should refuse a second import while one is running, but not after the running one stalled, which is shown and then stored as failed', async () => {
      const running = {
        id: randomUUID(),
        format: 'gebref' as const,
        state: 'running' as const,
        cityAgs: null,
        actorId: null,
        startedAt: new Date(),
        updatedAt: new Date(),
      };
      const counts = { lines: 0, inserted: 0, changed: 0, unchanged: 0, gone: 0, rejected: 0, skipped: 0, problems: [], sha256: null, message: null };
      await t.dataSource.getRepository(AddressImport).insert({ ...running, ...counts });
      const refused = await upload(users.admin, '', lines[0]);
      expect(refused.statusCode).toBe(409);
      expect(refused.json<ProblemBody>()).toMatchObject({ code: 'address_import_running', importId: running.id });
      await t.dataSource.getRepository(AddressImport).update({ id: running.id }, { updatedAt: new Date(Date.now() - 10 * 60_000) });
      const listed = async () =>
        (await t.app.inject({ method: 'GET', url: '/api/v1/addresses/imports', headers: users.admin.headers }))
          .json<AddressImportDto[]>()
          .find((i) => i.id === running.id);
      expect(await listed()).toMatchObject({ state: 'failed', message: expect.stringMatching(/^No progress for 5 minutes/) as unknown });
      expect(await t.dataSource.getRepository(AddressImport).findOneByOrFail({ id: running.id })).toMatchObject({ state: 'running' });
      expect((await upload(users.admin, '', lines[0])).statusCode).toBe(200);
      expect(await t.dataSource.getRepository(AddressImport).findOneByOrFail({ id: running.id })).toMatchObject({ state: 'failed' });
    });

    it('should refuse a zip without a text file, other media types, a csv without a city, and anyone but an administrator', async () => {
      const res = await upload(users.admin, '', Buffer.from(zipSync({ 'bild.png': new Uint8Array(4) })), 'application/zip');
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors?.[0]).toMatchObject({ field: 'file', code: 'invalidFile' });
      expect((await upload(users.admin, '', lines[0], 'application/octet-stream')).statusCode).toBe(415);
      const twoCities = await t.app.inject({ method: 'POST', url: '/api/v1/cities', headers: users.admin.headers, payload: { ags: ESSEN, name: 'Essen' } });
      expect(twoCities.statusCode).toBe(201);
      expect((await upload(users.admin, 'format=csv', 'a;b', 'text/csv')).json<ProblemBody>().errors?.[0]).toMatchObject({
        field: 'city',
        code: 'cityRequired',
      });
      expect((await upload(users.lead, '', lines[0])).statusCode).toBe(403);
      const keyed = await t.app.inject({
        method: 'POST',
        url: '/api/v1/addresses/import',
        headers: { ...users.admin.headers, 'content-type': 'text/plain', 'idempotency-key': 'einmal' },
        payload: lines[0],
      });
      expect(keyed.json<ProblemBody>().code).toBe('idempotency_not_supported');
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/addresses/imports', headers: users.inspector.headers })).statusCode).toBe(403);
    });
  });
});

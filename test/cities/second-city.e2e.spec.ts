import proj4 from 'proj4';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoginResponseDto } from '../../src/auth/auth.dto.js';
import { runCitiesCommand } from '../../src/cities/cities-cli.js';
import type { DistrictImportReportDto } from '../../src/districts/districts.dto.js';
import type { KatasterImportReportDto } from '../../src/imports/imports.dto.js';
import type { OfficialAddressDto, AddressImportDto } from '../../src/addresses/addresses.dto.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';
import { Operation } from '../../src/operations/operation.entity.js';
import type { PropertyDetailDto } from '../../src/properties/properties.dto.js';
import { Property } from '../../src/properties/property.entity.js';
import type { SummaryDto } from '../../src/summaries/summaries.dto.js';
import type { UserWithPasswordDto } from '../../src/users/users.dto.js';
import { runUsersCommand } from '../../src/users/users-cli.js';
import { cityToday } from '../helpers/city-day.js';
import { makeDistrict } from '../factories/district.factory.js';
import { gebrefLine } from '../factories/gebref.factory.js';
import { katasterXlsx, XLSX_TYPE } from '../factories/kataster.factory.js';
import { makeProperty } from '../factories/property.factory.js';
import { operationBody } from '../operations/operation-bodies.js';
import { TEST_CITY_AGS, useTestApp } from '../helpers/test-app.js';
import { createUser } from '../helpers/users.js';

const ESSEN = '05113000';
// ETRS89 / UTM zone 32N, stated here on its own as a city's GIS exports it.
const EPSG_25832 = '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs';
const DISTRICTS = [
  { code: 'I', name: 'Stadtbezirk I West', west: 6.95 },
  { code: 'II', name: 'Stadtbezirk II Mitte', west: 7.0 },
  { code: 'III', name: 'Stadtbezirk III Ost', west: 7.05 },
];
const STREETS = ['Kettwiger Straße', 'Rüttenscheider Straße', 'Altendorfer Straße', 'Frohnhauser Straße', 'Steeler Straße'];
/** 55 official addresses spread over the three districts; the first 50 are the Kataster's buildings. */
const ADDRESSES = Array.from({ length: 55 }, (_, i) => ({
  oi: `DENW00000E${String(i).padStart(6, '0')}`,
  street: STREETS[i % STREETS.length],
  number: String(10 + i),
  lon: 6.956 + i * 0.0025,
  lat: 51.42 + (i % 7) * 0.01,
}));
const PASSWORD = 'Essen-Ruhrgebiet-2026!';

describe('a second city set up entirely through the command line and the API', () => {
  const t = useTestApp();

  /** A request with a bearer token, answered with status and parsed body. */
  const call = async <T>(token: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, contentType?: string) => {
    const res = await t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${token}`, ...(contentType && { 'content-type': contentType }) },
      ...(payload !== undefined && { payload: payload as string }),
    });
    return { status: res.statusCode, body: res.json<T>(), etag: res.headers.etag };
  };
  /** The first login with a one-time password, then the user's own password: the token of that. */
  const firstLogin = async (username: string, oneTimePassword: string): Promise<string> => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: oneTimePassword } });
    expect(login.json<LoginResponseDto>().passwordChangeRequired).toBe(true);
    const restricted = login.json<LoginResponseDto>().accessToken;
    expect((await call(restricted, 'GET', '/properties')).status).toBe(403);
    const changed = await call<LoginResponseDto>(restricted, 'POST', '/auth/password', { currentPassword: oneTimePassword, newPassword: PASSWORD });
    expect([changed.status, changed.body.passwordChangeRequired]).toEqual([200, false]);
    return changed.body.accessToken;
  };
  const summaryOf = async (token: string) => {
    const res = await call<SummaryDto>(token, 'GET', `/summaries?from=2014-01-01&to=${cityToday()}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  // The agency catalogue is the installation's: a column per taskforce agency, Essen's new one too (empty in Duisburg).
  const duisburgFigures = (summary: SummaryDto) => ({
    city: summary.city,
    figures: summary.figures.filter((f) => f.key !== 'measures.agency.essen-wohnungsamt'),
    rows: summary.rows.map((r) => ({
      ...r,
      cells: Object.fromEntries(Object.entries(r.cells).filter(([key]) => key !== 'measures.agency.essen-wohnungsamt')),
    })),
  });

  let duisburgCouncil: string;
  let duisburgBefore: ReturnType<typeof duisburgFigures>;

  beforeAll(async () => {
    // Duisburg runs already: districts, buildings at several statuses, a council member.
    const mitte = await makeDistrict(t, { name: 'Mitte', code: '100', box: [6.7, 51.4, 6.8, 51.5] });
    for (const status of ['inspected', 'uninhabitable', 'relet'] as const) await makeProperty(t, { status, districtId: mitte.id, lat: 51.43, lon: 6.76 });
    duisburgCouncil = (await createUser(t, 'council', 'rat', undefined, TEST_CITY_AGS)).token;
    duisburgBefore = duisburgFigures(await summaryOf(duisburgCouncil));
  });

  it('should take Essen from nothing to a council summary by district, leaving Duisburg’s figures as they were', async () => {
    // The city and its first administrator, from the command line.
    expect(await runCitiesCommand(t.app, ['create', '--ags', ESSEN, '--name', 'Essen', '--time-zone', 'Europe/Berlin'])).toContain('Created Essen');
    const created = await runUsersCommand(t.app, ['create', '--username', 'essen.admin', '--role', 'admin', '--agency', 'verwaltung', '--city', ESSEN]);
    const admin = await firstLogin('essen.admin', /One-time password: (\S+)/.exec(created)![1]);

    // An agency of its own, and users of three agencies.
    const agency = await call(admin, 'POST', '/agencies', {
      code: 'essen-wohnungsamt',
      name: 'Amt für Wohnungswesen Essen',
      nameEn: 'Housing office Essen',
      taskforce: true,
    });
    expect(agency.status).toBe(201);
    const account = async (username: string, role: string, agencyCode: string) => {
      const res = await call<UserWithPasswordDto>(admin, 'POST', '/users', { username, displayName: username, role, agencyCode, city: ESSEN });
      expect([res.status, res.body.user.city]).toEqual([201, ESSEN]);
      return firstLogin(username, res.body.oneTimePassword);
    };
    const lead = await account('essen.leitung', 'lead', 'ordnungsamt');
    const inspector = await account('essen.bauaufsicht', 'inspector', 'bauaufsicht');
    const housing = await account('essen.wohnungsamt', 'inspector', 'essen-wohnungsamt');
    const council = await account('essen.rat', 'council', 'rat');

    // Stadtbezirke as GeoJSON in EPSG:25832.
    const ring = (west: number) =>
      [
        [west, 51.4],
        [west + 0.05, 51.4],
        [west + 0.05, 51.5],
        [west, 51.5],
        [west, 51.4],
      ].map((p) => proj4(EPSG_25832, p as [number, number]).map((n) => Math.round(n * 100) / 100));
    const outlines = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
      features: DISTRICTS.map((d) => ({
        type: 'Feature',
        properties: { code: d.code, name: d.name },
        geometry: { type: 'Polygon', coordinates: [ring(d.west)] },
      })),
    });
    const districtsUrl = '/districts/import?level=bezirk&attribution=Stadt%20Essen%2C%20dl-de%2Fby-2-0';
    const preview = await call<DistrictImportReportDto>(admin, 'POST', `${districtsUrl}&dryRun=true`, outlines, 'application/geo+json');
    expect([preview.status, preview.body.crs, preview.body.districts.map((d) => d.change)]).toEqual([200, '25832', ['new', 'new', 'new']]);
    expect((await call(admin, 'POST', districtsUrl, outlines, 'application/geo+json')).status).toBe(200);

    // The gazetteer sample as NRW publishes it; a Duisburg line in the Land file is not the Essen administrator's to load.
    const gebref = [
      ...ADDRESSES.map((a) => gebrefLine({ oi: a.oi, ags: ESSEN, street: a.street, number: a.number, lon: a.lon, lat: a.lat })),
      gebrefLine({ oi: 'DENW00000D000001', ags: TEST_CITY_AGS, street: 'Königstraße', number: '1', lon: 6.76, lat: 51.43 }),
    ].join('\n');
    const gazetteer = await call<AddressImportDto>(admin, 'POST', '/addresses/import', gebref, 'text/plain');
    expect(gazetteer.body).toMatchObject({ state: 'done', inserted: 55, skipped: 1, rejected: 0 });

    // The Kataster of 50 buildings: dry run, columns, the real run, and the same file again.
    const headings = ['Straße', 'Hausnummer', 'Stadtbezirk', 'Eigentümer', 'Unbewohnbar seit', 'Freigegeben am', 'Wiedervermietet am'];
    const rows = ADDRESSES.slice(0, 50).map((a, i) => [
      a.street,
      a.number,
      DISTRICTS[Math.min(2, Math.floor((a.lon - 6.95) / 0.05))].name,
      `Ruhr Wohnen ${i % 7} GmbH`,
      i % 5 === 0 || i % 5 === 1 ? new Date(`2019-0${1 + (i % 9)}-15T00:00:00Z`) : null,
      i % 5 === 0 ? new Date('2021-06-01T00:00:00Z') : null,
      i % 5 === 0 ? new Date('2022-02-01T00:00:00Z') : null,
    ]);
    const sheet = await katasterXlsx(headings, rows);
    const trial = await call<KatasterImportReportDto>(lead, 'POST', '/imports/kataster?dryRun=true', sheet, XLSX_TYPE);
    expect(trial.body).toMatchObject({ dryRun: true, rows: 50, created: 50, rejected: 0, parties: 7, decisions: 40, columnsSaved: false });
    expect(trial.body.problems).toEqual([]);
    const mapping = await call(lead, 'PUT', '/imports/kataster/mapping', { columns: trial.body.columns });
    expect(mapping.status).toBe(200);
    const real = await call<KatasterImportReportDto>(lead, 'POST', '/imports/kataster?fileName=kataster-essen.xlsx', sheet, XLSX_TYPE);
    expect(real.body).toMatchObject({ dryRun: false, alreadyImported: false, created: 50, decisions: 40 });
    const again = await call<KatasterImportReportDto>(lead, 'POST', '/imports/kataster', sheet, XLSX_TYPE);
    expect(again.body).toMatchObject({ alreadyImported: true, importId: real.body.importId, created: 0, existing: 50 });
    expect(await t.dataSource.getRepository(Property).countBy({ cityAgs: ESSEN })).toBe(50);

    // An inspector files an operation at a gazetteer address, found through the address search.
    const target = ADDRESSES[52];
    const found = await call<OfficialAddressDto[]>(inspector, 'GET', `/addresses?q=${encodeURIComponent(`${target.street} ${target.number}`)}`);
    const official = found.body.find((a) => a.id === target.oi)!;
    expect(official).toMatchObject({ cityAgs: ESSEN, street: target.street, houseNumber: target.number });
    const building = await call<PropertyDetailDto>(inspector, 'POST', '/properties', {
      street: official.street,
      houseNumber: official.houseNumber,
      city: 'Essen',
      lat: official.lat,
      lon: official.lon,
      officialAddressId: official.id,
      origin: 'field',
    });
    expect([building.status, building.body.addressMatch, building.body.cityAgs]).toEqual([201, 'official', ESSEN]);
    const draft = await call<OperationDto>(
      inspector,
      'POST',
      '/operations',
      operationBody(building.body.id, { agencyCodes: ['bauaufsicht', 'essen-wohnungsamt'] }),
    );
    expect(draft.status).toBe(201);
    // A draft is its author's alone; once submitted, the other Essen agency reads it.
    expect((await call(housing, 'GET', `/operations/${draft.body.id}`)).status).toBe(404);
    expect((await call(inspector, 'POST', `/operations/${draft.body.id}/submit`)).status).toBe(200);
    expect((await call(housing, 'GET', `/operations/${draft.body.id}`)).status).toBe(200);
    expect(await t.dataSource.getRepository(Operation).findOneByOrFail({ id: draft.body.id })).toMatchObject({ state: 'submitted', cityAgs: ESSEN });

    // Essen's council summary: a row per imported district, then the total; Duisburg's as before.
    const essen = await summaryOf(council);
    expect(essen.city).toBe('Essen');
    expect(essen.rows.map((r) => [r.label, r.total])).toEqual([...DISTRICTS.map((d) => [d.name, false]), ['Gesamt', true]]);
    const total = essen.rows.find((r) => r.total)!;
    expect(total.cells['buildings.known']).toMatchObject({ value: 51 });
    expect(total.cells['sinceStart.declared']).toMatchObject({ value: 20 });
    expect(total.cells['sinceStart.reletAfterDeclaration']).toMatchObject({ value: 10 });
    expect(duisburgFigures(await summaryOf(duisburgCouncil))).toEqual(duisburgBefore);
  });
});

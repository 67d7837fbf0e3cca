import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../src/common/dates.js';
import type { DistrictCollectionDto } from '../../src/districts/districts.dto.js';
import type { DistrictStatusOverviewDto, MapFeatureCollectionDto } from '../../src/map/map.dto.js';
import type { PartyDto } from '../../src/parties/parties.dto.js';
import type { PropertyDetailDto, PropertyPageDto } from '../../src/properties/properties.dto.js';
import { Property } from '../../src/properties/property.entity.js';
import type { SummaryDto } from '../../src/summaries/summaries.dto.js';
import { makeDistrict } from '../factories/district.factory.js';
import { fileOperation, operationBody } from '../operations/operation-bodies.js';
import { propertyInput } from '../properties/property-factory.js';
import { TEST_CITY_AGS, useTestApp, type TestApp } from '../helpers/test-app.js';
import { createUser, type TestUser } from '../helpers/users.js';

const ESSEN = '05113000';
const MAP = '/map?bbox=6.6,51.3,7.1,51.6&zoom=20';

interface Problem {
  code: string;
  errors?: Array<{ field: string; code: string }>;
}

function client(t: TestApp) {
  const send = (user: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { ...user.headers, ...headers }, ...(payload && { payload }) });
  return {
    send,
    get: async <T>(user: TestUser, url: string) => {
      const res = await send(user, 'GET', url);
      if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
      return res.json<T>();
    },
    status: async (user: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers?: Record<string, string>) =>
      (await send(user, method, url, payload, headers)).statusCode,
  };
}

describe('two cities in one installation', () => {
  const t = useTestApp();
  const api = client(t);
  const users = {} as Record<'landAdmin' | 'landLead' | 'duisburgLead' | 'duisburgInspector' | 'duisburgCouncil' | 'essenLead' | 'essenCouncil', TestUser>;
  const ids = {} as { duisburg: string; essen: string; essenDistrict: string; duisburgDistrict: string };

  beforeAll(async () => {
    users.landAdmin = await createUser(t, 'admin', 'verwaltung');
    expect(await api.status(users.landAdmin, 'POST', '/cities', { ags: ESSEN, name: 'Essen' })).toBe(201);
    users.landLead = await createUser(t, 'lead');
    users.duisburgLead = await createUser(t, 'lead', 'ordnungsamt', undefined, TEST_CITY_AGS);
    users.duisburgInspector = await createUser(t, 'inspector', 'ordnungsamt', undefined, TEST_CITY_AGS);
    users.duisburgCouncil = await createUser(t, 'council', 'rat', undefined, TEST_CITY_AGS);
    users.essenLead = await createUser(t, 'lead', 'ordnungsamt', undefined, ESSEN);
    users.essenCouncil = await createUser(t, 'council', 'rat', undefined, ESSEN);
    // The same district code in both cities: codes are each city's own.
    ids.duisburgDistrict = (await makeDistrict(t, { code: '100', name: 'Walsum', box: [6.6, 51.3, 6.85, 51.6] })).id;
    ids.essenDistrict = (await makeDistrict(t, { code: '100', name: 'Stadtbezirk I', city: 'Essen', cityAgs: ESSEN, box: [6.85, 51.3, 7.1, 51.6] })).id;
    const create = async (user: TestUser, input: Record<string, unknown>) => {
      const res = await api.send(user, 'POST', '/properties', propertyInput(input));
      expect(res.statusCode).toBe(201);
      return res.json<PropertyDetailDto>();
    };
    ids.duisburg = (await create(users.duisburgLead, { street: 'Friedrich-Ebert-Straße', lat: 51.45, lon: 6.75 })).id;
    ids.essen = (await create(users.essenLead, { street: 'Altendorfer Straße', city: 'Essen', postcode: '45143', lat: 51.45, lon: 7.0 })).id;
  });

  it("should file each building under its recorder's city, in that city's district", async () => {
    const rows = await t.dataSource.getRepository(Property).find({ order: { street: 'ASC' } });
    expect(rows.map((p) => [p.street, p.cityAgs, p.districtId])).toEqual([
      ['Altendorfer Straße', ESSEN, ids.essenDistrict],
      ['Friedrich-Ebert-Straße', TEST_CITY_AGS, ids.duisburgDistrict],
    ]);
  });

  it("should list, search and map only the user's own city, and every city for a Land role", async () => {
    const listed = async (user: TestUser, query = '') => (await api.get<PropertyPageDto>(user, `/properties${query}`)).items.map((p) => p.id);
    expect(await listed(users.duisburgLead)).toEqual([ids.duisburg]);
    expect(await listed(users.duisburgLead, '?q=Altendorfer')).toEqual([]);
    expect(await listed(users.essenLead)).toEqual([ids.essen]);
    expect(new Set(await listed(users.landLead))).toEqual(new Set([ids.duisburg, ids.essen]));
    const mapped = async (user: TestUser) => (await api.get<MapFeatureCollectionDto>(user, MAP)).features.map((f) => f.properties.id);
    expect(await mapped(users.duisburgInspector)).toEqual([ids.duisburg]);
    expect(new Set(await mapped(users.landLead))).toEqual(new Set([ids.duisburg, ids.essen]));
    const bezirke = async (user: TestUser) => (await api.get<DistrictStatusOverviewDto>(user, '/map/districts')).items.map((i) => i.id);
    expect(await bezirke(users.duisburgCouncil)).toEqual([ids.duisburgDistrict]);
    const outlines = async (user: TestUser) => (await api.get<DistrictCollectionDto>(user, '/districts')).features.map((f) => f.id);
    expect(await outlines(users.essenLead)).toEqual([ids.essenDistrict]);
  });

  it("should answer another city's building file as if it did not exist, to every reader and writer", async () => {
    const { duisburgLead: lead, duisburgInspector: inspector } = users;
    const essen = ids.essen;
    const reads = ['', '/timeline', '/units', '/operations', '/decisions', '/parties'];
    for (const path of reads) expect(await api.status(lead, 'GET', `/properties/${essen}${path}`), path).toBe(404);
    expect(await api.status(lead, 'PATCH', `/properties/${essen}`, { note: 'x' }, { 'if-match': '"1"' })).toBe(404);
    expect(await api.status(lead, 'POST', `/properties/${essen}/units`, { label: 'EG links' })).toBe(404);
    const decision = await api.send(lead, 'POST', `/properties/${essen}/decisions`, { type: 'close', effectiveDate: today('Europe/Berlin') });
    expect(decision.statusCode).toBe(404);
    const filed = await api.send(inspector, 'POST', '/operations', operationBody(essen));
    expect([filed.statusCode, filed.json<Problem>().errors?.map((e) => [e.field, e.code])]).toEqual([400, [['propertyId', 'notFound']]]);
    const essenOperation = await fileOperation(t, users.essenLead, essen);
    expect(await api.status(lead, 'GET', `/operations/${essenOperation.id}`)).toBe(404);
    expect(await api.status(lead, 'POST', `/operations/${essenOperation.id}/amendments`, { reason: 'Korrektur', changes: { notes: 'x' } })).toBe(404);
    expect(await api.status(users.landLead, 'GET', `/operations/${essenOperation.id}`)).toBe(200);
  });

  it("should keep each city's parties to itself", async () => {
    const party = await api.send(users.essenLead, 'POST', '/parties', { kind: 'company', name: 'Ruhr Wohnbesitz GmbH' });
    expect(party.statusCode).toBe(201);
    const partyId = party.json<PartyDto>().id;
    expect((await api.get<PartyDto[]>(users.duisburgLead, '/parties?q=Ruhr')).map((p) => p.id)).toEqual([]);
    expect((await api.get<PartyDto[]>(users.essenLead, '/parties?q=Ruhr')).map((p) => p.id)).toEqual([partyId]);
    expect(await api.status(users.duisburgLead, 'PATCH', `/parties/${partyId}`, { name: 'Umbenannt' }, { 'if-match': '"1"' })).toBe(404);
    const linked = await api.send(users.landLead, 'POST', `/properties/${ids.duisburg}/parties`, { partyId, role: 'owner' });
    expect([linked.statusCode, linked.json<Problem>().code]).toEqual([400, 'unknown_party']);
  });

  it('should summarise one city for its council, and make a Land role name the city', async () => {
    const summary = (user: TestUser, query = '') => api.send(user, 'GET', `/summaries?from=2026-01-01&to=2026-12-31${query}`);
    const duisburg = (await summary(users.duisburgCouncil)).json<SummaryDto>();
    expect(duisburg.city).toBe('Duisburg');
    expect(duisburg.rows.map((r) => r.label)).toEqual(['Walsum', 'Gesamt']);
    const essen = (await summary(users.essenCouncil)).json<SummaryDto>();
    expect([essen.city, essen.rows.map((r) => r.label)]).toEqual(['Essen', ['Stadtbezirk I', 'Gesamt']]);
    const essenTotal = essen.rows.find((r) => r.total)!.cells['operations.total'].value;
    const duisburgTotal = duisburg.rows.find((r) => r.total)!.cells['operations.total'].value;
    expect([essenTotal, duisburgTotal]).toEqual([1, 0]);

    const outOfScope = await summary(users.duisburgCouncil, `&city=${ESSEN}`);
    expect([outOfScope.statusCode, outOfScope.json<Problem>().errors?.map((e) => e.code)]).toEqual([400, ['cityOutOfScope']]);
    const unnamed = await summary(users.landLead);
    expect([unnamed.statusCode, unnamed.json<Problem>().errors?.map((e) => e.code)]).toEqual([400, ['cityRequired']]);
    expect((await summary(users.landLead, `&city=${ESSEN}`)).json<SummaryDto>().rows.map((r) => r.label)).toEqual(['Stadtbezirk I', 'Gesamt']);
  });

  it("should file a Land role's new building under the city whose districts hold it, or make it name one, and keep a city's user to their own", async () => {
    const outside = await api.send(users.landLead, 'POST', '/properties', propertyInput({ street: 'Unter den Linden', lat: 52.5, lon: 13.4 }));
    expect([outside.statusCode, outside.json<Problem>().errors?.map((e) => [e.field, e.code])]).toEqual([400, [['cityAgs', 'cityRequired']]]);
    const placed = await api.send(users.landLead, 'POST', '/properties', propertyInput({ street: 'Kettwiger Straße', lat: 51.45, lon: 7.0 }));
    expect([placed.statusCode, placed.json<PropertyDetailDto>().cityAgs, placed.json<PropertyDetailDto>().districtId]).toEqual([201, ESSEN, ids.essenDistrict]);
    const named = await api.send(users.landLead, 'POST', '/properties', propertyInput({ street: 'Limbecker Straße', cityAgs: ESSEN, lat: 52.5, lon: 13.4 }));
    expect([named.statusCode, named.json<PropertyDetailDto>().cityAgs, named.json<PropertyDetailDto>().districtId]).toEqual([201, ESSEN, null]);
    const elsewhere = await api.send(users.duisburgLead, 'POST', '/properties', propertyInput({ street: 'Rüttenscheider Straße', cityAgs: ESSEN }));
    expect([elsewhere.statusCode, elsewhere.json<Problem>().errors?.map((e) => e.code)]).toEqual([400, ['cityOutOfScope']]);
    expect(await t.dataSource.getRepository(Property).countBy({ street: 'Rüttenscheider Straße' })).toBe(0);
  });
});

describe("the city's day", () => {
  // Kiritimati (UTC+14) and Pago Pago (UTC−11) are 25 hours apart: their calendar days always differ.
  const t = useTestApp();
  const api = client(t);

  it("should judge a date by the day in the building's city, not the server's", async () => {
    const admin = await createUser(t, 'admin', 'verwaltung');
    expect(await api.status(admin, 'POST', '/cities', { ags: '05111000', name: 'Ost', timeZone: 'Pacific/Kiritimati' })).toBe(201);
    expect(await api.status(admin, 'POST', '/cities', { ags: '05114000', name: 'West', timeZone: 'Pacific/Pago_Pago' })).toBe(201);
    const lead = await createUser(t, 'lead');
    const east = (await api.send(lead, 'POST', '/properties', propertyInput({ cityAgs: '05111000' }))).json<PropertyDetailDto>();
    const west = (await api.send(lead, 'POST', '/properties', propertyInput({ cityAgs: '05114000' }))).json<PropertyDetailDto>();
    const eastToday = today('Pacific/Kiritimati');
    const inspector = await createUser(t, 'inspector');
    const file = (propertyId: string) => api.send(inspector, 'POST', '/operations', operationBody(propertyId, { date: eastToday, measures: [] }));
    expect((await file(east.id)).statusCode).toBe(201);
    const refused = await file(west.id);
    expect([refused.statusCode, refused.json<Problem>().errors?.map((e) => [e.field, e.code])]).toEqual([400, [['date', 'notInFuture']]]);
  });
});

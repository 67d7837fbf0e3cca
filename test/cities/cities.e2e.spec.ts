import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { User } from '../../src/auth/user.entity.js';
import { runCitiesCommand } from '../../src/cities/cities-cli.js';
import type { CityDto } from '../../src/cities/cities.dto.js';
import { City } from '../../src/cities/city.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import type { UserWithPasswordDto } from '../../src/users/users.dto.js';
import { makeProperty } from '../factories/property.factory.js';
import { operationBody } from '../operations/operation-bodies.js';
import { propertyInput } from '../properties/property-factory.js';
import { TEST_CITY_AGS, useTestApp, type TestApp } from '../helpers/test-app.js';
import { createUser, type TestUser } from '../helpers/users.js';

interface Problem {
  code: string;
  errors?: Array<{ field: string; code: string }>;
}

const post = (t: TestApp, user: TestUser, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: user.headers, payload });
const fieldCodes = (body: Problem) => body.errors?.map((e) => [e.field, e.code]);

describe('cities on a new installation', () => {
  const t = useTestApp({}, { withoutCity: true });

  it('should refuse to record a building before a city is set up', async () => {
    const lead = await createUser(t, 'lead');
    const res = await post(t, lead, '/properties', propertyInput());
    expect([res.statusCode, res.json<Problem>().code]).toEqual([409, 'city_not_set_up']);
    expect(await t.dataSource.getRepository(Property).count()).toBe(0);
  });

  it('should refuse an AGS that is not eight digits or lies in a Land without a legal profile, naming the field', async () => {
    const admin = await createUser(t, 'admin', 'verwaltung');
    const short = await post(t, admin, '/cities', { ags: '5112000', name: 'Duisburg' });
    expect([short.statusCode, fieldCodes(short.json())]).toEqual([400, [['ags', 'matches']]]);
    const munich = await post(t, admin, '/cities', { ags: '09162000', name: 'München' });
    expect([munich.statusCode, fieldCodes(munich.json())]).toEqual([400, [['ags', 'unsupportedLand']]]);
    const noLand = await post(t, admin, '/cities', { ags: '99000000', name: 'Nirgendwo' });
    expect([noLand.statusCode, fieldCodes(noLand.json())]).toEqual([400, [['ags', 'invalidAgs']]]);
    expect(await t.dataSource.getRepository(City).count()).toBe(0);
  });

  it('should set up the city from the command line with its Land from the AGS, audited, and list it', async () => {
    const printed = await runCitiesCommand(t.app, ['create', '--ags', '06413000', '--name', 'Offenbach am Main']);
    expect(printed).toBe('Created Offenbach am Main (AGS 06413000, Hessen, Europe/Berlin).');
    expect(await t.dataSource.getRepository(City).findOneByOrFail({ ags: '06413000' })).toMatchObject({ land: 'HE', timeZone: 'Europe/Berlin', version: 1 });
    const entry = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'city_created', entityId: '06413000' });
    expect(entry).toMatchObject({ actorId: null, actorName: 'command-line', entity: 'city' });
    expect(await runCitiesCommand(t.app, ['list'])).toBe('06413000  Offenbach am Main (HE, Europe/Berlin)');
    const inspector = await createUser(t, 'inspector');
    const listed = await t.app.inject({ method: 'GET', url: '/api/v1/cities', headers: inspector.headers });
    expect(listed.json<CityDto[]>()).toMatchObject([
      { ags: '06413000', name: 'Offenbach am Main', land: 'HE', timeZone: 'Europe/Berlin', legal: { landName: 'Hessen', law: 'HWoAufG' }, version: 1 },
    ]);
  });

  it("should file a building recorded by a Land role under the installation's only city", async () => {
    const lead = await createUser(t, 'lead');
    const res = await post(t, lead, '/properties', propertyInput({ street: 'Frankfurter Straße', city: 'Offenbach am Main' }));
    expect(res.statusCode).toBe(201);
    expect(await t.dataSource.getRepository(Property).findOneByOrFail({ id: res.json<{ id: string }>().id })).toMatchObject({ cityAgs: '06413000' });
  });

  it('should refuse the same city twice and a city only an administrator may add, and then serve a second city', async () => {
    const admin = await createUser(t, 'admin', 'verwaltung');
    const again = await post(t, admin, '/cities', { ags: '06413000', name: 'Offenbach' });
    expect([again.statusCode, again.json<Problem>().code]).toEqual([409, 'duplicate_city']);
    const inspector = await createUser(t, 'inspector');
    expect((await post(t, inspector, '/cities', { ags: '05113000', name: 'Essen' })).statusCode).toBe(403);
    expect(await t.dataSource.getRepository(City).count()).toBe(1);
    expect((await post(t, admin, '/cities', { ags: '05113000', name: 'Essen' })).statusCode).toBe(201);
    expect((await t.dataSource.getRepository(City).find({ order: { ags: 'ASC' } })).map((c) => [c.ags, c.land])).toEqual([
      ['05113000', 'NW'],
      ['06413000', 'HE'],
    ]);
  });
});

describe('the city of an account', () => {
  const t = useTestApp();

  it("should give a new account the installation's only city when none is named, and a Land role for null", async () => {
    const admin = await createUser(t, 'admin', 'verwaltung');
    const inCity = await post(t, admin, '/users', { username: `a-${randomUUID().slice(0, 6)}`, role: 'inspector', agencyCode: 'ordnungsamt' });
    expect(inCity.json<UserWithPasswordDto>().user.city).toBe(TEST_CITY_AGS);
    const land = await post(t, admin, '/users', { username: `b-${randomUUID().slice(0, 6)}`, role: 'lead', agencyCode: 'ordnungsamt', city: null });
    const { user } = land.json<UserWithPasswordDto>();
    expect(user.city).toBeNull();
    expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).toMatchObject({ cityAgs: null });
    const unknown = await post(t, admin, '/users', { username: `c-${randomUUID().slice(0, 6)}`, role: 'lead', agencyCode: 'ordnungsamt', city: '05113000' });
    expect([unknown.statusCode, fieldCodes(unknown.json())]).toEqual([400, [['city', 'unknownCity']]]);
  });

  it("should keep a city's administrator to that city's accounts and their own city as it is", async () => {
    const landAdmin = await createUser(t, 'admin', 'verwaltung');
    const created = await post(t, landAdmin, '/users', { username: `d-${randomUUID().slice(0, 6)}`, role: 'admin', agencyCode: 'verwaltung' });
    const cityAdmin = created.json<UserWithPasswordDto>().user;
    await t.dataSource.getRepository(User).update({ id: cityAdmin.id }, { passwordChangeRequired: false });
    const token = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: cityAdmin.username, password: created.json<UserWithPasswordDto>().oneTimePassword },
    });
    const headers = { authorization: `Bearer ${token.json<{ accessToken: string }>().accessToken}` };
    const landRole = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers,
      payload: { username: 'e-land', role: 'lead', agencyCode: 'ordnungsamt', city: null },
    });
    expect([landRole.statusCode, fieldCodes(landRole.json())]).toEqual([400, [['city', 'cityOutOfScope']]]);
    const listed = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers });
    expect(listed.json<Array<{ id: string }>>().map((u) => u.id)).not.toContain(landAdmin.id);
    const ownCity = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${cityAdmin.id}`,
      headers: { ...headers, 'if-match': '"1"' },
      payload: { city: null },
    });
    expect(ownCity.statusCode).toBe(400);
    expect(fieldCodes(ownCity.json())).toContainEqual(['city', 'ownCity']);
    const other = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${landAdmin.id}`,
      headers: { ...headers, 'if-match': '"1"' },
      payload: { displayName: 'X' },
    });
    expect(other.statusCode).toBe(404);
    expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: landAdmin.id })).toMatchObject({ cityAgs: null, displayName: landAdmin.username });
  });

  it('should keep an account in its city while it holds unsent drafts there, which it could not open from another', async () => {
    const admin = await createUser(t, 'admin', 'verwaltung');
    await post(t, admin, '/cities', { ags: '05113000', name: 'Essen' });
    const inspector = await createUser(t, 'inspector', 'ordnungsamt', undefined, TEST_CITY_AGS);
    const property = await makeProperty(t);
    const draft = await post(t, inspector, '/operations', operationBody(property.id));
    expect(draft.statusCode).toBe(201);
    const move = (version: number) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${inspector.id}`,
        headers: { ...admin.headers, 'if-match': `"${version}"` },
        payload: { city: '05113000' },
      });
    const refused = await move(1);
    expect([refused.statusCode, refused.json<Problem>().code]).toEqual([409, 'user_has_drafts']);
    expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: inspector.id })).toMatchObject({ cityAgs: TEST_CITY_AGS, version: 1 });
    expect((await post(t, inspector, `/operations/${draft.json<{ id: string }>().id}/submit`, {})).statusCode).toBe(200);
    expect((await move(1)).statusCode).toBe(200);
  });
});

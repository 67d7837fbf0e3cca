import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficialAddressDto } from '../../src/addresses/addresses.dto.js';
import { OfficialAddress } from '../../src/addresses/official-address.entity.js';
import type { ProblemBody } from '../../src/common/problem.js';
import { gebrefLine, importGazetteer } from '../factories/gebref.factory.js';
import { TEST_CITY_AGS, useTestApp } from '../helpers/test-app.js';
import { createUser, useStandardUsers, type TestUser } from '../helpers/users.js';

const ESSEN = '05113000';

// Points 7 m apart along one line, each with its own object identifier.
const gebref = (n: number, ags: string, street: string, number: string, suffix = '') =>
  gebrefLine({ oi: `DENW${String(n).padStart(12, '0')}`, ags, street, number, suffix, lon: 6.76 + n / 10_000, lat: 51.43 });

describe('GET /api/v1/addresses', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let inspector: TestUser;
  const search = async (q: string, user?: TestUser, extra = '') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/addresses?q=${encodeURIComponent(q)}${extra}`, headers: (user ?? inspector).headers });
    expect(res.statusCode).toBe(200);
    return res.json<OfficialAddressDto[]>().map((a) => `${a.street} ${a.houseNumber}${a.houseNumberSuffix ?? ''}`);
  };

  beforeAll(async () => {
    inspector = await createUser(t, 'inspector', 'ordnungsamt', undefined, TEST_CITY_AGS);
    await importGazetteer(t, users.admin, [
      gebref(1, TEST_CITY_AGS, 'Friedrich-Wilhelm-Straße', '12'),
      gebref(2, TEST_CITY_AGS, 'Friedrich-Wilhelm-Straße', '12', 'a'),
      gebref(3, TEST_CITY_AGS, 'Friedrich-Wilhelm-Straße', '120'),
      gebref(4, TEST_CITY_AGS, 'Friedrich-Wilhelm-Straße', '13'),
      gebref(5, TEST_CITY_AGS, 'Düsseldorfer Straße', '5'),
      gebref(6, TEST_CITY_AGS, 'Alte Straße', '1'),
      gebref(7, ESSEN, 'Friedrich-Wilhelm-Straße', '12'),
    ]);
    await t.dataSource.getRepository(OfficialAddress).update({ id: 'DENW000000000006' }, { historic: true });
  });

  it('should find the street as typed, with or without hyphens, "Str." or "Strasse", the number exact first', async () => {
    const expected = ['Friedrich-Wilhelm-Straße 12', 'Friedrich-Wilhelm-Straße 12a', 'Friedrich-Wilhelm-Straße 120'];
    expect(await search('Friedrich-Wilhelm-Str. 12')).toEqual(expected);
    expect(await search('friedrich wilhelm strasse 12')).toEqual(expected);
    expect(await search('Friedrich-Wilhelm-Straße 12 a')).toEqual(['Friedrich-Wilhelm-Straße 12a']);
    expect(await search('Friedrich-Wilhelm-Straße 12A, 47051')).toEqual(['Friedrich-Wilhelm-Straße 12a']);
    expect(await search('Friedrich-Wil')).toEqual([...expected.slice(0, 2), 'Friedrich-Wilhelm-Straße 13', expected[2]]);
  });

  it('should read umlauts, their spellings and plain vowels alike, and leave historic addresses out', async () => {
    for (const q of ['Düsseldorfer Str 5', 'Duesseldorfer Straße 5', 'dusseldorfer 5']) expect(await search(q)).toEqual(['Düsseldorfer Straße 5']);
    expect(await search('Alte Straße')).toEqual([]);
  });

  it('should search only the user’s city; a Land role names the city once there are several', async () => {
    const [official] = await t.app
      .inject({ method: 'GET', url: '/api/v1/addresses?q=Friedrich-Wilhelm-Str%2012&limit=1', headers: inspector.headers })
      .then((r) => r.json<OfficialAddressDto[]>());
    expect(official).toMatchObject({ id: 'DENW000000000001', cityAgs: TEST_CITY_AGS, houseNumber: '12', houseNumberSuffix: null, postcode: null });
    expect(official.lat).toBeCloseTo(51.43, 6);
    await t.app.inject({ method: 'POST', url: '/api/v1/cities', headers: users.admin.headers, payload: { ags: ESSEN, name: 'Essen' } });
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/addresses?q=Friedrich', headers: users.lead.headers });
    expect(refused.json<ProblemBody>().errors?.[0]).toMatchObject({ field: 'city', code: 'cityRequired' });
    expect(await search('Friedrich-Wilhelm-Str. 12', users.lead, `&city=${ESSEN}`)).toEqual(['Friedrich-Wilhelm-Straße 12']);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/addresses?q=x', headers: inspector.headers })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/addresses?q=Friedrich', headers: users.council.headers })).statusCode).toBe(403);
  });
});

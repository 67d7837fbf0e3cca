import { describe, expect, it } from 'vitest';
import type { ClientConfigDto, MapFeatureCollectionDto } from '../../src/map/map.dto.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';
import type { SummaryDto } from '../../src/summaries/summaries.dto.js';
import { makeOperation } from '../factories/operation.factory.js';
import { makeProperty } from '../factories/property.factory.js';
import { useTestApp, type TestApp } from '../helpers/test-app.js';
import { useStandardUsers, type TestUser } from '../helpers/users.js';

const BOX = 'bbox=8.0,50.0,8.2,50.2&zoom=20';
const at = (i: number) => ({ lat: 50.1, lon: 8.0 + i * 0.01 });

function client(t: TestApp) {
  const get = async <T>(user: TestUser, url: string) => (await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: user.headers })).json<T>();
  return {
    get,
    overcrowded: async (user: TestUser) =>
      (await get<MapFeatureCollectionDto>(user, `/map?${BOX}&overThreshold=true`)).features.map((f) => f.properties.id).sort(),
    density: async (user: TestUser, operationId: string) => (await get<OperationDto>(user, `/operations/${operationId}`)).occupancyCounts[0],
  };
}

const OFFENBACH = { ags: '06413000', name: 'Offenbach am Main', land: 'HE', timeZone: 'Europe/Berlin' } as const;

describe('Land law by the city: Offenbach am Main, Hessen', () => {
  const t = useTestApp({}, { city: OFFENBACH });
  const users = useStandardUsers(t);
  const api = client(t);

  it('should judge overcrowding by § 7 HWoAufG (9 m² a person, 6 m² in a single room) in the building file and the map filter', async () => {
    const inOffenbach = (i: number) => makeProperty(t, { ...at(i), city: OFFENBACH.name, cityAgs: OFFENBACH.ags });
    const [under, above, singleRoom] = [await inOffenbach(1), await inOffenbach(2), await inOffenbach(3)];
    // 35 m² for 4 is 8.75 m²: under Hessen's 9. 38 m² for 4 is 9.5 m²: fine in Hessen, though under NRW's 10.
    const first = await makeOperation(t, under, { date: '2026-03-02', occupancy: [{ personsFound: 4, livingSpaceM2: 35 }] });
    const second = await makeOperation(t, above, { date: '2026-03-02', occupancy: [{ personsFound: 4, livingSpaceM2: 38 }] });
    // 7 m² each in a single room with shared kitchen and bath: above Hessen's 6 there.
    await makeOperation(t, singleRoom, { date: '2026-03-02', occupancy: [{ personsFound: 2, livingSpaceM2: 14, singleRoomSharedFacilities: true }] });

    expect(await api.density(users.lead, first.id)).toMatchObject({
      m2PerPerson: 8.75,
      underThreshold: true,
      threshold: { minM2PerPerson: 9, legalReference: '§ 7 Abs. 1 HWoAufG', validFrom: '1975-01-01' },
    });
    expect(await api.density(users.lead, second.id)).toMatchObject({ m2PerPerson: 9.5, underThreshold: false });
    expect(await api.overcrowded(users.lead)).toEqual([under.id]);
  });

  it('should give the client the Hessian references and the council summary its declaration reference', async () => {
    const config = (await t.app.inject({ method: 'GET', url: '/api/v1/client-config' })).json<ClientConfigDto>();
    expect(config.legal).toMatchObject({
      land: 'HE',
      law: 'HWoAufG',
      declarationReference: '§ 6 HWoAufG',
      minimumStandardsReference: '§ 4 Abs. 1 HWoAufG',
      roomSizeMinM2: 9,
    });
    expect(config.legal.legalBases).toContain('§ 11 HSOG');
    expect(config.legal.legalBases.join(' ')).not.toMatch(/NRW/);
    const summary = await api.get<SummaryDto>(users.council, '/summaries?from=2026-01-01&to=2026-06-30');
    const declared = summary.figures.find((f) => f.key === 'inPeriod.declared');
    expect(declared?.definition).toContain('§ 6 HWoAufG');
  });
});

describe('Land law as configuration: NRW (the default) applied by the day of the count', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  const api = client(t);

  it('should apply § 10 WohnStG NRW only from 1 July 2021: an earlier count has no minimum and is not listed as overcrowded', async () => {
    const [before, from] = [await makeProperty(t, at(1)), await makeProperty(t, at(2))];
    const early = await makeOperation(t, before, { date: '2021-06-30', occupancy: [{ personsFound: 4, livingSpaceM2: 35 }] });
    const late = await makeOperation(t, from, { date: '2021-07-01', occupancy: [{ personsFound: 4, livingSpaceM2: 35 }] });
    expect(await api.density(users.lead, early.id)).toMatchObject({ m2PerPerson: 8.75, threshold: null, underThreshold: null });
    expect(await api.density(users.lead, late.id)).toMatchObject({
      underThreshold: true,
      threshold: { minM2PerPerson: 10, legalReference: '§ 10 Abs. 1 WohnStG NRW', validFrom: '2021-07-01' },
    });
    expect(await api.overcrowded(users.lead)).toEqual([from.id]);
  });
});

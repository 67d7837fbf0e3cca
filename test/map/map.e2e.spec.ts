import { beforeAll, describe, expect, it } from 'vitest';
import { AppMeta } from '../../src/database/app-meta.entity.js';
import { CHOROPLETH_COLOURS, choroplethClasses } from '../../src/common/choropleth-scale.js';
import type { District } from '../../src/districts/district.entity.js';
import type { Property } from '../../src/properties/property.entity.js';
import { makeDecision } from '../factories/decision.factory.js';
import { makeDistrict } from '../factories/district.factory.js';
import { makeOperation } from '../factories/operation.factory.js';
import { makeProperty, makePropertyGrid } from '../factories/property.factory.js';
import { gebrefLine, importGazetteer } from '../factories/gebref.factory.js';
import { TEST_CITY_AGS, useTestApp } from '../helpers/test-app.js';
import { useStandardUsers, type TestUser } from '../helpers/users.js';
import { type PropertyStatus, STATUS_STYLE } from '../../src/properties/status-catalogue.js';
import type { ClientConfigDto, DistrictStatusOverviewDto } from '../../src/map/map.dto.js';

const WORLD = '-180,-85,180,85';
const STATUSES: PropertyStatus[] = ['suspected', 'inspected', 'uninhabitable', 'renovation', 'released', 'relet', 'closed'];

interface MapFeature {
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    cluster?: true;
    count?: number;
    counts?: Record<string, number>;
    id?: string;
    label?: string;
    status: PropertyStatus;
    colour: string;
    expansionZoom?: number;
  };
}
interface MapAnswer {
  type: 'FeatureCollection';
  features: MapFeature[];
  total: number;
  statusCounts: Record<PropertyStatus, number>;
  zoom: number;
}

const countIn = (answer: MapAnswer) => answer.features.reduce((n, f) => n + (f.properties.cluster ? f.properties.count! : 1), 0);

describe('GET /api/v1/map', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let west: District;
  let east: District;
  let ortsteil: District;

  const get = async (user: TestUser, query: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/map?${query}`, headers: user.headers });
    return { status: res.statusCode, body: res.json<MapAnswer & { code?: string; errors?: Array<{ field: string }> }>() };
  };
  const ids = (answer: MapAnswer) => answer.features.map((f) => f.properties.id).sort();

  beforeAll(async () => {
    west = await makeDistrict(t, { name: 'West', code: '100', box: [6.6, 51.3, 6.75, 51.6] });
    east = await makeDistrict(t, { name: 'Ost', code: '200', box: [6.75, 51.3, 6.9, 51.6] });
    ortsteil = await makeDistrict(t, { name: 'Altstadt', code: '101', level: 'ortsteil', box: [6.6, 51.3, 6.7, 51.6] });
    // 70 properties spread over the west district, 10 of each status.
    await makePropertyGrid(t, 70, STATUSES, [6.7, 51.43], { districtId: west.id });
  });

  it('should answer clusters at low zoom whose counts add up to the filtered total', async () => {
    const { status, body } = await get(users.lead, `bbox=${WORLD}&zoom=5`);
    expect(status).toBe(200);
    expect(body.type).toBe('FeatureCollection');
    expect(body.total).toBe(70);
    expect(countIn(body)).toBe(70);
    const clusters = body.features.filter((f) => f.properties.cluster);
    expect(clusters.length).toBeGreaterThan(0);
    for (const cluster of clusters) {
      const counts = cluster.properties.counts!;
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(cluster.properties.count);
      const max = Math.max(...Object.values(counts));
      expect(counts[cluster.properties.status]).toBe(max);
      expect(cluster.properties.colour).toBe(STATUS_STYLE[cluster.properties.status].colour);
      expect(cluster.properties).not.toHaveProperty('label');
    }
    expect(body.statusCounts).toEqual(Object.fromEntries(STATUSES.map((s) => [s, 10])));
  });

  it('should sum clusters to the filtered count when filtering by status', async () => {
    const { body } = await get(users.lead, `bbox=${WORLD}&zoom=3&status=uninhabitable,renovation`);
    expect(body.total).toBe(20);
    expect(countIn(body)).toBe(20);
    for (const f of body.features) {
      const statuses = f.properties.cluster ? Object.keys(f.properties.counts!) : [f.properties.status];
      expect(statuses.every((s) => s === 'uninhabitable' || s === 'renovation')).toBe(true);
    }
    // The legend counts ignore the status filter so every status keeps its number.
    expect(body.statusCounts.inspected).toBe(10);
  });

  it('should answer single properties with id, status, colour and address at high zoom', async () => {
    const target = await makeProperty(t, {
      lat: 51.5,
      lon: 6.85,
      status: 'uninhabitable',
      street: 'Musterstraße',
      houseNumber: '12',
      houseNumberSuffix: 'a',
      postcode: '47166',
    });
    const { status, body } = await get(users.inspector, `bbox=6.849,51.499,6.851,51.501&zoom=18`);
    expect(status).toBe(200);
    expect(body.features).toEqual([
      {
        type: 'Feature',
        id: target.id,
        geometry: { type: 'Point', coordinates: [6.85, 51.5] },
        properties: { id: target.id, status: 'uninhabitable', colour: STATUS_STYLE.uninhabitable.colour, label: 'Musterstraße 12a, 47166 Duisburg' },
      },
    ]);
    const all = await get(users.lead, `bbox=${WORLD}&zoom=20`);
    expect(all.body.features.every((f) => !f.properties.cluster)).toBe(true);
    expect(all.body.features).toHaveLength(71);
  });

  it('should filter by Stadtbezirk and by Ortsteil', async () => {
    const inEast = await makeProperty(t, { lat: 51.45, lon: 6.8, districtId: east.id, status: 'suspected' });
    const inOrtsteil = await makeProperty(t, { lat: 51.45, lon: 6.65, districtId: west.id, subdistrictId: ortsteil.id });
    expect((await get(users.lead, `bbox=${WORLD}&zoom=20&district=${east.id}`)).body.features.map((f) => f.id)).toEqual([inEast.id]);
    expect((await get(users.lead, `bbox=${WORLD}&zoom=20&district=${ortsteil.id}`)).body.features.map((f) => f.id)).toEqual([inOrtsteil.id]);
    expect((await get(users.lead, `bbox=${WORLD}&zoom=20&district=${west.id}`)).body.total).toBe(71);
  });

  describe('filters that need operations, measures and occupancy', () => {
    let jugendamt: Property;
    let ordnung2023: Property;
    let draftOnly: Property;
    let crowded: Property;
    let crowdedSingleRoom: Property;
    let spacious: Property;
    let withdrawnCount: Property;
    let openTaskforce: Property;
    let openAgencyOnly: Property;
    let doneMeasure: Property;
    const box = 'bbox=7.0,52.0,7.2,52.2&zoom=20';

    beforeAll(async () => {
      const at = (i: number) => ({ lat: 52.1, lon: 7.0 + i * 0.01 });
      jugendamt = await makeProperty(t, at(1));
      ordnung2023 = await makeProperty(t, at(2));
      draftOnly = await makeProperty(t, at(3));
      crowded = await makeProperty(t, at(4));
      crowdedSingleRoom = await makeProperty(t, at(5));
      spacious = await makeProperty(t, at(6));
      withdrawnCount = await makeProperty(t, at(7));
      openTaskforce = await makeProperty(t, at(8));
      openAgencyOnly = await makeProperty(t, at(9));
      doneMeasure = await makeProperty(t, at(10));
      await makeOperation(t, jugendamt, { date: '2024-05-10', agencyCodes: ['ordnungsamt', 'jugendamt'] });
      await makeOperation(t, ordnung2023, { date: '2023-06-01', agencyCodes: ['ordnungsamt'] });
      await makeOperation(t, draftOnly, {
        date: '2024-05-10',
        agencyCodes: ['jugendamt'],
        state: 'draft',
        measures: [{}],
        occupancy: [{ personsFound: 9, livingSpaceM2: 20 }],
      });
      // 35 m² for 4 persons is 8.75 m² each: under the 10 m² default.
      await makeOperation(t, crowded, { date: '2024-02-01', occupancy: [{ personsFound: 4, livingSpaceM2: 35 }] });
      // 30 m² for 4 persons in a single room with shared facilities is 7.5 m²: under the 8 m² there.
      await makeOperation(t, crowdedSingleRoom, {
        date: '2024-02-01',
        occupancy: [{ personsFound: 4, livingSpaceM2: 30, singleRoomSharedFacilities: true }],
      });
      // 9 m² each in a single room is fine (8 m² minimum); 12 m² each in a flat is fine.
      await makeOperation(t, spacious, {
        date: '2024-02-01',
        occupancy: [
          { personsFound: 2, livingSpaceM2: 18, singleRoomSharedFacilities: true },
          { personsFound: 2, livingSpaceM2: 24 },
        ],
      });
      await makeOperation(t, withdrawnCount, { date: '2024-02-01', occupancy: [{ personsFound: 5, livingSpaceM2: 10, withdrawn: true }] });
      await makeOperation(t, openTaskforce, { date: '2024-02-01', measures: [{ state: 'open', visibility: 'taskforce' }] });
      await makeOperation(t, openAgencyOnly, {
        date: '2024-02-01',
        agencyCodes: ['jugendamt'],
        measures: [{ state: 'open', visibility: 'agency', agencyCode: 'jugendamt' }],
      });
      await makeOperation(t, doneMeasure, { date: '2024-02-01', measures: [{ state: 'done' }, { state: 'cancelled' }] });
    });

    it('should keep properties a given agency took part in', async () => {
      const { body } = await get(users.lead, `${box}&agency=jugendamt`);
      expect(ids(body)).toEqual([jugendamt.id, openAgencyOnly.id].sort());
    });

    it('should keep properties with a submitted operation in the date range', async () => {
      expect(ids((await get(users.lead, `${box}&from=2023-01-01&to=2023-12-31`)).body)).toEqual([ordnung2023.id]);
      expect(ids((await get(users.lead, `${box}&from=2024-05-01`)).body)).toEqual([jugendamt.id]);
      expect(ids((await get(users.lead, `${box}&agency=ordnungsamt&to=2023-12-31`)).body)).toEqual([ordnung2023.id]);
    });

    it('should keep properties with an open measure the viewer may see', async () => {
      expect(ids((await get(users.lead, `${box}&openMeasures=true`)).body)).toEqual([openTaskforce.id]);
      expect(ids((await get(users.jugendamtLead, `${box}&openMeasures=true`)).body)).toEqual([openTaskforce.id, openAgencyOnly.id].sort());
      expect((await get(users.lead, `${box}&openMeasures=false`)).body.features).toHaveLength(10);
    });

    it('should keep properties with an occupancy count under the density threshold', async () => {
      expect(ids((await get(users.lead, `${box}&overThreshold=true`)).body)).toEqual([crowded.id, crowdedSingleRoom.id].sort());
      expect(ids((await get(users.lead, `${box}&overThreshold=true&from=2024-03-01`)).body)).toEqual([]);
    });

    it('should see a newly submitted operation at once (the cached index is invalidated)', async () => {
      expect(ids((await get(users.lead, `${box}&agency=polizei`)).body)).toEqual([]);
      await makeOperation(t, spacious, { agencyCodes: ['polizei'] });
      expect(ids((await get(users.lead, `${box}&agency=polizei`)).body)).toEqual([spacious.id]);
    });

    it('should keep properties whose address the official list lacks, as soon as an import of the city’s addresses says so', async () => {
      const unmatched = () => get(users.lead, `${box}&addressUnmatched=true`).then((r) => ids(r.body));
      expect(await unmatched()).toEqual([]);
      const everyOne = ids((await get(users.lead, box)).body);
      const listed = gebrefLine({
        oi: 'DENWMAP000000001',
        ags: TEST_CITY_AGS,
        street: crowded.street,
        number: crowded.houseNumber,
        lon: crowded.lon,
        lat: crowded.lat,
      });
      await importGazetteer(t, users.admin, [listed]);
      expect(await unmatched()).toEqual(everyOne.filter((id) => id !== crowded.id));
    });
  });

  it('should show a status change at once and bump the stored map version', async () => {
    const property = await makeProperty(t, { lat: 10, lon: 10, status: 'inspected' });
    const version = async () => (await t.dataSource.getRepository(AppMeta).findOneBy({ key: 'map_version_properties' }))?.value;
    const before = await version();
    const first = await get(users.lead, 'bbox=9.9,9.9,10.1,10.1&zoom=18');
    expect(first.body.features[0].properties.status).toBe('inspected');
    await makeDecision(t, property, { type: 'declare_uninhabitable', effectiveDate: '2024-06-01' });
    expect(await version()).not.toBe(before);
    const second = await get(users.lead, 'bbox=9.9,9.9,10.1,10.1&zoom=18');
    expect(second.body.features[0].properties).toMatchObject({ status: 'uninhabitable', colour: STATUS_STYLE.uninhabitable.colour });
  });

  it('should refuse the council role with 403', async () => {
    const { status, body } = await get(users.council, `bbox=${WORLD}&zoom=5`);
    expect(status).toBe(403);
    expect(body.code).toBe('forbidden');
  });

  it('should refuse a request without login with 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/map?bbox=${WORLD}&zoom=5` });
    expect(res.statusCode).toBe(401);
  });

  it.each([
    ['bbox=1,2,3&zoom=5', 'bbox'],
    ['bbox=a,b,c,d&zoom=5', 'bbox'],
    ['bbox=10,0,5,1&zoom=5', 'bbox'],
    ['bbox=0,0,200,1&zoom=5', 'bbox'],
    ['zoom=5', 'bbox'],
    [`bbox=${WORLD}`, 'zoom'],
    [`bbox=${WORLD}&zoom=23`, 'zoom'],
    [`bbox=${WORLD}&zoom=1.5`, 'zoom'],
    [`bbox=${WORLD}&zoom=abc`, 'zoom'],
    [`bbox=${WORLD}&zoom=5&status=uninhabitable,haunted`, 'status'],
    [`bbox=${WORLD}&zoom=5&district=not-a-uuid`, 'district'],
    [`bbox=${WORLD}&zoom=5&agency=Bad%20Code`, 'agency'],
    [`bbox=${WORLD}&zoom=5&from=2024-02-30`, 'from'],
    [`bbox=${WORLD}&zoom=5&from=2024-03-01&to=2024-02-01`, 'to'],
    [`bbox=${WORLD}&zoom=5&openMeasures=yes`, 'openMeasures'],
    [`bbox=${WORLD}&zoom=5&overThreshold=2`, 'overThreshold'],
    [`bbox=${WORLD}&zoom=5&colour=red`, 'colour'],
  ])('should answer %s with 400 naming %s', async (query, field) => {
    const { status, body } = await get(users.lead, query);
    expect(status).toBe(400);
    expect(body.code).toBe('validation_failed');
    expect(body.errors!.map((e) => e.field)).toContain(field);
  });
});

describe('GET /api/v1/map/districts', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  it('should count properties per Stadtbezirk and status for the council, without addresses', async () => {
    const mitte = await makeDistrict(t, { name: 'Mitte', code: '500' });
    const hamborn = await makeDistrict(t, { name: 'Hamborn', code: '200' });
    const ortsteil = await makeDistrict(t, { name: 'Altstadt', code: '501', level: 'ortsteil' });
    await makeProperty(t, { districtId: mitte.id, subdistrictId: ortsteil.id, status: 'uninhabitable', street: 'Geheimweg' });
    await makeProperty(t, { districtId: mitte.id, status: 'uninhabitable' });
    await makeProperty(t, { districtId: mitte.id, status: 'relet' });
    await makeProperty(t, { districtId: null, status: 'suspected' });

    const res = await t.app.inject({ method: 'GET', url: '/api/v1/map/districts', headers: users.council.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json<DistrictStatusOverviewDto>();
    expect(body.items).toHaveLength(2);
    const byName = Object.fromEntries(body.items.map((i) => [i.name, i]));
    expect(byName.Mitte).toMatchObject({ id: mitte.id, code: '500', city: 'Duisburg', total: 3 });
    expect(byName.Mitte.counts).toMatchObject({ uninhabitable: 2, relet: 1, inspected: 0 });
    expect(byName.Hamborn).toMatchObject({ id: hamborn.id, total: 0 });
    expect(body.withoutDistrict.suspected).toBe(1);
    // The council's map colours with the report's scale: up to 2 buildings under a declaration, classes one wide.
    expect(body.scales.uninhabitable.map((c) => [c.min, c.max, c.colour])).toEqual(CHOROPLETH_COLOURS.map((colour, i) => [i, i, colour]));
    expect(body.scales.total).toEqual(choroplethClasses(3));
    expect(res.body).not.toContain('Geheimweg');
    expect(res.body).not.toContain('Teststraße');
  });

  it('should answer leads too and refuse the admin role', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/map/districts', headers: users.lead.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/map/districts', headers: users.admin.headers })).statusCode).toBe(403);
  });
});

describe('GET /api/v1/client-config', () => {
  const t = useTestApp({ TILE_URL: 'https://{s}.tile.example.org/{z}/{x}/{y}.png', TILE_ATTRIBUTION: '© Example ({year})', TILE_MAX_ZOOM: '18' });

  it('should answer without login with tiles, status styles, the demo flag and the outline attribution', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/client-config' });
    expect(res.statusCode).toBe(200);
    const body = res.json<ClientConfigDto>();
    expect(body.demoData).toBe(false);
    expect(body.tiles).toEqual({ url: 'https://{s}.tile.example.org/{z}/{x}/{y}.png', attribution: `© Example (${new Date().getUTCFullYear()})`, maxZoom: 18 });
    expect(body.statuses).toHaveLength(7);
    expect(body.statuses[2]).toEqual({ status: 'uninhabitable', ...STATUS_STYLE.uninhabitable });
    expect(body.outlinesAttribution).toBe('© OpenStreetMap contributors (ODbL)');
  });

  it('should report demo data once the demo flag is stored', async () => {
    await t.dataSource.getRepository(AppMeta).save({ key: 'demo_data', value: '2024-01-01' });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/client-config' })).json<ClientConfigDto>().demoData).toBe(true);
  });

  it('should allow the tile servers in the content security policy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/client-config' });
    expect(res.headers['content-security-policy']).toContain("img-src 'self' data: https://*.tile.example.org");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});

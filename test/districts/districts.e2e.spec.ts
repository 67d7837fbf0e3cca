import { beforeAll, describe, expect, it } from 'vitest';
import { AppMeta } from '../../src/database/app-meta.entity.js';
import { WriteQueue } from '../../src/database/write-queue.js';
import { District } from '../../src/districts/district.entity.js';
import { DISTRICTS_VERSION_KEY, DistrictsService } from '../../src/districts/districts.service.js';
import { TEST_CITY_AGS, useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { importTestDistricts, TEST_CITY } from '../properties/property-factory.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { DistrictCollectionDto } from '../../src/districts/districts.dto.js';

describe('districts', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let service: DistrictsService;

  beforeAll(async () => {
    service = t.app.get(DistrictsService);
    await importTestDistricts(t);
  });

  describe('importFeatures', () => {
    it('should store each outline with its bounding box and parent', async () => {
      const rows = await t.dataSource.getRepository(District).find({ where: { city: TEST_CITY }, order: { code: 'ASC' } });
      expect(rows.map((r) => [r.code, r.level, r.parentCode])).toEqual([
        ['800', 'bezirk', null],
        ['900', 'bezirk', null],
        ['901', 'ortsteil', '900'],
      ]);
      expect(rows[1]).toMatchObject({ minLon: 6.7, minLat: 51.4, maxLon: 6.72, maxLat: 51.42, attribution: 'Testdaten, frei erfunden' });
    });

    it('should update outlines with the same code instead of adding them again', async () => {
      const result = await importTestDistricts(t);
      expect(result).toEqual({ inserted: 0, updated: 3 });
      expect(await t.dataSource.getRepository(District).countBy({ city: TEST_CITY })).toBe(3);
      expect(await t.dataSource.getRepository(AppMeta).findOneBy({ key: DISTRICTS_VERSION_KEY })).not.toBeNull();
    });

    it('should refuse a feature that is not a bezirk or ortsteil polygon and write nothing', async () => {
      const bad = [{ type: 'Feature', properties: { code: '000', name: 'Stadt', level: 'city' }, geometry: { type: 'Polygon', coordinates: [] } }];
      await expect(t.app.get(WriteQueue).run((m) => service.importFeatures(m, { ags: TEST_CITY_AGS, name: 'Andere Stadt' }, bad, null))).rejects.toMatchObject({
        status: 400,
      });
      expect(await t.dataSource.getRepository(District).countBy({ city: 'Andere Stadt' })).toBe(0);
    });
  });

  describe('locate', () => {
    it('should find the Ortsteil and its Stadtbezirk for a point inside both', async () => {
      const { bezirk, ortsteil } = await service.locate(51.41, 6.705, TEST_CITY_AGS);
      expect(bezirk?.code).toBe('900');
      expect(ortsteil?.code).toBe('901');
    });

    it('should find only the Stadtbezirk where no Ortsteil is known', async () => {
      const { bezirk, ortsteil } = await service.locate(51.41, 6.73, TEST_CITY_AGS);
      expect(bezirk?.code).toBe('800');
      expect(ortsteil).toBeNull();
    });

    it('should find nothing outside every outline or in another city', async () => {
      expect(await service.locate(52.5, 13.4, TEST_CITY_AGS)).toEqual({ bezirk: null, ortsteil: null });
      expect(await service.locate(51.41, 6.705, '05113000')).toEqual({ bezirk: null, ortsteil: null });
    });

    it('should notice outlines changed behind its back (another instance) on the next call', async () => {
      await service.locate(51.41, 6.705, TEST_CITY_AGS);
      // Move Bezirk 800 far away directly in the table, as another server instance's import would.
      await t.dataSource.getRepository(District).update({ city: TEST_CITY, code: '800' }, { minLon: 10, maxLon: 11 });
      await t.dataSource.getRepository(AppMeta).save({ key: DISTRICTS_VERSION_KEY, value: 'changed-elsewhere' });
      expect((await service.locate(51.41, 6.73, TEST_CITY_AGS)).bezirk).toBeNull();
      await importTestDistricts(t);
      expect((await service.locate(51.41, 6.73, TEST_CITY_AGS)).bezirk?.code).toBe('800');
    });
  });

  describe('GET /api/v1/districts', () => {
    it('should answer a FeatureCollection with attribution for any logged-in role, the council included', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/districts?level=bezirk&city=05112000', headers: users.council.headers });
      expect(res.statusCode).toBe(200);
      const body = res.json<DistrictCollectionDto>();
      expect(body.type).toBe('FeatureCollection');
      expect(body.attribution).toBe('Testdaten, frei erfunden');
      expect(body.features.map((f) => f.properties.code)).toEqual(['800', '900']);
      const feature = body.features[1];
      expect(feature).toMatchObject({
        type: 'Feature',
        geometry: { type: 'Polygon' },
        properties: { city: TEST_CITY, name: 'Testbezirk', level: 'bezirk', parentCode: null },
      });
      expect(feature.id).toBe(feature.properties.id);
    });

    it('should list Ortsteile with their parent code', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/districts?level=ortsteil', headers: users.inspector.headers });
      expect(res.json<DistrictCollectionDto>().features.map((f) => f.properties.parentCode)).toEqual(['900']);
    });

    it('should refuse an unknown level and unknown parameters with 400 naming the field', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/districts?level=land&foo=1', headers: users.lead.headers });
      expect(res.statusCode).toBe(400);
      const fields = res.json<ProblemBody>().errors?.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['level', 'foo']));
    });

    it('should require login', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/districts' })).statusCode).toBe(401);
    });
  });
});

import { zip } from '@mapbox/shp-write';
import { unzipSync, zipSync } from 'fflate';
import type { FeatureCollection, Polygon } from 'geojson';
import proj4 from 'proj4';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import type { ProblemBody } from '../../src/common/problem.js';
import { District } from '../../src/districts/district.entity.js';
import type { DistrictImportReportDto } from '../../src/districts/districts.dto.js';
import { Operation } from '../../src/operations/operation.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { makeOperation } from '../factories/operation.factory.js';
import { makeProperty } from '../factories/property.factory.js';
import { TEST_CITY_AGS, useTestApp } from '../helpers/test-app.js';
import { createUser, useStandardUsers, type TestUser } from '../helpers/users.js';
import { importTestDistricts, propertyInput } from '../properties/property-factory.js';

// Stated independently of the server's definitions, as a GIS program would write the files.
const UTM32 = '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs';
const UTM32_ZONE_PREFIXED = '+proj=tmerc +lon_0=9 +k=0.9996 +x_0=32500000 +ellps=GRS80 +units=m +no_defs';
const PRJ_4647 =
  'PROJCS["ETRS_1989_UTM_Zone_32N_zE-N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",32500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** A WGS84 rectangle with its corners projected into the given system. */
function box(projection: string | null, w: number, s: number, e: number, n: number): Polygon {
  const corners = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
  return { type: 'Polygon', coordinates: [projection ? corners.map((c) => proj4(projection, c)) : corners] };
}

// The legacy `crs` member is how GIS programs still declare projected GeoJSON.
const collection = (features: Array<{ properties: Record<string, unknown>; geometry: Polygon }>, crs?: string): FeatureCollection => ({
  type: 'FeatureCollection',
  ...(crs && { crs: { type: 'name', properties: { name: crs } } }),
  features: features.map((f) => ({ type: 'Feature', ...f })),
});

describe('POST /api/v1/districts/import', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let west: Property;
  let east: Property;
  let eastOperation: Operation;

  const upload = (user: TestUser, query: string, body: Buffer | string, type = 'application/geo+json') =>
    t.app.inject({ method: 'POST', url: `/api/v1/districts/import?${query}`, headers: { ...user.headers, 'content-type': type }, payload: body });
  const districtRows = () => t.dataSource.getRepository(District).find({ where: { cityAgs: TEST_CITY_AGS }, order: { code: 'ASC' } });
  const idOf = async (code: string) => (await t.dataSource.getRepository(District).findOneByOrFail({ cityAgs: TEST_CITY_AGS, code })).id;

  // Bezirk 900 grows over 800's area, which leaves the file; 700 is new.
  const bezirke25832 = JSON.stringify(
    collection(
      [
        { properties: { code: '900', name: 'Testbezirk', level: 'bezirk' }, geometry: box(UTM32, 6.7, 51.4, 6.74, 51.42) },
        { properties: { code: '700', name: 'Neubezirk', level: 'bezirk' }, geometry: box(UTM32, 6.74, 51.4, 6.76, 51.42) },
      ],
      'urn:ogc:def:crs:EPSG::25832',
    ),
  );

  beforeAll(async () => {
    await importTestDistricts(t);
    west = await makeProperty(t, { lat: 51.41, lon: 6.705, districtId: await idOf('900'), subdistrictId: await idOf('901') });
    east = await makeProperty(t, { lat: 51.41, lon: 6.73, districtId: await idOf('800') });
    eastOperation = await makeOperation(t, east);
  });

  it('should answer a preview of the new Stadtbezirke with the buildings that would move, and change nothing', async () => {
    const before = await districtRows();
    const res = await upload(users.admin, 'attribution=Stadt%20Duisburg%2C%20dl-de%2Fby-2-0&dryRun=true', bezirke25832);
    expect(res.statusCode).toBe(200);
    const report = res.json<DistrictImportReportDto>();
    expect(report).toMatchObject({ dryRun: true, cityAgs: TEST_CITY_AGS, crs: '25832', levels: ['bezirk'], properties: 2, moved: 1, outside: 0, warnings: [] });
    expect(report.districts).toEqual([
      { code: '900', name: 'Testbezirk', level: 'bezirk', parentCode: null, change: 'changed', properties: 2 },
      { code: '700', name: 'Neubezirk', level: 'bezirk', parentCode: null, change: 'new', properties: 0 },
    ]);
    expect(report.removed).toEqual([{ code: '800', name: 'Nachbarbezirk', level: 'bezirk', properties: 1 }]);
    expect(await districtRows()).toEqual(before);
    expect((await t.dataSource.getRepository(Property).findOneByOrFail({ id: east.id })).districtId).toBe(east.districtId);
  });

  it('should replace the Stadtbezirke in WGS84, keep the Ortsteile, and move buildings with their records', async () => {
    const bezirk900 = await idOf('900');
    const res = await upload(users.admin, 'attribution=Stadt%20Duisburg%2C%20dl-de%2Fby-2-0', bezirke25832);
    expect(res.statusCode).toBe(200);
    expect(res.json<DistrictImportReportDto>()).toMatchObject({ dryRun: false, moved: 1, removed: [{ code: '800', properties: 1 }] });

    const rows = await districtRows();
    expect(rows.map((d) => [d.code, d.level, d.attribution])).toEqual([
      ['700', 'bezirk', 'Stadt Duisburg, dl-de/by-2-0'],
      ['900', 'bezirk', 'Stadt Duisburg, dl-de/by-2-0'],
      ['901', 'ortsteil', 'Testdaten, frei erfunden'],
    ]);
    const stored = rows.find((d) => d.code === '900')!;
    expect(stored.id).toBe(bezirk900);
    const [[sw, se]] = stored.geometry.coordinates as number[][][];
    expect(sw[0]).toBeCloseTo(6.7, 6);
    expect(sw[1]).toBeCloseTo(51.4, 6);
    expect(se[0]).toBeCloseTo(6.74, 6);
    expect(stored.minLon).toBeCloseTo(6.7, 6);
    expect(stored.maxLon).toBeCloseTo(6.74, 6);

    expect(await t.dataSource.getRepository(Property).findOneByOrFail({ id: east.id })).toMatchObject({ districtId: bezirk900, subdistrictId: null });
    expect(await t.dataSource.getRepository(Property).findOneByOrFail({ id: west.id })).toMatchObject({
      districtId: bezirk900,
      subdistrictId: await idOf('901'),
    });
    expect((await t.dataSource.getRepository(Operation).findOneByOrFail({ id: eastOperation.id })).districtId).toBe(bezirk900);

    const entry = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'districts_imported', entityId: TEST_CITY_AGS });
    expect(entry.actorId).toBe(users.admin.id);
    expect(entry.entity).toBe('city');

    const map = await t.app.inject({ method: 'GET', url: '/api/v1/districts?level=bezirk', headers: users.lead.headers });
    expect(map.json<{ attribution: string; features: unknown[] }>()).toMatchObject({ attribution: 'Stadt Duisburg, dl-de/by-2-0' });
    expect(map.json<{ features: unknown[] }>().features).toHaveLength(2);
  });

  it('should change nothing when the same file comes again', async () => {
    const before = await districtRows();
    const res = await upload(users.admin, 'attribution=Stadt%20Duisburg%2C%20dl-de%2Fby-2-0', bezirke25832);
    expect(res.json<DistrictImportReportDto>()).toMatchObject({ moved: 0, removed: [] });
    expect(res.json<DistrictImportReportDto>().districts.map((d) => d.change)).toEqual(['unchanged', 'unchanged']);
    expect(await districtRows()).toEqual(before);
  });

  it('should read Ortsteile from a zipped Shapefile in EPSG:4647 through its .prj, with the attribute names mapped', async () => {
    const shapefile = await zip(
      collection([{ properties: { STT_NR: '902', STT_NAME: 'Groß-West', BEZIRK: '900' }, geometry: box(UTM32_ZONE_PREFIXED, 6.7, 51.4, 6.72, 51.42) }]),
      { outputType: 'nodebuffer', compression: 'DEFLATE', prj: PRJ_4647, types: { polygon: 'ortsteile' } },
    );
    const query = 'attribution=Stadt%20Duisburg&level=ortsteil&codeField=STT_NR&nameField=STT_NAME&parentField=BEZIRK';
    const res = await upload(users.admin, query, shapefile, 'application/zip');
    expect(res.statusCode).toBe(200);
    expect(res.json<DistrictImportReportDto>()).toMatchObject({
      crs: '4647',
      levels: ['ortsteil'],
      districts: [{ code: '902', name: 'Groß-West', parentCode: '900', change: 'new', properties: 1 }],
      removed: [{ code: '901', properties: 1 }],
    });
    const ortsteil = await t.dataSource.getRepository(District).findOneByOrFail({ cityAgs: TEST_CITY_AGS, code: '902' });
    expect(ortsteil.minLon).toBeCloseTo(6.7, 6);
    expect(ortsteil.maxLat).toBeCloseTo(51.42, 6);
    expect(await t.dataSource.getRepository(Property).findOneByOrFail({ id: west.id })).toMatchObject({ subdistrictId: ortsteil.id });
    expect(await t.dataSource.getRepository(District).countBy({ cityAgs: TEST_CITY_AGS, code: '901' })).toBe(0);
  });

  it('should give a building filed while the outlines are replaced the district of the new ones', async () => {
    const file = JSON.stringify(
      collection([{ properties: { code: '500', name: 'Gesamtbezirk', level: 'bezirk' }, geometry: box(null, 6.7, 51.4, 6.76, 51.42) }]),
    );
    const [imported, created] = await Promise.all([
      upload(users.admin, 'attribution=Stadt%20Duisburg', file),
      t.app.inject({ method: 'POST', url: '/api/v1/properties', headers: users.lead.headers, payload: propertyInput({ lat: 51.41, lon: 6.75 }) }),
    ]);
    expect(imported.statusCode).toBe(200);
    expect(created.statusCode).toBe(201);
    const building = await t.dataSource.getRepository(Property).findOneByOrFail({ id: created.json<{ id: string }>().id });
    expect(building.districtId).toBe(await idOf('500'));
    expect(await t.dataSource.getRepository(District).countBy({ cityAgs: TEST_CITY_AGS, level: 'bezirk' })).toBe(1);
  });

  describe('refused files', () => {
    const refused = async (query: string, body: Buffer | string, type?: string) => {
      const before = await districtRows();
      const res = await upload(users.admin, query, body, type);
      expect(await districtRows()).toEqual(before);
      return res;
    };

    it('should name the feature whose outline crosses itself', async () => {
      const bowtie: Polygon = {
        type: 'Polygon',
        coordinates: [
          [
            [6.7, 51.4],
            [6.72, 51.42],
            [6.72, 51.4],
            [6.7, 51.42],
            [6.7, 51.4],
          ],
        ],
      };
      const file = JSON.stringify(collection([{ properties: { code: '600', name: 'Schleife', level: 'bezirk' }, geometry: bowtie }]));
      const res = await refused('attribution=X', file);
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>()).toMatchObject({
        code: 'invalid_district_feature',
        errors: [{ field: 'features[0].geometry', code: 'selfIntersection', params: [51.41, 6.71] }],
      });
    });

    it('should say the coordinate system is wrong when the outlines fall outside Germany', async () => {
      const projected = JSON.stringify(
        collection([{ properties: { code: '600', name: 'Ohne Angabe', level: 'bezirk' }, geometry: box(UTM32, 6.7, 51.4, 6.72, 51.42) }]),
      );
      const res = await refused('attribution=X', projected);
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'features[0].geometry', code: 'outsideGermany', params: ['4326'] })]);

      const conflicting = await refused('attribution=X&crs=31467', bezirke25832);
      expect(conflicting.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'crs', code: 'crsConflict' })]);
    });

    it('should refuse a Shapefile without .prj until its coordinate system is named', async () => {
      const written = await zip(collection([{ properties: { code: '600', name: 'Ohne prj' }, geometry: box(UTM32, 6.7, 51.4, 6.72, 51.42) }]), {
        outputType: 'nodebuffer',
        compression: 'DEFLATE',
      });
      const withoutPrj = Object.fromEntries(Object.entries(unzipSync(written)).filter(([name]) => !name.endsWith('.prj')));
      const shapefile = Buffer.from(zipSync(withoutPrj));
      const res = await refused('attribution=X&level=bezirk', shapefile, 'application/zip');
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'crs', code: 'crsRequired' })]);
      expect((await refused('attribution=X&level=bezirk&crs=25832&dryRun=true', shapefile, 'application/zip')).json<DistrictImportReportDto>()).toMatchObject({
        crs: '25832',
        districts: [{ code: '600', name: 'Ohne prj', change: 'new' }],
      });
    });

    it('should refuse a Shapefile whose record lengths or record count do not fit the file, without reading on past its end', async () => {
      const shp = new Uint8Array(120);
      new DataView(shp.buffer).setInt32(104, -4);
      const looping = Buffer.from(zipSync({ 'kaputt.shp': shp }));
      expect((await refused('attribution=X&level=bezirk&crs=25832', looping, 'application/zip')).json<ProblemBody>().errors).toEqual([
        expect.objectContaining({ field: 'file', code: 'invalidFile' }),
      ]);
      const dbf = new Uint8Array(64);
      const header = new DataView(dbf.buffer);
      header.setUint32(4, 1_000_000_000, true);
      header.setUint16(8, 33, true);
      header.setUint16(10, 1, true);
      const endless = Buffer.from(zipSync({ 'kaputt.shp': new Uint8Array(100), 'kaputt.dbf': dbf }));
      expect((await refused('attribution=X&level=bezirk&crs=25832', endless, 'application/zip')).json<ProblemBody>().errors).toEqual([
        expect.objectContaining({ field: 'file', code: 'invalidFile' }),
      ]);
    });

    it('should refuse a zip that holds no Shapefile', async () => {
      const res = await refused('attribution=X&level=bezirk', Buffer.from(zipSync({ 'liesmich.txt': new TextEncoder().encode('leer') })), 'application/zip');
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'file', code: 'invalidFile' })]);
    });

    it('should refuse a code twice, broken files and missing attribution with the field named', async () => {
      const twice = JSON.stringify(
        collection([
          { properties: { code: '600', name: 'Eins', level: 'bezirk' }, geometry: box(null, 6.7, 51.4, 6.71, 51.41) },
          { properties: { code: '600', name: 'Zwei', level: 'bezirk' }, geometry: box(null, 6.71, 51.4, 6.72, 51.41) },
        ]),
      );
      expect((await refused('attribution=X', twice)).json<ProblemBody>().errors).toEqual([
        expect.objectContaining({ field: 'features[1].properties.code', code: 'duplicateCode' }),
      ]);
      expect((await refused('attribution=X', '{"type":')).json<ProblemBody>().errors).toEqual([
        expect.objectContaining({ field: 'file', code: 'invalidFile' }),
      ]);
      expect((await refused('attribution=X', Buffer.from('PK not a zip'), 'application/zip')).json<ProblemBody>().errors).toEqual([
        expect.objectContaining({ field: 'file', code: 'invalidFile' }),
      ]);
      const noAttribution = await refused('', bezirke25832);
      expect(noAttribution.statusCode).toBe(400);
      expect(noAttribution.json<ProblemBody>().errors?.map((e) => e.field)).toContain('attribution');
    });

    it('should take files only as GeoJSON or zip, only on the import route, and only from an administrator', async () => {
      expect((await refused('attribution=X', bezirke25832, 'application/json')).statusCode).toBe(415);
      const elsewhere = await t.app.inject({
        method: 'POST',
        url: '/api/v1/properties',
        headers: { ...users.lead.headers, 'content-type': 'application/geo+json' },
        payload: bezirke25832,
      });
      expect(elsewhere.statusCode).toBe(415);
      expect(elsewhere.json<ProblemBody>().code).toBe('unsupported_media_type');
      expect((await upload(users.lead, 'attribution=X', bezirke25832)).statusCode).toBe(403);
      // A fingerprint of the JSON body cannot tell files apart, and the import is idempotent itself.
      const keyed = await t.app.inject({
        method: 'POST',
        url: '/api/v1/districts/import?attribution=X',
        headers: { ...users.admin.headers, 'content-type': 'application/geo+json', 'idempotency-key': 'einmal' },
        payload: bezirke25832,
      });
      expect(keyed.json<ProblemBody>().code).toBe('idempotency_not_supported');
      const cityAdmin = await createUser(t, 'admin', 'verwaltung', undefined, TEST_CITY_AGS);
      expect((await upload(cityAdmin, 'attribution=X&city=05113000', bezirke25832)).json<ProblemBody>().errors).toEqual([
        expect.objectContaining({ field: 'city', code: 'cityOutOfScope' }),
      ]);
    });
  });
});

import { randomUUID } from 'node:crypto';
import { District, type DistrictLevel } from '../../src/districts/district.entity.js';
import { TEST_CITY_AGS, type TestApp } from '../helpers/test-app.js';

export interface DistrictSpec {
  name?: string;
  code?: string;
  level?: DistrictLevel;
  city?: string;
  cityAgs?: string;
  /** [west, south, east, north]; the outline is this rectangle. */
  box?: [number, number, number, number];
  attribution?: string | null;
}

export async function makeDistrict(t: TestApp, spec: DistrictSpec = {}): Promise<District> {
  const [w, s, e, n] = spec.box ?? [6.7, 51.4, 6.8, 51.5];
  const district: District = {
    id: randomUUID(),
    city: spec.city ?? 'Duisburg',
    cityAgs: spec.cityAgs ?? TEST_CITY_AGS,
    code: spec.code ?? randomUUID().slice(0, 6),
    name: spec.name ?? 'Mitte',
    level: spec.level ?? 'bezirk',
    parentCode: null,
    geometry: rectangle(w, s, e, n),
    minLon: w,
    minLat: s,
    maxLon: e,
    maxLat: n,
    attribution: spec.attribution === undefined ? '© OpenStreetMap contributors (ODbL)' : spec.attribution,
  };
  await t.dataSource.getRepository(District).insert(district);
  return district;
}

/** A rectangle as a GeoJSON polygon, west, south, east, north. */
export function rectangle(w: number, s: number, e: number, n: number): District['geometry'] {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}

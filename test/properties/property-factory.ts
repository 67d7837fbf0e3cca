import { rectangle } from '../factories/district.factory.js';
import { TEST_CITY_AGS, type TestApp } from '../helpers/test-app.js';
import type { TestUser } from '../helpers/users.js';
import type { PropertyDetailDto } from '../../src/properties/properties.dto.js';
import { WriteQueue } from '../../src/database/write-queue.js';
import { DistrictsService } from '../../src/districts/districts.service.js';
import { Property } from '../../src/properties/property.entity.js';

export const TEST_CITY = 'Duisburg';

let counter = 0;

/** A valid POST /properties body with a fresh address; override any field. */
export function propertyInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    street: 'Musterstraße',
    houseNumber: String(counter),
    postcode: '47166',
    city: TEST_CITY,
    lat: 51.41,
    lon: 6.705,
    origin: 'complaint',
    ...overrides,
  };
}

/** A PATCH as a client sends it right after reading the property: If-Match names its current version. */
export async function patchProperty(t: TestApp, user: TestUser, id: string, payload: object) {
  const current = await t.dataSource.getRepository(Property).findOneBy({ id });
  const ifMatch = `"${current?.version ?? 1}"`;
  return t.app.inject({ method: 'PATCH', url: `/api/v1/properties/${id}`, headers: { ...user.headers, 'if-match': ifMatch }, payload });
}

export async function createProperty(t: TestApp, user: TestUser, overrides: Record<string, unknown> = {}) {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/properties', headers: user.headers, payload: propertyInput(overrides) });
  if (res.statusCode !== 201) throw new Error(`creating a property failed: ${res.body}`);
  return res.json<PropertyDetailDto>();
}

/**
 * Bezirk 900 covers lon 6.70–6.72, lat 51.40–51.42; its Ortsteil 901 the western half (lon 6.70–6.71).
 * Bezirk 800 lies next to it (lon 6.72–6.74) without Ortsteile.
 */
export async function importTestDistricts(t: TestApp, attribution = 'Testdaten, frei erfunden') {
  const features = [
    { type: 'Feature', properties: { code: '900', name: 'Testbezirk', level: 'bezirk' }, geometry: rectangle(6.7, 51.4, 6.72, 51.42) },
    { type: 'Feature', properties: { code: '901', name: 'Testort West', level: 'ortsteil', parent: '900' }, geometry: rectangle(6.7, 51.4, 6.71, 51.42) },
    { type: 'Feature', properties: { code: '800', name: 'Nachbarbezirk', level: 'bezirk' }, geometry: rectangle(6.72, 51.4, 6.74, 51.42) },
  ];
  const districts = t.app.get(DistrictsService);
  return t.app.get(WriteQueue).run((manager) => districts.importFeatures(manager, { ags: TEST_CITY_AGS, name: TEST_CITY }, features, attribution));
}

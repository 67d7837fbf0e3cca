import { randomInt, randomUUID } from 'node:crypto';
import { today } from '../../src/common/dates.js';
import { Property } from '../../src/properties/property.entity.js';
import { Unit } from '../../src/properties/unit.entity.js';
import type { TestApp } from './test-app.js';

/** Inserts a suspected property at a random Duisburg address, without going through the properties API. */
export async function createProperty(t: TestApp, overrides: Partial<Property> = {}): Promise<Property> {
  const street = `Teststraße ${randomUUID().slice(0, 8)}`;
  const houseNumber = String(randomInt(1, 300));
  const property = Object.assign(new Property(), {
    id: randomUUID(),
    street,
    houseNumber,
    houseNumberSuffix: null,
    postcode: '47166',
    city: 'Duisburg',
    addressKey: `${street.toLowerCase()}|${houseNumber}|`,
    lat: 51.49 + randomInt(0, 1000) / 100_000,
    lon: 6.76 + randomInt(0, 1000) / 100_000,
    districtId: null,
    subdistrictId: null,
    status: 'suspected' as const,
    statusSince: today(),
    origin: 'complaint' as const,
    note: null,
    createdBy: null,
    ...overrides,
  });
  await t.dataSource.getRepository(Property).insert(property);
  return t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id });
}

export async function createUnit(t: TestApp, propertyId: string, overrides: Partial<Unit> = {}): Promise<Unit> {
  const unit = Object.assign(new Unit(), {
    id: randomUUID(),
    propertyId,
    label: `Wohnung ${randomUUID().slice(0, 4)}`,
    livingSpaceM2: null,
    singleRoomSharedFacilities: false,
    ...overrides,
  });
  await t.dataSource.getRepository(Unit).insert(unit);
  return unit;
}

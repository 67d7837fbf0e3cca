import { randomUUID } from 'node:crypto';
import { Unit } from '../../src/properties/unit.entity.js';
import type { TestApp } from '../helpers/test-app.js';

export async function makeUnit(t: TestApp, propertyId: string, overrides: Partial<Unit> = {}): Promise<Unit> {
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

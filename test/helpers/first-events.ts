import type { EntityManager } from 'typeorm';
import { firstEvents, loadPropertyHistory } from '../../src/properties/property-history.js';
import { Property } from '../../src/properties/property.entity.js';

/** Stores a property's first visit and first decision from its rows, as refreshPropertyStatus does after a write. */
export async function storeFirstEvents(manager: EntityManager, propertyId: string): Promise<void> {
  const property = await manager.getRepository(Property).findOneByOrFail({ id: propertyId });
  await manager.getRepository(Property).update({ id: propertyId }, firstEvents(await loadPropertyHistory(manager, property)));
}

import type { EntityManager } from 'typeorm';
import { loadPropertyHistory } from '../../src/properties/property-history.js';
import { projectHistory } from '../../src/properties/property-status.js';
import { Property } from '../../src/properties/property.entity.js';

/** Stores a property's first visit and first decision from its rows, keeping the status a map fixture gave it. */
export async function storeFirstEvents(manager: EntityManager, propertyId: string): Promise<void> {
  const property = await manager.getRepository(Property).findOneByOrFail({ id: propertyId });
  const { firstVisitOn, firstDecisionOn } = projectHistory(await loadPropertyHistory(manager, property));
  await manager.getRepository(Property).update({ id: propertyId }, { firstVisitOn, firstDecisionOn });
}

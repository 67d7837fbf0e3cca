import type { EntityManager } from 'typeorm';
import { lockProperty } from '../properties/property-history.js';
import { Operation } from './operation.entity.js';

/** An operation with its building locked (see lockProperty), read again after the lock: as the write before left it. */
export async function lockOperation(manager: EntityManager, id: string): Promise<Operation | null> {
  const found = await manager.getRepository(Operation).findOneBy({ id });
  if (!found) return null;
  await lockProperty(manager, found.propertyId);
  return manager.getRepository(Operation).findOneBy({ id });
}

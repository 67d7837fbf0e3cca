import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { assertCurrentVersion } from '../common/conditional-write.js';

/**
 * Writes `values` only if the row is still at the version read (compare and set), counting the version up; a write
 * that came in between answers 412 with the version it left, so no change is lost or silently reverted.
 */
export async function updateAtVersion<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  row: T,
  values: QueryDeepPartialEntity<T>,
): Promise<number> {
  const repository = manager.getRepository(entity);
  const next = row.version + 1;
  const result = await repository.update({ id: row.id, version: row.version } as FindOptionsWhere<T>, { ...values, version: next });
  if (result.affected === 0) {
    const current = await repository.findOneByOrFail({ id: row.id } as FindOptionsWhere<T>);
    assertCurrentVersion(current.version, [row.version]);
  }
  return next;
}

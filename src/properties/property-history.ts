import { In, IsNull, type EntityManager } from 'typeorm';
import { Decision } from '../decisions/decision.entity.js';
import { Finding } from '../operations/finding.entity.js';
import { Measure } from '../operations/measure.entity.js';
import { Operation } from '../operations/operation.entity.js';
import { Property } from './property.entity.js';
import { derivePropertyStatus, earliestDay, type DerivedStatus, type PropertyHistory } from './property-status.js';

/** The facts the status rule needs: submitted operations with the findings still in force, and decisions in order. */
export async function loadPropertyHistory(manager: EntityManager, property: Pick<Property, 'id' | 'createdAt'>): Promise<PropertyHistory> {
  const operations = await manager.getRepository(Operation).find({
    where: { propertyId: property.id, state: 'submitted' },
    order: { date: 'ASC', createdAt: 'ASC' },
  });
  const findings = operations.length
    ? await manager.getRepository(Finding).find({
        where: { operationId: In(operations.map((o) => o.id)), withdrawnByAmendmentId: IsNull() },
        select: { operationId: true, severity: true },
      })
    : [];
  const decisions = await manager.getRepository(Decision).find({
    where: { propertyId: property.id },
    order: { effectiveDate: 'ASC', createdAt: 'ASC' },
    select: { type: true, effectiveDate: true },
  });
  return {
    createdOn: property.createdAt.toISOString().slice(0, 10),
    operations: operations.map((o) => ({
      kind: o.kind,
      date: o.date,
      severities: findings.filter((f) => f.operationId === o.id).map((f) => f.severity),
    })),
    decisions: decisions.map((d) => ({ type: d.type, effectiveDate: d.effectiveDate })),
  };
}

/** The first submitted visit and the first decision, stored on the property for the summary's building counts. */
export function firstEvents(history: PropertyHistory): Pick<Property, 'firstVisitOn' | 'firstDecisionOn'> {
  return { firstVisitOn: earliestDay(history.operations.map((o) => o.date)), firstDecisionOn: earliestDay(history.decisions.map((d) => d.effectiveDate)) };
}

/**
 * Reads a property for a write on it or its operations, measures or decisions. On PostgreSQL the row stays locked
 * until commit, so such writes on one building take turns and each reads what the one before committed; taken
 * before any other row of the building is touched, so two of them cannot deadlock. SQLite writes are serialised by
 * the WriteQueue already.
 */
export function lockProperty(manager: EntityManager, id: string): Promise<Property | null> {
  const postgres = manager.connection.options.type === 'postgres';
  return manager.getRepository(Property).findOne({ where: { id }, ...(postgres ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
}

/** Re-derives the stored status and first events after a submit, amendment or decision, inside the same transaction. */
export async function refreshPropertyStatus(manager: EntityManager, propertyId: string): Promise<DerivedStatus> {
  const property = await lockProperty(manager, propertyId);
  if (!property) throw new Error(`property ${propertyId} vanished within its transaction`);
  const history = await loadPropertyHistory(manager, property);
  const derived = derivePropertyStatus(history);
  const values = { status: derived.status, statusSince: derived.since, ...firstEvents(history) };
  if ((Object.keys(values) as Array<keyof typeof values>).some((k) => property[k] !== values[k])) {
    await manager.getRepository(Property).update({ id: propertyId }, values);
  }
  return derived;
}

/** Operations, measures and decisions keep a copy of their property's Stadtbezirk; it moves with the property. */
export async function moveDistrictCopies(manager: EntityManager, propertyId: string, districtId: string | null): Promise<void> {
  await manager.getRepository(Decision).update({ propertyId }, { districtId });
  for (const entity of [Operation, Measure]) {
    // The copy is not a change of the record, so its updated_at stays.
    await manager
      .createQueryBuilder()
      .update(entity)
      .set({ districtId, updatedAt: () => manager.connection.driver.escape('updated_at') })
      .where({ propertyId })
      .execute();
  }
}

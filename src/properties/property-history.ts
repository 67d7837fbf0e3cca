import { In, IsNull, type EntityManager } from 'typeorm';
import { Decision } from '../decisions/decision.entity.js';
import { Finding } from '../operations/finding.entity.js';
import { Operation } from '../operations/operation.entity.js';
import { Property } from './property.entity.js';
import { derivePropertyStatus, type DerivedStatus, type PropertyHistory } from './property-status.js';

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

/** Re-derives the stored status after a submit, amendment or decision, inside the same transaction. */
export async function refreshPropertyStatus(manager: EntityManager, propertyId: string): Promise<DerivedStatus> {
  const property = await manager.getRepository(Property).findOneByOrFail({ id: propertyId });
  const derived = derivePropertyStatus(await loadPropertyHistory(manager, property));
  if (property.status !== derived.status || property.statusSince !== derived.since) {
    await manager.getRepository(Property).update({ id: propertyId }, { status: derived.status, statusSince: derived.since });
  }
  return derived;
}

/**
 * The building-file core: every write on a building locks it here first (lockProperty); writes that can change its
 * status end by calling the projector's write part (projectBuildingFile), which derives status, status day, first
 * visit and decision and the status periods from the history with the pure rule in property-status.ts; a move carries
 * the district copies along (moveDistrictCopies), which new rows take from buildingCopies and operationCopies. Around them, in the same transaction: the service's audit entry
 * (AuditService.append) and, at commit, the map and summary version bump (DataVersions in
 * src/database/data-versions.ts, a subscriber on the written entities).
 */
import { In, type EntityManager } from 'typeorm';
import { Decision } from '../decisions/decision.entity.js';
import { Finding } from '../operations/finding.entity.js';
import { Measure } from '../operations/measure.entity.js';
import { Operation } from '../operations/operation.entity.js';
import { Property } from './property.entity.js';
import { insertInChunks } from '../database/bulk-insert.js';
import { PropertyStatusPeriod } from './property-status-period.entity.js';
import {
  projectHistory,
  type BuildingFileProjection,
  type DecisionFact,
  type DerivedStatus,
  type OperationFact,
  type PropertyHistory,
  type StatusPeriod,
} from './property-status.js';
import { ALLOWED_DECISIONS } from './status-catalogue.js';

/** The facts the status rule needs: submitted operations with the findings still in force, and decisions in order. */
export async function loadPropertyHistory(manager: EntityManager, property: Pick<Property, 'id' | 'createdAt'>): Promise<PropertyHistory> {
  return (await loadPropertyHistories(manager, [property])).get(property.id)!;
}

/** The histories of many properties in three queries, for batches (the start-up projection, imports). */
export async function loadPropertyHistories(
  manager: EntityManager,
  properties: ReadonlyArray<Pick<Property, 'id' | 'createdAt'>>,
): Promise<Map<string, PropertyHistory>> {
  const histories = new Map<string, PropertyHistory & { operations: OperationFact[]; decisions: DecisionFact[] }>(
    properties.map((p) => [p.id, { createdOn: p.createdAt.toISOString().slice(0, 10), operations: [], decisions: [] }]),
  );
  if (properties.length === 0) return histories;
  const ids = properties.map((p) => p.id);
  const operations = await manager.getRepository(Operation).find({
    where: { propertyId: In(ids), state: 'submitted' },
    order: { date: 'ASC', submittedAt: 'ASC', id: 'ASC' },
    select: { id: true, propertyId: true, kind: true, date: true },
  });
  const severities = new Map<string, Array<Finding['severity']>>(operations.map((o) => [o.id, []]));
  const findings = await manager
    .createQueryBuilder(Finding, 'f')
    .innerJoin(Operation, 'o', 'o.id = f.operationId')
    .select(['f.operationId', 'f.severity'])
    .where('f.withdrawnByAmendmentId IS NULL')
    .andWhere('o.propertyId IN (:...ids)', { ids })
    .andWhere("o.state = 'submitted'")
    .getMany();
  for (const f of findings) severities.get(f.operationId)?.push(f.severity);
  for (const o of operations) histories.get(o.propertyId)!.operations.push({ kind: o.kind, date: o.date, severities: severities.get(o.id)! });
  const decisions = await manager.getRepository(Decision).find({
    where: { propertyId: In(ids) },
    order: { effectiveDate: 'ASC', createdAt: 'ASC', id: 'ASC' },
    select: { propertyId: true, type: true, effectiveDate: true },
  });
  for (const d of decisions) histories.get(d.propertyId)!.decisions.push({ type: d.type, effectiveDate: d.effectiveDate });
  return histories;
}

/** The stored rows of a building's status periods, each with its building's copies. */
export function statusPeriodRows(property: Pick<Property, 'id'> & BuildingCopies, periods: readonly StatusPeriod[]): PropertyStatusPeriod[] {
  return periods.map((p) => ({ propertyId: property.id, validFrom: p.from, validUntil: p.until, status: p.status, ...buildingCopies(property) }));
}

/** What status periods, operations, measures and decisions copy from their building so the summary filters without a join. */
export type BuildingCopies = Pick<Property, 'districtId' | 'cityAgs'>;

/** The copies a new row takes from its building (read under lockProperty); moveDistrictCopies carries them along. */
export function buildingCopies(building: BuildingCopies): BuildingCopies {
  return { districtId: building.districtId, cityAgs: building.cityAgs };
}

/** An operation's copies: its building's, and the number of agencies stored with it as operation_agencies rows. */
export function operationCopies(building: BuildingCopies, agencyCodes: readonly string[]): BuildingCopies & Pick<Operation, 'agencyCount'> {
  return { ...buildingCopies(building), agencyCount: agencyCodes.length };
}

/**
 * Reads a property for a write on it or its operations, measures or decisions. On PostgreSQL the row stays locked
 * until commit, so such writes on one building take turns and each reads what the one before committed; taken
 * before any other row of the building is touched, so two of them cannot deadlock. SQLite writes are serialised by
 * the WriteQueue already.
 */
export function lockProperty(manager: EntityManager, id: string): Promise<Property | null> {
  return manager.getRepository(Property).findOne({ where: { id }, ...writeLock(manager) });
}

/** The row lock lockProperty takes: PostgreSQL only, as the WriteQueue serialises SQLite writes. */
function writeLock(manager: EntityManager) {
  return manager.connection.options.type === 'postgres' ? { lock: { mode: 'pessimistic_write' as const } } : {};
}

/** What a building file recorded at `createdAt` holds before anything happened to it. */
export function newBuildingFile(createdAt: Date): Pick<Property, 'createdAt' | 'status' | 'statusSince' | 'firstVisitOn' | 'firstDecisionOn'> {
  const { status, statusSince, firstVisitOn, firstDecisionOn } = projectHistory({
    createdOn: createdAt.toISOString().slice(0, 10),
    operations: [],
    decisions: [],
  });
  return { createdAt, status, statusSince, firstVisitOn, firstDecisionOn };
}

/**
 * The building-file projector's write part, called once by every write that can change the derived values (after a
 * submit, amendment or decision, and when a property is recorded): locks the building, replays its history through
 * `projectHistory` and stores status, first visit, first decision and status periods where they changed.
 */
export async function projectBuildingFile(manager: EntityManager, propertyId: string): Promise<DerivedStatus> {
  const property = await lockProperty(manager, propertyId);
  if (!property) throw new Error(`property ${propertyId} vanished within its transaction`);
  return projectKnownHistory(manager, property, await loadPropertyHistory(manager, property));
}

/** The same for a writer that holds the lock and the whole history already, with its own write in it: saves reading both again. */
export async function projectKnownHistory(manager: EntityManager, property: Property, history: PropertyHistory): Promise<DerivedStatus> {
  const projection = projectHistory(history);
  await storeProjections(manager, [property], new Map([[property.id, projection]]));
  return { status: projection.status, since: projection.statusSince, allowedDecisions: ALLOWED_DECISIONS[projection.status] };
}

/**
 * Projects one batch of the properties that have no status periods yet (after the migration that added them, or
 * rows written outside the application), with their buildings locked; answers how many it projected.
 */
export async function projectUnprojectedBuildingFiles(manager: EntityManager, batch: number): Promise<number> {
  const ids = await manager
    .createQueryBuilder(Property, 'p')
    .select('p.id', 'id')
    .where((qb) => `NOT EXISTS ${qb.subQuery().select('1').from(PropertyStatusPeriod, 's').where('s.propertyId = p.id').getQuery()}`)
    .orderBy('p.id')
    .limit(batch)
    .getRawMany<{ id: string }>();
  if (ids.length === 0) return 0;
  const properties = await manager.getRepository(Property).find({
    where: { id: In(ids.map((r) => r.id)) },
    order: { id: 'ASC' },
    ...writeLock(manager),
  });
  const histories = await loadPropertyHistories(manager, properties);
  await storeProjections(manager, properties, new Map(properties.map((p) => [p.id, projectHistory(histories.get(p.id)!)])));
  return properties.length;
}

/** Writes what changed: the derived columns of each property, and its periods replaced as a whole. */
async function storeProjections(
  manager: EntityManager,
  properties: readonly Property[],
  projections: ReadonlyMap<string, BuildingFileProjection>,
): Promise<void> {
  const stored = await manager.getRepository(PropertyStatusPeriod).find({
    where: { propertyId: In(properties.map((p) => p.id)) },
    order: { propertyId: 'ASC', validFrom: 'ASC' },
  });
  const storedRows = new Map<string, PropertyStatusPeriod[]>();
  for (const row of stored) storedRows.set(row.propertyId, [...(storedRows.get(row.propertyId) ?? []), row]);
  const replaced: string[] = [];
  const inserts: PropertyStatusPeriod[] = [];
  for (const property of properties) {
    const { periods, ...values } = projections.get(property.id)!;
    if ((Object.keys(values) as Array<keyof typeof values>).some((k) => property[k] !== values[k])) {
      await manager.getRepository(Property).update({ id: property.id }, values);
    }
    const rows = statusPeriodRows(property, periods);
    const before = storedRows.get(property.id) ?? [];
    if (before.length === rows.length && rows.every((r, i) => samePeriod(before[i], r))) continue;
    if (before.length > 0) replaced.push(property.id);
    inserts.push(...rows);
  }
  if (replaced.length > 0) await manager.getRepository(PropertyStatusPeriod).delete({ propertyId: In(replaced) });
  await insertInChunks(manager, PropertyStatusPeriod, inserts);
}

// Ids per statement: far below SQLite's and PostgreSQL's parameter limits.
const COPY_CHUNK = 500;

function samePeriod(a: PropertyStatusPeriod, b: PropertyStatusPeriod): boolean {
  return a.validFrom === b.validFrom && a.validUntil === b.validUntil && a.status === b.status && a.districtId === b.districtId;
}

/** Operations, measures and decisions keep a copy of their property's Stadtbezirk; it moves with the property. */
export async function moveDistrictCopies(manager: EntityManager, propertyId: string, districtId: string | null): Promise<void> {
  await moveDistrictCopiesOf(manager, [propertyId], districtId);
}

/** moveDistrictCopies for many properties that move into one Stadtbezirk (a districts import). */
export async function moveDistrictCopiesOf(manager: EntityManager, propertyIds: readonly string[], districtId: string | null): Promise<void> {
  for (let i = 0; i < propertyIds.length; i += COPY_CHUNK) {
    const propertyId = In(propertyIds.slice(i, i + COPY_CHUNK));
    await manager.getRepository(Decision).update({ propertyId }, { districtId });
    await manager.getRepository(PropertyStatusPeriod).update({ propertyId }, { districtId });
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
}

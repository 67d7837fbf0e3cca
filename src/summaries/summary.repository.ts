import { Injectable } from '@nestjs/common';
import { type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Agency } from '../agencies/agency.entity.js';
import { Decision } from '../decisions/decision.entity.js';
import { District } from '../districts/district.entity.js';
import { Measure } from '../operations/measure.entity.js';
import { OccupancyCount } from '../operations/occupancy-count.entity.js';
import { OPERATION_KINDS, type OperationKind } from '../operations/catalogues.js';
import { Operation } from '../operations/operation.entity.js';
import { PropertyStatusPeriod } from '../properties/property-status-period.entity.js';
import { Property } from '../properties/property.entity.js';
import { PROPERTY_STATUSES, type PropertyStatus } from '../properties/status-catalogue.js';
import type { BuildingCountRow, CellKeyRow, PeriodAggregates, Period, SummaryInput } from './summary-input.js';
import { addDays } from './statistics.js';
import { MEASURE_PERSON_FIGURES } from './summary-definitions.js';
import { KEY_RANGE, recordKey } from './cell-key.js';
import { META_CELL_KEY_SECRET, MetaService } from '../database/meta.service.js';

type Raw = Record<string, unknown>;

const num = (v: unknown): number => Number(v ?? 0);
const districtOf = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

/** A DATE column: node-postgres answers a local-midnight Date, SQLite the text itself. */
function day(v: unknown): string {
  if (v instanceof Date) return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  return String(v).slice(0, 10);
}

/** The summary's questions to the database, one method each, asked inside one snapshot (the manager given). */
@Injectable()
export class SummaryRepository {
  constructor(private readonly meta: MetaService) {}

  /**
   * Everything the figures of a period and the one before it are computed from, in portable SQL (QueryBuilder, GROUP BY
   * district). Building-level events carry ids, types and dates only: never addresses, parties or free text.
   */
  async input(manager: EntityManager, cityAgs: string, current: Period, previous: Period): Promise<SummaryInput> {
    const to = current.to > previous.to ? current.to : previous.to;
    const districts = await loadDistricts(manager, cityAgs);
    const [currentBuildings, previousBuildings] = await loadBuildingCounts(manager, cityAgs, [current, previous]);
    const decisions = await manager
      .createQueryBuilder(Decision, 'd')
      .where('d.cityAgs = :cityAgs', { cityAgs })
      .select('d.propertyId', 'propertyId')
      .addSelect('d.districtId', 'districtId')
      .addSelect('d.type', 'type')
      .addSelect('d.effectiveDate', 'effectiveDate')
      .andWhere('d.effectiveDate <= :to', { to })
      .orderBy('d.propertyId')
      .addOrderBy('d.effectiveDate')
      .addOrderBy('d.createdAt')
      .addOrderBy('d.id')
      .getRawMany<Raw>();
    const [currentAggregates, previousAggregates] = await loadPeriods(manager, cityAgs, [current, previous]);
    const secret = await this.meta.get(META_CELL_KEY_SECRET, manager);
    if (!secret) throw new Error('The cell key secret is missing: the migrations have not been applied.');
    const [currentKeys, previousKeys] = await loadCellKeys(manager, cityAgs, [current, previous], secret);
    const agencies = await manager.getRepository(Agency).find({ select: { code: true, name: true, taskforce: true, active: true } });
    const usedAgencies = new Set([...currentAggregates.measures, ...previousAggregates.measures].map((m) => m.agencyCode));
    return {
      districts,
      agencies: agencies
        .filter((a) => (a.taskforce && a.active) || usedAgencies.has(a.code))
        .sort((a, b) => a.name.localeCompare(b.name, 'de'))
        .map((a) => ({ code: a.code, name: a.name })),
      decisions: decisions.map((r) => ({
        propertyId: String(r.propertyId),
        districtId: districtOf(r.districtId),
        type: r.type as SummaryInput['decisions'][number]['type'],
        effectiveDate: day(r.effectiveDate),
      })),
      current: { ...currentAggregates, buildings: currentBuildings, cellKeys: currentKeys },
      previous: { ...previousAggregates, buildings: previousBuildings, cellKeys: previousKeys },
    };
  }

  /** A district of the city; another city's is answered like a missing one. */
  district(manager: EntityManager, cityAgs: string, id: string): Promise<District | null> {
    return manager.getRepository(District).findOneBy({ id, cityAgs });
  }

  /** The city's Stadtbezirke with their outlines, for the report's map. */
  bezirkOutlines(manager: EntityManager, cityAgs: string) {
    return manager
      .getRepository(District)
      .find({ where: { level: 'bezirk', cityAgs }, select: { id: true, name: true, geometry: true, attribution: true, code: true, city: true } });
  }
}

/**
 * Buildings per district on each period's last day: their status that day from the status periods (a period covers
 * a day from its first day up to, not including, the day the next began), and those visited by then.
 */
async function loadBuildingCounts(
  manager: EntityManager,
  cityAgs: string,
  periods: readonly [Period, Period],
): Promise<[BuildingCountRow[], BuildingCountRow[]]> {
  const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  const statusQuery = manager
    .createQueryBuilder(PropertyStatusPeriod, 's')
    .select('s.districtId', 'districtId')
    .addSelect('s.status', 'status')
    .where('s.cityAgs = :cityAgs', { cityAgs })
    .andWhere('s.validFrom <= :lastTo', { lastTo: periods[0].to > periods[1].to ? periods[0].to : periods[1].to })
    .groupBy('s.districtId')
    .addGroupBy('s.status');
  const visitQuery = manager
    .createQueryBuilder(Property, 'p')
    .select('p.districtId', 'districtId')
    .where('p.cityAgs = :cityAgs', { cityAgs })
    .groupBy('p.districtId');
  periods.forEach((period, i) => {
    statusQuery.setParameter(`to${i}`, period.to).addSelect(count(`s.validFrom <= :to${i} AND (s.validUntil IS NULL OR s.validUntil > :to${i})`), `at${i}`);
    visitQuery.setParameter(`to${i}`, period.to).addSelect(count(`p.firstVisitOn <= :to${i}`), `inspectedEver${i}`);
  });
  const statusRows = await statusQuery.getRawMany<Raw>();
  const visitRows = await visitQuery.getRawMany<Raw>();
  const countsOf = (i: number): BuildingCountRow[] => {
    const rows = new Map<string | null, BuildingCountRow>();
    const row = (districtId: string | null) => {
      let found = rows.get(districtId);
      if (!found) rows.set(districtId, (found = { districtId, statuses: noStatuses(), inspectedEver: 0 }));
      return found;
    };
    for (const r of statusRows) row(districtOf(r.districtId)).statuses[r.status as PropertyStatus] += num(r[`at${i}`]);
    for (const r of visitRows) row(districtOf(r.districtId)).inspectedEver += num(r[`inspectedEver${i}`]);
    return [...rows.values()];
  };
  return [countsOf(0), countsOf(1)];
}

const noStatuses = () => Object.fromEntries(PROPERTY_STATUSES.map((s) => [s, 0])) as Record<PropertyStatus, number>;

/** Every Stadtbezirk of the city, plus any other district one of its properties points at. */
async function loadDistricts(manager: EntityManager, cityAgs: string): Promise<SummaryInput['districts']> {
  const rows = await manager
    .createQueryBuilder(District, 'd')
    .select(['d.id', 'd.city', 'd.code', 'd.name'])
    .where('d.cityAgs = :cityAgs', { cityAgs })
    .andWhere(
      (qb) => `(d.level = :level OR d.id IN ${qb.subQuery().select('p.districtId').from(Property, 'p').where('p.districtId IS NOT NULL').getQuery()})`,
      { level: 'bezirk' },
    )
    .getMany();
  return rows.map((d) => ({ id: d.id, city: d.city, code: d.code, name: d.name }));
}

function submittedOperations(manager: EntityManager, cityAgs: string): SelectQueryBuilder<Operation> {
  return manager.createQueryBuilder(Operation, 'o').where('o.cityAgs = :cityAgs', { cityAgs }).andWhere('o.state = :submitted', { submitted: 'submitted' });
}

type PeriodRows = Omit<PeriodAggregates, 'buildings' | 'cellKeys'>;

/**
 * Restricts a query to both periods, each table read once over both (the previous period ends the day before the
 * current one starts); a `period_index` column (0 current, 1 previous) tells the rows apart.
 */
function inSpan<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, [current, previous]: readonly [Period, Period]): SelectQueryBuilder<T> {
  const span = { spanFrom: previous.from, spanTo: current.to, currentFrom: current.from };
  return qb
    .andWhere(`${column} >= :spanFrom`, span)
    .andWhere(`${column} <= :spanTo`, span)
    .select(`CASE WHEN ${column} >= :currentFrom THEN 0 ELSE 1 END`, 'period_index')
    .groupBy('period_index');
}

/** The GROUP BY district aggregates of both periods; operations, measures and decisions carry their property's district. */
async function loadPeriods(manager: EntityManager, cityAgs: string, periods: readonly [Period, Period]): Promise<[PeriodRows, PeriodRows]> {
  const [current, previous] = periods;

  // One after another: the snapshot transaction has one connection, which takes one query at a time.
  // One row per district and period, the kinds side by side: the buildings visited are counted in the same pass.
  const operationsQuery = inSpan(submittedOperations(manager, cityAgs), 'o.date', periods)
    .addSelect('o.districtId', 'districtId')
    .addSelect('SUM(CASE WHEN o.interpreterPresent = :yes THEN 1 ELSE 0 END)', 'withInterpreter')
    .addSelect('SUM(o.agencyCount)', 'agencies')
    .addSelect('COUNT(DISTINCT o.propertyId)', 'buildings')
    .setParameter('yes', true)
    .addGroupBy('o.districtId');
  OPERATION_KINDS.forEach((kind, i) =>
    operationsQuery.addSelect(`SUM(CASE WHEN o.kind = :kind${i} THEN 1 ELSE 0 END)`, `kind${i}`).setParameter(`kind${i}`, kind),
  );
  const operations = await operationsQuery.getRawMany<Raw>();
  const decisionPersons = await inSpan(manager.createQueryBuilder(Decision, 'd').where('d.cityAgs = :cityAgs', { cityAgs }), 'd.effectiveDate', periods)
    .addSelect('d.districtId', 'districtId')
    .addSelect(`SUM(${AFFECTED})`, 'affected')
    .addSelect('SUM(COALESCE(d.childrenAffected, 0))', 'children')
    .addSelect('SUM(COALESCE(d.rehousedShelter, 0))', 'shelter')
    .addSelect('SUM(COALESCE(d.rehousedOwner, 0))', 'owner')
    .addSelect('SUM(COALESCE(d.rehousedSelf, 0))', 'self')
    .addGroupBy('d.districtId')
    .getRawMany<Raw>();
  const occupancy = await inSpan(countedOccupancy(manager, cityAgs), 'o.date', periods)
    .addSelect('o.districtId', 'districtId')
    .addSelect('SUM(COALESCE(c.personsRegistered, 0))', 'registered')
    .addSelect('SUM(c.personsFound)', 'found')
    .addGroupBy('o.districtId')
    .getRawMany<Raw>();
  const measures = await inSpan(countedMeasures(manager.createQueryBuilder(Measure, 'm'), cityAgs), 'm.date', periods)
    .addSelect('m.districtId', 'districtId')
    .addSelect('m.type', 'type')
    .addSelect('m.agencyCode', 'agencyCode')
    .addSelect('COUNT(*)', 'count')
    .addSelect('SUM(COALESCE(m.personsCount, 0))', 'persons')
    .addGroupBy('m.districtId')
    .addGroupBy('m.type')
    .addGroupBy('m.agencyCode')
    .getRawMany<Raw>();
  // Open on a period's `to`: recorded by then, deadline before it, and still open or closed only after it.
  const openAt = (i: number) => `m.date <= :to${i} AND m.deadline < :to${i} AND (m.state = :open OR m.stateChangedAt >= :after${i})`;
  const after = (period: Period) => new Date(`${addDays(period.to, 1)}T00:00:00Z`);
  const overdueWhere = async (condition: string) =>
    countedMeasures(manager.createQueryBuilder(Measure, 'm'), cityAgs)
      .select('m.districtId', 'districtId')
      .addSelect(`SUM(CASE WHEN ${openAt(0)} THEN 1 ELSE 0 END)`, 'count0')
      .addSelect(`SUM(CASE WHEN ${openAt(1)} THEN 1 ELSE 0 END)`, 'count1')
      .setParameters({ open: 'open', to0: current.to, after0: after(current), to1: previous.to, after1: after(previous) })
      .andWhere('m.deadline < :to0')
      .andWhere(condition)
      .groupBy('m.districtId')
      .getRawMany<Raw>();
  // Still open, and closed after the earlier period ended: two index ranges instead of every measure due before `to`.
  const overdue = [...(await overdueWhere('m.state = :open')), ...(await overdueWhere('m.state <> :open AND m.stateChangedAt >= :after1'))];
  const overdueIn = (i: number) => {
    const counts = new Map<string | null, number>();
    for (const r of overdue) counts.set(districtOf(r.districtId), (counts.get(districtOf(r.districtId)) ?? 0) + num(r[`count${i}`]));
    return [...counts].map(([districtId, count]) => ({ districtId, count })).filter((r) => r.count > 0);
  };

  const rowsOf = (i: number): PeriodRows => {
    const mine = (rows: Raw[]) => rows.filter((r) => num(r.period_index) === i);
    return {
      from: periods[i].from,
      to: periods[i].to,
      operations: mine(operations).map((r) => ({
        districtId: districtOf(r.districtId),
        kinds: Object.fromEntries(OPERATION_KINDS.map((kind, k) => [kind, num(r[`kind${k}`])])) as Record<OperationKind, number>,
        withInterpreter: num(r.withInterpreter),
        agencies: num(r.agencies),
        buildings: num(r.buildings),
      })),
      decisionPersons: mine(decisionPersons).map((r) => ({
        districtId: districtOf(r.districtId),
        affected: num(r.affected),
        children: num(r.children),
        shelter: num(r.shelter),
        owner: num(r.owner),
        self: num(r.self),
      })),
      occupancy: mine(occupancy).map((r) => ({ districtId: districtOf(r.districtId), registered: num(r.registered), found: num(r.found) })),
      measures: mine(measures).map((r) => ({
        districtId: districtOf(r.districtId),
        type: r.type as PeriodAggregates['measures'][number]['type'],
        agencyCode: String(r.agencyCode),
        count: num(r.count),
        persons: num(r.persons),
      })),
      overdue: overdueIn(i),
    };
  };
  return [rowsOf(0), rowsOf(1)];
}

// Measures counted in summaries. Only drafts are not counted; they are few, so excluding them avoids a join to every operation.
function countedMeasures(qb: SelectQueryBuilder<Measure>, cityAgs: string): SelectQueryBuilder<Measure> {
  return (
    qb
      .where('m.cityAgs = :cityAgs', { cityAgs })
      // Every reader of a summary may see what it counts, so a measure one agency keeps for itself is in no figure.
      .andWhere("m.visibility = 'taskforce'")
      // A literal, so that SQLite may use the partial index of drafts.
      .andWhere((sub) => `m.operationId NOT IN ${sub.subQuery().select('d.id').from(Operation, 'd').where("d.state = 'draft'").getQuery()}`)
      .andWhere('m.withdrawnByAmendmentId IS NULL')
  );
}

/** Occupancy counts of submitted registration checks that no amendment withdrew. */
function countedOccupancy(manager: EntityManager, cityAgs: string): SelectQueryBuilder<OccupancyCount> {
  return manager
    .createQueryBuilder(OccupancyCount, 'c')
    .innerJoin(Operation, 'o', 'o.id = c.operationId')
    .where('o.cityAgs = :cityAgs', { cityAgs })
    .andWhere('o.state = :submitted', { submitted: 'submitted' })
    .andWhere('o.kind = :kind', { kind: 'registration_check' })
    .andWhere('c.withdrawnByAmendmentId IS NULL');
}

const REHOUSED = '(COALESCE(d.rehousedShelter, 0) + COALESCE(d.rehousedOwner, 0) + COALESCE(d.rehousedSelf, 0) + COALESCE(d.rehousedUnknown, 0))';
/** People affected by one decision: as recorded, or as many as were rehoused if that is more. */
const AFFECTED = `CASE WHEN COALESCE(d.personsAffected, 0) >= ${REHOUSED} THEN COALESCE(d.personsAffected, 0) ELSE ${REHOUSED} END`;

/**
 * The cell keys of the person figures (cell key method, cell-key.ts): per period, district and figure the sum of the
 * record keys of the decisions, occupancy counts and measures that add at least one person to that figure. The same
 * rows as the figures, read row by row: a record's key comes from its id and the installation's secret.
 */
async function loadCellKeys(
  manager: EntityManager,
  cityAgs: string,
  periods: readonly [Period, Period],
  secret: string,
): Promise<[CellKeyRow[], CellKeyRow[]]> {
  const [current, previous] = periods;
  const span = { spanFrom: previous.from, spanTo: current.to };
  const sums = [new Map<string, CellKeyRow>(), new Map<string, CellKeyRow>()];
  const add = (table: string, id: unknown, districtId: unknown, date: unknown, figures: Record<string, unknown>) => {
    const index = day(date) >= current.from ? 0 : 1;
    const key = recordKey(secret, table, String(id));
    const district = districtOf(districtId);
    for (const [figure, persons] of Object.entries(figures)) {
      if (num(persons) <= 0) continue;
      const cell = `${district ?? ''}\t${figure}`;
      const row = sums[index].get(cell);
      if (row) row.keySum = (row.keySum + key) % KEY_RANGE;
      else sums[index].set(cell, { districtId: district, figure, keySum: key });
    }
  };
  const decisions = await manager
    .createQueryBuilder(Decision, 'd')
    .select('d.id', 'id')
    .addSelect('d.districtId', 'districtId')
    .addSelect('d.effectiveDate', 'date')
    .addSelect(AFFECTED, 'affected')
    .addSelect('COALESCE(d.childrenAffected, 0)', 'children')
    .addSelect('COALESCE(d.rehousedShelter, 0)', 'shelter')
    .addSelect('COALESCE(d.rehousedOwner, 0)', 'owner')
    .addSelect('COALESCE(d.rehousedSelf, 0)', 'self')
    .where('d.cityAgs = :cityAgs', { cityAgs })
    .andWhere('d.effectiveDate >= :spanFrom AND d.effectiveDate <= :spanTo', span)
    .andWhere(`(${AFFECTED} > 0 OR COALESCE(d.childrenAffected, 0) > 0)`)
    .getRawMany<Raw>();
  for (const r of decisions) {
    add('decisions', r.id, r.districtId, r.date, {
      'persons.affected': r.affected,
      'persons.children': r.children,
      'persons.shelter': r.shelter,
      'persons.owner': r.owner,
      'persons.self': r.self,
      'persons.unknown': num(r.affected) - num(r.shelter) - num(r.owner) - num(r.self),
    });
  }
  const occupancy = await countedOccupancy(manager, cityAgs)
    .select('c.id', 'id')
    .addSelect('o.districtId', 'districtId')
    .addSelect('o.date', 'date')
    .addSelect('COALESCE(c.personsRegistered, 0)', 'registered')
    .addSelect('c.personsFound', 'found')
    .andWhere('o.date >= :spanFrom AND o.date <= :spanTo', span)
    .getRawMany<Raw>();
  for (const r of occupancy)
    add('occupancy_counts', r.id, r.districtId, r.date, { 'registration.personsRegistered': r.registered, 'registration.personsFound': r.found });
  const measures = await countedMeasures(manager.createQueryBuilder(Measure, 'm'), cityAgs)
    .select('m.id', 'id')
    .addSelect('m.districtId', 'districtId')
    .addSelect('m.date', 'date')
    .addSelect('m.type', 'type')
    .addSelect('m.personsCount', 'persons')
    .andWhere('m.date >= :spanFrom AND m.date <= :spanTo', span)
    .andWhere('m.type IN (:...personTypes)', { personTypes: Object.keys(MEASURE_PERSON_FIGURES) })
    .andWhere('m.personsCount > 0')
    .getRawMany<Raw>();
  for (const r of measures) add('measures', r.id, r.districtId, r.date, { [MEASURE_PERSON_FIGURES[r.type as keyof typeof MEASURE_PERSON_FIGURES]]: r.persons });
  return [[...sums[0].values()], [...sums[1].values()]];
}

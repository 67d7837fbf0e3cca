import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { cityToday } from '../helpers/city-day.js';
import { Decision } from '../../src/decisions/decision.entity.js';
import { Amendment } from '../../src/operations/amendment.entity.js';
import { Finding } from '../../src/operations/finding.entity.js';
import { Measure } from '../../src/operations/measure.entity.js';
import { OccupancyCount } from '../../src/operations/occupancy-count.entity.js';
import { OperationAgency } from '../../src/operations/operation-agency.entity.js';
import { Operation } from '../../src/operations/operation.entity.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';
import type { TestApp } from '../helpers/test-app.js';
import type { TestUser } from '../helpers/users.js';

/** A valid POST /operations body with one finding, one occupancy count and one measure; override any field. */
export function operationBody(propertyId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    propertyId,
    kind: 'joint_inspection',
    date: cityToday(),
    trigger: 'complaint',
    triggerSource: 'Beschwerde Nachbarin',
    interpreterPresent: true,
    agencyCodes: ['ordnungsamt', 'bauaufsicht'],
    unitsEntered: 3,
    unitsNotAccessible: 1,
    notes: 'Keller feucht, Stromkabel lose.',
    findings: [{ category: 'electricity', severity: 'major', description: 'Offene Verteilerdose im Flur', visibility: 'taskforce' }],
    occupancyCounts: [{ personsFound: 6, childrenFound: 2, personsRegistered: 3, livingSpaceM2: 45, singleRoomSharedFacilities: false }],
    measures: [{ type: 'repair_order', legalBasis: '§ 9 WohnStG NRW', date: cityToday(), deadline: '2100-01-01', visibility: 'taskforce' }],
    ...overrides,
  };
}

export const finding = (overrides: Record<string, unknown> = {}) => ({
  category: 'fire_safety',
  severity: 'minor',
  description: 'Rauchmelder fehlt',
  visibility: 'taskforce',
  ...overrides,
});

/** Files and submits an operation through the API; answers the submitted OperationDto. */
export async function fileOperation(t: TestApp, user: TestUser, propertyId: string, overrides: Record<string, unknown> = {}) {
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/operations', headers: user.headers, payload: operationBody(propertyId, overrides) });
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.body}`);
  const submitted = await t.app.inject({ method: 'POST', url: `/api/v1/operations/${created.json<OperationDto>().id}/submit`, headers: user.headers });
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
  return submitted.json<OperationDto>();
}

/** The basis a lead names for a declaration: every in-force finding of the building's submitted operations the taskforce sees. */
export async function declarationBasis(t: TestApp, propertyId: string): Promise<string[]> {
  const rows = await t.dataSource
    .getRepository(Finding)
    .createQueryBuilder('f')
    .innerJoin(Operation, 'o', 'o.id = f.operationId')
    .where('o.propertyId = :propertyId', { propertyId })
    .andWhere("o.state = 'submitted'")
    .andWhere('f.withdrawnByAmendmentId IS NULL')
    .andWhere("(f.visibility = 'taskforce' OR f.releasedAt IS NOT NULL)")
    .getMany();
  return rows.map((f) => f.id);
}

/** Audit actions recorded for one entity, oldest first. */
export async function auditActions(t: TestApp, entityId: string): Promise<string[]> {
  const rows = await t.dataSource.getRepository(AuditEntry).find({ where: { entityId }, order: { seq: 'ASC' } });
  return rows.map((r) => r.action);
}

/** Row counts of every table an operation writes, to prove a refused request wrote nothing. */
export async function caseRowCounts(t: TestApp) {
  const count = (entity: EntityTarget<ObjectLiteral>) => t.dataSource.getRepository(entity).count();
  return {
    operations: await count(Operation),
    operationAgencies: await count(OperationAgency),
    findings: await count(Finding),
    occupancyCounts: await count(OccupancyCount),
    measures: await count(Measure),
    amendments: await count(Amendment),
    decisions: await count(Decision),
    auditEntries: await count(AuditEntry),
  };
}

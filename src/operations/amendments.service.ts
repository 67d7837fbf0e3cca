import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, IsNull, type FindOptionsWhere, type QueryDeepPartialEntity, type Repository } from 'typeorm';
import { assertPermission, canSee, canSeeOperation } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hasPermission } from '../auth/roles.js';
import { CitiesService } from '../cities/cities.service.js';
import { inCityScope } from '../cities/city-scope.js';
import { AuditService } from '../audit/audit.service.js';
import { today } from '../common/dates.js';
import { badRequest, conflict, forbidden, notFound, type FieldError, fieldError } from '../common/problem.js';
import { WriteQueue } from '../database/write-queue.js';
import { buildingCopies, projectBuildingFile } from '../properties/property-history.js';
import { Amendment } from './amendment.entity.js';
import { Finding } from './finding.entity.js';
import { Measure } from './measure.entity.js';
import { OccupancyCount } from './occupancy-count.entity.js';
import {
  checkMeasures,
  checkOccupancyCounts,
  checkUnits,
  checkVisitDate,
  newFindings,
  newMeasures,
  newOccupancyCounts,
  throwIfInvalid,
  unitRefs,
  type ItemContext,
} from './operation-items.js';
import { lockOperation } from './operation-lock.js';
import { toAmendmentDto, type AmendmentDto, type StoredAmendmentChanges } from './operation-responses.dto.js';
import { Operation } from './operation.entity.js';
import type { AmendmentChangesInput, CreateAmendmentDto } from './operations.dto.js';
import { insertInChunks } from '../database/bulk-insert.js';

const CORRECTABLE = [
  'date',
  'trigger',
  'triggerSource',
  'triggerSourceVisibility',
  'interpreterPresent',
  'unitsEntered',
  'unitsNotAccessible',
  'notes',
  'notesVisibility',
] as const satisfies ReadonlyArray<keyof AmendmentChangesInput & keyof Operation>;

/** Texts the filing agency owns: only its users correct them, or their visibility, whatever that is now. */
const OWNED_BY_FILING_AGENCY = ['triggerSource', 'triggerSourceVisibility', 'notes', 'notesVisibility'] as const satisfies ReadonlyArray<
  (typeof CORRECTABLE)[number]
>;

type Withdrawable = Finding | OccupancyCount | Measure;

@Injectable()
export class AmendmentsService {
  constructor(
    private readonly writeQueue: WriteQueue,
    private readonly audit: AuditService,
    private readonly cities: CitiesService,
  ) {}

  /** Corrects a submitted operation: old values are kept in the amendment, withdrawn items stay for the record. */
  async amend(user: AuthUser, operationId: string, dto: CreateAmendmentDto): Promise<AmendmentDto> {
    assertPermission(user, 'operation:amend-own');
    return this.writeQueue.run(async (manager) => {
      const operation = await lockOperation(manager, operationId);
      if (!operation || !inCityScope(user, operation.cityAgs) || !canSeeOperation(user, operation)) throw notFound('operation', operationId);
      if (operation.createdBy !== user.id && !hasPermission(user.role, 'operation:amend-any')) {
        throw forbidden('Inspectors may amend only the operations they filed; a lead may amend any.');
      }
      if (operation.state !== 'submitted')
        throw conflict('operation_not_submitted', 'Only a submitted operation is amended; change the draft instead.', { state: operation.state });

      const fields = this.fieldChanges(operation, dto.changes);
      const now = today((await this.cities.get(operation.cityAgs, manager)).timeZone);
      const errors: FieldError[] = fields.date ? checkVisitDate('changes.date', String(fields.date.to), now) : [];
      // Judged on what was sent, not on what would change, so the answer never tells whether a hidden text exists.
      if (user.agencyCode !== operation.leadAgencyCode) {
        for (const field of OWNED_BY_FILING_AGENCY.filter((f) => dto.changes?.[f] !== undefined)) {
          errors.push(fieldError(`changes.${field}`, 'filingAgencyOnly', `only users of the filing agency (${operation.leadAgencyCode}) correct this text`));
        }
      }
      // One after the other so the field errors come in a stable order.
      const findings = await this.withdrawable(manager.getRepository(Finding), operationId, user, 'withdrawFindingIds', dto.withdrawFindingIds, errors);
      const counts = await this.withdrawable(
        manager.getRepository(OccupancyCount),
        operationId,
        user,
        'withdrawOccupancyCountIds',
        dto.withdrawOccupancyCountIds,
        errors,
      );
      const measures = await this.withdrawable(manager.getRepository(Measure), operationId, user, 'withdrawMeasureIds', dto.withdrawMeasureIds, errors);
      const withdrawnUnits = new Set(counts.map((c) => c.unitId));
      const countedUnits = await manager
        .getRepository(OccupancyCount)
        .find({ where: { operationId, withdrawnByAmendmentId: IsNull() }, select: { unitId: true } });
      const unitsInUse = new Set(countedUnits.map((c) => c.unitId).filter((u): u is string => !!u && !withdrawnUnits.has(u)));
      errors.push(...checkOccupancyCounts('addOccupancyCounts', dto.addOccupancyCounts ?? [], now, unitsInUse));
      errors.push(...checkMeasures('addMeasures', dto.addMeasures ?? [], now));
      const { errors: unitErrors, units } = await checkUnits(manager, operation.propertyId, [
        ...unitRefs('addFindings', dto.addFindings ?? []),
        ...unitRefs('addOccupancyCounts', dto.addOccupancyCounts ?? []),
      ]);
      throwIfInvalid([...errors, ...unitErrors]);

      const amendment = Object.assign(new Amendment(), {
        id: randomUUID(),
        operationId,
        seq: ((await manager.getRepository(Amendment).maximum('seq', { operationId })) ?? 0) + 1,
        reason: dto.reason,
        reasonVisibility: dto.reasonVisibility ?? 'taskforce',
        createdBy: user.id,
        agencyCode: user.agencyCode,
        createdAt: new Date(),
      });
      const ctx: ItemContext = {
        operationId,
        propertyId: operation.propertyId,
        // An operation holds its building's copies, kept current by moveDistrictCopies under the same lock.
        building: buildingCopies(operation),
        agencyCode: user.agencyCode,
        amendmentId: amendment.id,
        at: amendment.createdAt,
      };
      const added = {
        findings: newFindings(dto.addFindings ?? [], ctx),
        counts: newOccupancyCounts(dto.addOccupancyCounts ?? [], ctx, units),
        measures: newMeasures(dto.addMeasures ?? [], ctx),
      };
      const changes: StoredAmendmentChanges = {
        fields,
        added: { findingIds: ids(added.findings), occupancyCountIds: ids(added.counts), measureIds: ids(added.measures) },
        withdrawn: { findingIds: ids(findings), occupancyCountIds: ids(counts), measureIds: ids(measures) },
      };
      if (Object.keys(fields).length === 0 && [...Object.values(changes.added), ...Object.values(changes.withdrawn)].every((list) => list.length === 0)) {
        throw badRequest('empty_amendment', 'The amendment changes nothing: give corrected fields, items to add or items to withdraw.');
      }
      amendment.changes = changes as unknown as Record<string, unknown>;

      // The JSON column's Record type trips TypeORM's deep-partial insert type; the row is complete.
      await manager.getRepository(Amendment).insert(amendment as QueryDeepPartialEntity<Amendment>);
      if (Object.keys(fields).length) {
        const corrected = Object.fromEntries(Object.entries(fields).map(([field, change]) => [field, change.to]));
        await manager.getRepository(Operation).update({ id: operationId }, { ...corrected, updatedAt: amendment.createdAt });
      }
      const withdraw = { withdrawnByAmendmentId: amendment.id };
      if (findings.length) await manager.getRepository(Finding).update({ id: In(ids(findings)) }, withdraw);
      if (counts.length) await manager.getRepository(OccupancyCount).update({ id: In(ids(counts)) }, withdraw);
      if (measures.length) await manager.getRepository(Measure).update({ id: In(ids(measures)) }, { ...withdraw, updatedAt: amendment.createdAt });
      if (added.findings.length) await insertInChunks(manager, Finding, added.findings);
      if (added.counts.length) await insertInChunks(manager, OccupancyCount, added.counts);
      if (added.measures.length) await insertInChunks(manager, Measure, added.measures);
      const status = await projectBuildingFile(manager, operation.propertyId);
      await this.audit.append(manager, user, {
        action: 'operation_amended',
        entity: 'operation',
        entityId: operationId,
        payload: { amendment, added, propertyStatus: status.status },
      });
      return toAmendmentDto(amendment, user, new Set());
    });
  }

  /** Only fields whose value really changes are recorded, each as { from, to }. */
  private fieldChanges(operation: Operation, input: AmendmentChangesInput | undefined): StoredAmendmentChanges['fields'] {
    const fields: StoredAmendmentChanges['fields'] = {};
    for (const field of CORRECTABLE) {
      const to = input?.[field];
      if (to === undefined || to === operation[field]) continue;
      fields[field] = { from: operation[field], to };
    }
    return fields;
  }

  /** Items to withdraw must belong to the operation, be in force and be visible to the user; otherwise they do not exist for them. */
  private async withdrawable<T extends Withdrawable>(
    repository: Repository<T>,
    operationId: string,
    user: AuthUser,
    field: string,
    requested: readonly string[] | undefined,
    errors: FieldError[],
  ): Promise<T[]> {
    if (!requested?.length) return [];
    const rows = await repository.find({ where: { id: In([...requested]), operationId } as FindOptionsWhere<T> });
    const usable = new Map(rows.filter((row) => !('visibility' in row) || canSee(user, row)).map((row) => [row.id, row]));
    requested.forEach((id, i) => {
      const row = usable.get(id);
      if (!row) errors.push(fieldError(`${field}[${i}]`, 'notFound', `no item ${id} in this operation`));
      else if (row.withdrawnByAmendmentId) errors.push(fieldError(`${field}[${i}]`, 'alreadyWithdrawn', `item ${id} was already withdrawn`));
    });
    return [...usable.values()].filter((row) => !row.withdrawnByAmendmentId);
  }
}

const ids = (rows: ReadonlyArray<{ id: string }>) => rows.map((row) => row.id);

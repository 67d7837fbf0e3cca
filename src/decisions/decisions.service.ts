import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { assertPermission, canSee, canSeeOperation } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AuditService } from '../audit/audit.service.js';
import { today } from '../common/dates.js';
import { conflict, notFound, type FieldError, fieldError } from '../common/problem.js';
import { WriteQueue } from '../database/write-queue.js';
import { throwIfInvalid } from '../operations/operation-items.js';
import { PROPERTY_RELATIONS, toPropertyDetail } from '../properties/properties.dto.js';
import { BuildingFileRepository } from '../properties/building-file.repository.js';
import { buildingCopies, loadPropertyHistory, lockProperty, projectKnownHistory } from '../properties/property-history.js';
import { checkDecision, derivePropertyStatus } from '../properties/property-status.js';
import { Property } from '../properties/property.entity.js';
import { Decision } from './decision.entity.js';
import { DecisionBasis } from './decision-basis.entity.js';
import { Finding } from '../operations/finding.entity.js';
import { In, type EntityManager } from 'typeorm';
import { toDecisionDto, type CreateDecisionDto, type DecisionDto, type DecisionRecordedDto } from './decisions.dto.js';

@Injectable()
export class DecisionsService {
  constructor(
    private readonly writeQueue: WriteQueue,
    private readonly audit: AuditService,
    private readonly buildingFile: BuildingFileRepository,
  ) {}

  /** Records a lead's decision if the status rule allows it on top of the property's history, and moves the status. */
  async record(user: AuthUser, propertyId: string, dto: CreateDecisionDto): Promise<DecisionRecordedDto> {
    assertPermission(user, 'decision:create');
    const city = await this.buildingFile.cityOf(user, propertyId);
    throwIfInvalid(checkFigures(dto, today(city.timeZone)));
    return this.writeQueue.run(async (manager) => {
      const property = await lockProperty(manager, propertyId);
      if (!property) throw notFound('property', propertyId);
      const history = await loadPropertyHistory(manager, property);
      const current = derivePropertyStatus(history);
      const basis = await basisFindings(manager, user, propertyId, dto);
      const check = checkDecision(
        history,
        { type: dto.type, effectiveDate: dto.effectiveDate },
        basis.map((b) => ({ date: b.operation!.date, severity: b.severity })),
      );
      // Allowed in this status, a declaration without a named basis is an incomplete form rather than a refusal.
      if (!check.ok && check.code === 'declaration_requires_serious_finding' && basis.length === 0) {
        throwIfInvalid([fieldError('basisFindingIds', 'requiredForDeclaration', 'a declaration names the findings it rests on')]);
      }
      if (!check.ok) {
        const reason = check.dangerOn ? await dangerReason(manager, user, propertyId, check.dangerOn, check.reason) : check.reason;
        throw conflict(check.code, reason, { currentStatus: current.status, allowedDecisions: check.allowedDecisions });
      }

      const decision = Object.assign(new Decision(), {
        id: randomUUID(),
        propertyId,
        ...buildingCopies(property),
        type: dto.type,
        effectiveDate: dto.effectiveDate,
        fileReference: dto.fileReference ?? null,
        legalBasis: dto.legalBasis ?? null,
        reason: dto.reason ?? null,
        personsAffected: dto.personsAffected ?? null,
        childrenAffected: dto.childrenAffected ?? null,
        rehousedShelter: dto.rehoused?.shelter ?? null,
        rehousedOwner: dto.rehoused?.owner ?? null,
        rehousedSelf: dto.rehoused?.self ?? null,
        rehousedUnknown: dto.rehoused?.unknown ?? null,
        statusBefore: current.status,
        statusAfter: check.statusAfter,
        decidedBy: user.id,
        agencyCode: user.agencyCode,
        // Millisecond time orders two decisions with the same effective date as they were made.
        createdAt: new Date(),
        importId: null,
      });
      await manager.getRepository(Decision).insert(decision);
      const basisIds = basis.map((b) => b.id);
      if (basisIds.length) await manager.getRepository(DecisionBasis).insert(basisIds.map((findingId) => ({ decisionId: decision.id, findingId })));
      // Latest createdAt: appended, it sorts after every decision of its day, as loadPropertyHistory would order it.
      const derived = await projectKnownHistory(manager, property, {
        ...history,
        decisions: [...history.decisions, { type: decision.type, effectiveDate: decision.effectiveDate }],
      });
      await this.audit.append(manager, user, {
        action: 'decision_recorded',
        entity: 'decision',
        entityId: decision.id,
        payload: { ...decision, basisFindingIds: basisIds, statusNow: derived.status },
      });
      const updated = await manager.getRepository(Property).findOneOrFail({ where: { id: propertyId }, relations: PROPERTY_RELATIONS });
      return { decision: toDecisionDto(decision, basisIds), property: toPropertyDetail(updated) };
    });
  }

  async listForProperty(user: AuthUser, propertyId: string): Promise<DecisionDto[]> {
    assertPermission(user, 'property:read');
    await this.buildingFile.cityOf(user, propertyId);
    const decisions = await this.buildingFile.decisions(propertyId);
    const basis = await this.buildingFile.decisionBasis(decisions);
    return decisions.map((d) => toDecisionDto(d, basis.get(d.id)));
  }
}

/** People counts must add up: children and rehoused are parts of the persons affected. */
function checkFigures(dto: CreateDecisionDto, now: string): FieldError[] {
  const errors: FieldError[] = [];
  if (dto.effectiveDate > now) errors.push(fieldError('effectiveDate', 'notInFuture', `effectiveDate must not be after today (${now})`));
  const persons = dto.personsAffected ?? null;
  const children = dto.childrenAffected ?? null;
  const rehoused = [dto.rehoused?.shelter, dto.rehoused?.owner, dto.rehoused?.self, dto.rehoused?.unknown].filter((n): n is number => typeof n === 'number');
  if (children !== null && persons === null) errors.push(fieldError('childrenAffected', 'requiresPersonsAffected', 'childrenAffected needs personsAffected'));
  if (children !== null && persons !== null && children > persons) {
    errors.push(fieldError('childrenAffected', 'notAbovePersonsAffected', 'childrenAffected must not exceed personsAffected'));
  }
  if (rehoused.length && persons === null) errors.push(fieldError('rehoused', 'requiresPersonsAffected', 'rehoused needs personsAffected'));
  const total = rehoused.reduce((sum, n) => sum + n, 0);
  if (persons !== null && total > persons) {
    errors.push(fieldError('rehoused', 'notAbovePersonsAffected', `rehoused add up to ${total}, more than the ${persons} persons affected`));
  }
  return errors;
}

/**
 * The findings a decision names, checked against what its lead may name: findings of this building, of a submitted
 * operation on or before the effective date, in force, and seen by the whole taskforce, so the basis is in the file for
 * every reader. A finding the lead may not see is answered as missing; one their agency keeps for itself must be
 * released first.
 */
async function basisFindings(manager: EntityManager, user: AuthUser, propertyId: string, dto: CreateDecisionDto): Promise<Finding[]> {
  const ids = dto.basisFindingIds ?? [];
  if (ids.length === 0) return [];
  const rows = await manager.getRepository(Finding).find({ where: { id: In(ids) }, relations: { operation: true } });
  const byId = new Map(rows.map((f) => [f.id, f]));
  const errors: FieldError[] = [];
  ids.forEach((id, i) => {
    const finding = byId.get(id);
    const field = `basisFindingIds[${i}]`;
    const operation = finding?.operation;
    if (!finding || !operation || operation.propertyId !== propertyId || !canSeeOperation(user, operation) || !canSee(user, finding)) {
      errors.push(fieldError(field, 'notFound', `no finding ${id} of this building that you may see`));
    } else if (operation.state !== 'submitted') {
      errors.push(fieldError(field, 'notSubmitted', `finding ${id} belongs to a draft`));
    } else if (finding.withdrawnByAmendmentId) {
      errors.push(fieldError(field, 'alreadyWithdrawn', `finding ${id} was withdrawn by an amendment`));
    } else if (operation.date > dto.effectiveDate) {
      errors.push(fieldError(field, 'afterEffectiveDate', `finding ${id} was recorded on ${operation.date}, after the effective date`));
    } else if (finding.visibility === 'agency' && !finding.releasedAt) {
      errors.push(fieldError(field, 'notReleased', `finding ${id} is kept by your agency; release it for decisions first`));
    }
  });
  throwIfInvalid(errors);
  return ids.map((id) => byId.get(id)!);
}

/** A lift blocked by danger names the days of the danger findings its lead may see; for those it may not, the agency that can release them. */
async function dangerReason(manager: EntityManager, user: AuthUser, propertyId: string, days: readonly string[], reason: string): Promise<string> {
  const danger = await manager
    .createQueryBuilder(Finding, 'f')
    .innerJoinAndSelect('f.operation', 'o')
    .where('o.propertyId = :propertyId', { propertyId })
    .andWhere("o.state = 'submitted'")
    .andWhere('o.date IN (:...days)', { days: [...new Set(days)] })
    .andWhere("f.severity = 'danger'")
    .andWhere('f.withdrawnByAmendmentId IS NULL')
    .getMany();
  const hidden = danger.filter((f) => !canSee(user, f));
  if (hidden.length === 0) return reason;
  if (hidden.length < danger.length) {
    const days = [...new Set(danger.filter((f) => canSee(user, f)).map((f) => f.operation?.date ?? ''))];
    return `The operation of ${days.sort().join(', ')} records a "danger" finding.`;
  }
  const agencies = [...new Set(hidden.map((f) => f.agencyCode))].sort().join(', ');
  return `A "danger" finding that you may not see blocks the lift; the agency that recorded it (${agencies}) can release it for decisions.`;
}

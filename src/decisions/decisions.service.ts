import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { assertPermission } from '../auth/access.js';
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
      const check = checkDecision(history, { type: dto.type, effectiveDate: dto.effectiveDate });
      if (!check.ok) throw conflict(check.code, check.reason, { currentStatus: current.status, allowedDecisions: check.allowedDecisions });

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
      // Latest createdAt: appended, it sorts after every decision of its day, as loadPropertyHistory would order it.
      const derived = await projectKnownHistory(manager, property, {
        ...history,
        decisions: [...history.decisions, { type: decision.type, effectiveDate: decision.effectiveDate }],
      });
      await this.audit.append(manager, user, {
        action: 'decision_recorded',
        entity: 'decision',
        entityId: decision.id,
        payload: { ...decision, statusNow: derived.status },
      });
      const updated = await manager.getRepository(Property).findOneOrFail({ where: { id: propertyId }, relations: PROPERTY_RELATIONS });
      return { decision: toDecisionDto(decision), property: toPropertyDetail(updated) };
    });
  }

  async listForProperty(user: AuthUser, propertyId: string): Promise<DecisionDto[]> {
    assertPermission(user, 'property:read');
    await this.buildingFile.cityOf(user, propertyId);
    return (await this.buildingFile.decisions(propertyId)).map(toDecisionDto);
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

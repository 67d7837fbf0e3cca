import { Injectable } from '@nestjs/common';
import { assertPermission, canSee, canSeeOperation } from '../auth/access.js';
import { inCityScope } from '../cities/city-scope.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AuditService } from '../audit/audit.service.js';
import { checkIfMatch, type IfMatchHeader } from '../common/conditional-write.js';
import { conflict, notFound } from '../common/problem.js';
import { updateAtVersion } from '../database/versioned-update.js';
import { WriteQueue } from '../database/write-queue.js';
import { Measure } from './measure.entity.js';
import { toMeasureDto, type MeasureDto } from './operation-responses.dto.js';
import { Operation } from './operation.entity.js';
import type { UpdateMeasureStateDto } from './operations.dto.js';

@Injectable()
export class MeasuresService {
  constructor(
    private readonly writeQueue: WriteQueue,
    private readonly audit: AuditService,
  ) {}

  /** Marks a measure done, cancelled or open again; a measure the user may not see does not exist for them. */
  async updateState(user: AuthUser, id: string, dto: UpdateMeasureStateDto, ifMatch: IfMatchHeader): Promise<MeasureDto> {
    assertPermission(user, 'measure:update');
    return this.writeQueue.run(async (manager) => {
      const measure = await manager.getRepository(Measure).findOneBy({ id });
      if (!measure || !inCityScope(user, measure.cityAgs) || !canSee(user, measure)) throw notFound('measure', id);
      if (measure.withdrawnByAmendmentId) throw conflict('measure_withdrawn', 'The measure was withdrawn by an amendment; its state no longer changes.');
      const operation = await manager.getRepository(Operation).findOneByOrFail({ id: measure.operationId });
      if (!canSeeOperation(user, operation)) throw notFound('measure', id);
      if (operation.state !== 'submitted')
        throw conflict('operation_not_submitted', 'Measures of a draft are edited with the draft itself.', { state: operation.state });
      checkIfMatch(ifMatch, measure.version);
      const from = { state: measure.state, stateNote: measure.stateNote, stateNoteVisibility: measure.stateNoteVisibility };
      const at = new Date();
      const fields = {
        state: dto.state,
        stateNote: dto.note ?? null,
        stateNoteVisibility: dto.noteVisibility ?? 'taskforce',
        // The writer's agency owns the note, whoever owns the measure.
        stateNoteAgencyCode: dto.note ? user.agencyCode : null,
        stateChangedBy: user.id,
        stateChangedAt: at,
        updatedAt: at,
      };
      const version = await updateAtVersion(manager, Measure, measure, fields);
      Object.assign(measure, fields, { version });
      await this.audit.append(manager, user, {
        action: 'measure_updated',
        entity: 'measure',
        entityId: id,
        payload: {
          measureId: id,
          operationId: measure.operationId,
          from,
          to: { state: dto.state, stateNote: fields.stateNote, stateNoteVisibility: fields.stateNoteVisibility },
        },
      });
      return toMeasureDto(measure, user);
    });
  }
}

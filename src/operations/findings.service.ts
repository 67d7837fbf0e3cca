import { Injectable } from '@nestjs/common';
import { assertPermission, canSee, canSeeOperation } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AuditService } from '../audit/audit.service.js';
import { inCityScope } from '../cities/city-scope.js';
import { conflict, forbidden, notFound } from '../common/problem.js';
import { WriteQueue } from '../database/write-queue.js';
import { lockProperty } from '../properties/property-history.js';
import { Finding } from './finding.entity.js';
import { toFindingDto, type FindingDto } from './operation-responses.dto.js';
import { Operation } from './operation.entity.js';

@Injectable()
export class FindingsService {
  constructor(
    private readonly writeQueue: WriteQueue,
    private readonly audit: AuditService,
  ) {}

  /**
   * The owning agency releases one of its `agency` findings for decisions: from then on the whole taskforce sees that
   * finding, and a lead may name it as a decision's basis; the agency's other items stay its own. A release is not
   * taken back (a decision may rest on it); releasing again, or a finding the taskforce already sees, changes nothing.
   */
  async release(user: AuthUser, id: string): Promise<FindingDto> {
    assertPermission(user, 'finding:release');
    return this.writeQueue.run(async (manager) => {
      const seen = await manager.getRepository(Finding).findOneBy({ id });
      const operation = seen && (await manager.getRepository(Operation).findOneBy({ id: seen.operationId }));
      if (!seen || !operation || !inCityScope(user, operation.cityAgs) || !canSeeOperation(user, operation) || !canSee(user, seen)) {
        throw notFound('finding', id);
      }
      await lockProperty(manager, operation.propertyId);
      const finding = await manager.getRepository(Finding).findOneByOrFail({ id });
      if (finding.visibility === 'taskforce' || finding.releasedAt) return toFindingDto(finding);
      if (finding.agencyCode !== user.agencyCode) throw forbidden('Only the agency that recorded a finding can release it.');
      if (operation.state !== 'submitted') {
        throw conflict('operation_not_submitted', 'Findings of a draft are released once it is submitted.', { state: operation.state });
      }
      if (finding.withdrawnByAmendmentId) throw conflict('finding_withdrawn', 'The finding was withdrawn by an amendment; it is no basis for a decision.');
      const fields = { releasedAt: new Date(), releasedBy: user.id };
      await manager.getRepository(Finding).update({ id }, fields);
      Object.assign(finding, fields);
      await this.audit.append(manager, user, {
        action: 'finding_released',
        entity: 'finding',
        entityId: id,
        payload: { findingId: id, operationId: finding.operationId, propertyId: operation.propertyId, agencyCode: finding.agencyCode },
      });
      return toFindingDto(finding);
    });
  }
}

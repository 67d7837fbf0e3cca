import { Injectable } from '@nestjs/common';
import { assertPermission } from '../auth/access.js';
import { ReadLog } from '../audit/read-log.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { LEGAL_PROFILES } from '../legal/legal-profiles.js';
import { toDecisionDto } from '../decisions/decisions.dto.js';
import { toOperationDtos } from '../operations/operation-responses.dto.js';
import { BuildingFileRepository } from './building-file.repository.js';
import { buildTimeline, type TimelineDto } from './timeline.dto.js';

@Injectable()
export class TimelineService {
  constructor(
    private readonly buildingFile: BuildingFileRepository,
    private readonly reads: ReadLog,
  ) {}

  /** Submitted operations plus the viewer's own drafts; other agencies' `agency` items are left out entirely. */
  async forProperty(user: AuthUser, propertyId: string): Promise<TimelineDto> {
    assertPermission(user, 'property:read');
    const city = await this.buildingFile.cityOf(user, propertyId);
    const operations = await this.buildingFile.visibleOperations(propertyId, user.id);
    const decisions = await this.buildingFile.decisions(propertyId);
    const operationDtos = toOperationDtos(operations, await this.buildingFile.operationParts(operations), user, LEGAL_PROFILES[city.land]);
    const basis = await this.buildingFile.decisionBasis(decisions);
    const timeline = buildTimeline(
      operationDtos,
      decisions.map((d) => toDecisionDto(d, basis.get(d.id))),
    );
    this.reads.record(user, propertyId, 'timeline');
    return timeline;
  }
}

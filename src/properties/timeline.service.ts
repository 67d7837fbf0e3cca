import { Injectable } from '@nestjs/common';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { notFound } from '../common/problem.js';
import { AppConfig } from '../config/app-config.js';
import { toDecisionDto } from '../decisions/decisions.dto.js';
import { toOperationDtos } from '../operations/operation-responses.dto.js';
import { BuildingFileRepository } from './building-file.repository.js';
import { buildTimeline, type TimelineDto } from './timeline.dto.js';

@Injectable()
export class TimelineService {
  constructor(
    private readonly buildingFile: BuildingFileRepository,
    private readonly config: AppConfig,
  ) {}

  /** Submitted operations plus the viewer's own drafts; other agencies' `agency` items are left out entirely. */
  async forProperty(user: AuthUser, propertyId: string): Promise<TimelineDto> {
    assertPermission(user, 'property:read');
    if (!(await this.buildingFile.exists(propertyId))) throw notFound('property', propertyId);
    const operations = await this.buildingFile.timelineOperations(propertyId, user.id);
    const decisions = await this.buildingFile.decisions(propertyId);
    const operationDtos = toOperationDtos(operations, await this.buildingFile.operationParts(operations), user, this.config.legalProfile);
    return buildTimeline(operationDtos, decisions.map(toDecisionDto));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource } from 'typeorm';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { notFound } from '../common/problem.js';
import { AppConfig } from '../config/app-config.js';
import { Decision } from '../decisions/decision.entity.js';
import { toDecisionDto } from '../decisions/decisions.dto.js';
import { Operation } from '../operations/operation.entity.js';
import { loadOperationDtos } from '../operations/operation-reader.js';
import { Property } from './property.entity.js';
import { buildTimeline, type TimelineDto } from './timeline.dto.js';

@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Submitted operations plus the viewer's own drafts; other agencies' `agency` items are left out entirely. */
  async forProperty(user: AuthUser, propertyId: string): Promise<TimelineDto> {
    assertPermission(user, 'property:read');
    const manager = this.dataSource.manager;
    if (!(await manager.getRepository(Property).exists({ where: { id: propertyId } }))) throw notFound('property', propertyId);
    const operations = await manager
      .getRepository(Operation)
      .createQueryBuilder('o')
      .where('o.propertyId = :propertyId', { propertyId })
      .andWhere(new Brackets((w) => w.where(`o.state = 'submitted'`).orWhere('o.createdBy = :userId', { userId: user.id })))
      .orderBy('o.date', 'ASC')
      .addOrderBy('o.createdAt', 'ASC')
      .getMany();
    const decisions = await manager.getRepository(Decision).find({ where: { propertyId }, order: { effectiveDate: 'ASC', createdAt: 'ASC' } });
    const operationDtos = await loadOperationDtos(manager, operations, user, this.config.density);
    return buildTimeline(operationDtos, decisions.map(toDecisionDto));
  }
}

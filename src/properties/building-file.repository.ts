import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, type DataSource, type EntityManager } from 'typeorm';
import { DecisionBasis } from '../decisions/decision-basis.entity.js';
import { Decision } from '../decisions/decision.entity.js';
import { Amendment } from '../operations/amendment.entity.js';
import { Finding } from '../operations/finding.entity.js';
import { Measure } from '../operations/measure.entity.js';
import { OccupancyCount } from '../operations/occupancy-count.entity.js';
import { OperationAgency } from '../operations/operation-agency.entity.js';
import type { OperationParts } from '../operations/operation-responses.dto.js';
import { Operation } from '../operations/operation.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { City } from '../cities/city.entity.js';
import { CitiesService } from '../cities/cities.service.js';
import { visiblePropertyCity } from './property-access.js';

type Collected = { [K in keyof OperationParts]: Array<OperationParts[K][number]> };

/** The building file's questions to the database, one method each; cityOf is the door every reader passes first. */
@Injectable()
export class BuildingFileRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cities: CitiesService,
  ) {}

  /** The city of a building the user may see, with its time zone and Land; 404 for another city's building. */
  async cityOf(user: AuthUser, propertyId: string, manager: EntityManager = this.dataSource.manager): Promise<City> {
    return this.cities.get(await visiblePropertyCity(manager, user, propertyId), manager);
  }

  /** The operations a viewer may see: the submitted ones and the viewer's own drafts, oldest first. */
  visibleOperations(propertyId: string, viewerId: string): Promise<Operation[]> {
    return this.dataSource
      .getRepository(Operation)
      .createQueryBuilder('o')
      .where('o.propertyId = :propertyId', { propertyId })
      .andWhere(new Brackets((w) => w.where(`o.state = 'submitted'`).orWhere('o.createdBy = :viewerId', { viewerId })))
      .orderBy('o.date', 'ASC')
      .addOrderBy('o.createdAt', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
  }

  /** The building's decisions in the order they took effect. */
  decisions(propertyId: string): Promise<Decision[]> {
    return this.dataSource.getRepository(Decision).find({ where: { propertyId }, order: { effectiveDate: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  /** The findings each of the given decisions names as its basis, by decision id. */
  async decisionBasis(decisions: ReadonlyArray<Pick<Decision, 'id'>>): Promise<Map<string, string[]>> {
    const basis = new Map<string, string[]>(decisions.map((d) => [d.id, []]));
    if (decisions.length === 0) return basis;
    const rows = await this.dataSource.getRepository(DecisionBasis).findBy({ decisionId: In(decisions.map((d) => d.id)) });
    for (const row of rows) basis.get(row.decisionId)?.push(row.findingId);
    return basis;
  }

  /** What the given operations hold, in five queries; inside a write, through its transaction's manager. */
  async operationParts(operations: readonly Operation[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, OperationParts>> {
    const parts = new Map<string, Collected>(
      operations.map((o) => [o.id, { agencyCodes: [], findings: [], occupancyCounts: [], measures: [], amendments: [] }]),
    );
    if (operations.length === 0) return parts;
    const where = { operationId: In(operations.map((o) => o.id)) };
    const order = { createdAt: 'ASC', id: 'ASC' } as const;
    // One after another: inside a transaction they share one connection, which takes one query at a time.
    for (const a of await manager.getRepository(OperationAgency).find({ where })) parts.get(a.operationId)!.agencyCodes.push(a.agencyCode);
    for (const f of await manager.getRepository(Finding).find({ where, order })) parts.get(f.operationId)!.findings.push(f);
    for (const c of await manager.getRepository(OccupancyCount).find({ where, order })) parts.get(c.operationId)!.occupancyCounts.push(c);
    for (const m of await manager.getRepository(Measure).find({ where, order })) parts.get(m.operationId)!.measures.push(m);
    for (const a of await manager.getRepository(Amendment).find({ where, order: { seq: 'ASC' } })) parts.get(a.operationId)!.amendments.push(a);
    return parts;
  }
}

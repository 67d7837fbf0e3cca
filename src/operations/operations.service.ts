import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { assertPermission, canSeeOperation } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AuditService } from '../audit/audit.service.js';
import { ReadLog } from '../audit/read-log.service.js';
import { today } from '../common/dates.js';
import { assertCurrentVersion, checkIfMatch, type IfMatchHeader } from '../common/conditional-write.js';
import { conflict, forbidden, notFound, type FieldError, fieldError } from '../common/problem.js';
import { CitiesService } from '../cities/cities.service.js';
import { inCityScope } from '../cities/city-scope.js';
import { LEGAL_PROFILES } from '../legal/legal-profiles.js';
import { WriteQueue } from '../database/write-queue.js';
import { buildingCopies, lockProperty, operationCopies, projectBuildingFile, type BuildingCopies } from '../properties/property-history.js';
import { BuildingFileRepository } from '../properties/building-file.repository.js';
import type { Unit } from '../properties/unit.entity.js';
import { Finding } from './finding.entity.js';
import { Measure } from './measure.entity.js';
import { OccupancyCount } from './occupancy-count.entity.js';
import { OperationAgency } from './operation-agency.entity.js';
import {
  checkAgencies,
  checkMeasures,
  checkOccupancyCounts,
  checkUnits,
  checkVisitDate,
  newFindings,
  newMeasures,
  newOccupancyCounts,
  throwIfInvalid,
  unitRefs,
} from './operation-items.js';
import { lockOperation } from './operation-lock.js';
import { toOperationDtos, type OperationDto } from './operation-responses.dto.js';
import { Operation } from './operation.entity.js';
import type { CreateOperationDto } from './operations.dto.js';
import { insertInChunks } from '../database/bulk-insert.js';

interface Content {
  agencyCodes: string[];
  units: Map<string, Unit>;
  building: BuildingCopies;
}

@Injectable()
export class OperationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writeQueue: WriteQueue,
    private readonly audit: AuditService,
    private readonly buildingFile: BuildingFileRepository,
    private readonly cities: CitiesService,
    private readonly reads: ReadLog,
  ) {}

  async create(user: AuthUser, dto: CreateOperationDto): Promise<OperationDto> {
    assertPermission(user, 'operation:file');
    return this.writeQueue.run(async (manager) => {
      const at = new Date();
      const content = await this.checkContent(manager, user, dto);
      const operation = Object.assign(new Operation(), {
        id: randomUUID(),
        state: 'draft' as const,
        leadAgencyCode: user.agencyCode,
        createdBy: user.id,
        submittedBy: null,
        submittedAt: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
        ...this.operationFields(dto, content),
      });
      await manager.getRepository(Operation).insert(operation);
      const written = await this.writeContent(manager, operation, user, dto, content, at);
      await this.audit.append(manager, user, {
        action: 'operation_created',
        entity: 'operation',
        entityId: operation.id,
        payload: { ...operation, ...written },
      });
      return this.view(manager, operation, user);
    });
  }

  async update(user: AuthUser, id: string, dto: CreateOperationDto, ifMatch: IfMatchHeader): Promise<OperationDto> {
    assertPermission(user, 'operation:file');
    return this.writeQueue.run(async (manager) => {
      const operation = this.editable(user, id, await manager.getRepository(Operation).findOneBy({ id }));
      checkIfMatch(ifMatch, operation.version);
      const content = await this.checkContent(manager, user, dto);
      for (const entity of [Finding, OccupancyCount, Measure, OperationAgency]) await manager.getRepository(entity).delete({ operationId: id });
      const at = new Date();
      const fields = { ...this.operationFields(dto, content), version: operation.version + 1, updatedAt: at };
      const result = await manager.getRepository(Operation).update({ id, version: operation.version, state: 'draft' }, fields);
      // Changed or submitted since it was read (drafts take no lock): the answer a request arriving now would get.
      if (result.affected === 0)
        assertCurrentVersion(this.editable(user, id, await manager.getRepository(Operation).findOneBy({ id })).version, [operation.version]);
      Object.assign(operation, fields);
      const written = await this.writeContent(manager, operation, user, dto, content, at);
      await this.audit.append(manager, user, { action: 'operation_updated', entity: 'operation', entityId: id, payload: { ...operation, ...written } });
      return this.view(manager, operation, user);
    });
  }

  async submit(user: AuthUser, id: string): Promise<OperationDto> {
    assertPermission(user, 'operation:file');
    return this.writeQueue.run(async (manager) => {
      // Locked: a second submit of the same draft waits and then finds it submitted.
      const operation = this.editable(user, id, await lockOperation(manager, id));
      const at = new Date();
      const fields = { state: 'submitted' as const, submittedAt: at, submittedBy: user.id, version: operation.version + 1, updatedAt: at };
      await manager.getRepository(Operation).update({ id, state: 'draft' }, fields);
      Object.assign(operation, fields);
      const status = await projectBuildingFile(manager, operation.propertyId);
      await this.audit.append(manager, user, {
        action: 'operation_submitted',
        entity: 'operation',
        entityId: id,
        payload: { operationId: id, propertyId: operation.propertyId, submittedAt: at.toISOString(), propertyStatus: status.status },
      });
      return this.view(manager, operation, user);
    });
  }

  async findOne(user: AuthUser, id: string): Promise<OperationDto> {
    assertPermission(user, 'property:read');
    const operation = await this.dataSource.getRepository(Operation).findOneBy({ id });
    if (!operation || !inCityScope(user, operation.cityAgs) || !canSeeOperation(user, operation)) throw notFound('operation', id);
    const view = await this.view(this.dataSource.manager, operation, user);
    this.reads.record(user, operation.propertyId, 'operation', id);
    return view;
  }

  /** All operations of a property, oldest first; the building file's timeline reuses this. */
  async listForProperty(user: AuthUser, propertyId: string): Promise<OperationDto[]> {
    assertPermission(user, 'property:read');
    const city = await this.buildingFile.cityOf(user, propertyId);
    const operations = await this.buildingFile.visibleOperations(propertyId, user.id);
    const dtos = toOperationDtos(operations, await this.buildingFile.operationParts(operations), user, LEGAL_PROFILES[city.land]);
    this.reads.record(user, propertyId, 'operations');
    return dtos;
  }

  private editable(user: AuthUser, id: string, operation: Operation | null): Operation {
    if (!operation || !inCityScope(user, operation.cityAgs) || !canSeeOperation(user, operation)) throw notFound('operation', id);
    if (operation.createdBy !== user.id) throw forbidden('Only the user who filed a draft may change or submit it.');
    if (operation.state !== 'draft')
      throw conflict('operation_not_draft', 'The operation is submitted; correct it with an amendment.', { state: operation.state });
    return operation;
  }

  private operationFields(dto: CreateOperationDto, { agencyCodes, building }: Content) {
    return {
      // The same list writeContent stores as operation_agencies rows.
      ...operationCopies(building, agencyCodes),
      propertyId: dto.propertyId,
      kind: dto.kind,
      date: dto.date,
      trigger: dto.trigger,
      triggerSource: dto.triggerSource ?? null,
      triggerSourceVisibility: dto.triggerSourceVisibility ?? 'taskforce',
      interpreterPresent: dto.interpreterPresent,
      unitsEntered: dto.unitsEntered,
      unitsNotAccessible: dto.unitsNotAccessible,
      notes: dto.notes ?? null,
      notesVisibility: dto.notesVisibility ?? 'taskforce',
    };
  }

  /** All checks that need the database or several fields at once; answers the participating agencies. */
  private async checkContent(manager: EntityManager, user: AuthUser, dto: CreateOperationDto): Promise<Content> {
    const locked = await lockProperty(manager, dto.propertyId);
    const property = locked && inCityScope(user, locked.cityAgs) ? locked : null;
    // Dates are judged by the day in the building's city; without the building there is no day to judge them by.
    const now = property && today((await this.cities.get(property.cityAgs, manager)).timeZone);
    const errors: FieldError[] = [
      ...(now ? checkVisitDate('date', dto.date, now) : []),
      ...(now ? checkOccupancyCounts('occupancyCounts', dto.occupancyCounts, now) : []),
      ...(now ? checkMeasures('measures', dto.measures, now) : []),
      ...(await checkAgencies(manager, 'agencyCodes', dto.agencyCodes)),
    ];
    let units = new Map<string, Unit>();
    if (!property) {
      errors.push(fieldError('propertyId', 'notFound', `no property with id ${dto.propertyId}`));
    } else {
      const checked = await checkUnits(manager, dto.propertyId, [...unitRefs('findings', dto.findings), ...unitRefs('occupancyCounts', dto.occupancyCounts)]);
      errors.push(...checked.errors);
      units = checked.units;
    }
    throwIfInvalid(errors);
    // The filing agency takes part in its own operation.
    return { agencyCodes: [...new Set([user.agencyCode, ...dto.agencyCodes])], units, building: buildingCopies(property!) };
  }

  private async writeContent(
    manager: EntityManager,
    operation: Operation,
    user: AuthUser,
    dto: CreateOperationDto,
    { agencyCodes, units, building }: Content,
    at: Date,
  ) {
    const ctx = {
      operationId: operation.id,
      propertyId: operation.propertyId,
      building,
      agencyCode: user.agencyCode,
      amendmentId: null,
      at,
    };
    const findings = newFindings(dto.findings, ctx);
    const counts = newOccupancyCounts(dto.occupancyCounts, ctx, units);
    const measures = newMeasures(dto.measures, ctx);
    await insertInChunks(
      manager,
      OperationAgency,
      agencyCodes.map((agencyCode) => ({ operationId: operation.id, agencyCode })),
    );
    if (findings.length) await insertInChunks(manager, Finding, findings);
    if (counts.length) await insertInChunks(manager, OccupancyCount, counts);
    if (measures.length) await insertInChunks(manager, Measure, measures);
    return { agencyCodes, findings, occupancyCounts: counts, measures };
  }

  private async view(manager: EntityManager, operation: Operation, user: AuthUser): Promise<OperationDto> {
    const { land } = await this.cities.get(operation.cityAgs, manager);
    const [dto] = toOperationDtos([operation], await this.buildingFile.operationParts([operation], manager), user, LEGAL_PROFILES[land]);
    return dto;
  }
}

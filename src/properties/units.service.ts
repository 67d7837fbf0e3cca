import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ReadLog } from '../audit/read-log.service.js';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { conflict } from '../common/problem.js';
import { WriteQueue } from '../database/write-queue.js';
import { toUnitDto, type CreateUnitDto, type UnitDto } from './properties.dto.js';
import { RECORD_IN_FIELD } from './properties.service.js';
import { visiblePropertyCity } from './property-access.js';
import { Unit } from './unit.entity.js';

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writeQueue: WriteQueue,
    private readonly audit: AuditService,
    private readonly reads: ReadLog,
  ) {}

  async list(user: AuthUser, propertyId: string): Promise<UnitDto[]> {
    assertPermission(user, 'property:read');
    await visiblePropertyCity(this.dataSource.manager, user, propertyId);
    const units = await this.dataSource.getRepository(Unit).find({ where: { propertyId }, order: { label: 'ASC', id: 'ASC' } });
    this.reads.record(user, propertyId, 'units');
    return units.map(toUnitDto);
  }

  async create(user: AuthUser, propertyId: string, dto: CreateUnitDto): Promise<UnitDto> {
    assertPermission(user, RECORD_IN_FIELD);
    const id = randomUUID();
    return this.writeQueue.run(async (manager) => {
      await visiblePropertyCity(manager, user, propertyId);
      const clash = await manager
        .getRepository(Unit)
        .createQueryBuilder('u')
        .select(['u.id'])
        .where('u.propertyId = :propertyId AND LOWER(u.label) = LOWER(:label)', { propertyId, label: dto.label })
        .getOne();
      if (clash) throw conflict('duplicate_unit_label', `The property already has a unit labelled "${dto.label}".`, { existingId: clash.id });
      const values = {
        propertyId,
        label: dto.label,
        livingSpaceM2: dto.livingSpaceM2 ?? null,
        singleRoomSharedFacilities: dto.singleRoomSharedFacilities ?? false,
      };
      await manager.getRepository(Unit).insert({ id, ...values });
      await this.audit.append(manager, user, { action: 'unit_created', entity: 'unit', entityId: id, payload: values });
      return toUnitDto(await manager.getRepository(Unit).findOneByOrFail({ id }));
    });
  }
}

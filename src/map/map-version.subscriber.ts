import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntitySubscriberInterface, InsertEvent, RemoveEvent, UpdateEvent } from 'typeorm';
import { CommitHooks, type CommitHook } from '../database/commit-hooks.js';
import { AppMeta } from '../database/app-meta.entity.js';
import { Measure } from '../operations/measure.entity.js';
import { OccupancyCount } from '../operations/occupancy-count.entity.js';
import { OperationAgency } from '../operations/operation-agency.entity.js';
import { Operation } from '../operations/operation.entity.js';
import { Property } from '../properties/property.entity.js';

/** Changes on every write to properties (position, status, address): clusters of plain filters depend on it only. */
export const MAP_PROPERTIES_VERSION_KEY = 'map_version_properties';
/** Changes on every write to operations, their agencies, measures and occupancy: the join filters depend on it too. */
export const MAP_CASES_VERSION_KEY = 'map_version_cases';

const CASE_ENTITIES: readonly unknown[] = [Operation, OperationAgency, Measure, OccupancyCount];

type WriteEvent = InsertEvent<unknown> | UpdateEvent<unknown> | RemoveEvent<unknown>;

/**
 * Bumps a version row inside the very transaction that wrote map-relevant rows, so every server instance
 * (SQLite or several on PostgreSQL) sees a change with one primary-key read and never a stale cluster index.
 * The bump is one of the transaction's last statements, so concurrent writers queue on the row only briefly.
 */
@Injectable()
export class MapVersionSubscriber implements EntitySubscriberInterface<unknown>, CommitHook<string> {
  readonly order = 20;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly commitHooks: CommitHooks,
  ) {
    dataSource.subscribers.push(this);
  }

  afterInsert(event: InsertEvent<unknown>): Promise<void> {
    return this.bump(event);
  }

  afterUpdate(event: UpdateEvent<unknown>): Promise<void> {
    return this.bump(event);
  }

  afterRemove(event: RemoveEvent<unknown>): Promise<void> {
    return this.bump(event);
  }

  async flush(manager: EntityManager, keys: readonly string[]): Promise<void> {
    for (const key of [...new Set(keys)].sort()) await manager.getRepository(AppMeta).upsert({ key, value: randomUUID() }, ['key']);
  }

  private async bump(event: WriteEvent): Promise<void> {
    const target = event.metadata.target;
    const key = target === Property ? MAP_PROPERTIES_VERSION_KEY : CASE_ENTITIES.includes(target) ? MAP_CASES_VERSION_KEY : null;
    if (key) await this.commitHooks.stage(event.manager, this, key);
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type EntitySubscriberInterface, type InsertEvent, type RemoveEvent, type UpdateEvent } from 'typeorm';
import { Agency } from '../agencies/agency.entity.js';
import { Decision } from '../decisions/decision.entity.js';
import { District } from '../districts/district.entity.js';
import { Measure } from '../operations/measure.entity.js';
import { OccupancyCount } from '../operations/occupancy-count.entity.js';
import { OperationAgency } from '../operations/operation-agency.entity.js';
import { Operation } from '../operations/operation.entity.js';
import { PropertyStatusPeriod } from '../properties/property-status-period.entity.js';
import { Property } from '../properties/property.entity.js';
import { AppMeta } from './app-meta.entity.js';
import { CommitHooks, type CommitHook } from './commit-hooks.js';

/**
 * What each version row covers (its app_meta key and the entities whose writes change it). Caches built from
 * these tables (map clusters, council summaries) are valid exactly as long as the rows they depend on are unchanged.
 */
export const DATA_VERSIONS = {
  /** Position, status and address of properties, and their status periods: all the plain map needs. */
  properties: { key: 'map_version_properties', entities: [Property, PropertyStatusPeriod] },
  /** Operations, their agencies, measures and occupancy counts: the map's case filters and the summaries. */
  cases: { key: 'map_version_cases', entities: [Operation, OperationAgency, Measure, OccupancyCount] },
  /** Decisions with their persons and dates: the summaries. */
  decisions: { key: 'data_version_decisions', entities: [Decision] },
  /** District outlines and the agency catalogue: the rows and columns of the summaries. */
  catalogues: { key: 'data_version_catalogues', entities: [District, Agency] },
} as const;

export type DataVersionName = keyof typeof DATA_VERSIONS;

type WriteEvent = InsertEvent<unknown> | UpdateEvent<unknown> | RemoveEvent<unknown>;

/**
 * Bumps a version row inside the very transaction that wrote the rows it covers, so every server instance
 * (SQLite or several on PostgreSQL) sees a change with one primary-key read and never serves a stale cache.
 * The bump is one of the transaction's last statements, so concurrent writers queue on the row only briefly.
 */
@Injectable()
export class DataVersions implements EntitySubscriberInterface<unknown>, CommitHook<string> {
  readonly order = 20;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commitHooks: CommitHooks,
  ) {
    dataSource.subscribers.push(this);
  }

  /** The current version of the named row sets as one string; read it before the data it guards. */
  async read(names: readonly DataVersionName[]): Promise<string> {
    const keys = names.map((name) => DATA_VERSIONS[name].key);
    const rows = await this.dataSource.getRepository(AppMeta).find({ where: { key: In(keys) } });
    return keys.map((k) => rows.find((r) => r.key === k)?.value ?? '-').join('|');
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
    const covering = Object.values(DATA_VERSIONS).find((v) => (v.entities as readonly unknown[]).includes(target));
    if (covering) await this.commitHooks.stage(event.manager, this, covering.key);
  }
}

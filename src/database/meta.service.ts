import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppMeta } from './app-meta.entity.js';

export const META_DEMO_DATA = 'demo_data';
/** Made by a migration: the record keys of the council summaries' cell key method derive from it. */
export const META_CELL_KEY_SECRET = 'cell_key_secret';

@Injectable()
export class MetaService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(key: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const row = await manager.getRepository(AppMeta).findOneBy({ key });
    return row?.value ?? null;
  }

  async set(manager: EntityManager, key: string, value: string): Promise<void> {
    await manager.getRepository(AppMeta).save({ key, value });
  }

  async isDemo(): Promise<boolean> {
    return (await this.get(META_DEMO_DATA)) !== null;
  }
}

import { mkdirSync } from 'node:fs';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations.js';
import { applySqlitePragmas } from './sqlite-settings.js';

/** The data folder holds the database, its log, the token secret and backups: the server's account alone reads it. */
export const DATA_DIR_MODE = 0o700;

/** One options function for the app, the seed runner, the benchmarks and the TypeORM CLI. */
export function buildDataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // openDataSource applies them under a lock.
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: ['error' as const],
  };
  if (config.databaseUrl) {
    return { ...common, type: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize };
  }
  mkdirSync(config.dataDir, { recursive: true, mode: DATA_DIR_MODE });
  return { ...common, type: 'better-sqlite3', database: config.sqlitePath, prepareDatabase: applySqlitePragmas };
}

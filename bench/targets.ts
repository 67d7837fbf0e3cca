import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadAppConfig, type AppConfig } from '../src/config/app-config.js';

export type DatabaseKind = 'sqlite' | 'postgres';

/** A fresh, empty database for one benchmark run and the configuration that points the app at it. */
export interface BenchTarget {
  kind: DatabaseKind;
  config: AppConfig;
  /** Where the data lives, for the report: the SQLite file or the PostgreSQL database name. */
  location: string;
  drop(): Promise<void>;
}

/** SQLite in a temporary DATA_DIR, or a new database on the PostgreSQL server at `postgresServerUrl`. */
export async function createTarget(kind: DatabaseKind, postgresServerUrl: string): Promise<BenchTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hausakte-bench-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  const settings = (databaseUrl: string) =>
    loadAppConfig(
      {
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        DEMO_DATA: 'false',
        AUTH_TOKEN_SECRET: randomBytes(48).toString('base64url'),
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
        // No tiles: nothing leaves the machine, the client draws district outlines as its background.
        TILE_URL: '',
        LOG_LEVEL: 'warn',
      },
      null,
    );
  if (kind === 'sqlite') {
    const config = settings('');
    return { kind, config, location: config.sqlitePath, drop: () => Promise.resolve(removeDir()) };
  }
  const name = `hausakte_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(postgresServerUrl, `CREATE DATABASE ${name}`);
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    config: settings(url.toString()),
    location: name,
    async drop() {
      await adminQuery(postgresServerUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      removeDir();
    },
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

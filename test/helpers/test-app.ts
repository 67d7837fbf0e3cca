import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type CreateAppOptions } from '../../src/bootstrap.js';
import { City } from '../../src/cities/city.entity.js';
import { loadAppConfig, type AppConfig } from '../../src/config/app-config.js';

export interface TestAppOptions extends Omit<CreateAppOptions, 'logger'> {
  /** Starts as a new installation does: no city set up. */
  withoutCity?: boolean;
  /** The city to start with instead of Duisburg. */
  city?: Pick<City, 'ags' | 'name' | 'land' | 'timeZone'>;
}

export interface TestApp {
  app: NestFastifyApplication;
  /** Settings that let a second instance share this one's database (createTestApp(t.shareDatabase)). */
  shareDatabase: Record<string, string>;
  config: AppConfig;
  dataSource: DataSource;
  dataDir: string;
  close(): Promise<void>;
}

/** The city every test app starts with (Duisburg), as a city's own installation would have it. */
export const TEST_CITY_AGS = '05112000';
const TEST_CITY = { ags: TEST_CITY_AGS, name: 'Duisburg', land: 'NW', timeZone: 'Europe/Berlin' } as const;

export const TEST_TOKEN_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

/**
 * The real application (same bootstrap, validation pipe, filter, guard) on a fresh temporary SQLite file,
 * or on the PostgreSQL database in TEST_DATABASE_URL. Given DATA_DIR/DATABASE_URL overrides, it joins that database.
 */
export async function createTestApp(overrides: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const joins = 'DATA_DIR' in overrides;
  const dataDir = joins ? overrides.DATA_DIR : mkdtempSync(join(tmpdir(), 'hausakte-test-'));
  const database = joins ? null : await createTestDatabase();
  const config = loadAppConfig(
    {
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DATABASE_URL: database?.url ?? '',
      DEMO_DATA: 'false',
      AUTH_TOKEN_SECRET: TEST_TOKEN_SECRET,
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      ...overrides,
    },
    null,
  );
  const { withoutCity: _, city: __, ...appOptions } = options;
  const app = await createApp(config, { ...appOptions, logger: false });
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  if (!joins && !options.withoutCity) await dataSource.getRepository(City).insert({ ...(options.city ?? TEST_CITY) });
  return {
    app,
    shareDatabase: { DATA_DIR: dataDir, DATABASE_URL: config.databaseUrl ?? '' },
    config,
    dataSource,
    dataDir,
    async close() {
      await app.close();
      if (joins) return;
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The real application for the tests of the enclosing file or describe block: started before them, closed after.
 * The answer is filled in when it starts, so tests and later hooks use it as they would createTestApp's.
 */
export function useTestApp(overrides: Record<string, string> = {}, options: TestAppOptions = {}): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => {
    Object.assign(t, await createTestApp(overrides, options));
  });
  // A start that failed has nothing to close and already reported why.
  afterAll(async () => t.close?.());
  return t;
}

/** With TEST_DATABASE_URL set, each test app gets a fresh PostgreSQL database on that server. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return null;
  const name = `hausakte_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

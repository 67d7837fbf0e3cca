import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/database/migrations.js';
import { createTestApp, createTestDatabase, type TestApp } from '../helpers/test-app.js';

const INSTANCES = 3;

// Several instances share a database only on PostgreSQL; the SQLite file belongs to one server.
describe.skipIf(!process.env.TEST_DATABASE_URL)('instances starting together on an empty PostgreSQL database', () => {
  let database: NonNullable<Awaited<ReturnType<typeof createTestDatabase>>>;
  const dataDir = mkdtempSync(join(tmpdir(), 'hausakte-migration-lock-'));
  let started: PromiseSettledResult<TestApp>[] = [];

  beforeAll(async () => {
    database = (await createTestDatabase())!;
    started = await Promise.allSettled(Array.from({ length: INSTANCES }, () => createTestApp({ DATA_DIR: dataDir, DATABASE_URL: database.url })));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.close() : Promise.resolve())));
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should all start, with every migration applied exactly once', async () => {
    const failures = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
    expect(failures).toEqual([]);
    const { dataSource } = (started[0] as PromiseFulfilledResult<TestApp>).value;
    const rows: Array<{ name: string; n: string }> = await dataSource.query('SELECT name, COUNT(*) AS n FROM migrations GROUP BY name ORDER BY name');
    expect(rows.map((r) => [r.name, Number(r.n)])).toEqual(MIGRATIONS.map((m) => [m.name, 1]).sort());
  });

  it('should leave the schema the entities describe', async () => {
    const { dataSource } = (started[0] as PromiseFulfilledResult<TestApp>).value;
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});

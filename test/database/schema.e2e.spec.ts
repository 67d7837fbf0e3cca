import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';

describe('migrations', () => {
  const t = useTestApp();

  it('should create exactly the schema the entities describe', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('should seed the agency catalogue of DESIGN §1', async () => {
    const rows: Array<{ code: string; taskforce: number | boolean }> = await t.dataSource.query('SELECT code, taskforce FROM agencies ORDER BY code');
    expect(rows.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'ordnungsamt',
        'bauaufsicht',
        'feuerwehr',
        'polizei',
        'jugendamt',
        'jobcenter',
        'auslaenderbehoerde',
        'finanzamt',
        'familienkasse',
        'zoll',
        'gesundheitsamt',
        'versorger',
        'dolmetscher',
      ]),
    );
  });

  it('should run with durable commits (SQLite: WAL, synchronous FULL, foreign keys; PostgreSQL: fsync, synchronous_commit)', async () => {
    if (t.dataSource.options.type === 'postgres') {
      const [fsync] = await t.dataSource.query<Array<{ fsync: string }>>('SHOW fsync');
      const [commit] = await t.dataSource.query<Array<{ synchronous_commit: string }>>('SHOW synchronous_commit');
      expect([fsync.fsync, commit.synchronous_commit]).toEqual(['on', 'on']);
    } else {
      const [journal] = await t.dataSource.query<Array<{ journal_mode: string }>>('PRAGMA journal_mode');
      const [sync] = await t.dataSource.query<Array<{ synchronous: number }>>('PRAGMA synchronous');
      const [fks] = await t.dataSource.query<Array<{ foreign_keys: number }>>('PRAGMA foreign_keys');
      expect([journal.journal_mode, sync.synchronous, fks.foreign_keys]).toEqual(['wal', 2, 1]);
    }
  });
});

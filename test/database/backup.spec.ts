import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupSqlite } from '../../src/database/backup.js';
import { applySqlitePragmas } from '../../src/database/sqlite-settings.js';

describe('backupSqlite', () => {
  let dir: string;
  let live: Database.Database;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hausakte-backup-'));
    live = new Database(join(dir, 'hausakte.sqlite'));
    applySqlitePragmas(live);
    live.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    live.prepare('INSERT INTO notes (text) VALUES (?)').run('before the backup');
  });
  afterEach(() => {
    live.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should copy committed rows still in the write-ahead log while the database stays open for writing', async () => {
    const result = await backupSqlite(join(dir, 'hausakte.sqlite'), join(dir, 'backups', 'copy.sqlite'));
    live.prepare('INSERT INTO notes (text) VALUES (?)').run('after the backup');
    expect(result.check).toBe('ok');
    const copy = new Database(result.file, { readonly: true });
    expect(copy.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'before the backup' }]);
    copy.close();
  });

  it('should refuse to overwrite an existing file', async () => {
    await backupSqlite(join(dir, 'hausakte.sqlite'), join(dir, 'copy.sqlite'));
    await expect(backupSqlite(join(dir, 'hausakte.sqlite'), join(dir, 'copy.sqlite'))).rejects.toThrow('exists already');
  });
});

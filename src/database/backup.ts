// `npm run backup -- [file]`: an online copy of the SQLite database, safe while the server is running.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadAppConfig } from '../config/app-config.js';
import { DATA_DIR_MODE } from './database-options.js';
import { DATA_FILE_MODE } from './sqlite-settings.js';

export interface BackupResult {
  file: string;
  pages: number;
  check: string;
}

/**
 * Copies the database with SQLite's online backup API in a single step, so the copy is one consistent snapshot
 * that the server's concurrent writes (WAL) neither block nor restart, then checks the copy's integrity.
 */
export async function backupSqlite(source: string, target: string): Promise<BackupResult> {
  if (!existsSync(source)) throw new Error(`No database at ${source}`);
  if (existsSync(target)) throw new Error(`${target} exists already; choose a new file`);
  mkdirSync(dirname(target), { recursive: true, mode: DATA_DIR_MODE });
  // Created owner-only before SQLite writes into it: a backup holds everything the database does.
  writeFileSync(target, '', { mode: DATA_FILE_MODE, flag: 'wx' });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(target, { progress: () => 0x7fffffff });
    const copy = new Database(target, { readonly: true });
    try {
      const check = String(copy.pragma('quick_check', { simple: true }));
      if (check !== 'ok') throw new Error(`The copy at ${target} failed its integrity check: ${check}`);
      return { file: target, pages: totalPages, check };
    } finally {
      copy.close();
    }
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const config = loadAppConfig();
  if (config.usesPostgres) throw new Error('DATABASE_URL points at PostgreSQL: back it up with pg_dump (see README).');
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const target = resolve(process.argv[2] ?? join(config.dataDir, 'backups', `hausakte-${stamp}.sqlite`));
  const result = await backupSqlite(config.sqlitePath, target);
  console.log(`Backed up ${config.sqlitePath} to ${result.file} (${result.pages} pages, integrity ${result.check}).`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

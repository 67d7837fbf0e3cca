import Database from 'better-sqlite3';
import pg from 'pg';
import { applySqlitePragmas } from '../src/database/sqlite-settings.js';
import type { BenchTarget } from './targets.js';

type Row = Record<string, unknown>;

/** A plain driver connection beside the server for the baselines: no ORM, no HTTP, statements written out. */
export interface Direct {
  /** `?` placeholders on both databases. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** One transaction; on SQLite BEGIN IMMEDIATE, so it waits for the server's writes instead of failing. */
  transaction(work: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

function sqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  return value;
}

export async function openDirect(target: BenchTarget): Promise<Direct> {
  if (target.kind === 'postgres') {
    const client = new pg.Client({ connectionString: target.config.databaseUrl! });
    await client.connect();
    const texts = new Map<string, string>();
    const text = (sql: string) => texts.get(sql) ?? texts.set(sql, numbered(sql)).get(sql)!;
    return {
      query: async <T extends Row>(sql: string, params: readonly unknown[] = []) => (await client.query(text(sql), [...params])).rows as T[],
      async transaction(work) {
        await client.query('BEGIN');
        try {
          await work();
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      },
      close: () => client.end(),
    };
  }
  // The same settings as the server's connection: WAL, synchronous=FULL, foreign keys, busy timeout.
  const db = new Database(target.config.sqlitePath);
  applySqlitePragmas(db);
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)!;
  return {
    query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const statement = prepare(sql);
      const values = params.map(sqliteValue);
      if (statement.reader) return Promise.resolve(statement.all(...values) as T[]);
      statement.run(...values);
      return Promise.resolve([]);
    },
    async transaction(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        await work();
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

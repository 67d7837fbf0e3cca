import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import copyStreams from 'pg-copy-streams';
import type { EntityManager, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';

/** Largest number of bound values per statement that both SQLite (32766) and PostgreSQL (65535) accept. */
const MAX_VALUES_PER_STATEMENT = 30_000;
/** Rows per chunk of COPY text handed to the socket. */
const COPY_ROWS_PER_CHUNK = 2000;

/**
 * Bulk insert of plain rows (column names as in the table) for imports and generated data sets: on PostgreSQL one
 * COPY FROM STDIN per table (several times faster than multi-row INSERT), on SQLite multi-row INSERTs.
 * Inside a transaction it uses the transaction's connection.
 */
export async function bulkInsert(manager: EntityManager, table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
  if (rows.length === 0) return;
  if (manager.connection.options.type === 'postgres') return copyInto(manager, table, columns, rows);
  const escape = (name: string) => manager.connection.driver.escape(name);
  const perStatement = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length));
  const head = `INSERT INTO ${escape(table)} (${columns.map(escape).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      for (const value of row) values.push(sqliteValue(value));
      return `(${row.map(() => '?').join(', ')})`;
    });
    await manager.query(head + tuples.join(', '), values);
  }
}

function sqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  return value;
}

async function copyInto(manager: EntityManager, table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
  const escape = (name: string) => manager.connection.driver.escape(name);
  const own: QueryRunner | null = manager.queryRunner && !manager.queryRunner.isReleased ? null : manager.connection.createQueryRunner();
  const runner = own ?? manager.queryRunner!;
  try {
    const client = (await runner.connect()) as PoolClient;
    const sink = client.query(copyStreams.from(`COPY ${escape(table)} (${columns.map(escape).join(', ')}) FROM STDIN`));
    await pipeline(Readable.from(copyChunks(rows)), sink);
  } finally {
    await own?.release();
  }
}

function* copyChunks(rows: ReadonlyArray<readonly unknown[]>): Generator<string> {
  for (let start = 0; start < rows.length; start += COPY_ROWS_PER_CHUNK) {
    let text = '';
    for (const row of rows.slice(start, start + COPY_ROWS_PER_CHUNK)) text += `${row.map(copyValue).join('\t')}\n`;
    yield text;
  }
}

/** One field of PostgreSQL's COPY text format: \N is NULL; backslash, tab and line breaks are escaped. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'bigint' ? value.toString() : JSON.stringify(value);
  return text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

/** Entity rows as multi-row INSERT statements of up to 500 rows, without reading generated values back. */
export async function insertInChunks<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: ReadonlyArray<Partial<T>>): Promise<void> {
  const columns = manager.connection.getMetadata(entity).columns.length;
  const size = Math.max(1, Math.min(500, Math.floor(MAX_VALUES_PER_STATEMENT / columns)));
  for (let i = 0; i < rows.length; i += size) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + size))
      .updateEntity(false)
      .execute();
  }
}

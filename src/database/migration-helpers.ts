import { type QueryRunner, type Table, type TableColumnOptions } from 'typeorm';

/** Column builders for migrations that give the same schema on SQLite and PostgreSQL. */
export function columns(queryRunner: QueryRunner) {
  const timestampType = queryRunner.connection.driver.normalizeType({ type: Date });
  const now = queryRunner.connection.driver.options.type === 'postgres' ? 'now()' : "datetime('now')";
  const col = (name: string, options: Omit<TableColumnOptions, 'name'>): TableColumnOptions => ({ name, isNullable: false, ...options });
  return {
    col: (name: string, type: string, nullable = false): TableColumnOptions => col(name, { type, isNullable: nullable }),
    id: (name = 'id'): TableColumnOptions => col(name, { type: 'varchar', length: '36', isPrimary: true }),
    ref: (name: string, nullable = false): TableColumnOptions => col(name, { type: 'varchar', length: '36', isNullable: nullable }),
    code: (name: string, nullable = false): TableColumnOptions => col(name, { type: 'varchar', length: '40', isNullable: nullable }),
    varchar: (name: string, length: number, nullable = false): TableColumnOptions =>
      col(name, { type: 'varchar', length: String(length), isNullable: nullable }),
    text: (name: string, nullable = false): TableColumnOptions => col(name, { type: 'text', isNullable: nullable }),
    int: (name: string, nullable = false, defaultValue?: number): TableColumnOptions =>
      col(name, { type: 'integer', isNullable: nullable, default: defaultValue }),
    double: (name: string, nullable = false): TableColumnOptions => col(name, { type: 'double precision', isNullable: nullable }),
    boolean: (name: string, defaultValue: boolean): TableColumnOptions =>
      col(name, { type: 'boolean', default: queryRunner.connection.driver.options.type === 'postgres' ? String(defaultValue) : defaultValue ? 1 : 0 }),
    date: (name: string, nullable = false): TableColumnOptions => col(name, { type: 'date', isNullable: nullable }),
    timestamp: (name: string, nullable = false): TableColumnOptions => col(name, { type: timestampType, isNullable: nullable }),
    createdAt: (name = 'created_at'): TableColumnOptions => col(name, { type: timestampType, default: now }),
  };
}

/** Inserts plain rows by column name, independent of today's entity classes (migrations must not change with them). */
export async function insertRows(queryRunner: QueryRunner, table: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  const postgres = queryRunner.connection.driver.options.type === 'postgres';
  for (const row of rows) {
    const names = Object.keys(row);
    const values = names.map((n) => (typeof row[n] === 'boolean' && !postgres ? (row[n] ? 1 : 0) : row[n]));
    const placeholders = names.map((_, i) => (postgres ? `$${i + 1}` : '?'));
    const quoted = names.map((n) => queryRunner.connection.driver.escape(n));
    await queryRunner.query(`INSERT INTO ${queryRunner.connection.driver.escape(table)} (${quoted.join(', ')}) VALUES (${placeholders.join(', ')})`, values);
  }
}

/**
 * SQLite rebuilds a table to add a constraint, from the runner's cached description: columns that earlier migrations
 * of the same run added with plain ALTER TABLE are missing there, and would be dropped with their data. Called first
 * by every migration that uses TypeORM's table API on tables an earlier one altered.
 */
export function forgetLoadedTables(queryRunner: QueryRunner): void {
  (queryRunner as QueryRunner & { loadedTables: Table[] }).loadedTables = [];
}

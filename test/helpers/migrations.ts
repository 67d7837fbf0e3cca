import type { DataSource } from 'typeorm';

/** Undoes the newest migrations up to and including the named one, so that a test can store rows from before it. */
export async function undoMigrationsThrough(dataSource: DataSource, name: string): Promise<void> {
  const e = (identifier: string) => dataSource.driver.escape(identifier);
  const executed = async () => (await dataSource.query<Array<{ name: string }>>(`SELECT ${e('name')} FROM ${e('migrations')}`)).map((r) => r.name);
  if (!(await executed()).includes(name)) throw new Error(`migration ${name} has not run`);
  // As TypeORM does before running migrations: SQLite's table rebuilds drop and rename tables other tables refer to.
  const sqlite = dataSource.options.type !== 'postgres';
  if (sqlite) await dataSource.query('PRAGMA foreign_keys = OFF');
  try {
    while ((await executed()).includes(name)) await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    if (sqlite) await dataSource.query('PRAGMA foreign_keys = ON');
  }
}

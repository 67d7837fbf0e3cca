import type { DataSource } from 'typeorm';

/** Undoes the newest migrations up to and including the named one, so that a test can store rows from before it. */
export async function undoMigrationsThrough(dataSource: DataSource, name: string): Promise<void> {
  const e = (identifier: string) => dataSource.driver.escape(identifier);
  const executed = async () => (await dataSource.query<Array<{ name: string }>>(`SELECT ${e('name')} FROM ${e('migrations')}`)).map((r) => r.name);
  if (!(await executed()).includes(name)) throw new Error(`migration ${name} has not run`);
  while ((await executed()).includes(name)) await dataSource.undoLastMigration({ transaction: 'each' });
}

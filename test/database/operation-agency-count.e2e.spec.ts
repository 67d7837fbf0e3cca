import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { undoMigrationsThrough } from '../helpers/migrations.js';
import { makeProperty } from '../factories/property.factory.js';
import { useTestApp } from '../helpers/test-app.js';

describe('migration OperationAgencyCount1764300000000 on a database with operations', () => {
  const t = useTestApp();

  it('should count the agencies of every operation stored before it', async () => {
    // Through today's entity, before the schema goes back.
    const property = await makeProperty(t);
    await undoMigrationsThrough(t.dataSource, 'OperationAgencyCount1764300000000');
    const e = (name: string) => t.dataSource.driver.escape(name);
    const postgres = t.dataSource.options.type === 'postgres';
    const p = (i: number) => (postgres ? `$${i}` : '?');
    const operations = [
      { id: randomUUID(), agencies: ['ordnungsamt', 'bauaufsicht', 'feuerwehr'] },
      { id: randomUUID(), agencies: ['ordnungsamt'] },
    ];
    for (const operation of operations) {
      await t.dataSource.query(
        `INSERT INTO ${e('operations')} (id, property_id, kind, date, ${e('trigger')}, interpreter_present, units_entered, units_not_accessible, state, lead_agency_code, created_by, version, created_at, updated_at) ` +
          `VALUES (${p(1)}, ${p(2)}, 'joint_inspection', '2025-03-01', 'complaint', ${postgres ? 'false' : '0'}, 1, 0, 'submitted', 'ordnungsamt', ${p(3)}, 1, ${p(4)}, ${p(5)})`,
        [operation.id, property.id, randomUUID(), new Date().toISOString(), new Date().toISOString()],
      );
      for (const agency of operation.agencies) {
        await t.dataSource.query(`INSERT INTO operation_agencies (operation_id, agency_code) VALUES (${p(1)}, ${p(2)})`, [operation.id, agency]);
      }
    }
    await t.dataSource.runMigrations({ transaction: 'each' });
    const rows: Array<{ id: string; agency_count: number | string }> = await t.dataSource.query('SELECT id, agency_count FROM operations');
    expect(Object.fromEntries(rows.map((r) => [r.id, Number(r.agency_count)]))).toEqual(Object.fromEntries(operations.map((o) => [o.id, o.agencies.length])));
  });
});

import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns, forgetLoadedTables, insertRows } from '../migration-helpers.js';

/** The only data set that existed before cities: the Duisburg demo. */
const DEMO_CITY = { ags: '05112000', name: 'Duisburg', land: 'NW', time_zone: 'Europe/Berlin' };

/** Tables whose rows belong to one city; a user without one works across every city of the installation (a Land role). */
const MEMBERS: Array<{ table: string; nullable: boolean }> = [
  { table: 'properties', nullable: false },
  { table: 'districts', nullable: false },
  { table: 'users', nullable: true },
];

/**
 * Cities: a municipality record (AGS, name, Land, time zone) that properties, districts and users belong to, so one
 * installation can serve several. Existing buildings and districts can only be the Duisburg demo's; any other data
 * stops the migration with a message rather than being put into a city it may not belong to.
 */
export class Cities1765300000000 implements MigrationInterface {
  name = 'Cities1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    const c = columns(queryRunner);
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    await queryRunner.createTable(
      new Table({
        name: 'cities',
        columns: [
          c.varchar('ags', 8),
          c.varchar('name', 100),
          c.varchar('land', 2),
          c.varchar('time_zone', 64),
          c.int('version', false, 1),
          c.createdAt(),
        ].map((column) => (column.name === 'ags' ? { ...column, isPrimary: true } : column)),
      }),
    );
    const names = await queryRunner.query(
      `SELECT DISTINCT LOWER(${e('city')}) AS ${e('name')} FROM ${e('properties')} UNION SELECT DISTINCT LOWER(${e('city')}) FROM ${e('districts')}`,
    );
    const existing = (names as Array<{ name: string }>).map((r) => r.name);
    if (existing.some((name) => name !== 'duisburg')) {
      throw new Error(`Cities: this database holds buildings or districts of ${existing.join(', ')}; only the Duisburg demo can be assigned to a city automatically.`);
    }
    const backfill = existing.length > 0 ? DEMO_CITY.ags : null;
    if (backfill) await insertRows(queryRunner, 'cities', [DEMO_CITY]);
    for (const { table, nullable } of MEMBERS) {
      await queryRunner.addColumn(table, new TableColumn({ ...c.varchar('city_ags', 8, true) }));
      if (backfill) await queryRunner.query(`UPDATE ${e(table)} SET ${e('city_ags')} = '${backfill}'`);
      if (!nullable) await queryRunner.changeColumn(table, 'city_ags', new TableColumn(c.varchar('city_ags', 8)));
      await queryRunner.createForeignKey(
        table,
        new TableForeignKey({ columnNames: ['city_ags'], referencedTableName: 'cities', referencedColumnNames: ['ags'], onDelete: 'RESTRICT' }),
      );
    }
    // District codes are the city's own: two cities may both have a Stadtbezirk "1".
    await queryRunner.dropIndex('districts', 'uq_districts_city_code');
    await queryRunner.createIndex('districts', new TableIndex({ name: 'uq_districts_city_code', columnNames: ['city_ags', 'code'], isUnique: true }));
    await queryRunner.createIndex('properties', new TableIndex({ name: 'ix_properties_city', columnNames: ['city_ags', 'status'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    await queryRunner.dropIndex('properties', 'ix_properties_city');
    await queryRunner.dropIndex('districts', 'uq_districts_city_code');
    await queryRunner.createIndex('districts', new TableIndex({ name: 'uq_districts_city_code', columnNames: ['city', 'code'], isUnique: true }));
    for (const { table } of [...MEMBERS].reverse()) {
      const foreignKey = (await queryRunner.getTable(table))!.foreignKeys.find((fk) => fk.columnNames.includes('city_ags'))!;
      await queryRunner.dropForeignKey(table, foreignKey);
      await queryRunner.dropColumn(table, 'city_ags');
    }
    await queryRunner.dropTable('cities');
  }
}

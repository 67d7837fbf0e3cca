import { TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns, forgetLoadedTables } from '../migration-helpers.js';

/** Rows that copy their building's city, as they copy its Stadtbezirk, so a city's summary filters without a join. */
const COPIES = ['operations', 'measures', 'decisions', 'property_status_periods'];

type IndexSpec = [table: string, name: string, columns: string[]];

const INDEXES_BEFORE: IndexSpec[] = [
  ['operations', 'ix_operations_date_covering', ['date', 'state', 'district_id', 'kind', 'interpreter_present', 'agency_count', 'property_id', 'id']],
  ['properties', 'ix_properties_district', ['district_id', 'created_at', 'first_visit_on', 'first_decision_on']],
  ['measures', 'ix_measures_date', ['date', 'district_id', 'type', 'agency_code', 'visibility', 'persons_count', 'withdrawn_by_amendment_id', 'operation_id']],
  ['measures', 'ix_measures_open', ['state', 'district_id', 'deadline', 'date', 'state_changed_at', 'withdrawn_by_amendment_id', 'operation_id']],
  ['measures', 'ix_measures_state_changed', ['state_changed_at', 'deadline', 'date', 'state', 'withdrawn_by_amendment_id', 'district_id', 'operation_id']],
  ['decisions', 'ix_decisions_property', ['property_id', 'effective_date', 'created_at', 'id', 'type', 'status_after', 'district_id']],
  ['property_status_periods', 'ix_property_status_periods_day', ['valid_from', 'valid_until', 'district_id', 'status']],
];

// The city first where the summary reads a range of one city's rows, last where it walks the index for another order.
const INDEXES: IndexSpec[] = [
  ['operations', 'ix_operations_date_covering', ['city_ags', 'date', 'state', 'district_id', 'kind', 'interpreter_present', 'agency_count', 'property_id', 'id']],
  ['properties', 'ix_properties_district', ['city_ags', 'district_id', 'created_at', 'first_visit_on', 'first_decision_on']],
  [
    'measures',
    'ix_measures_date',
    ['city_ags', 'date', 'district_id', 'type', 'agency_code', 'visibility', 'persons_count', 'withdrawn_by_amendment_id', 'operation_id'],
  ],
  ['measures', 'ix_measures_open', ['state', 'city_ags', 'district_id', 'deadline', 'date', 'state_changed_at', 'withdrawn_by_amendment_id', 'operation_id']],
  [
    'measures',
    'ix_measures_state_changed',
    ['state_changed_at', 'deadline', 'date', 'state', 'withdrawn_by_amendment_id', 'district_id', 'city_ags', 'operation_id'],
  ],
  ['decisions', 'ix_decisions_property', ['property_id', 'effective_date', 'created_at', 'id', 'type', 'status_after', 'district_id', 'city_ags']],
  ['property_status_periods', 'ix_property_status_periods_day', ['city_ags', 'valid_from', 'valid_until', 'district_id', 'status']],
];

/**
 * Per-city summaries: operations, measures, decisions and status periods copy their building's city, and the
 * summary's covering indexes carry it. Parties belong to a city too: each city keeps its own file of owners and
 * managers (each is its own controller of that personal data), so one party row is never shared between cities.
 */
export class CityCopies1765400000000 implements MigrationInterface {
  name = 'CityCopies1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    const c = columns(queryRunner);
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    const cities = (await queryRunner.query(`SELECT ${e('ags')} FROM ${e('cities')}`)) as Array<{ ags: string }>;
    const [{ count }] = (await queryRunner.query(`SELECT COUNT(*) AS ${e('count')} FROM ${e('parties')}`)) as Array<{ count: number | string }>;
    if (Number(count) > 0 && cities.length !== 1) throw new Error('City copies: parties exist, but not exactly one city they could belong to.');
    for (const table of COPIES) {
      await queryRunner.addColumn(table, new TableColumn(c.varchar('city_ags', 8, true)));
      await queryRunner.query(
        `UPDATE ${e(table)} SET ${e('city_ags')} = (SELECT ${e('city_ags')} FROM ${e('properties')} WHERE ${e('properties')}.${e('id')} = ${e(table)}.${e('property_id')})`,
      );
      await queryRunner.changeColumn(table, 'city_ags', new TableColumn(c.varchar('city_ags', 8)));
    }
    await queryRunner.addColumn('parties', new TableColumn(c.varchar('city_ags', 8, true)));
    if (Number(count) > 0) await queryRunner.query(`UPDATE ${e('parties')} SET ${e('city_ags')} = '${cities[0].ags}'`);
    await queryRunner.changeColumn('parties', 'city_ags', new TableColumn(c.varchar('city_ags', 8)));
    await queryRunner.createForeignKey(
      'parties',
      new TableForeignKey({ columnNames: ['city_ags'], referencedTableName: 'cities', referencedColumnNames: ['ags'], onDelete: 'RESTRICT' }),
    );
    await queryRunner.createIndex('parties', new TableIndex({ name: 'ix_parties_city', columnNames: ['city_ags'] }));
    await replaceIndexes(queryRunner, INDEXES_BEFORE, INDEXES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    await replaceIndexes(queryRunner, INDEXES, INDEXES_BEFORE);
    await queryRunner.dropIndex('parties', 'ix_parties_city');
    const foreignKey = (await queryRunner.getTable('parties'))!.foreignKeys.find((fk) => fk.columnNames.includes('city_ags'))!;
    await queryRunner.dropForeignKey('parties', foreignKey);
    for (const table of ['parties', ...COPIES]) await queryRunner.dropColumn(table, 'city_ags');
  }
}

async function replaceIndexes(queryRunner: QueryRunner, drop: readonly IndexSpec[], create: readonly IndexSpec[]): Promise<void> {
  for (const [table, name] of drop) await queryRunner.dropIndex(table, name);
  for (const [table, name, columnNames] of create) await queryRunner.createIndex(table, new TableIndex({ name, columnNames }));
}

import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '../migration-helpers.js';

/**
 * Each building's status periods, so that the status on any day is one indexed query. The rows are filled by the
 * building-file projector when the application starts (it projects every property that has none), so the status
 * rule is not copied into SQL here.
 */
export class PropertyStatusPeriods1764500000000 implements MigrationInterface {
  name = 'PropertyStatusPeriods1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'property_status_periods',
        columns: [
          { ...c.ref('property_id'), isPrimary: true },
          { ...c.date('valid_from'), isPrimary: true },
          c.date('valid_until', true),
          c.varchar('status', 20),
          c.ref('district_id', true),
        ],
        foreignKeys: [new TableForeignKey({ columnNames: ['property_id'], referencedTableName: 'properties', referencedColumnNames: ['id'], onDelete: 'RESTRICT' })],
        indices: [new TableIndex({ name: 'ix_property_status_periods_day', columnNames: ['valid_from', 'valid_until', 'district_id', 'status'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('property_status_periods');
  }
}

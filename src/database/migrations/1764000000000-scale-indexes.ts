import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Indexes measured by `npm run bench` at 1,000,000 operations. Nearly every operation is submitted, yet SQLite's
 * planner (without statistics) took `state = 'submitted'` on (state, date) as selective and scanned every operation:
 * a property's history on submit took seconds, the council summary's measure figures as long. The history now finds
 * a property's operations by (property_id, state, date), and measures of a period are found by their date.
 */
export class ScaleIndexes1764000000000 implements MigrationInterface {
  name = 'ScaleIndexes1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('operations', 'ix_operations_state_date');
    await queryRunner.dropIndex('operations', 'ix_operations_property');
    await queryRunner.createIndex('operations', new TableIndex({ name: 'ix_operations_property_state_date', columnNames: ['property_id', 'state', 'date'] }));
    await queryRunner.createIndex('measures', new TableIndex({ name: 'ix_measures_date', columnNames: ['date'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('measures', 'ix_measures_date');
    await queryRunner.dropIndex('operations', 'ix_operations_property_state_date');
    await queryRunner.createIndex('operations', new TableIndex({ name: 'ix_operations_property', columnNames: ['property_id'] }));
    await queryRunner.createIndex('operations', new TableIndex({ name: 'ix_operations_state_date', columnNames: ['state', 'date'] }));
  }
}

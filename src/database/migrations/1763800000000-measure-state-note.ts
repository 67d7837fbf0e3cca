import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '../migration-helpers.js';

/** A measure's state change keeps its note and who made it, so "done" can be traced. */
export class MeasureStateNote1763800000000 implements MigrationInterface {
  name = 'MeasureStateNote1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumns('measures', [c.varchar('state_note', 2000, true), c.ref('state_changed_by', true), c.timestamp('state_changed_at', true)].map((options) => new TableColumn(options)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('measures', ['state_changed_at', 'state_changed_by', 'state_note']);
  }
}

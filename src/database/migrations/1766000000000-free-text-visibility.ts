import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns, forgetLoadedTables } from '../migration-helpers.js';

/** Free text that can carry agency-confidential content gets a visibility of its own; everything written so far stays `taskforce`. */
export class FreeTextVisibility1766000000000 implements MigrationInterface {
  name = 'FreeTextVisibility1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    const c = columns(queryRunner);
    const visibility = (name: string) => new TableColumn({ ...c.varchar(name, 20), default: "'taskforce'" });
    await queryRunner.addColumns('operations', [visibility('notes_visibility'), visibility('trigger_source_visibility')]);
    await queryRunner.addColumns('operation_amendments', [visibility('reason_visibility')]);
    await queryRunner.addColumns('measures', [
      visibility('description_visibility'),
      visibility('state_note_visibility'),
      new TableColumn(c.code('state_note_agency_code', true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    await queryRunner.dropColumns('measures', ['description_visibility', 'state_note_visibility', 'state_note_agency_code']);
    await queryRunner.dropColumns('operation_amendments', ['reason_visibility']);
    await queryRunner.dropColumns('operations', ['notes_visibility', 'trigger_source_visibility']);
  }
}

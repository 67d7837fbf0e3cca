import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '../migration-helpers.js';

/** Reads of a building's file, in a log of their own so that reading never waits for the audit chain. */
export class FileReads1766100000000 implements MigrationInterface {
  name = 'FileReads1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'file_reads',
        columns: [
          c.id(),
          c.ref('property_id'),
          c.varchar('part', 20),
          c.ref('item_id', true),
          c.ref('actor_id'),
          c.varchar('actor_name', 100),
          c.code('actor_agency'),
          c.timestamp('at'),
        ],
        indices: [new TableIndex({ name: 'ix_file_reads_property', columnNames: ['property_id', 'at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('file_reads');
  }
}

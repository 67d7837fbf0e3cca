import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '../migration-helpers.js';

/** Login attempt counters shared by every server instance (not process memory). */
export class RateLimitHits1763900000000 implements MigrationInterface {
  name = 'RateLimitHits1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'rate_limit_hits',
        columns: [{ ...c.varchar('key', 200), isPrimary: true }, { ...c.col('window_start', 'bigint'), isPrimary: true }, c.int('hits')],
        indices: [new TableIndex({ name: 'ix_rate_limit_hits_window', columnNames: ['window_start'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('rate_limit_hits');
  }
}

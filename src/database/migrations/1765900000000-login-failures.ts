import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '../migration-helpers.js';

/** Failed logins per (hashed) username, so a per-account limit holds across instances and behind any number of addresses. */
export class LoginFailures1765900000000 implements MigrationInterface {
  name = 'LoginFailures1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'login_failures',
        columns: [{ ...c.varchar('account_key', 64), isPrimary: true }, c.int('failures'), c.col('locked_until', 'bigint'), c.col('last_failure_at', 'bigint')],
        indices: [new TableIndex({ name: 'ix_login_failures_last', columnNames: ['last_failure_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('login_failures');
  }
}

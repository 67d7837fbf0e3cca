import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '../migration-helpers.js';

/** Idempotency-Key records with their stored answers, shared by every server instance. */
export class IdempotencyKeys1764600000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'idempotency_keys',
        columns: [
          { ...c.ref('user_id'), isPrimary: true },
          { ...c.varchar('idempotency_key', 255), isPrimary: true },
          c.varchar('fingerprint', 64),
          c.int('response_status', true),
          c.text('response_body', true),
          c.col('started_at', 'bigint'),
          c.col('expires_at', 'bigint'),
        ],
        indices: [new TableIndex({ name: 'ix_idempotency_keys_expires', columnNames: ['expires_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('idempotency_keys');
  }
}

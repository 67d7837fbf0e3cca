import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '../migration-helpers.js';

/** Tokens ended by a logout, kept until they would have expired, shared by every server instance. */
export class RevokedTokens1765100000000 implements MigrationInterface {
  name = 'RevokedTokens1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'revoked_tokens',
        columns: [{ ...c.varchar('token_id', 36), isPrimary: true }, c.col('expires_at', 'bigint')],
        indices: [new TableIndex({ name: 'ix_revoked_tokens_expires', columnNames: ['expires_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('revoked_tokens');
  }
}

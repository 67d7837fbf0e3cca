import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns, forgetLoadedTables } from '../migration-helpers.js';

/** Accounts signed in by an OpenID provider keep its issuer and subject; sign-ins in progress are shared by every instance. */
export class SingleSignOn1765800000000 implements MigrationInterface {
  name = 'SingleSignOn1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    const c = columns(queryRunner);
    await queryRunner.addColumns('users', [new TableColumn(c.varchar('sso_issuer', 500, true)), new TableColumn(c.varchar('sso_subject', 255, true))]);
    await queryRunner.createIndex('users', new TableIndex({ name: 'ux_users_sso', columnNames: ['sso_issuer', 'sso_subject'], isUnique: true }));
    await queryRunner.createTable(
      new Table({
        name: 'oidc_sign_ins',
        columns: [
          { ...c.varchar('state', 64), isPrimary: true },
          c.varchar('nonce', 64),
          c.varchar('code_verifier', 128, true),
          c.col('created_at', 'bigint'),
          c.ref('user_id', true),
          c.varchar('handoff_hash', 64, true),
        ],
        indices: [
          new TableIndex({ name: 'ix_oidc_sign_ins_created', columnNames: ['created_at'] }),
          new TableIndex({ name: 'ux_oidc_sign_ins_handoff', columnNames: ['handoff_hash'], isUnique: true }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    await queryRunner.dropTable('oidc_sign_ins');
    await queryRunner.dropIndex('users', 'ux_users_sso');
    await queryRunner.dropColumns('users', ['sso_issuer', 'sso_subject']);
  }
}

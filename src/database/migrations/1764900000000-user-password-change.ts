import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A one-time password (a new account, later a reset) must be replaced at the first login before anything else. */
export class UserPasswordChange1764900000000 implements MigrationInterface {
  name = 'UserPasswordChange1764900000000';

  // ALTER TABLE, which both databases know: TypeORM's addColumn and dropColumn copy the whole table on SQLite.
  async up(queryRunner: QueryRunner): Promise<void> {
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    // Written as each database reports it back, so the schema check finds nothing to change.
    const no = queryRunner.connection.driver.options.type === 'postgres' ? 'false' : '(0)';
    await queryRunner.query(`ALTER TABLE ${e('users')} ADD COLUMN ${e('password_change_required')} boolean NOT NULL DEFAULT ${no}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    await queryRunner.query(`ALTER TABLE ${e('users')} DROP COLUMN ${e('password_change_required')}`);
  }
}

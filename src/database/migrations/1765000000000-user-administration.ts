import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users carry a version (their ETag for the admin's changes) and a session generation, counted up by a disable,
 * a password reset or change: tokens of an earlier generation are refused on every instance.
 */
export class UserAdministration1765000000000 implements MigrationInterface {
  name = 'UserAdministration1765000000000';

  // ALTER TABLE, which both databases know: TypeORM's addColumn and dropColumn copy the whole table on SQLite.
  async up(queryRunner: QueryRunner): Promise<void> {
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    await queryRunner.query(`ALTER TABLE ${e('users')} ADD COLUMN ${e('version')} integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE ${e('users')} ADD COLUMN ${e('session_generation')} integer NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    await queryRunner.query(`ALTER TABLE ${e('users')} DROP COLUMN ${e('session_generation')}`);
    await queryRunner.query(`ALTER TABLE ${e('users')} DROP COLUMN ${e('version')}`);
  }
}

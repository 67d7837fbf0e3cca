import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies are the administration's to change now: a version, their ETag, which a change must name in If-Match. */
export class AgencyVersion1765200000000 implements MigrationInterface {
  name = 'AgencyVersion1765200000000';

  // ALTER TABLE, which both databases know: TypeORM's addColumn and dropColumn copy the whole table on SQLite.
  async up(queryRunner: QueryRunner): Promise<void> {
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    await queryRunner.query(`ALTER TABLE ${e('agencies')} ADD COLUMN ${e('version')} integer NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    await queryRunner.query(`ALTER TABLE ${e('agencies')} DROP COLUMN ${e('version')}`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['parties', 'measures'];

/** Parties and measures carry a version too: their ETag, which a change must name in If-Match. */
export class PartyMeasureVersions1764800000000 implements MigrationInterface {
  name = 'PartyMeasureVersions1764800000000';

  // ALTER TABLE, which both databases know: TypeORM's addColumn and dropColumn copy the whole table on SQLite.
  async up(queryRunner: QueryRunner): Promise<void> {
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE ${e(table)} ADD COLUMN ${e('version')} integer NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE ${e(table)} DROP COLUMN ${e('version')}`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A property's own fields carry a version: its ETag, which a change must name in If-Match. */
export class PropertyVersion1764700000000 implements MigrationInterface {
  name = 'PropertyVersion1764700000000';

  // ALTER TABLE, which both databases know: TypeORM's addColumn and dropColumn copy the whole table on SQLite.
  async up(queryRunner: QueryRunner): Promise<void> {
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    await queryRunner.query(`ALTER TABLE ${e('properties')} ADD COLUMN ${e('version')} integer NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    await queryRunner.query(`ALTER TABLE ${e('properties')} DROP COLUMN ${e('version')}`);
  }
}

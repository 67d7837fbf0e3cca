import { randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertRows } from '../migration-helpers.js';

/** The installation's secret for the record keys of the council summaries' cell key method, made once and kept with the data. */
export class CellKeySecret1766200000000 implements MigrationInterface {
  name = 'CellKeySecret1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await insertRows(queryRunner, 'app_meta', [{ key: 'cell_key_secret', value: randomBytes(32).toString('hex') }]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM app_meta WHERE ${queryRunner.connection.driver.escape('key')} = 'cell_key_secret'`);
  }
}

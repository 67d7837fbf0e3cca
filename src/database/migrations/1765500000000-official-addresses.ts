import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '../migration-helpers.js';

/** The Land-wide gazetteer of official addresses, and its imports with their progress. */
export class OfficialAddresses1765500000000 implements MigrationInterface {
  name = 'OfficialAddresses1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'official_addresses',
        columns: [
          { ...c.varchar('id', 40), isPrimary: true },
          c.varchar('ags', 8),
          c.varchar('street', 200),
          c.varchar('house_number', 20),
          c.varchar('house_number_suffix', 20, true),
          c.varchar('postcode', 5, true),
          c.double('lat'),
          c.double('lon'),
          c.varchar('search_key', 260),
          c.varchar('valid_on', 10, true),
          c.boolean('historic', false),
          c.varchar('last_import_id', 36),
        ],
        indices: [
          new TableIndex({ name: 'ix_official_addresses_search', columnNames: ['ags', 'search_key'] }),
          new TableIndex({ name: 'ix_official_addresses_import', columnNames: ['ags', 'last_import_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'address_imports',
        columns: [
          c.id(),
          c.varchar('format', 10),
          c.varchar('state', 10),
          c.varchar('city_ags', 8, true),
          c.ref('actor_id', true),
          c.createdAt('started_at'),
          c.timestamp('updated_at'),
          c.int('lines'),
          c.int('inserted'),
          c.int('changed'),
          c.int('unchanged'),
          c.int('gone'),
          c.int('rejected'),
          c.int('skipped'),
          c.text('problems'),
          c.varchar('sha256', 64, true),
          c.varchar('message', 300, true),
        ],
        indices: [new TableIndex({ name: 'ix_address_imports_started', columnNames: ['started_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('address_imports');
    await queryRunner.dropTable('official_addresses');
  }
}

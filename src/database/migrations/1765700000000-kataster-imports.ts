import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns, forgetLoadedTables } from '../migration-helpers.js';

/** Tables that take records from a Kataster import, each linked to the import that created it. */
const LINKED = ['properties', 'parties', 'property_parties', 'decisions'] as const;

/** The city's own spreadsheet (Problemimmobilienkataster): each import with its file hash, the column mapping saved per city, and a link from every record an import created. */
export class KatasterImports1765700000000 implements MigrationInterface {
  name = 'KatasterImports1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'kataster_imports',
        columns: [
          c.id(),
          c.varchar('city_ags', 8),
          c.ref('actor_id'),
          c.createdAt(),
          c.varchar('sha256', 64),
          c.varchar('file_name', 200, true),
          c.varchar('format', 10),
          c.varchar('sheet', 200, true),
          c.text('mapping'),
          c.int('rows'),
          c.int('created'),
          c.int('existing'),
          c.int('rejected'),
          c.int('parties'),
          c.int('decisions'),
        ],
        indices: [new TableIndex({ name: 'uq_kataster_imports_file', columnNames: ['city_ags', 'sha256'], isUnique: true })],
        foreignKeys: [new TableForeignKey({ columnNames: ['city_ags'], referencedTableName: 'cities', referencedColumnNames: ['ags'], onDelete: 'RESTRICT' })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'kataster_mappings',
        columns: [{ ...c.varchar('city_ags', 8), isPrimary: true }, c.text('mapping'), c.ref('updated_by'), c.timestamp('updated_at'), c.int('version')],
        foreignKeys: [new TableForeignKey({ columnNames: ['city_ags'], referencedTableName: 'cities', referencedColumnNames: ['ags'], onDelete: 'RESTRICT' })],
      }),
    );
    for (const table of LINKED) {
      await queryRunner.addColumn(table, new TableColumn(c.ref('import_id', true)));
      await queryRunner.createForeignKey(
        table,
        new TableForeignKey({ columnNames: ['import_id'], referencedTableName: 'kataster_imports', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    for (const table of LINKED) {
      const foreignKey = (await queryRunner.getTable(table))!.foreignKeys.find((fk) => fk.columnNames.includes('import_id'))!;
      await queryRunner.dropForeignKey(table, foreignKey);
      await queryRunner.dropColumn(table, 'import_id');
    }
    await queryRunner.dropTable('kataster_mappings');
    await queryRunner.dropTable('kataster_imports');
  }
}

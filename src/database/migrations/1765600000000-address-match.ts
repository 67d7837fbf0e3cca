import { TableColumn, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns, forgetLoadedTables } from '../migration-helpers.js';

/**
 * A building's match with the gazetteer: the official address it stands at and how it was placed there. The postcode
 * becomes optional, since the official NRW data carry none and a postcode is never invented. An address import counts
 * the buildings it matched.
 */
export class AddressMatch1765600000000 implements MigrationInterface {
  name = 'AddressMatch1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    const c = columns(queryRunner);
    await queryRunner.addColumns('properties', [new TableColumn(c.varchar('official_address_id', 40, true)), new TableColumn(c.varchar('address_match', 12, true))]);
    await postcodeNullable(queryRunner, true);
    await queryRunner.createForeignKey(
      'properties',
      new TableForeignKey({ columnNames: ['official_address_id'], referencedTableName: 'official_addresses', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }),
    );
    await queryRunner.addColumn('address_imports', new TableColumn(c.int('matched', false, 0)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    await queryRunner.dropColumn('address_imports', 'matched');
    const foreignKey = (await queryRunner.getTable('properties'))!.foreignKeys.find((fk) => fk.columnNames.includes('official_address_id'))!;
    await queryRunner.dropForeignKey('properties', foreignKey);
    await queryRunner.dropColumns('properties', ['official_address_id', 'address_match']);
    const e = (name: string) => queryRunner.connection.driver.escape(name);
    await queryRunner.query(`UPDATE ${e('properties')} SET ${e('postcode')} = '' WHERE ${e('postcode')} IS NULL`);
    await postcodeNullable(queryRunner, false);
  }
}

/** TypeORM's changeColumn drops and re-adds a PostgreSQL column whose type it reads back under another name, losing its values: altered in place there. */
async function postcodeNullable(queryRunner: QueryRunner, nullable: boolean): Promise<void> {
  if (queryRunner.connection.driver.options.type === 'postgres') {
    await queryRunner.query(`ALTER TABLE "properties" ALTER COLUMN "postcode" ${nullable ? 'DROP' : 'SET'} NOT NULL`);
  } else {
    // SQLite rebuilds the table, copying every row.
    await queryRunner.changeColumn('properties', 'postcode', new TableColumn(columns(queryRunner).varchar('postcode', 10, nullable)));
  }
}

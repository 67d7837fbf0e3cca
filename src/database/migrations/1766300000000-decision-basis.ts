import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns, forgetLoadedTables } from '../migration-helpers.js';

/** A decision names the findings it rests on; an agency can release one of its own findings for decisions. */
export class DecisionBasis1766300000000 implements MigrationInterface {
  name = 'DecisionBasis1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    const c = columns(queryRunner);
    const fk = (column: string, table: string) => new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'RESTRICT' });
    await queryRunner.createTable(
      new Table({
        name: 'decision_basis',
        columns: [
          { ...c.ref('decision_id'), isPrimary: true },
          { ...c.ref('finding_id'), isPrimary: true },
        ],
        foreignKeys: [fk('decision_id', 'decisions'), fk('finding_id', 'findings')],
        indices: [new TableIndex({ name: 'ix_decision_basis_finding', columnNames: ['finding_id'] })],
      }),
    );
    await queryRunner.addColumns('findings', [new TableColumn(c.timestamp('released_at', true)), new TableColumn(c.ref('released_by', true))]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    forgetLoadedTables(queryRunner);
    await queryRunner.dropColumns('findings', ['released_at', 'released_by']);
    await queryRunner.dropTable('decision_basis');
  }
}

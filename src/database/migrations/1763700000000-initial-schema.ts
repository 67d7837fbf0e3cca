import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { AGENCY_CATALOGUE } from '../../agencies/agency-catalogue.js';
import { columns, insertRows } from '../migration-helpers.js';

const fk = (column: string, table: string, referenced = 'id', onDelete: 'CASCADE' | 'RESTRICT' = 'RESTRICT') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: [referenced], onDelete });
const index = (name: string, cols: string[], isUnique = false) => new TableIndex({ name, columnNames: cols, isUnique });

export class InitialSchema1763700000000 implements MigrationInterface {
  name = 'InitialSchema1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);

    await queryRunner.createTable(
      new Table({
        name: 'app_meta',
        columns: [{ ...c.varchar('key', 60), isPrimary: true }, c.varchar('value', 2000)],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'agencies',
        columns: [
          { ...c.code('code'), isPrimary: true },
          c.varchar('name', 200),
          c.varchar('name_en', 200),
          c.boolean('taskforce', true),
          c.boolean('active', true),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'districts',
        columns: [
          c.id(),
          c.varchar('city', 100),
          c.varchar('code', 20),
          c.varchar('name', 200),
          c.varchar('level', 20),
          c.varchar('parent_code', 20, true),
          c.text('geometry'),
          c.double('min_lon'),
          c.double('min_lat'),
          c.double('max_lon'),
          c.double('max_lat'),
          c.varchar('attribution', 300, true),
        ],
        indices: [index('uq_districts_city_code', ['city', 'code'], true)],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          c.id(),
          { ...c.varchar('username', 100), isUnique: true },
          c.varchar('display_name', 200),
          c.varchar('password_hash', 300),
          c.varchar('role', 20),
          c.code('agency_code'),
          c.boolean('active', true),
          c.createdAt(),
        ],
        foreignKeys: [fk('agency_code', 'agencies', 'code')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'properties',
        columns: [
          c.id(),
          c.varchar('street', 200),
          c.varchar('house_number', 20),
          c.varchar('house_number_suffix', 20, true),
          c.varchar('postcode', 10),
          c.varchar('city', 100),
          c.varchar('address_key', 300),
          c.double('lat'),
          c.double('lon'),
          c.ref('district_id', true),
          c.ref('subdistrict_id', true),
          c.varchar('status', 20),
          c.date('status_since'),
          c.varchar('origin', 30),
          c.varchar('note', 2000, true),
          c.ref('created_by', true),
          c.createdAt(),
          c.createdAt('updated_at'),
        ],
        foreignKeys: [fk('district_id', 'districts'), fk('subdistrict_id', 'districts')],
        indices: [
          index('uq_properties_city_address_key', ['city', 'address_key'], true),
          index('ix_properties_lat_lon', ['lat', 'lon']),
          index('ix_properties_status', ['status']),
          index('ix_properties_district', ['district_id']),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'units',
        columns: [
          c.id(),
          c.ref('property_id'),
          c.varchar('label', 100),
          c.double('living_space_m2', true),
          c.boolean('single_room_shared_facilities', false),
          c.createdAt(),
        ],
        foreignKeys: [fk('property_id', 'properties', 'id', 'CASCADE')],
        indices: [index('uq_units_property_label', ['property_id', 'label'], true)],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'parties',
        columns: [
          c.id(),
          c.varchar('kind', 20),
          c.varchar('name', 300),
          c.text('aliases'),
          c.varchar('contact_address', 500, true),
          c.createdAt(),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'property_parties',
        columns: [
          c.id(),
          c.ref('property_id'),
          c.ref('party_id'),
          c.varchar('role', 20),
          c.date('valid_from', true),
          c.date('valid_to', true),
          c.createdAt(),
        ],
        foreignKeys: [fk('property_id', 'properties', 'id', 'CASCADE'), fk('party_id', 'parties')],
        indices: [index('ix_property_parties_property', ['property_id']), index('ix_property_parties_party', ['party_id'])],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'operations',
        columns: [
          c.id(),
          c.ref('property_id'),
          c.varchar('kind', 30),
          c.date('date'),
          c.varchar('trigger', 30),
          c.varchar('trigger_source', 500, true),
          c.boolean('interpreter_present', false),
          c.int('units_entered', false, 0),
          c.int('units_not_accessible', false, 0),
          c.varchar('notes', 4000, true),
          c.varchar('state', 20),
          c.code('lead_agency_code'),
          c.ref('created_by'),
          c.ref('submitted_by', true),
          c.timestamp('submitted_at', true),
          c.int('version', false, 1),
          c.createdAt(),
          c.createdAt('updated_at'),
        ],
        foreignKeys: [fk('property_id', 'properties')],
        indices: [
          index('ix_operations_property', ['property_id']),
          index('ix_operations_date', ['date']),
          index('ix_operations_state_date', ['state', 'date']),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'operation_agencies',
        columns: [
          { ...c.ref('operation_id'), isPrimary: true },
          { ...c.code('agency_code'), isPrimary: true },
        ],
        foreignKeys: [fk('operation_id', 'operations', 'id', 'CASCADE'), fk('agency_code', 'agencies', 'code')],
        indices: [index('ix_operation_agencies_agency', ['agency_code'])],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'operation_amendments',
        columns: [
          c.id(),
          c.ref('operation_id'),
          c.int('seq'),
          c.varchar('reason', 2000),
          c.text('changes'),
          c.ref('created_by'),
          c.code('agency_code'),
          c.createdAt(),
        ],
        foreignKeys: [fk('operation_id', 'operations')],
        indices: [index('uq_operation_amendments_seq', ['operation_id', 'seq'], true)],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'findings',
        columns: [
          c.id(),
          c.ref('operation_id'),
          c.ref('unit_id', true),
          c.varchar('category', 40),
          c.varchar('severity', 10),
          c.varchar('description', 4000),
          c.code('agency_code'),
          c.varchar('visibility', 20),
          c.ref('added_by_amendment_id', true),
          c.ref('withdrawn_by_amendment_id', true),
          c.createdAt(),
        ],
        foreignKeys: [fk('operation_id', 'operations', 'id', 'CASCADE'), fk('unit_id', 'units')],
        indices: [index('ix_findings_operation', ['operation_id'])],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'occupancy_counts',
        columns: [
          c.id(),
          c.ref('operation_id'),
          c.ref('unit_id', true),
          c.int('persons_found'),
          c.int('children_found', false, 0),
          c.int('persons_registered', true),
          c.date('register_extract_date', true),
          c.double('living_space_m2', true),
          c.boolean('single_room_shared_facilities', false),
          c.code('agency_code'),
          c.ref('added_by_amendment_id', true),
          c.ref('withdrawn_by_amendment_id', true),
          c.createdAt(),
        ],
        foreignKeys: [fk('operation_id', 'operations', 'id', 'CASCADE'), fk('unit_id', 'units')],
        indices: [index('ix_occupancy_counts_operation', ['operation_id'])],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'measures',
        columns: [
          c.id(),
          c.ref('property_id'),
          c.ref('operation_id'),
          c.varchar('type', 40),
          c.code('agency_code'),
          c.varchar('legal_basis', 200, true),
          c.date('date'),
          c.date('deadline', true),
          c.varchar('state', 20),
          c.int('persons_count', true),
          c.varchar('description', 2000, true),
          c.varchar('visibility', 20),
          c.ref('added_by_amendment_id', true),
          c.ref('withdrawn_by_amendment_id', true),
          c.createdAt(),
          c.createdAt('updated_at'),
        ],
        foreignKeys: [fk('property_id', 'properties'), fk('operation_id', 'operations', 'id', 'CASCADE')],
        indices: [
          index('ix_measures_property', ['property_id']),
          index('ix_measures_operation', ['operation_id']),
          index('ix_measures_state_deadline', ['state', 'deadline']),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'decisions',
        columns: [
          c.id(),
          c.ref('property_id'),
          c.varchar('type', 30),
          c.date('effective_date'),
          c.varchar('file_reference', 100, true),
          c.varchar('legal_basis', 200, true),
          c.varchar('reason', 4000, true),
          c.int('persons_affected', true),
          c.int('children_affected', true),
          c.int('rehoused_shelter', true),
          c.int('rehoused_owner', true),
          c.int('rehoused_self', true),
          c.int('rehoused_unknown', true),
          c.varchar('status_before', 20),
          c.varchar('status_after', 20),
          c.ref('decided_by'),
          c.code('agency_code'),
          c.createdAt(),
        ],
        foreignKeys: [fk('property_id', 'properties')],
        indices: [index('ix_decisions_property', ['property_id']), index('ix_decisions_type_date', ['type', 'effective_date'])],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          { ...c.int('seq'), isPrimary: true },
          c.timestamp('at'),
          c.ref('actor_id', true),
          c.varchar('actor_name', 100),
          c.varchar('action', 60),
          c.varchar('entity', 60),
          c.varchar('entity_id', 100, true),
          c.varchar('payload_hash', 64),
          c.varchar('prev_hash', 64),
          c.varchar('hash', 64),
        ],
        indices: [index('ix_audit_entries_entity', ['entity', 'entity_id'])],
      }),
    );

    await insertRows(
      queryRunner,
      'agencies',
      AGENCY_CATALOGUE.map((a) => ({ code: a.code, name: a.name, name_en: a.nameEn, taskforce: a.taskforce, active: true })),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'audit_entries',
      'decisions',
      'measures',
      'occupancy_counts',
      'findings',
      'operation_amendments',
      'operation_agencies',
      'operations',
      'property_parties',
      'parties',
      'units',
      'properties',
      'users',
      'districts',
      'agencies',
      'app_meta',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}

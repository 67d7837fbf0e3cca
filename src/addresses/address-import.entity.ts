import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type AddressImportFormat = 'gebref' | 'csv';
export type AddressImportState = 'running' | 'done' | 'failed';

/** One gazetteer import with its progress, written batch by batch so an administrator can follow it. */
@Entity('address_imports')
@Index('ix_address_imports_started', ['startedAt'])
export class AddressImport {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  format: AddressImportFormat;

  @Column({ type: 'varchar', length: 10 })
  state: AddressImportState;

  /** The only municipality taken from the file, for a city's administrator or a city's own list; null for the whole Land file. */
  @Column({ type: 'varchar', length: 8, name: 'city_ags', nullable: true })
  cityAgs: string | null;

  @Column({ type: 'varchar', length: 36, name: 'actor_id', nullable: true })
  actorId: string | null;

  @CreateDateColumn({ name: 'started_at' })
  startedAt: Date;

  @Column({ type: Date, name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'integer' })
  lines: number;

  @Column({ type: 'integer' })
  inserted: number;

  @Column({ type: 'integer' })
  changed: number;

  @Column({ type: 'integer' })
  unchanged: number;

  @Column({ type: 'integer' })
  gone: number;

  @Column({ type: 'integer' })
  rejected: number;

  /** Buildings of the municipalities imported whose match with the gazetteer the import changed. */
  @Column({ type: 'integer', default: 0 })
  matched: number;

  /** Lines of other municipalities than the one imported. */
  @Column({ type: 'integer' })
  skipped: number;

  /** The first rejected lines with their reasons. */
  @Column({ type: 'simple-json' })
  problems: Array<{ line: number; message: string }>;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sha256: string | null;

  /** Why a failed import stopped. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  message: string | null;
}

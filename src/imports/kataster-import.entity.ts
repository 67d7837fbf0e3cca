import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { City } from '../cities/city.entity.js';
import type { KatasterMapping } from './kataster-rows.js';

export type KatasterFormat = 'xlsx' | 'csv';

/** One Kataster spreadsheet taken over into a city's building files; a file is imported once per city. */
@Entity('kataster_imports')
@Index('uq_kataster_imports_file', ['cityAgs', 'sha256'], { unique: true })
export class KatasterImport {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 8, name: 'city_ags' })
  cityAgs: string;

  @ManyToOne(() => City, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'city_ags' })
  city?: Relation<City>;

  @Column({ type: 'varchar', length: 36, name: 'actor_id' })
  actorId: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 200, name: 'file_name', nullable: true })
  fileName: string | null;

  @Column({ type: 'varchar', length: 10 })
  format: KatasterFormat;

  @Column({ type: 'varchar', length: 200, nullable: true })
  sheet: string | null;

  /** The columns read, as they were when the file was imported. */
  @Column({ type: 'simple-json' })
  mapping: KatasterMapping;

  @Column({ type: 'integer' })
  rows: number;

  /** Buildings created. */
  @Column({ type: 'integer' })
  created: number;

  /** Rows whose building was in Hausakte already: left as it was. */
  @Column({ type: 'integer' })
  existing: number;

  @Column({ type: 'integer' })
  rejected: number;

  /** Owners and managers created. */
  @Column({ type: 'integer' })
  parties: number;

  @Column({ type: 'integer' })
  decisions: number;
}

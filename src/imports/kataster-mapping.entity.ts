import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { City } from '../cities/city.entity.js';
import type { KatasterMapping } from './kataster-rows.js';

/** The columns of a city's Kataster, chosen once and used by every later import of it. */
@Entity('kataster_mappings')
export class KatasterMappingRecord {
  @PrimaryColumn({ type: 'varchar', length: 8, name: 'city_ags' })
  cityAgs: string;

  @ManyToOne(() => City, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'city_ags' })
  city?: Relation<City>;

  @Column({ type: 'simple-json' })
  mapping: KatasterMapping;

  @Column({ type: 'varchar', length: 36, name: 'updated_by' })
  updatedBy: string;

  @Column({ type: Date, name: 'updated_at' })
  updatedAt: Date;

  /** Counts saves; answered as ETag, and a change needs it in If-Match. */
  @Column({ type: 'integer' })
  version: number;
}

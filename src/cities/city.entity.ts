import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Land } from '../legal/legal-profiles.js';

/** A municipality served by the installation; its buildings, districts and users belong to it. */
@Entity('cities')
export class City {
  /** Amtlicher Gemeindeschlüssel, eight digits: the first two name the Land. */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  ags: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The Land, whose legal profile (src/legal) applies to the city's buildings. */
  @Column({ type: 'varchar', length: 2 })
  land: Land;

  /** IANA zone: "today", period boundaries and times shown are the city's. */
  @Column({ type: 'varchar', length: 64, name: 'time_zone' })
  timeZone: string;

  /** Counts changes; answered as ETag, and PATCH needs it in If-Match. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { City } from '../cities/city.entity.js';
import { KatasterImport } from '../imports/kataster-import.entity.js';

export type PartyKind = 'person' | 'company';

@Entity('parties')
@Index('ix_parties_city', ['cityAgs'])
export class Party {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: PartyKind;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  /** Earlier or other names (a company that renamed itself stays findable). */
  @Column({ type: 'simple-json' })
  aliases: string[];

  @Column({ type: 'varchar', length: 500, name: 'contact_address', nullable: true })
  contactAddress: string | null;

  /** The city whose file holds the party: cities never share one party's personal data. */
  @Column({ type: 'varchar', length: 8, name: 'city_ags' })
  cityAgs: string;

  @ManyToOne(() => City, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'city_ags' })
  city?: Relation<City>;

  /** The Kataster import that created this record; null when recorded in Hausakte. */
  @Column({ type: 'varchar', length: 36, name: 'import_id', nullable: true })
  importId: string | null;

  @ManyToOne(() => KatasterImport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'import_id' })
  katasterImport?: Relation<KatasterImport>;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  /** Counts changes; answered as ETag, and a change needs it in If-Match. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}

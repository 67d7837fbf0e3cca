import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Property } from '../properties/property.entity.js';
import { Party } from './party.entity.js';
import { KatasterImport } from '../imports/kataster-import.entity.js';

export type PartyRole = 'owner' | 'manager' | 'landlord';

@Entity('property_parties')
@Index('ix_property_parties_property', ['propertyId'])
@Index('ix_property_parties_party', ['partyId'])
export class PropertyParty {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'property_id' })
  propertyId: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id' })
  property?: Relation<Property>;

  @Column({ type: 'varchar', length: 36, name: 'party_id' })
  partyId: string;

  @ManyToOne(() => Party, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_id' })
  party?: Relation<Party>;

  @Column({ type: 'varchar', length: 20 })
  role: PartyRole;

  @Column({ type: 'date', name: 'valid_from', nullable: true })
  validFrom: string | null;

  @Column({ type: 'date', name: 'valid_to', nullable: true })
  validTo: string | null;

  /** The Kataster import that created this record; null when recorded in Hausakte. */
  @Column({ type: 'varchar', length: 36, name: 'import_id', nullable: true })
  importId: string | null;

  @ManyToOne(() => KatasterImport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'import_id' })
  katasterImport?: Relation<KatasterImport>;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Property } from '../properties/property.entity.js';
import type { DecisionType, PropertyStatus } from '../properties/status-catalogue.js';
import { KatasterImport } from '../imports/kataster-import.entity.js';

/** Append-only: a decision is never edited; revoking one is a new decision. */
@Entity('decisions')
@Index('ix_decisions_property', ['propertyId', 'effectiveDate', 'createdAt', 'id', 'type', 'statusAfter', 'districtId', 'cityAgs'])
@Index('ix_decisions_type_date', ['type', 'effectiveDate'])
export class Decision {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'property_id' })
  propertyId: string;

  @ManyToOne(() => Property, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'property_id' })
  property?: Relation<Property>;

  /** A copy of the property's Stadtbezirk, kept with it when the property moves: summaries group by it without a join. */
  @Column({ type: 'varchar', length: 36, name: 'district_id', nullable: true })
  districtId: string | null;

  /** A copy of the property's city: a city's summary counts its rows without a join. */
  @Column({ type: 'varchar', length: 8, name: 'city_ags' })
  cityAgs: string;

  @Column({ type: 'varchar', length: 30 })
  type: DecisionType;

  @Column({ type: 'date', name: 'effective_date' })
  effectiveDate: string;

  /** Aktenzeichen. */
  @Column({ type: 'varchar', length: 100, name: 'file_reference', nullable: true })
  fileReference: string | null;

  @Column({ type: 'varchar', length: 200, name: 'legal_basis', nullable: true })
  legalBasis: string | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  reason: string | null;

  @Column({ type: 'integer', name: 'persons_affected', nullable: true })
  personsAffected: number | null;

  @Column({ type: 'integer', name: 'children_affected', nullable: true })
  childrenAffected: number | null;

  @Column({ type: 'integer', name: 'rehoused_shelter', nullable: true })
  rehousedShelter: number | null;

  @Column({ type: 'integer', name: 'rehoused_owner', nullable: true })
  rehousedOwner: number | null;

  @Column({ type: 'integer', name: 'rehoused_self', nullable: true })
  rehousedSelf: number | null;

  @Column({ type: 'integer', name: 'rehoused_unknown', nullable: true })
  rehousedUnknown: number | null;

  @Column({ type: 'varchar', length: 20, name: 'status_before' })
  statusBefore: PropertyStatus;

  @Column({ type: 'varchar', length: 20, name: 'status_after' })
  statusAfter: PropertyStatus;

  @Column({ type: 'varchar', length: 36, name: 'decided_by' })
  decidedBy: string;

  @Column({ type: 'varchar', length: 40, name: 'agency_code' })
  agencyCode: string;

  /** The Kataster import that created this record; null when recorded in Hausakte. */
  @Column({ type: 'varchar', length: 36, name: 'import_id', nullable: true })
  importId: string | null;

  @ManyToOne(() => KatasterImport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'import_id' })
  katasterImport?: Relation<KatasterImport>;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}

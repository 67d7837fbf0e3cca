import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Property } from '../properties/property.entity.js';
import { Operation } from './operation.entity.js';
import type { Visibility } from './finding.entity.js';

import type { MeasureState, MeasureType } from './catalogues.js';
export { MEASURE_STATES, MEASURE_TYPES, type MeasureState, type MeasureType } from './catalogues.js';

@Entity('measures')
@Index('ix_measures_property', ['propertyId'])
@Index('ix_measures_operation', ['operationId'])
@Index('ix_measures_date', ['cityAgs', 'date', 'districtId', 'type', 'agencyCode', 'visibility', 'personsCount', 'withdrawnByAmendmentId', 'operationId'])
@Index('ix_measures_open', ['state', 'cityAgs', 'districtId', 'deadline', 'date', 'stateChangedAt', 'withdrawnByAmendmentId', 'operationId'])
@Index('ix_measures_state_changed', ['stateChangedAt', 'deadline', 'date', 'state', 'withdrawnByAmendmentId', 'districtId', 'cityAgs', 'operationId'])
export class Measure {
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

  @Column({ type: 'varchar', length: 36, name: 'operation_id' })
  operationId: string;

  @ManyToOne(() => Operation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'operation_id' })
  operation?: Relation<Operation>;

  @Column({ type: 'varchar', length: 40 })
  type: MeasureType;

  @Column({ type: 'varchar', length: 40, name: 'agency_code' })
  agencyCode: string;

  @Column({ type: 'varchar', length: 200, name: 'legal_basis', nullable: true })
  legalBasis: string | null;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'varchar', length: 20 })
  state: MeasureState;

  /** Number of persons concerned (de-registrations, registration requests). */
  @Column({ type: 'integer', name: 'persons_count', nullable: true })
  personsCount: number | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  /** A `taskforce` measure can still carry a note for its own agency only. */
  @Column({ type: 'varchar', length: 20, name: 'description_visibility', default: 'taskforce' })
  descriptionVisibility: Visibility;

  @Column({ type: 'varchar', length: 20 })
  visibility: Visibility;

  /** Why the state last changed, and who changed it when (PATCH /measures/:id). */
  @Column({ type: 'varchar', length: 2000, name: 'state_note', nullable: true })
  stateNote: string | null;

  @Column({ type: 'varchar', length: 20, name: 'state_note_visibility', default: 'taskforce' })
  stateNoteVisibility: Visibility;

  /** Agency of the user who wrote the state note; it owns the note's visibility. */
  @Column({ type: 'varchar', length: 40, name: 'state_note_agency_code', nullable: true })
  stateNoteAgencyCode: string | null;

  @Column({ type: 'varchar', length: 36, name: 'state_changed_by', nullable: true })
  stateChangedBy: string | null;

  @Column({ type: Date, name: 'state_changed_at', nullable: true })
  stateChangedAt: Date | null;

  @Column({ type: 'varchar', length: 36, name: 'added_by_amendment_id', nullable: true })
  addedByAmendmentId: string | null;

  @Column({ type: 'varchar', length: 36, name: 'withdrawn_by_amendment_id', nullable: true })
  withdrawnByAmendmentId: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;

  /** Counts changes; answered as ETag, and a change needs it in If-Match. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}

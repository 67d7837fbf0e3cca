import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Property } from '../properties/property.entity.js';

import type { OperationKind, OperationTrigger, Visibility } from './catalogues.js';
export { OPERATION_KINDS, OPERATION_TRIGGERS, type OperationKind, type OperationTrigger } from './catalogues.js';

export type OperationState = 'draft' | 'submitted';

@Entity('operations')
@Index('ix_operations_property_state_date', ['propertyId', 'state', 'date'])
@Index('ix_operations_drafts', ['id'], { where: "state = 'draft'" })
@Index('ix_operations_date_covering', ['cityAgs', 'date', 'state', 'districtId', 'kind', 'interpreterPresent', 'agencyCount', 'propertyId', 'id'])
export class Operation {
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
  kind: OperationKind;

  /** Day of the visit. */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 30 })
  trigger: OperationTrigger;

  /** Where the trigger came from, free text (e.g. "Beschwerde Nachbarin, Az. 32-1234"). */
  @Column({ type: 'varchar', length: 500, name: 'trigger_source', nullable: true })
  triggerSource: string | null;

  /** Owned, like the notes, by the filing agency (leadAgencyCode). */
  @Column({ type: 'varchar', length: 20, name: 'trigger_source_visibility', default: 'taskforce' })
  triggerSourceVisibility: Visibility;

  @Column({ type: 'boolean', name: 'interpreter_present', default: false })
  interpreterPresent: boolean;

  /** How many operation_agencies rows it has, written with them: summaries count participations from the date index. */
  @Column({ type: 'integer', name: 'agency_count', default: 0 })
  agencyCount: number;

  @Column({ type: 'integer', name: 'units_entered', default: 0 })
  unitsEntered: number;

  @Column({ type: 'integer', name: 'units_not_accessible', default: 0 })
  unitsNotAccessible: number;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  notes: string | null;

  @Column({ type: 'varchar', length: 20, name: 'notes_visibility', default: 'taskforce' })
  notesVisibility: Visibility;

  @Column({ type: 'varchar', length: 20 })
  state: OperationState;

  /** Agency of the user who filed it; drafts are editable by that user only. */
  @Column({ type: 'varchar', length: 40, name: 'lead_agency_code' })
  leadAgencyCode: string;

  @Column({ type: 'varchar', length: 36, name: 'created_by' })
  createdBy: string;

  @Column({ type: 'varchar', length: 36, name: 'submitted_by', nullable: true })
  submittedBy: string | null;

  @Column({ type: Date, name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  /** Optimistic concurrency for draft edits. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

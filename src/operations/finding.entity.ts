import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Unit } from '../properties/unit.entity.js';
import { Operation } from './operation.entity.js';

import type { FindingCategory, Severity, Visibility } from './catalogues.js';
export { FINDING_CATEGORIES, SEVERITIES, VISIBILITIES, type FindingCategory, type Severity, type Visibility } from './catalogues.js';

@Entity('findings')
@Index('ix_findings_operation', ['operationId'])
export class Finding {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'operation_id' })
  operationId: string;

  @ManyToOne(() => Operation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'operation_id' })
  operation?: Relation<Operation>;

  @Column({ type: 'varchar', length: 36, name: 'unit_id', nullable: true })
  unitId: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 40 })
  category: FindingCategory;

  @Column({ type: 'varchar', length: 10 })
  severity: Severity;

  @Column({ type: 'varchar', length: 4000 })
  description: string;

  @Column({ type: 'varchar', length: 40, name: 'agency_code' })
  agencyCode: string;

  @Column({ type: 'varchar', length: 20 })
  visibility: Visibility;

  /** Set when the finding was added by an amendment after submission. */
  @Column({ type: 'varchar', length: 36, name: 'added_by_amendment_id', nullable: true })
  addedByAmendmentId: string | null;

  /** Set when an amendment withdrew the finding; it stays for the record. */
  @Column({ type: 'varchar', length: 36, name: 'withdrawn_by_amendment_id', nullable: true })
  withdrawnByAmendmentId: string | null;

  /** Set when the owning agency released this `agency` finding for decisions: from then on the taskforce sees it. */
  @Column({ type: Date, name: 'released_at', nullable: true })
  releasedAt: Date | null;

  @Column({ type: 'varchar', length: 36, name: 'released_by', nullable: true })
  releasedBy: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Visibility } from './catalogues.js';
import { Operation } from './operation.entity.js';

/** A correction of a submitted operation; the original values are kept in `changes`. */
@Entity('operation_amendments')
@Index('uq_operation_amendments_seq', ['operationId', 'seq'], { unique: true })
export class Amendment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'operation_id' })
  operationId: string;

  @ManyToOne(() => Operation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operation_id' })
  operation?: Relation<Operation>;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 2000 })
  reason: string;

  /** Owned by the amending agency (agencyCode). */
  @Column({ type: 'varchar', length: 20, name: 'reason_visibility', default: 'taskforce' })
  reasonVisibility: Visibility;

  /** Field corrections as { field: { from, to } } plus ids of items added or withdrawn. */
  @Column({ type: 'simple-json' })
  changes: Record<string, unknown>;

  @Column({ type: 'varchar', length: 36, name: 'created_by' })
  createdBy: string;

  @Column({ type: 'varchar', length: 40, name: 'agency_code' })
  agencyCode: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}

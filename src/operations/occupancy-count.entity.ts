import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Unit } from '../properties/unit.entity.js';
import { Operation } from './operation.entity.js';

/** Counts only: residents are never named. */
@Entity('occupancy_counts')
@Index('ix_occupancy_counts_operation', ['operationId', 'withdrawnByAmendmentId', 'personsRegistered', 'personsFound'])
export class OccupancyCount {
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

  @Column({ type: 'integer', name: 'persons_found' })
  personsFound: number;

  @Column({ type: 'integer', name: 'children_found', default: 0 })
  childrenFound: number;

  @Column({ type: 'integer', name: 'persons_registered', nullable: true })
  personsRegistered: number | null;

  /** Date of the population register extract the registered count comes from. */
  @Column({ type: 'date', name: 'register_extract_date', nullable: true })
  registerExtractDate: string | null;

  @Column({ type: 'double precision', name: 'living_space_m2', nullable: true })
  livingSpaceM2: number | null;

  @Column({ type: 'boolean', name: 'single_room_shared_facilities', default: false })
  singleRoomSharedFacilities: boolean;

  @Column({ type: 'varchar', length: 40, name: 'agency_code' })
  agencyCode: string;

  @Column({ type: 'varchar', length: 36, name: 'added_by_amendment_id', nullable: true })
  addedByAmendmentId: string | null;

  @Column({ type: 'varchar', length: 36, name: 'withdrawn_by_amendment_id', nullable: true })
  withdrawnByAmendmentId: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}

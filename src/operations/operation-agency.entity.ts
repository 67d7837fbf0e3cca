import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Agency } from '../agencies/agency.entity.js';
import { Operation } from './operation.entity.js';

/** One participating agency of an operation. */
@Entity('operation_agencies')
@Index('ix_operation_agencies_agency', ['agencyCode'])
export class OperationAgency {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'operation_id' })
  operationId: string;

  @ManyToOne(() => Operation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'operation_id' })
  operation?: Relation<Operation>;

  @PrimaryColumn({ type: 'varchar', length: 40, name: 'agency_code' })
  agencyCode: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_code' })
  agency?: Relation<Agency>;
}

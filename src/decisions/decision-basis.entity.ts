import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Finding } from '../operations/finding.entity.js';
import { Decision } from './decision.entity.js';

/** One finding a decision rests on, as the deciding lead saw it: the decision's visible basis in the file. */
@Entity('decision_basis')
@Index('ix_decision_basis_finding', ['findingId'])
export class DecisionBasis {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'decision_id' })
  decisionId: string;

  @ManyToOne(() => Decision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: Relation<Decision>;

  @PrimaryColumn({ type: 'varchar', length: 36, name: 'finding_id' })
  findingId: string;

  @ManyToOne(() => Finding, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finding_id' })
  finding?: Relation<Finding>;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Append-only, hash-chained record of every write and every failed login; reads of building files go to `file_reads`. */
@Entity('audit_entries')
@Index('ix_audit_entries_entity', ['entity', 'entityId'])
export class AuditEntry {
  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: Date })
  at: Date;

  @Column({ type: 'varchar', length: 36, name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 100, name: 'actor_name' })
  actorName: string;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  entity: string;

  @Column({ type: 'varchar', length: 100, name: 'entity_id', nullable: true })
  entityId: string | null;

  @Column({ type: 'varchar', length: 64, name: 'payload_hash' })
  payloadHash: string;

  @Column({ type: 'varchar', length: 64, name: 'prev_hash' })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}

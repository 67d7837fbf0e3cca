import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One Idempotency-Key of one user: the request's fingerprint and, once it has committed, its answer. */
@Entity('idempotency_keys')
@Index('ix_idempotency_keys_expires', ['expiresAt'])
export class IdempotencyRecord {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'user_id' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 255, name: 'idempotency_key' })
  key: string;

  /** SHA-256 of method, path and the canonical JSON body. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @Column({ type: 'integer', name: 'response_status', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'text', name: 'response_body', nullable: true })
  responseBody: string | null;

  /** Milliseconds since the epoch; a claim without an answer older than the lease may be taken over. */
  @Column({ type: 'bigint', name: 'started_at' })
  startedAt: string;

  @Column({ type: 'bigint', name: 'expires_at' })
  expiresAt: string;
}

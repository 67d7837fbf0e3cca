import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed logins per typed username, shared by every instance. The key is a keyed hash of the name: unknown names are
 * counted like real ones (a wait reveals no account), and nothing typed is kept readable, even a password typed there.
 */
@Entity('login_failures')
@Index('ix_login_failures_last', ['lastFailureAt'])
export class LoginFailure {
  @PrimaryColumn({ type: 'varchar', length: 64, name: 'account_key' })
  accountKey: string;

  @Column({ type: 'integer' })
  failures: number;

  /** Milliseconds since the epoch; 0 while the account need not wait. */
  @Column({ type: 'bigint', name: 'locked_until' })
  lockedUntil: string;

  @Column({ type: 'bigint', name: 'last_failure_at' })
  lastFailureAt: string;
}

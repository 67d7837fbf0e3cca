import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One sign-in through the OpenID provider, shared by every instance: the browser may come back to another. It holds
 * the checks of the authorization request until the callback, then the hash of the one-time code that hands the
 * session to the client.
 */
@Entity('oidc_sign_ins')
@Index('ix_oidc_sign_ins_created', ['createdAt'])
export class OidcSignIn {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  state: string;

  @Column({ type: 'varchar', length: 64 })
  nonce: string;

  /** The PKCE verifier; cleared when the callback takes the row, so a replayed callback finds nothing. */
  @Column({ type: 'varchar', length: 128, name: 'code_verifier', nullable: true })
  codeVerifier: string | null;

  /** Milliseconds since the epoch; rows older than the sign-in's time limit are refused and removed. */
  @Column({ type: 'bigint', name: 'created_at' })
  createdAt: string;

  @Column({ type: 'varchar', length: 36, name: 'user_id', nullable: true })
  userId: string | null;

  /** SHA-256 of the one-time code in the client's URL; only the hash is kept. */
  @Index('ux_oidc_sign_ins_handoff', { unique: true })
  @Column({ type: 'varchar', length: 64, name: 'handoff_hash', nullable: true })
  handoffHash: string | null;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A token ended by its logout: refused on every instance until it would have expired anyway. */
@Entity('revoked_tokens')
@Index('ix_revoked_tokens_expires', ['expiresAt'])
export class RevokedToken {
  /** The token's `jti`. */
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'token_id' })
  tokenId: string;

  /** Milliseconds since the epoch: the token's own expiry, after which the row may go. */
  @Column({ type: 'bigint', name: 'expires_at' })
  expiresAt: string;
}

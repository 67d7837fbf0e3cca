import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('rate_limit_hits')
@Index('ix_rate_limit_hits_window', ['windowStart'])
export class RateLimitHit {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  /** Start of the fixed window in milliseconds since the epoch. */
  @PrimaryColumn({ type: 'bigint', name: 'window_start' })
  windowStart: string;

  @Column({ type: 'integer' })
  hits: number;
}

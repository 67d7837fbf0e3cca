import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type PartyKind = 'person' | 'company';

@Entity('parties')
export class Party {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: PartyKind;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  /** Earlier or other names (a company that renamed itself stays findable). */
  @Column({ type: 'simple-json' })
  aliases: string[];

  @Column({ type: 'varchar', length: 500, name: 'contact_address', nullable: true })
  contactAddress: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  /** Counts changes; answered as ETag, and a change needs it in If-Match. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const FILE_PARTS = ['detail', 'timeline', 'operations', 'operation', 'units', 'parties'] as const;
export type FilePart = (typeof FILE_PARTS)[number];

/** One read of a building's file (DESIGN §4, purpose-bound access): who read which part, and when. */
@Entity('file_reads')
@Index('ix_file_reads_property', ['propertyId', 'at'])
export class FileRead {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  part: FilePart;

  /** The operation read, for `operation`. */
  @Column({ type: 'varchar', length: 36, name: 'item_id', nullable: true })
  itemId: string | null;

  @Column({ type: 'varchar', length: 36, name: 'actor_id' })
  actorId: string;

  @Column({ type: 'varchar', length: 100, name: 'actor_name' })
  actorName: string;

  @Column({ type: 'varchar', length: 40, name: 'actor_agency' })
  actorAgency: string;

  @Column({ type: Date })
  at: Date;
}

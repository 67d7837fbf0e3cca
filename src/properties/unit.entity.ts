import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Property } from './property.entity.js';

@Entity('units')
@Index('uq_units_property_label', ['propertyId', 'label'], { unique: true })
export class Unit {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'property_id' })
  propertyId: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id' })
  property?: Relation<Property>;

  /** E.g. "EG links", "2. OG rechts", "Zimmer 3". */
  @Column({ type: 'varchar', length: 100 })
  label: string;

  @Column({ type: 'double precision', name: 'living_space_m2', nullable: true })
  livingSpaceM2: number | null;

  /** A single room with shared kitchen/bath: the lower density threshold applies. */
  @Column({ type: 'boolean', name: 'single_room_shared_facilities', default: false })
  singleRoomSharedFacilities: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}

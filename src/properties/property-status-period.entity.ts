import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Property } from './property.entity.js';
import type { PropertyStatus } from './status-catalogue.js';

/** A building's status over time, written by the building-file projector only: "status on day X" is one indexed query. */
@Entity('property_status_periods')
@Index('ix_property_status_periods_day', ['cityAgs', 'validFrom', 'validUntil', 'districtId', 'status'])
export class PropertyStatusPeriod {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'property_id' })
  propertyId: string;

  @ManyToOne(() => Property, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'property_id' })
  property?: Relation<Property>;

  @PrimaryColumn({ type: 'date', name: 'valid_from' })
  validFrom: string;

  /** The day the next status began; null while this one is current. */
  @Column({ type: 'date', name: 'valid_until', nullable: true })
  validUntil: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: PropertyStatus;

  /** A copy of the property's Stadtbezirk, kept with it when the property moves, like those on operations and decisions. */
  @Column({ type: 'varchar', length: 36, name: 'district_id', nullable: true })
  districtId: string | null;

  /** A copy of the property's city: a city's summary counts its rows without a join. */
  @Column({ type: 'varchar', length: 8, name: 'city_ags' })
  cityAgs: string;
}

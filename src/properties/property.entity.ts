import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { AddressMatch } from '../addresses/address-match.js';
import { OfficialAddress } from '../addresses/official-address.entity.js';
import { City } from '../cities/city.entity.js';
import { District } from '../districts/district.entity.js';
import type { PropertyStatus } from './status-catalogue.js';
import { KatasterImport } from '../imports/kataster-import.entity.js';

export type PropertyOrigin = 'complaint' | 'tip' | 'register_anomaly' | 'utility_disconnection' | 'police' | 'field' | 'import' | 'other';

@Entity('properties')
@Index('uq_properties_city_address_key', ['city', 'addressKey'], { unique: true })
@Index('ix_properties_lat_lon', ['lat', 'lon'])
@Index('ix_properties_city', ['cityAgs', 'status'])
@Index('ix_properties_status', ['status'])
@Index('ix_properties_district', ['cityAgs', 'districtId', 'createdAt', 'firstVisitOn', 'firstDecisionOn'])
export class Property {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  street: string;

  @Column({ type: 'varchar', length: 20, name: 'house_number' })
  houseNumber: string;

  @Column({ type: 'varchar', length: 20, name: 'house_number_suffix', nullable: true })
  houseNumberSuffix: string | null;

  /** Kept when known (typed, or from the city's own list); the official NRW data carry none, and none is invented. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  /** The place name of the postal address. */
  @Column({ type: 'varchar', length: 100 })
  city: string;

  /** The municipality whose file this is: who may see it, whose districts, time zone and Land law apply. */
  @Column({ type: 'varchar', length: 8, name: 'city_ags' })
  cityAgs: string;

  @ManyToOne(() => City, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'city_ags' })
  cityRecord?: Relation<City>;

  /** Normalised "street|number|suffix" used to find the same address written differently. */
  @Column({ type: 'varchar', length: 300, name: 'address_key' })
  addressKey: string;

  /** The gazetteer's address this building stands at; kept when that address later becomes historic. */
  @Column({ type: 'varchar', length: 40, name: 'official_address_id', nullable: true })
  officialAddressId: string | null;

  @ManyToOne(() => OfficialAddress, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_address_id' })
  officialAddress?: Relation<OfficialAddress>;

  /** How the address and position agree with the gazetteer; null while the city has no official addresses. */
  @Column({ type: 'varchar', length: 12, name: 'address_match', nullable: true })
  addressMatch: AddressMatch | null;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;

  @Column({ type: 'varchar', length: 36, name: 'district_id', nullable: true })
  districtId: string | null;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  district?: Relation<District>;

  @Column({ type: 'varchar', length: 36, name: 'subdistrict_id', nullable: true })
  subdistrictId: string | null;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  subdistrict?: Relation<District>;

  /** Derived by derivePropertyStatus and stored so the map can filter without replaying history. */
  @Column({ type: 'varchar', length: 20 })
  status: PropertyStatus;

  @Column({ type: 'date', name: 'status_since' })
  statusSince: string;

  /** Day of the first submitted operation, stored with the status: summaries count inspected buildings from it. */
  @Column({ type: 'date', name: 'first_visit_on', nullable: true })
  firstVisitOn: string | null;

  /** Effective day of the first decision, stored with the status. */
  @Column({ type: 'date', name: 'first_decision_on', nullable: true })
  firstDecisionOn: string | null;

  @Column({ type: 'varchar', length: 30 })
  origin: PropertyOrigin;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  /** The Kataster import that created this record; null when recorded in Hausakte. */
  @Column({ type: 'varchar', length: 36, name: 'import_id', nullable: true })
  importId: string | null;

  @ManyToOne(() => KatasterImport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'import_id' })
  katasterImport?: Relation<KatasterImport>;

  @Column({ type: 'varchar', length: 36, name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;

  /** Counts changes of the fields above that people edit (address, location, note); derived fields leave it alone. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}

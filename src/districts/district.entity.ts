import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { City } from '../cities/city.entity.js';

export type DistrictLevel = 'bezirk' | 'ortsteil';

@Entity('districts')
@Index('uq_districts_city_code', ['cityAgs', 'code'], { unique: true })
export class District {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The city's name as the outlines give it. */
  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ type: 'varchar', length: 8, name: 'city_ags' })
  cityAgs: string;

  @ManyToOne(() => City, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'city_ags' })
  cityRecord?: Relation<City>;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  level: DistrictLevel;

  @Column({ type: 'varchar', length: 20, name: 'parent_code', nullable: true })
  parentCode: string | null;

  /** GeoJSON Polygon or MultiPolygon geometry, WGS84. */
  @Column({ type: 'simple-json' })
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };

  @Column({ type: 'double precision', name: 'min_lon' })
  minLon: number;

  @Column({ type: 'double precision', name: 'min_lat' })
  minLat: number;

  @Column({ type: 'double precision', name: 'max_lon' })
  maxLon: number;

  @Column({ type: 'double precision', name: 'max_lat' })
  maxLat: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  attribution: string | null;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One official address point of the Land-wide gazetteer (ALKIS Gebäudereferenzen or a city's own list), WGS84. */
@Entity('official_addresses')
@Index('ix_official_addresses_search', ['ags', 'searchKey'])
@Index('ix_official_addresses_import', ['ags', 'lastImportId'])
export class OfficialAddress {
  /** The record's object identifier (OI) in the official data; for a generic CSV line, derived from its content. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;

  /** Amtlicher Gemeindeschlüssel of the municipality the address lies in. */
  @Column({ type: 'varchar', length: 8 })
  ags: string;

  @Column({ type: 'varchar', length: 200 })
  street: string;

  @Column({ type: 'varchar', length: 20, name: 'house_number' })
  houseNumber: string;

  @Column({ type: 'varchar', length: 20, name: 'house_number_suffix', nullable: true })
  houseNumberSuffix: string | null;

  /** Official NRW data carries none; a city's own list may. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  postcode: string | null;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;

  /** addressSearchKey of street, number and suffix. */
  @Column({ type: 'varchar', length: 260, name: 'search_key' })
  searchKey: string;

  /** The day the official record was last current (Aktualitätsdatum), if given. */
  @Column({ type: 'varchar', length: 10, name: 'valid_on', nullable: true })
  validOn: string | null;

  /** Gone from a later import of its municipality: kept, since buildings may refer to it. */
  @Column({ type: 'boolean', default: false })
  historic: boolean;

  /** The import that last contained it. */
  @Column({ type: 'varchar', length: 36, name: 'last_import_id' })
  lastImportId: string;
}

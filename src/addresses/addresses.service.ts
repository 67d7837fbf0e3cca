import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CitiesService } from '../cities/cities.service.js';
import { houseNumberKey, parseAddressQuery } from './address-normal.js';
import { toOfficialAddressDto, type OfficialAddressDto, type SearchAddressesQueryDto } from './addresses.dto.js';
import { OfficialAddress } from './official-address.entity.js';

/** Candidates read per search before they are put in house-number order: a long street's numbers fit. */
const CANDIDATES = 400;

@Injectable()
export class AddressesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cities: CitiesService,
  ) {}

  /** Current official addresses of one city whose street begins as typed, with the house number (and postcode) if given, in street and number order. */
  async search(user: AuthUser, query: SearchAddressesQueryDto): Promise<OfficialAddressDto[]> {
    assertPermission(user, 'property:read');
    const city = await this.cities.actingCity(user, 'city', query.city);
    const wanted = parseAddressQuery(query.q);
    if (!wanted.street) return [];
    // The street's beginning as a key range, which the (ags, search_key) index serves on both databases; keys are [a-z0-9 ] only.
    const prefix = wanted.street;
    const qb = this.dataSource
      .getRepository(OfficialAddress)
      .createQueryBuilder('a')
      .where('a.ags = :ags', { ags: city.ags })
      .andWhere('a.searchKey >= :from AND a.searchKey < :to', { from: prefix, to: `${prefix}~` })
      .andWhere('a.historic = :historic', { historic: false })
      .orderBy('a.searchKey', 'ASC')
      .limit(CANDIDATES);
    // "Düsseldorfer 5" finds Düsseldorfer Straße 5: the number follows the street key's only space.
    if (wanted.number) qb.andWhere('a.searchKey LIKE :pattern', { pattern: `${prefix}% ${wanted.number}%` });
    if (wanted.postcode) qb.andWhere('(a.postcode = :postcode OR a.postcode IS NULL)', { postcode: wanted.postcode });
    const rows = (await qb.getMany()).filter((a) => a.searchKey.startsWith(prefix));
    // "12" finds 12, 12a and 12b before 120.
    const digits = wanted.number?.match(/^\d+/)?.[0];
    const exactFirst = (a: OfficialAddress) => (digits && houseNumberKey(a.houseNumber, null).match(/^\d+/)?.[0] !== digits ? 1 : 0);
    rows.sort(
      (a, b) =>
        exactFirst(a) - exactFirst(b) ||
        a.street.localeCompare(b.street, 'de') ||
        Number.parseInt(a.houseNumber, 10) - Number.parseInt(b.houseNumber, 10) ||
        (a.houseNumberSuffix ?? '').localeCompare(b.houseNumberSuffix ?? ''),
    );
    return rows.slice(0, query.limit ?? 10).map(toOfficialAddressDto);
  }
}

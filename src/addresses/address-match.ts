import type { EntityManager } from 'typeorm';
import { badRequest, fieldError } from '../common/problem.js';
import { addressSearchKey } from './address-normal.js';
import { OfficialAddress } from './official-address.entity.js';

/** official: at the official point of its address; manual_pin: its address is official, its pin set by hand; unmatched: no official address has it. */
export const ADDRESS_MATCHES = ['official', 'manual_pin', 'unmatched'] as const;
export type AddressMatch = (typeof ADDRESS_MATCHES)[number];

export interface MatchedAddress {
  officialAddressId: string | null;
  addressMatch: AddressMatch | null;
}

interface Point {
  lat: number;
  lon: number;
}

interface AddressText {
  street: string;
  houseNumber: string;
  houseNumberSuffix?: string | null;
}

/** Closer than this to its official point, a building stands on it: the client sends the point as the gazetteer gave it. */
const ON_POINT_METRES = 0.5;

/**
 * The gazetteer's verdict on one building: of the official points with its street, number and suffix (several where an
 * export drops suffixes) the nearest is its address. Without any, it is unmatched where the city has official
 * addresses, and unknown (null) where it has none yet.
 */
export function matchAddress(candidates: ReadonlyArray<Point & { id: string }>, at: Point, cityHasGazetteer: boolean): MatchedAddress {
  const nearest = candidates.map((c) => ({ id: c.id, metres: metresBetween(c, at) })).sort((a, b) => a.metres - b.metres)[0];
  if (!nearest) return { officialAddressId: null, addressMatch: cityHasGazetteer ? 'unmatched' : null };
  return { officialAddressId: nearest.id, addressMatch: nearest.metres < ON_POINT_METRES ? 'official' : 'manual_pin' };
}

/** Equirectangular distance: exact enough within a town to tell a pin on the point from one beside it. */
export function metresBetween(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.hypot(x, y) * 6_371_000;
}

/**
 * Matches a building in `cityAgs` against the current official addresses. A chosen official address must be one of
 * the city's current ones with the same street, number and suffix as the text sent: otherwise the file would claim an
 * official address its text does not show.
 */
export async function matchOfficialAddress(
  manager: EntityManager,
  cityAgs: string,
  address: AddressText,
  at: Point,
  chosenId?: string,
): Promise<MatchedAddress> {
  const repository = manager.getRepository(OfficialAddress);
  if (chosenId !== undefined) {
    const chosen = await repository.findOneBy({ id: chosenId });
    const refuse = (message: string) =>
      badRequest('unknown_official_address', `officialAddressId: ${message}.`, [fieldError('officialAddressId', 'unknownOfficialAddress', message)]);
    if (!chosen || chosen.ags !== cityAgs || chosen.historic) throw refuse('no current official address with this id in the building’s city');
    if (chosen.searchKey !== addressSearchKey(address.street, address.houseNumber, address.houseNumberSuffix))
      throw refuse('street, house number and suffix differ from the official address');
    return matchAddress([chosen], at, true);
  }
  const candidates = await officialCandidates(manager, cityAgs, address);
  if (candidates.length) return matchAddress(candidates, at, true);
  const any = await repository.findOne({ where: { ags: cityAgs }, select: { id: true } });
  return matchAddress([], at, any !== null);
}

/** The city's current official points with this street, number and suffix, however typed, each in the official spelling. */
export function officialCandidates(
  manager: EntityManager,
  cityAgs: string,
  address: AddressText,
): Promise<Array<Pick<OfficialAddress, 'id' | 'lat' | 'lon' | 'street' | 'houseNumber' | 'houseNumberSuffix'>>> {
  const key = addressSearchKey(address.street, address.houseNumber, address.houseNumberSuffix);
  return manager.getRepository(OfficialAddress).find({
    where: { ags: cityAgs, searchKey: key, historic: false },
    select: { id: true, lat: true, lon: true, street: true, houseNumber: true, houseNumberSuffix: true },
  });
}

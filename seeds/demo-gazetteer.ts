import { matchAddress, type MatchedAddress } from '../src/addresses/address-match.js';
import { addressSearchKey } from '../src/addresses/address-normal.js';
import type { OfficialAddress } from '../src/addresses/official-address.entity.js';
import type { DemoPlace } from './demo-places.js';

/** Stands in for the import that would have brought the official addresses; a real import of the city marks them historic. */
export const DEMO_GAZETTEER_IMPORT = '00000000-0000-4000-8000-00000000d340';

/** Every so many demo buildings, one the official list lacks (flagged as unmatched) and one pinned beside its point. */
const EVERY = 40;
/** Houses of a street without a building in the file, so that the search offers official addresses to record. */
const NEIGHBOURS = 10;
/** About 14 m apart along the street. */
const STEP_LON = 0.0002;

/**
 * The fictitious official addresses of the demo city, without drawing from the random stream (the rest of the demo
 * stays as it was): each demo building's address at its position, but for every 40th, which the list lacks, and
 * every 40th from the 20th, whose official point lies 20 m away; then ten more house numbers per street.
 */
export function demoGazetteer(places: readonly DemoPlace[], ags: string): OfficialAddress[] {
  const rows: OfficialAddress[] = [];
  const add = (street: string, houseNumber: string, houseNumberSuffix: string | null, lat: number, lon: number) =>
    rows.push({
      id: `DEMO${String(rows.length + 1).padStart(8, '0')}`,
      ags,
      street,
      houseNumber,
      houseNumberSuffix,
      postcode: null,
      lat,
      lon,
      searchKey: addressSearchKey(street, houseNumber, houseNumberSuffix),
      validOn: null,
      historic: false,
      lastImportId: DEMO_GAZETTEER_IMPORT,
    });
  const streets = new Map<string, DemoPlace[]>();
  places.forEach((place, index) => {
    streets.set(place.street, [...(streets.get(place.street) ?? []), place]);
    if (index % EVERY === 0) return;
    const aside = index % EVERY === EVERY / 2 ? 0.00018 : 0;
    add(place.street, place.houseNumber, place.houseNumberSuffix, round(place.lat + aside), place.lon);
  });
  for (const [street, houses] of streets) {
    const taken = new Set(houses.map((h) => h.houseNumber));
    const free = Array.from({ length: 140 }, (_, i) => String(i + 1)).filter((n) => !taken.has(n));
    const anchor = houses[0];
    free.slice(0, NEIGHBOURS).forEach((number, i) => add(street, number, null, anchor.lat, round(anchor.lon + (i + 1) * STEP_LON)));
  }
  return rows;
}

/** A demo building's match as the server would find it: of the official points with its street, number and suffix, the nearest. */
export function demoMatcher(gazetteer: readonly OfficialAddress[]): (place: DemoPlace) => MatchedAddress {
  const byKey = new Map<string, OfficialAddress[]>();
  for (const a of gazetteer) byKey.set(a.searchKey, [...(byKey.get(a.searchKey) ?? []), a]);
  return (place) => matchAddress(byKey.get(addressSearchKey(place.street, place.houseNumber, place.houseNumberSuffix)) ?? [], place, true);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { POSTCODES, STREET_NAMES } from './demo-names.js';
import type { DuisburgOutlines, OutlineFeature } from './duisburg-outlines.js';
import type { Random } from './random.js';

/** Buildings per Stadtbezirk: the northern and central districts carry most problem buildings. */
export const BUILDINGS_PER_BEZIRK: Readonly<Record<string, number>> = {
  '100': 45, // Walsum
  '200': 150, // Hamborn
  '300': 120, // Meiderich/Beeck
  '400': 50, // Homberg/Ruhrort/Baerl
  '500': 130, // Mitte
  '600': 55, // Rheinhausen
  '700': 50, // Süd
};

export interface DemoPlace {
  bezirkCode: string;
  ortsteilCode: string | null;
  street: string;
  houseNumber: string;
  houseNumberSuffix: string | null;
  postcode: string;
  lon: number;
  lat: number;
}

type Point = [number, number];

// About 130 m either way: the houses of one street stay close together.
const JITTER_LAT = 0.0012;
const JITTER_LON = 0.0018;

function randomPointIn(rng: Random, feature: OutlineFeature): Point {
  const [west, south, east, north] = bbox(feature);
  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    const point: Point = [round(rng.between(west, east)), round(rng.between(south, north))];
    if (booleanPointInPolygon(point, feature)) return point;
  }
  throw new Error(`no point found inside ${feature.properties.name}`);
}

function nearbyPointIn(rng: Random, feature: OutlineFeature, anchor: Point): Point {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const point: Point = [round(anchor[0] + rng.between(-JITTER_LON, JITTER_LON)), round(anchor[1] + rng.between(-JITTER_LAT, JITTER_LAT))];
    if (booleanPointInPolygon(point, feature)) return point;
  }
  return anchor;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function ortsteilAt(point: Point, ortsteile: readonly OutlineFeature[]): OutlineFeature | null {
  return ortsteile.find((o) => booleanPointInPolygon(point, o)) ?? null;
}

/**
 * Places the fictitious buildings: streets with invented names at random points inside each real
 * Stadtbezirk, a few houses per street close together, the Ortsteil where an outline contains the point.
 */
export function generatePlaces(rng: Random, outlines: DuisburgOutlines): DemoPlace[] {
  const streetNames = rng.shuffle(STREET_NAMES);
  let nextStreet = 0;
  const usedKeys = new Set<string>();
  const places: DemoPlace[] = [];
  for (const bezirk of outlines.bezirke) {
    const code = bezirk.properties.code;
    const ortsteile = outlines.ortsteile.filter((o) => o.properties.parent === code);
    let remaining = BUILDINGS_PER_BEZIRK[code] ?? 0;
    while (remaining > 0) {
      const houses = Math.min(remaining, rng.int(4, 8));
      const street = streetNames[nextStreet % streetNames.length];
      nextStreet += 1;
      const anchor = randomPointIn(rng, bezirk);
      const anchorOrtsteil = ortsteilAt(anchor, ortsteile);
      const postcode = rng.pick(POSTCODES[anchorOrtsteil?.properties.code ?? code] ?? POSTCODES[code]);
      for (let i = 0; i < houses; i += 1) {
        const point = i === 0 ? anchor : nearbyPointIn(rng, bezirk, anchor);
        let houseNumber: string;
        let suffix: string | null;
        do {
          houseNumber = String(rng.int(1, 140));
          suffix = rng.chance(0.08) ? rng.pick(['a', 'b']) : null;
        } while (usedKeys.has(`${street}|${houseNumber}|${suffix ?? ''}`));
        usedKeys.add(`${street}|${houseNumber}|${suffix ?? ''}`);
        places.push({
          bezirkCode: code,
          ortsteilCode: ortsteilAt(point, ortsteile)?.properties.code ?? null,
          street,
          houseNumber,
          houseNumberSuffix: suffix,
          postcode,
          lon: point[0],
          lat: point[1],
        });
      }
      remaining -= houses;
    }
  }
  return places;
}

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEMO_CITY = 'Duisburg';
/** The demo city's record: Duisburg's official municipality key, in Nordrhein-Westfalen. */
export const DEMO_CITY_RECORD = { ags: '05112000', name: DEMO_CITY, land: 'NW', timeZone: 'Europe/Berlin' } as const;
export const OUTLINES_ATTRIBUTION = '© OpenStreetMap contributors, ODbL 1.0 (Code for Duisburg Geodata)';

export interface OutlineFeature {
  type: 'Feature';
  properties: { code: string; name: string; level: 'city' | 'bezirk' | 'ortsteil'; parent?: string };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export interface DuisburgOutlines {
  city: OutlineFeature;
  bezirke: OutlineFeature[];
  ortsteile: OutlineFeature[];
}

// From seeds/ (vitest, tsx) the files sit beside this module; from dist/seeds/ (node) they stay in the source tree.
const CANDIDATES = [new URL('./duisburg/', import.meta.url), new URL('../../seeds/duisburg/', import.meta.url)];

function outlinesDirectory(): URL {
  const found = CANDIDATES.find((dir) => existsSync(fileURLToPath(new URL('stadtbezirke.geojson', dir))));
  if (!found) throw new Error(`Duisburg outlines not found (looked in ${CANDIDATES.map((c) => fileURLToPath(c)).join(', ')})`);
  return found;
}

function readCollection(dir: URL, file: string): OutlineFeature[] {
  const parsed = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { type: string; features?: OutlineFeature[] };
  if (parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) throw new Error(`${file} is not a GeoJSON FeatureCollection`);
  return parsed.features;
}

/** Reads the real Stadtbezirke and (partial) Ortsteile outlines shipped with the seeds. */
export function loadDuisburgOutlines(): DuisburgOutlines {
  const dir = outlinesDirectory();
  const [city] = readCollection(dir, 'city.geojson');
  const bezirke = readCollection(dir, 'stadtbezirke.geojson').sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const ortsteile = readCollection(dir, 'ortsteile-partial.geojson').sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { city, bezirke, ortsteile };
}

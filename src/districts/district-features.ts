import { bbox } from '@turf/bbox';
import selfIntersections from 'geojson-polygon-self-intersections';
import { badRequest, fieldError, type FieldError } from '../common/problem.js';
import { GERMANY_BOUNDS, type CrsCode } from '../common/crs.js';
import type { DistrictLevel } from './district.entity.js';
import type { RawFeature } from './district-upload.js';

type Ring = number[][];

/** One outline as found in the GeoJSON files (`properties.parent` names the Stadtbezirk of an Ortsteil). */
export interface DistrictFeatureInput {
  type?: string;
  properties: { code?: unknown; name?: unknown; level?: unknown; parent?: unknown } | null;
  geometry: { type: string; coordinates: unknown } | null;
}

export interface CheckedDistrictFeature {
  code: string;
  name: string;
  level: DistrictLevel;
  parentCode: string | null;
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

const isPosition = (p: unknown): p is number[] => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
const isRing = (r: unknown): r is Ring =>
  Array.isArray(r) && r.length >= 4 && r.every(isPosition) && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1];
const isPolygon = (p: unknown): p is Ring[] => Array.isArray(p) && p.length >= 1 && p.every(isRing);

// Codes may be written as numbers in GeoJSON; anything else is no code.
const codeText = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

/** Refuses features the map and point-in-polygon could not use, naming the feature and field. */
export function checkDistrictFeature(feature: DistrictFeatureInput, index: number): CheckedDistrictFeature {
  const props = feature.properties ?? {};
  const fail = (field: string, message: string) =>
    badRequest('invalid_district_feature', `Feature ${index}: ${message}.`, [fieldError(`features[${index}].${field}`, 'invalidFeature', message)]);
  const code = codeText(props.code);
  if (code.length < 1 || code.length > 20) throw fail('properties.code', 'code must be text or a number of 1 to 20 characters');
  const name = typeof props.name === 'string' ? props.name.trim() : '';
  if (name.length < 1 || name.length > 200) throw fail('properties.name', 'name must be 1 to 200 characters');
  if (props.level !== 'bezirk' && props.level !== 'ortsteil') throw fail('properties.level', 'level must be "bezirk" or "ortsteil"');
  const parent = props.parent === undefined || props.parent === null ? null : codeText(props.parent);
  if (parent !== null && (parent.length < 1 || parent.length > 20)) throw fail('properties.parent', 'parent must be text or a number of 1 to 20 characters');
  const geometry = feature.geometry;
  if (geometry?.type === 'Polygon' && isPolygon(geometry.coordinates)) {
    return { code, name, level: props.level, parentCode: parent, geometry: { type: 'Polygon', coordinates: geometry.coordinates } };
  }
  if (geometry?.type === 'MultiPolygon' && Array.isArray(geometry.coordinates) && geometry.coordinates.length > 0 && geometry.coordinates.every(isPolygon)) {
    return { code, name, level: props.level, parentCode: parent, geometry: { type: 'MultiPolygon', coordinates: geometry.coordinates } };
  }
  throw fail('geometry', 'geometry must be a GeoJSON Polygon or MultiPolygon with closed rings');
}

/** Which attributes of an uploaded file hold code, name, level and parent; `level` set means every feature has that level. */
export interface FieldMapping {
  code: string;
  name: string;
  level: string;
  parent: string;
  fixedLevel?: DistrictLevel;
}

type Convert = (position: readonly number[]) => [number, number];

// Only well-formed rings are converted; anything else stays as it is for checkDistrictFeature to refuse.
const convertRings = (rings: unknown, convert: Convert): unknown =>
  Array.isArray(rings) ? rings.map((ring: unknown) => (Array.isArray(ring) ? ring.map((p: unknown) => (isPosition(p) ? convert(p) : p)) : ring)) : rings;

/** An uploaded feature with its attributes read through the mapping and its coordinates in WGS84. */
export function mappedFeature(raw: RawFeature, mapping: FieldMapping, convert: Convert): DistrictFeatureInput {
  const p = raw.properties ?? {};
  const name = p[mapping.name];
  const geometry = raw.geometry;
  const coordinates =
    geometry?.type === 'Polygon'
      ? convertRings(geometry.coordinates, convert)
      : geometry?.type === 'MultiPolygon' && Array.isArray(geometry.coordinates)
        ? geometry.coordinates.map((polygon) => convertRings(polygon, convert))
        : geometry?.coordinates;
  return {
    properties: {
      code: p[mapping.code],
      name: typeof name === 'number' ? String(name) : name,
      level: mapping.fixedLevel ?? p[mapping.level],
      parent: p[mapping.parent],
    },
    geometry: geometry && { type: geometry.type, coordinates },
  };
}

/** What makes a well-formed outline unusable for a city: lying outside Germany (a wrong reference system) or crossing itself. */
export function outlineErrors(feature: CheckedDistrictFeature, index: number, crs: CrsCode): FieldError[] {
  const label = `Feature ${index} (${feature.code} ${feature.name})`;
  const [minLon, minLat, maxLon, maxLat] = bbox(feature.geometry);
  const g = GERMANY_BOUNDS;
  if (minLon < g.minLon || maxLon > g.maxLon || minLat < g.minLat || maxLat > g.maxLat) {
    const message = `${label} lies outside Germany when read as EPSG:${crs}; is that the file’s coordinate system?`;
    return [fieldError(`features[${index}].geometry`, 'outsideGermany', message, [crs])];
  }
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const coordinates of polygons) {
    const [crossing] = selfIntersections({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }) as number[][];
    if (crossing) {
      const [lon, lat] = crossing.map((n) => Math.round(n * 1e6) / 1e6);
      return [fieldError(`features[${index}].geometry`, 'selfIntersection', `${label} crosses itself near ${lat}, ${lon}`, [lat, lon])];
    }
  }
  return [];
}

import { badRequest, fieldError } from '../common/problem.js';
import type { DistrictLevel } from './district.entity.js';

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

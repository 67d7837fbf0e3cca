import { unzipSync } from 'fflate';
import { combine, parseDbf, parseShp } from 'shpjs';
import { badRequest, fieldError } from '../common/problem.js';
import { crsFromName, crsFromPrj, type CrsCode } from '../common/crs.js';

export const DISTRICT_UPLOAD_TYPES = { 'application/geo+json': 'geojson', 'application/zip': 'zip' } as const;
export type DistrictUploadType = (typeof DISTRICT_UPLOAD_TYPES)[keyof typeof DISTRICT_UPLOAD_TYPES];

/** The most a zipped Shapefile may unpack to: far above any city's outlines, far below what would exhaust memory. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

export interface RawFeature {
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates: unknown } | null;
}

/** One layer of an upload: a GeoJSON file or one Shapefile of a zip, with the reference system it declares. */
export interface UploadedLayer {
  name: string;
  declaredCrs: CrsCode | null;
  /** What the format means without a declaration: WGS84 for GeoJSON (RFC 7946), nothing for a Shapefile. */
  impliedCrs: CrsCode | null;
  /** Set when the file declares a system this import does not read. */
  unknownCrs: string | null;
  features: RawFeature[];
}

const invalid = (code: 'invalidFile', message: string) => badRequest('invalid_upload', `file: ${message}.`, [fieldError('file', code, message)]);

/** Reads an uploaded GeoJSON FeatureCollection or zipped Shapefile into layers of raw features, untransformed. */
export function readDistrictUpload(body: Buffer, type: DistrictUploadType): UploadedLayer[] {
  return type === 'zip' ? readZip(body) : [readGeoJson(body)];
}

function readGeoJson(body: Buffer): UploadedLayer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw invalid('invalidFile', 'the file is not valid JSON');
  }
  const collection = parsed as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } } | null;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw invalid('invalidFile', 'the file must be a GeoJSON FeatureCollection');
  }
  const crsName = collection.crs?.properties?.name;
  const declaredCrs = typeof crsName === 'string' ? crsFromName(crsName) : null;
  return {
    name: 'GeoJSON',
    declaredCrs,
    impliedCrs: '4326',
    unknownCrs: typeof crsName === 'string' && !declaredCrs ? crsName : null,
    features: (collection.features as unknown[]).map(asRawFeature),
  };
}

function asRawFeature(value: unknown): RawFeature {
  const f = (typeof value === 'object' && value !== null ? value : {}) as Partial<RawFeature>;
  const properties = typeof f.properties === 'object' && !Array.isArray(f.properties) ? f.properties : null;
  const geometry = typeof f.geometry === 'object' && f.geometry !== null && typeof f.geometry.type === 'string' ? f.geometry : null;
  return { properties, geometry };
}

function readZip(body: Buffer): UploadedLayer[] {
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(body, {
      // Only the parts of a Shapefile are unpacked, and only up to a total size: a small zip can claim gigabytes.
      filter: (file) => {
        if (file.name.includes('__MACOSX') || !/\.(shp|dbf|prj|cpg)$/i.test(file.name)) return false;
        unpacked += file.originalSize;
        if (unpacked > MAX_UNZIPPED_BYTES) throw new RangeError('too large');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof RangeError) throw invalid('invalidFile', `the zip unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MiB`);
    throw invalid('invalidFile', 'the file is not a readable zip archive');
  }
  const part = (base: string, extension: string) => Object.entries(files).find(([name]) => name.toLowerCase() === `${base}.${extension}`)?.[1];
  const bases = Object.keys(files)
    .filter((name) => /\.shp$/i.test(name))
    .map((name) => name.slice(0, -4).toLowerCase())
    .sort();
  if (bases.length === 0) throw invalid('invalidFile', 'the zip holds no Shapefile (.shp)');
  return bases.map((base) => {
    const prj = part(base, 'prj');
    const prjText = prj ? new TextDecoder().decode(prj) : null;
    const declaredCrs = prjText ? crsFromPrj(prjText) : null;
    const shp = part(base, 'shp')!;
    const dbf = part(base, 'dbf');
    const cpg = part(base, 'cpg');
    let collection;
    try {
      if (dbf && !wellFormedDbf(dbf)) throw new RangeError('malformed');
      // Without the .prj shpjs leaves the coordinates as they are; the import transforms them itself.
      collection = combine([parseShp(shp), dbf ? parseDbf(dbf, cpg ? new TextDecoder().decode(cpg) : dbfEncoding(dbf)) : undefined]);
    } catch {
      throw invalid('invalidFile', `the Shapefile ${base.split('/').pop()}.shp cannot be read`);
    }
    return {
      name: base.split('/').pop()!,
      declaredCrs,
      impliedCrs: null,
      unknownCrs: prjText && !declaredCrs ? prjText.slice(0, 120) : null,
      features: collection.features.map(asRawFeature),
    };
  });
}

// parsedbf reads as many records as the header states, whatever the file holds.
function wellFormedDbf(dbf: Uint8Array): boolean {
  if (dbf.byteLength < 32) return false;
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const records = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  return recordLength > 0 && headerLength + records * recordLength <= dbf.byteLength + 1;
}

// Without a .cpg a German Shapefile is UTF-8 or, from older GIS programs, Windows-1252.
function dbfEncoding(dbf: Uint8Array): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

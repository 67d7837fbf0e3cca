import proj4 from 'proj4';

/** The reference systems German cities publish outlines in, as EPSG codes. */
export const SUPPORTED_CRS = ['4326', '25832', '4647', '31466', '31467'] as const;
export type CrsCode = (typeof SUPPORTED_CRS)[number];

// Definitions as published by the EPSG registry (epsg.io); 4647 is 25832 with the zone number before the easting.
const DEFINITIONS: Record<Exclude<CrsCode, '4326'>, string> = {
  '25832': '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  '4647': '+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=32500000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  '31466': '+proj=tmerc +lat_0=0 +lon_0=6 +k=1 +x_0=2500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
  '31467': '+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
};

/** Germany with a margin: a point outside it was read in the wrong reference system. */
export const GERMANY_BOUNDS = { minLon: 5.5, maxLon: 15.5, minLat: 47, maxLat: 55.2 };

const isSupported = (code: string): code is CrsCode => (SUPPORTED_CRS as readonly string[]).includes(code);

/** A position converter to WGS84 longitude/latitude, rounded to 7 decimals (about a centimetre). */
export function toWgs84(crs: CrsCode): (position: readonly number[]) => [number, number] {
  const round = (n: number) => Math.round(n * 1e7) / 1e7;
  if (crs === '4326') return ([x, y]) => [round(x), round(y)];
  const converter = proj4(DEFINITIONS[crs], 'WGS84');
  return ([x, y]) => {
    const [lon, lat] = converter.forward([x, y]);
    return [round(lon), round(lat)];
  };
}

/** The EPSG code a GeoJSON `crs` member names ("EPSG:25832", "urn:ogc:def:crs:EPSG::25832", CRS84), or null if it names none we read. */
export function crsFromName(name: string): CrsCode | null {
  if (/^urn:ogc:def:crs:OGC:(1\.3)?:CRS84$/i.test(name.trim())) return '4326';
  const code = /^(?:urn:ogc:def:crs:)?EPSG:(?:[\d.]*:)?(\d+)$/i.exec(name.trim())?.[1];
  return code && isSupported(code) ? code : null;
}

// ESRI .prj files carry names, not codes; these are the names GIS programs write for the supported systems.
const PRJ_NAMES: Array<[RegExp, CrsCode]> = [
  [/ETRS_?1989_UTM_Zone_32N_(zE-N|8stellen)|UTM zone 32N \(zE-N\)|False_Easting",\s*32500000/i, '4647'],
  [/ETRS_?(1989|89)[_ /]+UTM[_ ]zone[_ ]32N/i, '25832'],
  [/DHDN[_ /]+3[_-]degree[_ ]Gauss[_-]Kr(u|ü)?(ger)?[_ ]?zone[_ ]2|DHDN_3_Degree_Gauss_Zone_2|Gauss-Kruger zone 2/i, '31466'],
  [/DHDN[_ /]+3[_-]degree[_ ]Gauss[_-]Kr(u|ü)?(ger)?[_ ]?zone[_ ]3|DHDN_3_Degree_Gauss_Zone_3|Gauss-Kruger zone 3/i, '31467'],
];

/** The EPSG code of a Shapefile's .prj (WKT with an EPSG authority, or an ESRI name), or null if it is none we read. */
export function crsFromPrj(wkt: string): CrsCode | null {
  // In WKT the outermost authority comes last.
  const authority = /(?:AUTHORITY\["EPSG",\s*"?|ID\["EPSG",\s*)(\d+)"?\]\s*\]\s*$/i.exec(wkt.trim())?.[1];
  if (authority) return isSupported(authority) ? authority : null;
  for (const [pattern, code] of PRJ_NAMES) if (pattern.test(wkt)) return code;
  if (!/^\s*PROJCS|^\s*PROJCRS/i.test(wkt) && /GEOGCS\[\s*"(GCS_)?(WGS_?(19)?84|WGS 84|ETRS_?(19)?89|ETRS89)"/i.test(wkt)) return '4326';
  return null;
}

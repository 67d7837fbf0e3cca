import { createHash } from 'node:crypto';
import { GERMANY_BOUNDS, SUPPORTED_CRS, toWgs84, type CrsCode } from '../common/crs.js';
import { addressSearchKey } from './address-normal.js';

/** An address as the import stores it. */
export interface GazetteerRow {
  id: string;
  ags: string;
  street: string;
  houseNumber: string;
  houseNumberSuffix: string | null;
  postcode: string | null;
  lat: number;
  lon: number;
  searchKey: string;
  validOn: string | null;
}

export type RowResult = { row: GazetteerRow } | { problem: string } | { deleted: true };

/** The columns of the documented generic CSV, in order; a first line with these names is a header. */
export const GENERIC_CSV_COLUMNS = ['strasse', 'hausnummer', 'zusatz', 'plz', 'ort', 'x', 'y', 'epsg'] as const;

const converters = new Map<CrsCode, (p: readonly number[]) => [number, number]>();
const convert = (crs: CrsCode, x: number, y: number) => {
  if (!converters.has(crs)) converters.set(crs, toWgs84(crs));
  return converters.get(crs)!([x, y]);
};

// Coordinates come with a decimal comma ("32349925,060") or point.
const decimal = (text: string | undefined) => (text && /^-?\d+([.,]\d+)?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : NaN);

function place(x: number, y: number, crs: CrsCode): { lat: number; lon: number } | string {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return 'coordinates are not numbers';
  const [lon, lat] = convert(crs, x, y);
  const g = GERMANY_BOUNDS;
  if (!(lon >= g.minLon && lon <= g.maxLon && lat >= g.minLat && lat <= g.maxLat)) return `coordinates lie outside Germany when read as EPSG:${crs}`;
  return { lat, lon };
}

function address(
  id: string,
  ags: string,
  fields: { street?: string; number?: string; suffix?: string; postcode?: string; validOn?: string },
  at: { lat: number; lon: number } | string,
): RowResult {
  const street = fields.street?.trim() ?? '';
  const houseNumber = fields.number?.trim() ?? '';
  const suffix = fields.suffix?.trim() || null;
  const postcode = fields.postcode?.trim() || null;
  if (typeof at === 'string') return { problem: at };
  if (street.length < 1 || street.length > 200) return { problem: 'street must be 1 to 200 characters' };
  if (!/^[0-9A-Za-z]{1,20}$/.test(houseNumber)) return { problem: 'house number must be 1 to 20 letters or digits' };
  if (suffix !== null && suffix.length > 20) return { problem: 'suffix must be at most 20 characters' };
  if (postcode !== null && !/^\d{5}$/.test(postcode)) return { problem: 'postcode must be five digits' };
  const validOn = fields.validOn && /^\d{4}-\d{2}-\d{2}$/.test(fields.validOn.trim()) ? fields.validOn.trim() : null;
  return {
    row: { id, ags, street, houseNumber, houseNumberSuffix: suffix, postcode, ...at, searchKey: addressSearchKey(street, houseNumber, suffix), validOn },
  };
}

/**
 * One line of NRW's Gebäudereferenzen (gebref.txt): NBA;OI;QUA;LAN;RBZ;KRS;GMD;OTT;SSS;HNR;ADZ;East;North;STN;Datum,
 * East in EPSG:4647 (zone 32 before the easting) or, in the other published variant, EPSG:25832.
 */
export function gebrefRow(fields: readonly string[]): RowResult {
  if (fields.length < 14) return { problem: `expected at least 14 fields separated by ";", found ${fields.length}` };
  const [nba, oi, , lan, rbz, krs, gmd, , , hnr, adz, east, north, stn, datum] = fields.map((f) => f.trim());
  // "L": a record to delete in an update delivery; it is simply not among the current addresses.
  if (nba === 'L') return { deleted: true };
  const ags = `${lan}${rbz}${krs}${gmd}`;
  if (!/^\d{8}$/.test(ags)) return { problem: 'LAN, RBZ, KRS and GMD do not form an eight-digit municipality key' };
  if (!/^[A-Za-z0-9]{1,40}$/.test(oi)) return { problem: 'OI (object identifier) is missing or not 1 to 40 letters and digits' };
  const x = decimal(east);
  return address(oi, ags, { street: stn, number: hnr, suffix: adz, validOn: datum }, place(x, decimal(north), x >= 1e7 ? '4647' : '25832'));
}

/** One line of the generic CSV (strasse;hausnummer;zusatz;plz;ort;x;y;epsg) of the municipality being imported. */
export function genericCsvRow(fields: readonly string[], ags: string): RowResult {
  if (fields.length < GENERIC_CSV_COLUMNS.length) return { problem: `expected ${GENERIC_CSV_COLUMNS.length} fields separated by ";", found ${fields.length}` };
  const [street, number, suffix, postcode, , x, y, epsg] = fields.map((f) => f.trim());
  const crs = epsg.replace(/^EPSG:/i, '');
  if (!(SUPPORTED_CRS as readonly string[]).includes(crs)) return { problem: `EPSG code ${epsg} is not one of ${SUPPORTED_CRS.join(', ')}` };
  // Without an identifier of its own, a line is known by what it says: a moved point is a new address and the old one gone.
  const id = `csv-${createHash('sha256').update([ags, street, number, suffix, x, y, crs].join('|')).digest('hex').slice(0, 36)}`;
  return address(id, ags, { street, number, suffix, postcode }, place(decimal(x), decimal(y), crs as CrsCode));
}

/** Whether a line is the generic CSV's header. */
export const isGenericCsvHeader = (fields: readonly string[]) => GENERIC_CSV_COLUMNS.every((name, i) => fields[i]?.trim().toLowerCase() === name);

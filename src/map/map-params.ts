/** West, south, east, north in WGS84 degrees. */
export type Bbox = [number, number, number, number];

const NUMBER = /^-?\d{1,3}(\.\d{1,20})?$/;

/** Parses "w,s,e,n"; null when it is not four plain numbers within WGS84 with south <= north and west <= east. */
export function parseBbox(text: unknown): Bbox | null {
  if (typeof text !== 'string' || text.length > 120) return null;
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p))) return null;
  const [w, s, e, n] = parts.map(Number) as Bbox;
  if (w < -180 || e > 180 || s < -90 || n > 90 || w > e || s > n) return null;
  return [w, s, e, n];
}

/** Splits a comma-separated query value into trimmed, non-empty, distinct entries. */
export function splitList(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return [
    ...new Set(
      value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    ),
  ];
}

export function parseBooleanFlag(value: unknown): unknown {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
}

export function parseInteger(value: unknown): unknown {
  return typeof value === 'string' && /^-?\d{1,6}$/.test(value) ? Number(value) : value;
}

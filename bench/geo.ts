/** West, south, east, north in WGS84 degrees. */
export type Bbox = [number, number, number, number];

/** North Rhine-Westphalia, rounded outwards. */
export const NRW_BBOX: Bbox = [5.86, 50.32, 9.47, 52.53];

const TILE = 256;
const MAX_LAT = 85.0511287798;

function project(lat: number, lon: number, zoom: number): [number, number] {
  const size = TILE * 2 ** zoom;
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

function unproject(x: number, y: number, zoom: number): [number, number] {
  const size = TILE * 2 ** zoom;
  const lon = (x / size) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  return [lat, lon];
}

/** The box a Web Mercator map of `width` × `height` pixels shows around a centre at a zoom, as Leaflet computes it. */
export function viewportBbox(lat: number, lon: number, zoom: number, width: number, height: number): Bbox {
  const [x, y] = project(lat, lon, zoom);
  const [north, west] = unproject(x - width / 2, y - height / 2, zoom);
  const [south, east] = unproject(x + width / 2, y + height / 2, zoom);
  return [west, south, east, north];
}

/** "w,s,e,n" with six decimals, as the map route takes it. */
export function bboxParam(bbox: Bbox): string {
  return bbox.map((v) => v.toFixed(6)).join(',');
}

// shpjs ships no types; these are the parts the districts import calls.
declare module 'shpjs' {
  import type { FeatureCollection, Geometry } from 'geojson';
  export function parseShp(shp: Uint8Array | ArrayBuffer, prj?: string): Array<Geometry | null>;
  export function parseDbf(dbf: Uint8Array | ArrayBuffer, cpg?: Uint8Array | string): Array<Record<string, unknown>>;
  export function combine(layers: [Array<Geometry | null>, Array<Record<string, unknown>>?]): FeatureCollection<Geometry | null>;
}

// @mapbox/shp-write ships no types; the tests write zipped Shapefiles with it.
declare module '@mapbox/shp-write' {
  import type { FeatureCollection } from 'geojson';
  export function zip(
    geojson: FeatureCollection,
    options: { outputType: 'nodebuffer'; compression: 'DEFLATE' | 'STORE'; prj?: string; types?: Record<string, string> },
  ): Promise<Buffer>;
}

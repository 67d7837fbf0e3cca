import { describe, expect, it } from 'vitest';
import { tileImageSources } from '../../src/map/client-static.js';
import { parseBbox, splitList } from '../../src/map/map-params.js';

describe('parseBbox', () => {
  it('should read west,south,east,north', () => {
    expect(parseBbox('6.62,51.33,6.93,51.56')).toEqual([6.62, 51.33, 6.93, 51.56]);
    expect(parseBbox(' -180, -90, 180, 90 ')).toEqual([-180, -90, 180, 90]);
    // Numbers as JavaScript prints them (17 significant digits) are fine.
    expect(parseBbox(`${6.76 - 0.004},51.427000000000003,6.764,51.433`)).toEqual([6.756, 51.427, 6.764, 51.433]);
  });

  it.each(['', '1,2,3', '1,2,3,4,5', 'a,b,c,d', '1e2,0,1,1', '10,0,5,1', '0,10,1,5', '-181,0,0,1', '0,0,0,91', 'NaN,0,1,1'])('should refuse %j', (text) => {
    expect(parseBbox(text)).toBeNull();
  });
});

describe('splitList', () => {
  it('should split, trim and de-duplicate', () => {
    expect(splitList('a, b,,a')).toEqual(['a', 'b']);
  });
});

describe('tileImageSources', () => {
  it('should allow the tile origin, with a wildcard for {s} subdomains', () => {
    expect(tileImageSources('https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/x/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png')).toEqual([
      'https://sgx.geodatenzentrum.de',
    ]);
    expect(tileImageSources('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toEqual(['https://*.tile.openstreetmap.org']);
    expect(tileImageSources(null)).toEqual([]);
    expect(tileImageSources('not a url')).toEqual([]);
  });
});

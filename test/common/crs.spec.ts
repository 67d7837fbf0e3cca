import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { crsFromName, crsFromPrj, toWgs84 } from '../../src/common/crs.js';

// Duisburg's town hall, and the same point as GIS programs write it in each system (definitions stated here on their own).
const RATHAUS = [6.7623, 51.4352];
const PROJECTED: Array<[string, string]> = [
  ['25832', '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs'],
  ['4647', '+proj=tmerc +lon_0=9 +k=0.9996 +x_0=32500000 +ellps=GRS80 +units=m +no_defs'],
  ['31466', '+proj=tmerc +lon_0=6 +k=1 +x_0=2500000 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs'],
  ['31467', '+proj=tmerc +lon_0=9 +k=1 +x_0=3500000 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs'],
];

describe('toWgs84', () => {
  it.each(PROJECTED)('should bring EPSG:%s coordinates back to the WGS84 point within a centimetre', (code, definition) => {
    const projected = proj4(definition, RATHAUS);
    const [lon, lat] = toWgs84(code as '25832')(projected);
    expect(Math.abs(lon - RATHAUS[0]) * 70_000).toBeLessThan(0.01);
    expect(Math.abs(lat - RATHAUS[1]) * 111_000).toBeLessThan(0.01);
  });

  it('should read the zone-prefixed eastings of EPSG:4647 as EPSG:25832 with 32 000 000 more', () => {
    const [x, y] = proj4(PROJECTED[0][1], RATHAUS);
    expect(toWgs84('4647')([x + 32_000_000, y])).toEqual(toWgs84('25832')([x, y]));
  });

  it('should apply the DHDN datum shift: Gauss-Krüger without it lands about 100 m away', () => {
    const withoutShift = proj4('+proj=tmerc +lon_0=6 +k=1 +x_0=2500000 +ellps=bessel +units=m +no_defs', RATHAUS);
    const [lon, lat] = toWgs84('31466')(withoutShift);
    const metres = Math.hypot((lon - RATHAUS[0]) * 70_000, (lat - RATHAUS[1]) * 111_000);
    expect(metres).toBeGreaterThan(50);
    expect(metres).toBeLessThan(200);
  });
});

describe('crsFromName', () => {
  it('should read the names GeoJSON files carry', () => {
    expect(crsFromName('urn:ogc:def:crs:EPSG::25832')).toBe('25832');
    expect(crsFromName('EPSG:4647')).toBe('4647');
    expect(crsFromName('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('4326');
    expect(crsFromName('urn:ogc:def:crs:EPSG::3857')).toBeNull();
  });
});

describe('crsFromPrj', () => {
  it('should know the ESRI names and EPSG authorities of the supported systems', () => {
    expect(crsFromPrj('PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989"],PARAMETER["False_Easting",500000.0]]')).toBe('25832');
    expect(crsFromPrj('PROJCS["ETRS_1989_UTM_Zone_32N_zE-N",GEOGCS["GCS_ETRS_1989"],PARAMETER["False_Easting",32500000.0]]')).toBe('4647');
    expect(crsFromPrj('PROJCS["DHDN_3_Degree_Gauss_Zone_2",GEOGCS["GCS_Deutsches_Hauptdreiecksnetz"]]')).toBe('31466');
    expect(crsFromPrj('PROJCS["DHDN / 3-degree Gauss-Kruger zone 3",GEOGCS["DHDN"],AUTHORITY["EPSG","31467"]]')).toBe('31467');
    expect(crsFromPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]]]')).toBe('4326');
    expect(crsFromPrj('PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84"],AUTHORITY["EPSG","3857"]]')).toBeNull();
  });
});

import proj4 from 'proj4';
import type { AddressImportDto } from '../../src/addresses/addresses.dto.js';
import type { TestApp } from '../helpers/test-app.js';
import type { TestUser } from '../helpers/users.js';

// Stated here on its own, as NRW's publication computes it: UTM zone 32 with the zone before the easting.
const UTM32_ZONE_PREFIXED = '+proj=tmerc +lon_0=9 +k=0.9996 +x_0=32500000 +ellps=GRS80 +units=m +no_defs';

export interface GebrefSpec {
  oi: string;
  ags: string;
  street: string;
  number: string;
  suffix?: string;
  lon: number;
  lat: number;
}

/** A gebref.txt line as NRW publishes it: NBA;OI;QUA;LAN;RBZ;KRS;GMD;OTT;SSS;HNR;ADZ;East;North;STN;Datum, EPSG:4647 with a decimal comma. */
export function gebrefLine({ oi, ags, street, number, suffix = '', lon, lat }: GebrefSpec): string {
  const [east, north] = proj4(UTM32_ZONE_PREFIXED, [lon, lat]).map((n) => n.toFixed(3).replace('.', ','));
  return [
    '',
    oi,
    'A',
    ags.slice(0, 2),
    ags.slice(2, 3),
    ags.slice(3, 5),
    ags.slice(5),
    '0000',
    '01234',
    number,
    suffix,
    east,
    north,
    street,
    '2026-01-01',
  ].join(';');
}

/** Loads gebref lines through the import route as `user` (an administrator) and answers the import's report. */
export async function importGazetteer(t: TestApp, user: TestUser, lines: readonly string[]): Promise<AddressImportDto> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/addresses/import',
    headers: { ...user.headers, 'content-type': 'text/plain' },
    payload: lines.join('\n'),
  });
  if (res.statusCode !== 200) throw new Error(`address import answered ${res.statusCode}: ${res.body}`);
  return res.json<AddressImportDto>();
}

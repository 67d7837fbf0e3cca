import { LANDS, type Land } from '../legal/legal-profiles.js';

/** The Länder by the two digits that open every AGS (Statistisches Bundesamt, Gemeindeverzeichnis). */
const LAND_OF_AGS_PREFIX: Record<string, string> = {
  '01': 'SH',
  '02': 'HH',
  '03': 'NI',
  '04': 'HB',
  '05': 'NW',
  '06': 'HE',
  '07': 'RP',
  '08': 'BW',
  '09': 'BY',
  '10': 'SL',
  '11': 'BE',
  '12': 'BB',
  '13': 'MV',
  '14': 'SN',
  '15': 'ST',
  '16': 'TH',
};

export const AGS_PATTERN = /^\d{8}$/;

export type AgsCheck = { ok: true; land: Land } | { ok: false; code: 'invalidAgs' | 'unsupportedLand'; message: string };

/** The Land of an AGS, if Hausakte ships a legal profile for it. */
export function landOfAgs(ags: string): AgsCheck {
  const land = AGS_PATTERN.test(ags) ? LAND_OF_AGS_PREFIX[ags.slice(0, 2)] : undefined;
  if (!land) return { ok: false, code: 'invalidAgs', message: 'ags must be an official municipality key of eight digits, such as 05112000' };
  if (!(LANDS as readonly string[]).includes(land)) {
    return { ok: false, code: 'unsupportedLand', message: `no legal profile for the Land ${land} yet (known: ${LANDS.join(', ')})` };
  }
  return { ok: true, land: land as Land };
}

/** The Länder whose housing-supervision law Hausakte knows, by their official two-letter code. */
export const LANDS = ['NW', 'HE'] as const;
export type Land = (typeof LANDS)[number];

/** One version of a Land's overcrowding rule: the minimum living space per person, from the day it took effect. */
export interface OccupancyRule {
  validFrom: string;
  minM2PerPerson: number;
  /** For a single room whose kitchen and bath are shared. */
  minM2PerPersonSingleRoom: number;
  legalReference: string;
  singleRoomLegalReference: string;
}

/** A Land's housing-supervision law as configuration: the references shown in forms, summaries and notices, and its rules by date. */
export interface LegalProfile {
  land: Land;
  landName: string;
  /** The law's short title, as notices cite it. */
  law: string;
  /** Where an uninhabitable declaration is grounded. */
  declarationReference: string;
  /** The minimum standards a finding of the first seven categories refers to. */
  minimumStandardsReference: string;
  /** The size at least one living room must have under those standards. */
  roomSizeMinM2: number;
  /** Suggested legal bases for decisions and measures, the Land's before the federal ones. */
  legalBases: string[];
  /** Oldest first; a date before the first has no rule in this profile. */
  occupancy: OccupancyRule[];
}

const FEDERAL_BASES = ['§ 6 BMG', '§ 17 BMG', '§ 8a SGB VIII'];

export const LEGAL_PROFILES: Record<Land, LegalProfile> = {
  NW: {
    land: 'NW',
    landName: 'Nordrhein-Westfalen',
    law: 'WohnStG NRW',
    declarationReference: '§ 9 WohnStG NRW',
    minimumStandardsReference: '§ 5 WohnStG NRW',
    roomSizeMinM2: 10,
    legalBases: ['§ 9 WohnStG NRW', '§ 7 WohnStG NRW', '§ 10 WohnStG NRW', '§ 14 OBG NRW', '§ 58 BauO NRW', ...FEDERAL_BASES],
    // Wohnraumstärkungsgesetz, in force since 1 July 2021.
    occupancy: [
      {
        validFrom: '2021-07-01',
        minM2PerPerson: 10,
        minM2PerPersonSingleRoom: 8,
        legalReference: '§ 10 Abs. 1 WohnStG NRW',
        singleRoomLegalReference: '§ 10 Abs. 1 WohnStG NRW',
      },
    ],
  },
  HE: {
    land: 'HE',
    landName: 'Hessen',
    law: 'HWoAufG',
    declarationReference: '§ 6 HWoAufG',
    minimumStandardsReference: '§ 4 Abs. 1 HWoAufG',
    roomSizeMinM2: 9,
    legalBases: ['§ 6 HWoAufG', '§ 4 HWoAufG', '§ 7 HWoAufG', '§ 11 HSOG', ...FEDERAL_BASES],
    // Hessisches Wohnungsaufsichtsgesetz of 4 September 1974, in force since 1 January 1975.
    occupancy: [
      {
        validFrom: '1975-01-01',
        minM2PerPerson: 9,
        minM2PerPersonSingleRoom: 6,
        legalReference: '§ 7 Abs. 1 HWoAufG',
        singleRoomLegalReference: '§ 7 Abs. 2 HWoAufG',
      },
    ],
  },
};

/** The rule in force on a day (ISO date), or null before the profile's first. */
export function occupancyRuleOn(profile: LegalProfile, date: string): OccupancyRule | null {
  let found: OccupancyRule | null = null;
  for (const rule of profile.occupancy) if (rule.validFrom <= date) found = rule;
  return found;
}

/** Each rule with the day its successor takes over (null: still in force), for queries that apply them by date. */
export function occupancyPeriods(profile: LegalProfile): Array<OccupancyRule & { validTo: string | null }> {
  return profile.occupancy.map((rule, i) => ({ ...rule, validTo: profile.occupancy[i + 1]?.validFrom ?? null }));
}

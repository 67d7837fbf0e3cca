import { occupancyRuleOn, type LegalProfile } from '../legal/legal-profiles.js';

export interface DensityInput {
  personsFound: number;
  livingSpaceM2: number | null;
  singleRoomSharedFacilities: boolean;
}

export interface AppliedThreshold {
  minM2PerPerson: number;
  legalReference: string;
  validFrom: string;
}

export interface Density {
  m2PerPerson: number | null;
  /** Null when the Land's law had no overcrowding rule yet on the day of the count. */
  threshold: AppliedThreshold | null;
  underThreshold: boolean | null;
}

/** Living space per person against the minimum of the rule in force on the day counted; unknown (null) when space or persons are missing. */
export function computeDensity(count: DensityInput, profile: LegalProfile, date: string): Density {
  const rule = occupancyRuleOn(profile, date);
  const threshold: AppliedThreshold | null = rule && {
    minM2PerPerson: count.singleRoomSharedFacilities ? rule.minM2PerPersonSingleRoom : rule.minM2PerPerson,
    legalReference: count.singleRoomSharedFacilities ? rule.singleRoomLegalReference : rule.legalReference,
    validFrom: rule.validFrom,
  };
  const known = count.livingSpaceM2 !== null && count.livingSpaceM2 > 0 && count.personsFound > 0;
  if (!known) return { m2PerPerson: null, threshold, underThreshold: null };
  const exact = count.livingSpaceM2! / count.personsFound;
  // Cut (not rounded) to two decimals so the shown figure never reads as "at the threshold" when it is under.
  return { m2PerPerson: Math.floor(exact * 100 + 1e-9) / 100, threshold, underThreshold: threshold ? exact < threshold.minM2PerPerson : null };
}

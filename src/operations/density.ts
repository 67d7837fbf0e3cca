import type { DensityThreshold } from '../config/app-config.js';

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
  threshold: AppliedThreshold;
  underThreshold: boolean | null;
}

/** Living space per person against the configured minimum; unknown (null) when space or persons are missing. */
export function computeDensity(count: DensityInput, config: DensityThreshold): Density {
  const threshold: AppliedThreshold = {
    minM2PerPerson: count.singleRoomSharedFacilities ? config.minM2PerPersonSingleRoom : config.minM2PerPerson,
    legalReference: config.legalReference,
    validFrom: config.validFrom,
  };
  const known = count.livingSpaceM2 !== null && count.livingSpaceM2 > 0 && count.personsFound > 0;
  if (!known) return { m2PerPerson: null, threshold, underThreshold: null };
  const exact = count.livingSpaceM2! / count.personsFound;
  // Cut (not rounded) to two decimals so the shown figure never reads as "at the threshold" when it is under.
  return { m2PerPerson: Math.floor(exact * 100 + 1e-9) / 100, threshold, underThreshold: exact < threshold.minM2PerPerson };
}

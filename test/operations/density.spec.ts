import { describe, expect, it } from 'vitest';
import { LEGAL_PROFILES, occupancyRuleOn } from '../../src/legal/legal-profiles.js';
import { computeDensity } from '../../src/operations/density.js';

const NRW = LEGAL_PROFILES.NW;
const DAY = '2026-03-02';

describe('computeDensity', () => {
  it.each([
    { case: 'well above the threshold', persons: 2, space: 60, single: false, m2: 30, threshold: 10, under: false },
    { case: 'exactly at the threshold is not under it', persons: 5, space: 50, single: false, m2: 10, threshold: 10, under: false },
    { case: 'just under the threshold', persons: 5, space: 49.5, single: false, m2: 9.9, threshold: 10, under: true },
    { case: 'overcrowded flat', persons: 12, space: 48, single: false, m2: 4, threshold: 10, under: true },
    { case: 'single room uses the lower threshold', persons: 1, space: 9, single: true, m2: 9, threshold: 8, under: false },
    { case: 'single room exactly at its threshold', persons: 2, space: 16, single: true, m2: 8, threshold: 8, under: false },
    { case: 'single room under its threshold', persons: 3, space: 20, single: true, m2: 6.66, threshold: 8, under: true },
    { case: 'the same room counted as a flat is under the normal threshold', persons: 1, space: 9, single: false, m2: 9, threshold: 10, under: true },
    { case: 'zero persons gives no ratio', persons: 0, space: 40, single: false, m2: null, threshold: 10, under: null },
    { case: 'missing living space gives no ratio', persons: 4, space: null, single: false, m2: null, threshold: 10, under: null },
    { case: 'missing living space in a single room', persons: 4, space: null, single: true, m2: null, threshold: 8, under: null },
    { case: 'zero living space gives no ratio', persons: 3, space: 0, single: false, m2: null, threshold: 10, under: null },
  ])('should give $m2 m² per person for $case', ({ persons, space, single, m2, threshold, under }) => {
    const result = computeDensity({ personsFound: persons, livingSpaceM2: space, singleRoomSharedFacilities: single }, NRW, DAY);
    expect(result).toEqual({
      m2PerPerson: m2,
      threshold: { minM2PerPerson: threshold, legalReference: '§ 10 Abs. 1 WohnStG NRW', validFrom: '2021-07-01' },
      underThreshold: under,
    });
  });

  it('should never show a figure at the threshold when the exact one is under it', () => {
    // 29.99 / 3 = 9.9966…: rounding would show 10.
    const result = computeDensity({ personsFound: 3, livingSpaceM2: 29.99, singleRoomSharedFacilities: false }, NRW, DAY);
    expect(result.m2PerPerson).toBe(9.99);
    expect(result.underThreshold).toBe(true);
  });

  it('should apply the rule in force on the day counted, and none before the Land had one', () => {
    const flat = { personsFound: 4, livingSpaceM2: 38, singleRoomSharedFacilities: false };
    expect(computeDensity(flat, NRW, '2021-07-01')).toMatchObject({ m2PerPerson: 9.5, underThreshold: true, threshold: { minM2PerPerson: 10 } });
    expect(computeDensity(flat, NRW, '2021-06-30')).toEqual({ m2PerPerson: 9.5, threshold: null, underThreshold: null });
  });

  it('should apply Hessen’s rule (§ 7 HWoAufG: 9 m², 6 m² in a single room) under the Hessian profile', () => {
    const hessen = LEGAL_PROFILES.HE;
    expect(computeDensity({ personsFound: 4, livingSpaceM2: 38, singleRoomSharedFacilities: false }, hessen, DAY)).toMatchObject({
      underThreshold: false,
      threshold: { minM2PerPerson: 9, legalReference: '§ 7 Abs. 1 HWoAufG', validFrom: '1975-01-01' },
    });
    expect(computeDensity({ personsFound: 2, livingSpaceM2: 11, singleRoomSharedFacilities: true }, hessen, DAY)).toMatchObject({
      underThreshold: true,
      threshold: { minM2PerPerson: 6, legalReference: '§ 7 Abs. 2 HWoAufG' },
    });
  });
});

describe('occupancyRuleOn', () => {
  it('should take the latest rule that had taken effect on the day', () => {
    const profile = {
      ...LEGAL_PROFILES.NW,
      occupancy: [
        { ...LEGAL_PROFILES.NW.occupancy[0], validFrom: '2014-04-30', minM2PerPerson: 9 },
        { ...LEGAL_PROFILES.NW.occupancy[0], validFrom: '2021-07-01', minM2PerPerson: 10 },
      ],
    };
    expect(occupancyRuleOn(profile, '2014-04-29')).toBeNull();
    expect(occupancyRuleOn(profile, '2014-04-30')?.minM2PerPerson).toBe(9);
    expect(occupancyRuleOn(profile, '2021-06-30')?.minM2PerPerson).toBe(9);
    expect(occupancyRuleOn(profile, '2021-07-01')?.minM2PerPerson).toBe(10);
  });
});

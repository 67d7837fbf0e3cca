import { describe, expect, it } from 'vitest';
import { ACCOUNT_FAILURE_LIMIT, afterFailure, LONGEST_WAIT_MS, waitFor, type FailureState } from '../../src/auth/login-throttle.js';

const minute = 60_000;

describe('the per-account login limit', () => {
  it('should let a user mistype below the limit without any wait', () => {
    let state: FailureState | null = null;
    for (let i = 1; i < ACCOUNT_FAILURE_LIMIT; i++) state = afterFailure(state, 1_000 * i);
    expect(state).toMatchObject({ failures: ACCOUNT_FAILURE_LIMIT - 1, lockedUntil: 0 });
    expect(waitFor(state, 10_000)).toBe(0);
  });

  it('should make the account wait a minute at the limit, doubling with each further failure up to fifteen minutes', () => {
    let state: FailureState | null = null;
    let now = 0;
    const waits: number[] = [];
    for (let i = 1; i <= ACCOUNT_FAILURE_LIMIT + 6; i++) {
      now += waitFor(state, now) + 1;
      state = afterFailure(state, now);
      if (i >= ACCOUNT_FAILURE_LIMIT) waits.push(waitFor(state, now) / minute);
    }
    expect(waits).toEqual([1, 2, 4, 8, 15, 15, 15]);
    expect(LONGEST_WAIT_MS).toBe(15 * minute);
  });

  it('should forget failures after a day without one', () => {
    let state: FailureState | null = null;
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) state = afterFailure(state, i);
    expect(afterFailure(state, 24 * 60 * minute + 10)).toMatchObject({ failures: 1, lockedUntil: 0 });
  });
});

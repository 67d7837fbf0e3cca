/** Failed logins of one account before it waits; below this a typing user is never slowed. */
export const ACCOUNT_FAILURE_LIMIT = 5;
const FIRST_WAIT_MS = 60_000;
/** The longest wait: an attacker who knows a username can delay its owner by this much per failure, never longer. */
export const LONGEST_WAIT_MS = 15 * 60_000;
/** A day without failures forgets the earlier ones. */
export const FORGET_AFTER_MS = 24 * 60 * 60_000;

export interface FailureState {
  failures: number;
  /** Milliseconds since the epoch; 0 while the account need not wait. */
  lockedUntil: number;
  lastFailureAt: number;
}

/** How long the account must still wait before a password is checked again, in milliseconds (0: not at all). */
export function waitFor(state: FailureState | null, now: number): number {
  return state && state.lockedUntil > now ? state.lockedUntil - now : 0;
}

/** The state after one more failure: from the limit on, the wait doubles with each failure, from a minute up to fifteen. */
export function afterFailure(state: FailureState | null, now: number): FailureState {
  const earlier = state && now - state.lastFailureAt < FORGET_AFTER_MS ? state.failures : 0;
  const failures = earlier + 1;
  const over = failures - ACCOUNT_FAILURE_LIMIT;
  const lockedUntil = over < 0 ? 0 : now + Math.min(FIRST_WAIT_MS * 2 ** Math.min(over, 10), LONGEST_WAIT_MS);
  return { failures, lockedUntil, lastFailureAt: now };
}

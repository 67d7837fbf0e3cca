import { dictionary } from '@zxcvbn-ts/language-common';
import type { ServiceRule } from '../common/problem.js';

/** OWASP ASVS 5 §6.2: long enough, and none of the 49,000 most common passwords of zxcvbn-ts (kept current with that package). */
export const PASSWORD_LENGTH = { min: 12, max: 200 } as const;

/** The demo logins' password, published in the README: as common as a password gets, and refused in production. */
export const DEMO_PASSWORD = 'hausakte-demo';

let common: Set<string> | null = null;
const commonPasswords = (): Set<string> => (common ??= new Set([...dictionary['passwords-common'], DEMO_PASSWORD]));

/**
 * Why a new password is refused, or null: a common password (compared without case and surrounding spaces), or one that
 * contains the username. Length is the DTO's rule; there are no composition rules.
 */
export function passwordRule(password: string, username: string): Extract<ServiceRule, 'commonPassword' | 'containsUsername'> | null {
  const folded = password.trim().toLowerCase();
  if (commonPasswords().has(folded)) return 'commonPassword';
  if (username.length >= 3 && folded.includes(username.toLowerCase())) return 'containsUsername';
  return null;
}

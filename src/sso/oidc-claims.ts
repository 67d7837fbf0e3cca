import type { Role } from '../auth/roles.js';
import type { OidcSettings } from '../config/app-config.js';
import { USERNAME_PATTERN } from '../users/users.dto.js';

/** Who the provider says signed in, in Hausakte's terms. */
export interface DirectoryIdentity {
  subject: string;
  username: string;
  displayName: string;
  role: Role;
  agencyCode: string;
  /** Undefined: the installation's only city; null: a Land role. */
  cityAgs: string | null | undefined;
}

/** Why a sign-in through the provider ends without a session; the login page explains each. */
export const SIGN_IN_REFUSALS = [
  // The provider's answer names no account Hausakte can give:
  'noUsername',
  'noRole',
  'noAgency',
  'noCity',
  'accountDisabled',
  'usernameTaken',
  'draftsElsewhere',
  // The sign-in itself did not go through:
  'cancelled',
  'expired',
  'failed',
] as const;
export type SignInRefusal = (typeof SIGN_IN_REFUSALS)[number];

const DISPLAY_NAME_LENGTH = 200;

/** A claim by its name, or along a dotted path when no claim has that name (Keycloak's resource_access.client.roles). */
export function claimAt(claims: Record<string, unknown>, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The claim's values as strings: providers send one group as a string and several as an array. */
function claimValues(claims: Record<string, unknown>, name: string): Set<string> {
  const value = claimAt(claims, name);
  const list = Array.isArray(value) ? value : [value];
  return new Set(list.filter((v): v is string => typeof v === 'string'));
}

const firstMatch = <T>(map: ReadonlyArray<readonly [string, T]>, held: Set<string>): [T] | null => {
  const entry = map.find(([claimValue]) => held.has(claimValue));
  return entry ? [entry[1]] : null;
};

/** Maps the provider's claims to an account, or names what is missing; the maps' written order decides between several matches. */
export function identityFromClaims(
  claims: Record<string, unknown>,
  settings: Pick<OidcSettings, 'claims' | 'roles' | 'agencies' | 'cities'>,
): { identity: DirectoryIdentity } | { refusal: SignInRefusal } {
  const username = claimAt(claims, settings.claims.username);
  if (typeof username !== 'string' || !USERNAME_PATTERN.test(username)) return { refusal: 'noUsername' };
  const held = claimValues(claims, settings.claims.groups);
  const role = firstMatch(settings.roles, held);
  if (!role) return { refusal: 'noRole' };
  const agency = firstMatch(settings.agencies, held);
  if (!agency) return { refusal: 'noAgency' };
  const city = settings.cities ? firstMatch(settings.cities, held) : [undefined];
  if (!city) return { refusal: 'noCity' };
  const name = claimAt(claims, settings.claims.name);
  // Control characters (a directory's line breaks) would break the audit trail's and the lists' lines.
  const cleanName = typeof name === 'string' ? name.replace(/\p{Cc}+/gu, ' ').trim() : '';
  const displayName = cleanName ? cleanName.slice(0, DISPLAY_NAME_LENGTH) : username;
  return { identity: { subject: String(claims.sub), username, displayName, role: role[0], agencyCode: agency[0], cityAgs: city[0] } };
}

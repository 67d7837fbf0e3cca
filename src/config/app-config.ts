import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { AGENCY_CODE_PATTERN } from '../agencies/agencies.dto.js';
import { ROLES, type Role } from '../auth/roles.js';
import { AGS_PATTERN } from '../cities/city-key.js';
import { validateEnvironment, type EnvironmentVariables } from './environment.js';

export interface TileConfig {
  url: string | null;
  attribution: string;
  maxZoom: number;
}

/** Single sign-on through an OpenID provider; the maps are tried in their written order, the first value the user holds wins. */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string | null;
  redirectUrl: URL;
  scopes: string;
  claims: { username: string; name: string; groups: string };
  roles: ReadonlyArray<readonly [string, Role]>;
  agencies: ReadonlyArray<readonly [string, string]>;
  /** Null: every account belongs to the installation's only city. A null city in the map is a Land role. */
  cities: ReadonlyArray<readonly [string, string | null]> | null;
}

/** Typed configuration; the only place that turns environment variables into values. */
export class AppConfig {
  readonly nodeEnv: EnvironmentVariables['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | null;
  readonly databasePoolSize: number;
  readonly demoData: boolean;
  readonly tokenTtlSeconds: number;
  readonly tokenAudience: string;
  readonly tokenIssuer: string;
  readonly loginRateLimitPerMinute: number;
  readonly summaryMinCell: number;
  readonly tiles: TileConfig;
  readonly bodyLimitBytes: number;
  readonly uploadLimitBytes: number;
  /** The proxies whose forwarded headers are believed; empty: none, the connection's own address counts. */
  readonly trustProxy: readonly string[];
  readonly logLevel: string;
  readonly oidc: OidcSettings | null;
  /** Off only beside single sign-on: then nobody signs in with a Hausakte password. */
  readonly passwordLogin: boolean;
  /** Swagger UI and the OpenAPI document are served. */
  readonly apiDocs: boolean;
  private readonly configuredSecret: string | null;
  private generatedSecret: string | null = null;

  constructor(env: EnvironmentVariables) {
    const get = <K extends keyof EnvironmentVariables>(key: K): EnvironmentVariables[K] => env[key];
    this.nodeEnv = get('NODE_ENV');
    this.port = get('PORT');
    this.host = get('HOST');
    this.dataDir = resolve(get('DATA_DIR'));
    this.databaseUrl = get('DATABASE_URL') ?? null;
    this.databasePoolSize = get('DATABASE_POOL_SIZE');
    this.demoData = get('DEMO_DATA');
    this.configuredSecret = get('AUTH_TOKEN_SECRET') ?? null;
    if (this.databaseUrl && !this.configuredSecret) {
      throw new Error('Invalid configuration:\n  AUTH_TOKEN_SECRET must be set when DATABASE_URL is used (every instance must sign and check tokens alike)');
    }
    this.tokenTtlSeconds = get('AUTH_TOKEN_TTL_SECONDS');
    this.tokenAudience = get('AUTH_TOKEN_AUDIENCE');
    this.tokenIssuer = get('AUTH_TOKEN_ISSUER');
    this.loginRateLimitPerMinute = get('LOGIN_RATE_LIMIT_PER_MINUTE');
    this.summaryMinCell = get('SUMMARY_MIN_CELL');
    this.tiles = {
      url: get('TILE_URL') ?? null,
      attribution: get('TILE_ATTRIBUTION').replace('{year}', String(new Date().getUTCFullYear())),
      maxZoom: get('TILE_MAX_ZOOM'),
    };
    this.bodyLimitBytes = get('BODY_LIMIT_BYTES');
    this.uploadLimitBytes = get('UPLOAD_LIMIT_BYTES');
    this.trustProxy = trustedProxies(get('TRUST_PROXY'));
    this.logLevel = get('LOG_LEVEL');
    this.oidc = oidcSettings(env);
    this.passwordLogin = get('PASSWORD_LOGIN');
    this.apiDocs = get('API_DOCS') ?? this.nodeEnv !== 'production';
    if (this.nodeEnv === 'production' && this.demoData) {
      throw new Error('Invalid configuration:\n  DEMO_DATA must be false with NODE_ENV=production (the demo accounts share a published password)');
    }
    if (!this.passwordLogin && !this.oidc) {
      throw new Error('Invalid configuration:\n  PASSWORD_LOGIN=false needs single sign-on (OIDC_ISSUER_URL), or nobody could sign in');
    }
  }

  get usesPostgres(): boolean {
    return this.databaseUrl !== null;
  }

  get sqlitePath(): string {
    return join(this.dataDir, 'hausakte.sqlite');
  }

  /**
   * The token signing secret. Without AUTH_TOKEN_SECRET an embedded installation keeps a random one in
   * DATA_DIR so tokens survive restarts; several instances on PostgreSQL must share a configured one.
   */
  get tokenSecret(): string {
    if (this.configuredSecret) return this.configuredSecret;
    if (this.generatedSecret) return this.generatedSecret;
    const file = join(this.dataDir, 'token-secret');
    if (!existsSync(file)) {
      mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    }
    this.generatedSecret = readFileSync(file, 'utf8').trim();
    return this.generatedSecret;
  }
}

function oidcSettings(env: EnvironmentVariables): OidcSettings | null {
  if (!env.OIDC_ISSUER_URL) return null;
  const errors: string[] = [];
  const issuer = new URL(env.OIDC_ISSUER_URL);
  // Plain http only to a provider on this machine (development); a city's provider is reached over TLS.
  if (issuer.protocol !== 'https:' && !isLoopback(issuer)) errors.push('OIDC_ISSUER_URL must use https (http only for localhost)');
  if (!env.OIDC_CLIENT_ID) errors.push('OIDC_CLIENT_ID must be set with OIDC_ISSUER_URL');
  if (!env.OIDC_REDIRECT_URL) errors.push('OIDC_REDIRECT_URL must be set with OIDC_ISSUER_URL (the callback URL registered at the provider)');
  const map = (name: 'OIDC_ROLE_MAP' | 'OIDC_AGENCY_MAP' | 'OIDC_CITY_MAP', valid: (value: unknown) => boolean, what: string) => {
    const raw = env[name];
    if (raw === undefined) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
    const entries = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.entries(parsed) : null;
    if (!entries || entries.length === 0 || !entries.every(([, value]) => valid(value))) {
      errors.push(`${name} must be a JSON object from claim values to ${what}`);
      return null;
    }
    return entries;
  };
  const roles = map('OIDC_ROLE_MAP', (v) => ROLES.includes(v as Role), `roles (${ROLES.join(', ')})`) as [string, Role][] | null;
  const agencies = map('OIDC_AGENCY_MAP', (v) => typeof v === 'string' && AGENCY_CODE_PATTERN.test(v), 'agency codes') as [string, string][] | null;
  const cities = map('OIDC_CITY_MAP', (v) => v === null || (typeof v === 'string' && AGS_PATTERN.test(v)), 'city AGS (8 digits) or null') as
    [string, string | null][] | null;
  if (!env.OIDC_ROLE_MAP) errors.push('OIDC_ROLE_MAP must be set with OIDC_ISSUER_URL');
  if (!env.OIDC_AGENCY_MAP) errors.push('OIDC_AGENCY_MAP must be set with OIDC_ISSUER_URL');
  if (errors.length > 0 || !roles || !agencies) throw new Error(`Invalid configuration:\n  ${errors.join('\n  ')}`);
  return {
    issuer,
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET ?? null,
    redirectUrl: new URL(env.OIDC_REDIRECT_URL!),
    scopes: env.OIDC_SCOPES,
    claims: { username: env.OIDC_USERNAME_CLAIM, name: env.OIDC_NAME_CLAIM, groups: env.OIDC_GROUPS_CLAIM },
    roles,
    agencies,
    cities,
  };
}

/** Addresses and CIDRs only: a blanket "true" would believe an X-Forwarded-For any client can write. */
function trustedProxies(value: string): string[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0 || (entries.length === 1 && entries[0].toLowerCase() === 'false')) return [];
  const bad = entries.filter((entry) => !isAddressOrCidr(entry));
  if (bad.length) {
    throw new Error(
      `Invalid configuration:\n  TRUST_PROXY must list the reverse proxies' addresses or CIDRs, comma-separated (e.g. 127.0.0.1,10.20.0.0/16), not ${bad.map((b) => `"${b}"`).join(', ')}`,
    );
  }
  return entries;
}

function isAddressOrCidr(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * Builds the configuration from `.env` (if present), the process environment and explicit overrides, in
 * rising precedence. The app, the seed runner, the CLI and the benchmarks all start here.
 */
export function loadAppConfig(overrides: Record<string, string> = {}, envFile: string | null = '.env'): AppConfig {
  const fromFile = envFile && existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  return new AppConfig(validateEnvironment({ ...fromFile, ...process.env, ...overrides }));
}

import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase()) : value);
const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** Every environment variable Hausakte reads, with its default; `.env.example` mirrors this list. */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @MaxLength(255)
  HOST = '127.0.0.1';

  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must start with postgres://' })
  DATABASE_URL?: string;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA = true;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'AUTH_TOKEN_SECRET must be at least 32 characters' })
  AUTH_TOKEN_SECRET?: string;

  @Transform(toNumber)
  @IsInt()
  @Min(60)
  @Max(86400)
  AUTH_TOKEN_TTL_SECONDS = 3600;

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  AUTH_TOKEN_AUDIENCE = 'hausakte-api';

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  AUTH_TOKEN_ISSUER = 'hausakte';

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_RATE_LIMIT_PER_MINUTE = 10;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(100)
  SUMMARY_MIN_CELL = 3;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  TILE_URL?: string = 'https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_grau/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png';

  @IsString()
  @MaxLength(500)
  TILE_ATTRIBUTION = '© GeoBasis-DE / BKG ({year}) CC BY 4.0';

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(22)
  TILE_MAX_ZOOM = 19;

  /** The reverse proxies' addresses or CIDRs, comma-separated: only their X-Forwarded-For and -Proto entries count. */
  @IsString()
  @MaxLength(2000)
  TRUST_PROXY = 'false';

  @Transform(toNumber)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /** Uploaded files (district outlines): a city's detailed Stadtteile as a zipped Shapefile. */
  @Transform(toNumber)
  @IsInt()
  @Min(1024)
  @Max(512 * 1024 * 1024)
  UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

  /** Single sign-on: the OpenID provider's issuer (Keycloak realm, ADFS, Entra ID tenant). Empty: no single sign-on. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'OIDC_ISSUER_URL must be an http(s) URL' })
  @MaxLength(500)
  OIDC_ISSUER_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  OIDC_CLIENT_ID?: string;

  /** Empty for a public client (PKCE only). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(500)
  OIDC_CLIENT_SECRET?: string;

  /** The callback as the browser reaches it, registered at the provider: https://hausakte.example/api/v1/auth/oidc/callback */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'OIDC_REDIRECT_URL must be an http(s) URL' })
  @MaxLength(500)
  OIDC_REDIRECT_URL?: string;

  @IsString()
  @Matches(/(^|\s)openid(\s|$)/, { message: 'OIDC_SCOPES must include openid' })
  @MaxLength(500)
  OIDC_SCOPES = 'openid profile email';

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  OIDC_USERNAME_CLAIM = 'preferred_username';

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  OIDC_NAME_CLAIM = 'name';

  /** The claim whose values the maps below look up; a dotted path reaches into objects (resource_access.hausakte.roles). */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  OIDC_GROUPS_CLAIM = 'groups';

  /** JSON object: claim value → role, first match wins, e.g. {"hausakte-leitung":"lead","hausakte-kontrolle":"inspector"} */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  OIDC_ROLE_MAP?: string;

  /** JSON object: claim value → agency code, first match wins. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  OIDC_AGENCY_MAP?: string;

  /** JSON object: claim value → city AGS (or null for a Land role), first match wins; empty: the installation's only city. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  OIDC_CITY_MAP?: string;

  /** false: only single sign-on; the password login answers 403. Needs OIDC_ISSUER_URL. */
  @Transform(toBoolean)
  @IsBoolean()
  PASSWORD_LOGIN = true;

  /** Swagger UI at /api/docs and the document at /api/docs-json; unset: on, except with NODE_ENV=production. */
  @Transform(({ value }) => (value === '' ? undefined : toBoolean({ value })))
  @IsOptional()
  @IsBoolean()
  API_DOCS?: boolean;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';
}

/** Validates raw variables; throws one message naming every bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const env = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return env;
}

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { validateEnvironment, type EnvironmentVariables } from './environment.js';

export interface TileConfig {
  url: string | null;
  attribution: string;
  maxZoom: number;
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
  readonly trustProxy: boolean;
  readonly logLevel: string;
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
    this.trustProxy = get('TRUST_PROXY');
    this.logLevel = get('LOG_LEVEL');
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
      mkdirSync(this.dataDir, { recursive: true });
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    }
    this.generatedSecret = readFileSync(file, 'utf8').trim();
    return this.generatedSecret;
  }
}

/**
 * Builds the configuration from `.env` (if present), the process environment and explicit overrides, in
 * rising precedence. The app, the seed runner, the CLI and the benchmarks all start here.
 */
export function loadAppConfig(overrides: Record<string, string> = {}, envFile: string | null = '.env'): AppConfig {
  const fromFile = envFile && existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  return new AppConfig(validateEnvironment({ ...fromFile, ...process.env, ...overrides }));
}

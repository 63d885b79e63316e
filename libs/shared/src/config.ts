import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** Environment variables as they arrive; validated once at start into an {@link AppConfig}. */
class EnvVars {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: string;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'PORT must be an integer between 1 and 65535' })
  @Min(1, { message: 'PORT must be an integer between 1 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 1 and 65535' })
  PORT?: number;

  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_DIR?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// URL (leave it unset to use the embedded PostgreSQL)',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'JWT_TTL_SECONDS must be an integer between 60 and 604800' })
  @Min(60, { message: 'JWT_TTL_SECONDS must be an integer between 60 and 604800' })
  @Max(604800, { message: 'JWT_TTL_SECONDS must be an integer between 60 and 604800' })
  JWT_TTL_SECONDS?: number;

  @IsOptional()
  @IsIn(['true', 'false', '1', '0'], { message: 'DEMO_DATA must be true or false' })
  DEMO_DATA?: string;

  @IsOptional()
  @IsEmail({}, { message: 'BOOTSTRAP_ADMIN_EMAIL must be an email address' })
  BOOTSTRAP_ADMIN_EMAIL?: string;

  @IsOptional()
  @MinLength(10, { message: 'BOOTSTRAP_ADMIN_PASSWORD must be at least 10 characters' })
  @MaxLength(128, { message: 'BOOTSTRAP_ADMIN_PASSWORD must be at most 128 characters' })
  BOOTSTRAP_ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  REGIONS_FILE?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  WEB_DIR?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  BUREAU_NAME?: string;

  @IsOptional()
  @Matches(/^sk_(test|live)_\S+$/, {
    message: 'STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_… or sk_live_…)',
  })
  STRIPE_SECRET_KEY?: string;

  @IsOptional()
  @Matches(/^whsec_\S+$/, { message: 'STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…)' })
  STRIPE_WEBHOOK_SECRET?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^/\s]+\/?$/, { message: 'STRIPE_API_URL must be an http(s)://host[:port] base URL' })
  STRIPE_API_URL?: string;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'SEARCH_CACHE_SIZE must be an integer between 0 and 100000' })
  @Min(0, { message: 'SEARCH_CACHE_SIZE must be an integer between 0 and 100000' })
  @Max(100_000, { message: 'SEARCH_CACHE_SIZE must be an integer between 0 and 100000' })
  SEARCH_CACHE_SIZE?: number;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'REGISTRATIONS_PER_HOUR must be an integer between 1 and 1000000' })
  @Min(1, { message: 'REGISTRATIONS_PER_HOUR must be an integer between 1 and 1000000' })
  @Max(1_000_000, { message: 'REGISTRATIONS_PER_HOUR must be an integer between 1 and 1000000' })
  REGISTRATIONS_PER_HOUR?: number;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'TRUST_PROXY must be the number of proxies in front of the API (0 to 10)' })
  @Min(0, { message: 'TRUST_PROXY must be the number of proxies in front of the API (0 to 10)' })
  @Max(10, { message: 'TRUST_PROXY must be the number of proxies in front of the API (0 to 10)' })
  TRUST_PROXY?: number;

  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, {
    message: 'MEILI_URL must be an http(s):// URL (leave it unset to search with PostgreSQL)',
  })
  MEILI_URL?: string;

  @IsOptional()
  @IsString()
  MEILI_API_KEY?: string;

  @IsOptional()
  @Matches(/^[a-zA-Z0-9_-]{1,100}$/, { message: 'MEILI_INDEX must be 1-100 letters, digits, - or _' })
  MEILI_INDEX?: string;
}

export class ConfigError extends Error {}

/** The validated, read-only configuration every part of the app reads. */
export class AppConfig {
  readonly nodeEnv!: 'development' | 'production' | 'test';
  readonly port!: number;
  readonly dataDir!: string;
  /** Unset: the embedded PostgreSQL in `dataDir` is used (and its URL filled in at start). */
  readonly databaseUrl?: string;
  readonly jwtSecret!: string;
  readonly jwtTtlSeconds!: number;
  readonly demoData!: boolean;
  readonly bootstrapAdmin?: { email: string; password: string; isDevDefault: boolean };
  readonly logLevel!: string;
  readonly regionsFile!: string;
  /** The built web console (`index.html` and `assets/`), served on the API's port. */
  readonly webDir!: string;
  readonly bureauName?: string;
  /** Search results kept per API process (PostgreSQL engine), dropped by any change to the index; 0: none. */
  readonly searchCacheSize!: number;
  /** Registrations accepted from one address in an hour. */
  readonly registrationsPerHour!: number;
  /** Proxies in front of the API whose X-Forwarded-For is believed (the caller's address for rate limits); 0: none. */
  readonly trustProxy!: number;
  /** Set: co-pays may be paid by card through Stripe (offline bank transfer is always possible). */
  readonly stripe?: { secretKey: string; webhookSecret: string; apiUrl?: string };
  /** Set: search is served by Meilisearch, kept in sync by the worker; unset: by PostgreSQL. */
  readonly meili?: { url: string; apiKey?: string; index: string };

  constructor(values: AppConfig) {
    Object.assign(this, values);
    Object.freeze(this);
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }
}

export const DEV_ADMIN_EMAIL = 'admin@srdi.local';
export const DEV_ADMIN_PASSWORD = 'admin-dev-password';

const DEFAULT_REGIONS_FILE = path.resolve('data/regions-ningbo.json');

/**
 * Reads and validates the environment. Throws a {@link ConfigError} whose message is one line
 * saying what to fix. `JWT_SECRET` unset outside production is generated once and kept in
 * `DATA_DIR`, so tokens survive restarts.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (`FOO=` in a compose file) counts as unset.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const raw = plainToInstance(EnvVars, given, { exposeDefaultValues: true });
  const errors = validateSync(raw, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const first = errors[0];
    const message = Object.values(first.constraints ?? {})[0] ?? `${first.property} is not valid`;
    throw new ConfigError(`Invalid configuration: ${message}`);
  }
  const nodeEnv = (raw.NODE_ENV ?? 'development') as AppConfig['nodeEnv'];
  const dataDir = path.resolve(raw.DATA_DIR ?? '.data');
  const databaseUrl = raw.DATABASE_URL;
  if (nodeEnv === 'production' && !raw.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET is required when NODE_ENV=production');
  }
  const demoData =
    raw.DEMO_DATA !== undefined ? ['true', '1'].includes(raw.DEMO_DATA) : !databaseUrl && nodeEnv !== 'production';
  if (demoData && nodeEnv === 'production') {
    throw new ConfigError(
      'Invalid configuration: DEMO_DATA=true is not allowed with NODE_ENV=production: demo accounts have public passwords',
    );
  }
  if (Boolean(raw.BOOTSTRAP_ADMIN_EMAIL) !== Boolean(raw.BOOTSTRAP_ADMIN_PASSWORD)) {
    throw new ConfigError(
      'Invalid configuration: set both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD, or neither',
    );
  }
  const bootstrapAdmin = raw.BOOTSTRAP_ADMIN_EMAIL
    ? {
        email: raw.BOOTSTRAP_ADMIN_EMAIL.toLowerCase(),
        password: raw.BOOTSTRAP_ADMIN_PASSWORD!,
        isDevDefault: false,
      }
    : nodeEnv === 'production'
      ? undefined
      : { email: DEV_ADMIN_EMAIL, password: DEV_ADMIN_PASSWORD, isDevDefault: true };
  if (Boolean(raw.STRIPE_SECRET_KEY) !== Boolean(raw.STRIPE_WEBHOOK_SECRET)) {
    throw new ConfigError('Invalid configuration: set both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET, or neither');
  }
  const regionsFile = path.resolve(raw.REGIONS_FILE ?? DEFAULT_REGIONS_FILE);
  if (!existsSync(regionsFile)) {
    throw new ConfigError(`Invalid configuration: REGIONS_FILE ${regionsFile} does not exist`);
  }
  return new AppConfig({
    nodeEnv,
    port: raw.PORT ?? 3000,
    dataDir,
    databaseUrl,
    jwtSecret: raw.JWT_SECRET ?? devSecret(dataDir, 'jwt-secret'),
    jwtTtlSeconds: raw.JWT_TTL_SECONDS ?? 12 * 3600,
    demoData,
    bootstrapAdmin,
    logLevel: raw.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    regionsFile,
    webDir: path.resolve(raw.WEB_DIR ?? 'apps/web/dist'),
    bureauName: raw.BUREAU_NAME,
    searchCacheSize: raw.SEARCH_CACHE_SIZE ?? 1000,
    registrationsPerHour: raw.REGISTRATIONS_PER_HOUR ?? 20,
    trustProxy: raw.TRUST_PROXY ?? 0,
    stripe: raw.STRIPE_SECRET_KEY
      ? { secretKey: raw.STRIPE_SECRET_KEY, webhookSecret: raw.STRIPE_WEBHOOK_SECRET!, apiUrl: raw.STRIPE_API_URL }
      : undefined,
    meili: raw.MEILI_URL
      ? { url: raw.MEILI_URL, apiKey: raw.MEILI_API_KEY, index: raw.MEILI_INDEX ?? 'listings' }
      : undefined,
  } as AppConfig);
}

/** A random secret generated on first use and kept in `dataDir` (development only). */
function devSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** A copy of a config with some fields replaced (tests, and the embedded database URL). */
export function withConfig(config: AppConfig, changes: Partial<AppConfig>): AppConfig {
  return new AppConfig({ ...config, ...changes } as AppConfig);
}

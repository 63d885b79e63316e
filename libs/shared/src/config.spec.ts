import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, DEV_ADMIN_EMAIL, loadConfig } from './config.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'srdi-config-'));

describe('loadConfig', () => {
  it('has working defaults for a fresh development checkout', () => {
    const dataDir = tmp();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      dataDir,
      databaseUrl: undefined,
      demoData: true,
      logLevel: 'info',
      bootstrapAdmin: { email: DEV_ADMIN_EMAIL, isDevDefault: true },
    });
    expect(config.regionsFile).toMatch(/data\/regions-ningbo\.json$/);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('generates JWT_SECRET once and keeps it in DATA_DIR', () => {
    const dataDir = tmp();
    const first = loadConfig({ DATA_DIR: dataDir });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8')).toBe(first.jwtSecret);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(first.jwtSecret);
  });

  it('turns demo data off by default with an external database, and obeys DEMO_DATA', () => {
    const external = { DATA_DIR: tmp(), DATABASE_URL: 'postgres://u:p@db:5432/srdi' };
    expect(loadConfig(external).demoData).toBe(false);
    expect(loadConfig({ ...external, DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ DATA_DIR: tmp(), DEMO_DATA: '0' }).demoData).toBe(false);
  });

  it('refuses demo data in production, whose accounts have public passwords, and leaves it off by default there', () => {
    const prod = { DATA_DIR: tmp(), NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    for (const DEMO_DATA of ['true', '1']) {
      expect(() => loadConfig({ ...prod, DEMO_DATA })).toThrow(
        new ConfigError(
          'Invalid configuration: DEMO_DATA=true is not allowed with NODE_ENV=production: demo accounts have public passwords',
        ),
      );
      expect(() => loadConfig({ ...prod, DATABASE_URL: 'postgres://u:p@db:5432/srdi', DEMO_DATA })).toThrow(
        /^Invalid configuration: DEMO_DATA=true is not allowed with NODE_ENV=production/,
      );
    }
    expect(loadConfig(prod).demoData).toBe(false); // even on the embedded database
    expect(loadConfig({ ...prod, DEMO_DATA: 'false' }).demoData).toBe(false);
    expect(loadConfig({ DATA_DIR: tmp(), NODE_ENV: 'test', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be an integer between 1 and 65535'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be an integer between 1 and 65535'],
    [{ DATABASE_URL: 'mysql://x' }, 'Invalid configuration: DATABASE_URL must be a postgres:// URL'],
    [{ JWT_SECRET: 'short' }, 'Invalid configuration: JWT_SECRET must be at least 32 characters'],
    [{ DEMO_DATA: 'yes' }, 'Invalid configuration: DEMO_DATA must be true or false'],
    [
      { BOOTSTRAP_ADMIN_EMAIL: 'a@b.cn' },
      'Invalid configuration: set both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD',
    ],
    [
      { BOOTSTRAP_ADMIN_EMAIL: 'nope', BOOTSTRAP_ADMIN_PASSWORD: 'long-enough-1' },
      'Invalid configuration: BOOTSTRAP_ADMIN_EMAIL must be an email',
    ],
    [{ NODE_ENV: 'production' }, 'Invalid configuration: JWT_SECRET is required when NODE_ENV=production'],
    [{ REGIONS_FILE: '/nope/regions.json' }, 'Invalid configuration: REGIONS_FILE /nope/regions.json does not exist'],
  ])('refuses %j with one line saying what to fix', (env, message) => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: tmp(), ...env });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.startsWith(message)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
  });

  it('has no default admin in production and uses the configured one', () => {
    const prod = { DATA_DIR: tmp(), NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig(prod).bootstrapAdmin).toBeUndefined();
    const withAdmin = loadConfig({
      ...prod,
      BOOTSTRAP_ADMIN_EMAIL: 'Admin@Bureau.gov.cn',
      BOOTSTRAP_ADMIN_PASSWORD: 'a-long-password',
    });
    expect(withAdmin.bootstrapAdmin).toEqual({
      email: 'admin@bureau.gov.cn',
      password: 'a-long-password',
      isDevDefault: false,
    });
  });
});

describe('loadConfig with empty variables', () => {
  it('treats an empty variable as unset', () => {
    const config = loadConfig({ DATA_DIR: tmp(), PORT: '', DATABASE_URL: '', JWT_SECRET: '' });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });
});

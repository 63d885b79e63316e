import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './support/database.js';

// These run the real entry points (apps/api/src/main.ts, cli.ts, apps/worker/src/main.ts) as
// child processes, from TypeScript source through @swc-node/register, as `npm start` runs them built.
const NODE_ARGS = ['--import', '@swc-node/register/esm-register'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(entry: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...NODE_ARGS, entry, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('close', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

const cleanEnv = { NODE_ENV: 'development', DATABASE_URL: '', JWT_SECRET: '', LOG_LEVEL: 'error' };

describe('start-up', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of databases) await db.drop();
  });

  it('stops with one clear line on bad configuration', async () => {
    const result = await run('apps/api/src/main.ts', [], {
      ...cleanEnv,
      PORT: 'abc',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'srdi-')),
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Invalid configuration: PORT must be an integer between 1 and 65535');
  });

  it('starts on the embedded database with no set-up: health, docs, admin and demo logins, clean stop', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'srdi-start-'));
    const port = await freePort();
    const child = spawn(process.execPath, [...NODE_ARGS, 'apps/api/src/main.ts'], {
      env: { ...process.env, ...cleanEnv, DATA_DIR: dataDir, PORT: String(port), DEMO_DATA: '' },
    });
    let stdout = '';
    child.stdout!.on('data', (d) => (stdout += d));
    try {
      const base = `http://127.0.0.1:${port}`;
      const health = await waitFor(async () => {
        const res = await fetch(`${base}/health`);
        return res.status === 200 ? res.json() : undefined;
      }, 60_000);
      expect(health).toEqual({ status: 'ok', database: 'up' });
      await waitFor(async () => (stdout.includes('Demo accounts') ? true : undefined), 5000);
      expect(stdout).toContain(`API docs:  http://localhost:${port}/api/docs`);
      expect(stdout).toContain('Bureau admin: admin@srdi.local / admin-dev-password');
      expect(existsSync(path.join(dataDir, 'postgres', 'server.json'))).toBe(true);

      const login = async (email: string, password: string) =>
        fetch(`${base}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password }),
        });
      expect((await login('admin@srdi.local', 'admin-dev-password')).status).toBe(200);
      const demo = await login('enterprise@demo.srdi.local', 'demo-password-2026');
      expect(demo.status).toBe(200);
      expect(((await demo.json()) as { user: { organisation: { name: string } } }).user.organisation.name).toBe(
        '宁波甬江精密机械有限公司',
      );
    } finally {
      expect(await stop(child)).toBe(0);
    }
    // The embedded server was stopped with the API.
    expect(existsSync(path.join(dataDir, 'postgres', 'server.json'))).toBe(false);
  }, 90_000);

  it('the CLI creates the first bureau admin once, and refuses bad input', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    const env = { ...cleanEnv, DATABASE_URL: db.url, JWT_SECRET: 'x'.repeat(40), DATA_DIR: os.tmpdir() };
    const args = ['admin:create', '--email', 'Chief@Bureau.gov.cn', '--password', 'a-strong-password'];
    const first = await run('apps/api/src/cli.ts', args, env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^Created bureau admin chief@bureau.gov.cn/);
    expect(first.code).toBe(0);
    const again = await run('apps/api/src/cli.ts', args, env);
    expect(again.stdout).toContain('already exists; unchanged');

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT u.roles, o.type FROM app_user u JOIN organisation o ON o.id = u.org_id WHERE u.email = 'chief@bureau.gov.cn'`,
    );
    await client.end();
    expect(rows).toEqual([{ roles: ['admin'], type: 'bureau' }]);

    const bad = await run('apps/api/src/cli.ts', ['admin:create', '--email', 'nope', '--password', 'x'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Invalid input');
  }, 60_000);

  it('the CLI rebuilds the search index', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    const env = { ...cleanEnv, DATABASE_URL: db.url, JWT_SECRET: 'x'.repeat(40), DATA_DIR: os.tmpdir() };
    const res = await run('apps/api/src/cli.ts', ['search:reindex'], env);
    expect(res.stderr).toBe('');
    expect(res.stdout).toMatch(/^Rebuilt 0 PostgreSQL search documents\nDone in [\d.]+ s\n$/);
    expect(res.code).toBe(0);
  }, 60_000);

  it('the worker starts on a migrated database, reports ready and stops on SIGTERM', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    const child = spawn(process.execPath, [...NODE_ARGS, 'apps/worker/src/main.ts'], {
      env: { ...process.env, ...cleanEnv, LOG_LEVEL: 'info', DATABASE_URL: db.url, DATA_DIR: os.tmpdir() },
    });
    let stdout = '';
    child.stdout!.on('data', (d) => (stdout += d));
    await waitFor(async () => (stdout.includes('Worker ready') ? true : undefined), 30_000);
    expect(await stop(child)).toBe(0);
  }, 60_000);
});

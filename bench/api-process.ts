// The API as the benchmarks run it: a child process started as `npm start` and the Docker image run
// it, waited for on /health, stopped with SIGTERM, its resident memory sampled from /proc (Linux).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export async function startApi(env: NodeJS.ProcessEnv, base: string, nodeArgs: string[] = []): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=192', ...nodeArgs, 'dist/apps/api/apps/api/src/main.js'],
    { env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  for (let i = 0; i < 600; i++) {
    if ((await fetch(`${base}/health`).catch(() => null))?.ok) return child;
    await sleep(100);
  }
  throw new Error('the API did not start within 60 s');
}

export async function stopApi(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

/** Samples the process's RSS every 250 ms; the returned function stops and gives the maximum in MB. */
export function rssSampler(child: ChildProcess): () => number {
  let max = 0;
  const timer = setInterval(() => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    max = Math.max(max, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  }, 250);
  return () => {
    clearInterval(timer);
    return max;
  };
}

/** The run whose figure is the median of the runs' (so a row's figures come from one run). */
export const medianRun = <T>(items: T[], figure: (item: T) => number): T =>
  [...items].sort((a, b) => figure(a) - figure(b))[Math.floor(items.length / 2)];

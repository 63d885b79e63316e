import { ConfigError } from './config.js';

/** Runs `close` once on SIGINT/SIGTERM, then exits. */
export function closeOnSignals(close: () => Promise<void>): void {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // `close` stops the database itself, so ours is the only handler: another (a library's exit
    // hook) could end the process before the shutdown finishes.
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      close()
        .catch((error: unknown) => console.error(`Error while stopping: ${(error as Error).message}`))
        .finally(() => process.exit(0));
    });
  }
}

/** Prints why the process cannot start, in one line, and exits 1. */
export function exitWithStartError(error: unknown): never {
  const e = error as { code?: string; port?: number; message?: string };
  const message =
    error instanceof ConfigError
      ? e.message
      : e.code === 'EADDRINUSE'
        ? `Cannot start: port ${e.port} is already in use; set PORT to another port`
        : `Cannot start: ${e.message ?? String(error)}`;
  console.error(message);
  process.exit(1);
}

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { type AppConfig, withConfig } from '@app/shared';
import { embeddedPostgresIsolation, isAlive, letOthersTraverse, startEmbeddedPostgres } from './embedded-postgres.js';

export const EMBEDDED_DATABASE = 'srdi';

export interface ResolvedDatabase {
  config: AppConfig;
  /** Where the data lives, for the start-up banner. */
  description: string;
  /** Stops the embedded server if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
  /** The process (the API, say) that runs the embedded server this one joined. */
  sharedWithPid?: number;
}

interface ServerFile {
  url: string;
  ownerPid: number;
}

/**
 * With `DATABASE_URL` set, uses that server. Without it, uses the embedded PostgreSQL kept in
 * `DATA_DIR/postgres`: the one another process of this app (the API, say) already runs there,
 * or one started now and stopped with this process.
 */
export async function resolveDatabase(config: AppConfig): Promise<ResolvedDatabase> {
  if (config.databaseUrl) {
    return { config, description: `PostgreSQL at ${redact(config.databaseUrl)}`, stop: async () => undefined };
  }
  const dir = path.join(config.dataDir, 'postgres');
  mkdirSync(config.dataDir, { recursive: true });
  // Only where root cannot use a user namespace does postgres run as the `postgres` user, which
  // must then be able to pass through DATA_DIR.
  if (embeddedPostgresIsolation() === 'postgres-user') letOthersTraverse(config.dataDir);
  const serverFile = path.join(dir, 'server.json');
  const running = readServerFile(serverFile);
  if (running && running.ownerPid !== process.pid && isAlive(running.ownerPid) && (await canConnect(running.url))) {
    return {
      config: withConfig(config, { databaseUrl: running.url }),
      description: `embedded PostgreSQL in ${dir} (run by process ${running.ownerPid})`,
      stop: async () => undefined,
      sharedWithPid: running.ownerPid,
    };
  }
  const server = await startEmbeddedPostgres({ dir, persistent: true });
  await ensureDatabaseExists(server.url, EMBEDDED_DATABASE);
  const url = server.databaseUrl(EMBEDDED_DATABASE);
  writeFileSync(serverFile, JSON.stringify({ url, ownerPid: process.pid } satisfies ServerFile), { mode: 0o600 });
  const runAs = {
    self: '',
    'user-namespace': ', run in a user namespace',
    'postgres-user': ', run as the postgres user',
  }[embeddedPostgresIsolation()];
  return {
    config: withConfig(config, { databaseUrl: url }),
    description: `embedded PostgreSQL in ${dir}${runAs}`,
    stop: async () => {
      rmSync(serverFile, { force: true });
      await server.stop();
    },
  };
}

export async function ensureDatabaseExists(maintenanceUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function readServerFile(file: string): ServerFile | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ServerFile;
  } catch {
    return undefined;
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

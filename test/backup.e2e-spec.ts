import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { backupDatabase, type BackupSummary, MIGRATIONS, restoreDatabase } from '@app/database';
import { FixedClock, withConfig } from '@app/shared';
import { createApiApp } from '../apps/api/src/app.setup.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createEmptyDatabase, type TestDatabase } from './support/database.js';
import { TEST_PASSWORD } from './support/factories.js';
import { Marketplace, type OrderState } from './support/marketplace.js';
import { TestApi, type TestSession } from './support/session.js';
import { issuedVoucher, openProgramme, verifiedEnterprise } from './support/voucher-programs.js';

const HOUR = 3600 * 1000;

async function ok<T = Record<string, unknown>>(test: request.Test, status = 200): Promise<T> {
  const res = await test;
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** Every row of every table of `public`, as text, sorted: two databases hold the same data when these agree. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`,
    );
    const all: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ r: string }>(`SELECT t::text AS r FROM public."${name}" t ORDER BY 1`);
      all[name] = rows.map((row) => row.r);
    }
    const { rows: sequences } = await client.query<{ name: string; v: string | null }>(
      `SELECT sequencename AS name, last_value::text AS v FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    );
    all['(sequences)'] = sequences.map((s) => `${s.name}=${s.v}`);
    return all;
  } finally {
    await client.end();
  }
}

async function column(url: string, sql: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ v: string }>(sql)).rows.map((r) => r.v);
  } finally {
    await client.end();
  }
}

/**
 * `npm run cli -- backup` / `restore` (the same functions): a marketplace built through the API,
 * backed up while the API runs, restored into a fresh database; every row comes back, the ledger
 * agrees, and the restored API serves it. Refusals leave the target as it was.
 */
describe('backup and restore', () => {
  const clock = new FixedClock(new Date('2026-01-05T02:00:00Z'));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srdi-backup-'));
  const file = path.join(dir, 'srdi.backup');
  let t: TestApp;
  let admin: TestSession;
  let programId: string;
  let source: Record<string, string[]>;
  let backup: BackupSummary;
  let fresh: TestDatabase;
  const others: TestDatabase[] = [];
  const orderStates: OrderState[] = ['requested', 'quoted', 'confirmed', 'in_progress', 'completed', 'declined'];

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await t.api.bureauAdmin();
    const reviewer = await t.api.bureauUser('reviewer');
    const m = new Marketplace(t.api, reviewer);
    for (const state of [...orderStates, 'cancelled', 'disputed'] as OrderState[]) await m.orderIn(state);

    // Orders paid in part by vouchers: one held, one consumed, one released.
    programId = await openProgramme(admin);
    const provider = await m.provider();
    for (const end of ['held', 'consumed', 'released']) {
      const enterprise = await verifiedEnterprise(t.api, reviewer);
      const voucherId = await issuedVoucher(enterprise, reviewer, programId, 1_000_000);
      clock.advance(HOUR);
      const listing = await m.listing(provider);
      const order = await ok<{ id: string }>(
        enterprise.post('/api/v1/orders', { listingId: listing.id, requirement: '申请两件发明专利', voucherId }),
        201,
      );
      const act = (who: TestSession, action: string, body: object = {}) =>
        ok(who.post(`/api/v1/orders/${order.id}/${action}`, body));
      await act(provider, 'accept');
      if (end === 'released') await act(enterprise, 'cancel', { reason: '需求变更' });
      if (end === 'consumed') {
        await act(provider, 'payments/offline', { reference: 'BANK-REF-002' });
        await act(provider, 'start');
        clock.advance(48 * HOUR);
        await act(provider, 'deliver', { summary: '已提交专利申请' });
        await act(enterprise, 'accept-delivery');
      }
    }

    source = await snapshot(t.database.url);
    backup = await backupDatabase(t.database.url, file); // the API still running: a snapshot
    fresh = await createEmptyDatabase();
  });

  afterAll(async () => {
    await t?.close();
    await fresh?.drop();
    for (const db of others) await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores every row of every table into a fresh database, and the ledger agrees', async () => {
    // The data set is what the test claims, or the comparison below proves little.
    expect(new Set(await column(t.database.url, 'SELECT DISTINCT status AS v FROM service_order'))).toEqual(
      new Set([...orderStates, 'cancelled', 'disputed']),
    );
    expect(new Set(await column(t.database.url, 'SELECT DISTINCT status AS v FROM voucher_hold'))).toEqual(
      new Set(['held', 'consumed', 'released']),
    );
    expect(source.voucher_ledger.length).toBeGreaterThanOrEqual(6);
    expect(source.audit_event.length).toBeGreaterThan(10);
    expect(backup.tables.find((c) => c.table === 'service_order')?.rows).toBe(source.service_order.length);

    const lines: string[] = [];
    const restored = await restoreDatabase(fresh.url, file, { log: (line) => lines.push(line) });
    expect(restored.upgradedBy).toEqual([]);
    expect(restored.tables).toEqual(backup.tables);
    expect(lines.some((l) => /voucher_ledger\s+\d+ rows/.test(l))).toBe(true);

    const after = await snapshot(fresh.url);
    expect(Object.keys(after)).toEqual(Object.keys(source));
    for (const table of Object.keys(source))
      expect({ table, rows: after[table] }).toEqual({ table, rows: source[table] });
  });

  it('the restored database runs the API: logins, orders with their vouchers, ledger-check ok', async () => {
    const config = withConfig(t.config, { databaseUrl: fresh.url });
    const app = await createApiApp(config, { clock });
    await app.init();
    try {
      const api = new TestApi(app);
      const restoredAdmin = await api.login(admin.user.email, TEST_PASSWORD);
      const check = await ok<{ ok: boolean; differences: unknown[] }>(
        restoredAdmin.get(`/api/v1/voucher-programs/${programId}/ledger-check`),
      );
      expect(check).toMatchObject({ ok: true, differences: [] });
      const program = await ok<Record<string, number>>(restoredAdmin.get(`/api/v1/voucher-programs/${programId}`));
      const original = await ok<Record<string, number>>(admin.get(`/api/v1/voucher-programs/${programId}`));
      expect(program).toEqual(original);
      const orders = await ok<{ total: number }>(restoredAdmin.get('/api/v1/orders'));
      expect(orders.total).toBe(source.service_order.length);
    } finally {
      await app.close();
    }
  });

  it('refuses a database that has tables, and one that others use, unless told; changes nothing', async () => {
    await expect(restoreDatabase(fresh.url, file)).rejects.toMatchObject({
      code: 'RESTORE_TARGET_NOT_EMPTY',
      message: expect.stringContaining('--force'),
    });
    const client = new pg.Client({ connectionString: fresh.url, application_name: 'srdi' });
    await client.connect();
    try {
      await client.query('INSERT INTO demo_data_step (name) VALUES ($1)', ['written after the restore']);
      await expect(restoreDatabase(fresh.url, file, { force: true })).rejects.toMatchObject({
        code: 'RESTORE_TARGET_IN_USE',
        message: expect.stringMatching(/1 other sessions .*\(srdi\): stop the API and the worker/),
      });
    } finally {
      await client.end();
    }
    expect((await snapshot(fresh.url)).demo_data_step).toEqual([
      expect.stringMatching(/^\("written after the restore",/),
    ]);
    // --force replaces everything with the backup, the row written since included.
    await restoreDatabase(fresh.url, file, { force: true });
    expect(await snapshot(fresh.url)).toEqual(source);
  });

  it('refuses what is not a whole backup of this app, and restores no row of it', async () => {
    const empty = await createEmptyDatabase();
    others.push(empty);
    const notBackup = path.join(dir, 'notes.txt');
    writeFileSync(notBackup, 'not a backup\n');
    await expect(restoreDatabase(empty.url, notBackup)).rejects.toMatchObject({ code: 'BACKUP_FILE_INVALID' });

    const bytes = readFileSync(file);
    const cut = path.join(dir, 'cut.backup');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    await expect(restoreDatabase(empty.url, cut)).rejects.toMatchObject({ code: 'BACKUP_FILE_INVALID' });
    expect(await column(empty.url, 'SELECT count(*)::text AS v FROM service_order')).toEqual(['0']);

    // A backup of a newer app (a migration this build does not know).
    const [magic, header, ...rest] = gunzipSync(bytes).toString('utf8').split('\n');
    const newer = JSON.parse(header) as { migrations: string[] };
    newer.migrations.push('FromTheFuture1899999999999');
    const future = path.join(dir, 'future.backup');
    writeFileSync(future, gzipSync([magic, JSON.stringify(newer), ...rest].join('\n')));
    const other = await createEmptyDatabase();
    others.push(other);
    await expect(restoreDatabase(other.url, future)).rejects.toMatchObject({
      code: 'BACKUP_NEWER_THAN_APP',
      message: expect.stringContaining('FromTheFuture1899999999999'),
    });
    expect(
      await column(other.url, `SELECT relname AS v FROM pg_class WHERE relnamespace = 'public'::regnamespace`),
    ).toEqual([]);
  });

  it('a backup made by an older version is restored, then brought up to date by the newer migrations', async () => {
    const old = await createEmptyDatabase();
    const target = await createEmptyDatabase();
    others.push(old, target);
    const migrator = new DataSource({
      type: 'postgres',
      url: old.url,
      migrations: MIGRATIONS.slice(0, -2),
      migrationsTransactionMode: 'all',
    });
    await migrator.initialize();
    await migrator.runMigrations();
    await migrator.destroy();
    const oldFile = path.join(dir, 'old.backup');
    expect((await backupDatabase(old.url, oldFile)).migrations).toBe(MIGRATIONS.length - 2);

    const restored = await restoreDatabase(target.url, oldFile);
    expect(restored.upgradedBy).toEqual(MIGRATIONS.slice(-2).map((m) => m.name));
    expect(await column(target.url, 'SELECT name AS v FROM migrations ORDER BY id')).toEqual(
      MIGRATIONS.map((m) => m.name),
    );
  });
});

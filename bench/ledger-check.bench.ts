/**
 * Ledger-check benchmark: generates 100,000 voucher ledger rows of one programme (seeded; every
 * row made by the rules' own movementOf / applyMovement, the vouchers' buckets and the programme's
 * committed budget stored as those movements leave them), proves the check agrees (ok, every row
 * counted), times VoucherProgramsService.ledgerCheck (median of 5 runs after a warm-up) and shows
 * each of its statements under EXPLAIN (ANALYZE, BUFFERS). Runs on a throw-away embedded
 * PostgreSQL, migrated by the real API module, and prints a table.
 *
 *   npm run bench:ledger
 *
 * Environment: BENCH_LEDGER_ROWS (default 100000), BENCH_VOUCHERS (default 5000; rows are shared
 * out over them, about 20 each), BENCH_RUNS (default 5).
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeBenchmarkSection } from './benchmarks-file.js';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ensureDatabaseExists, startEmbeddedPostgres } from '@app/database';
import { loadConfig, withConfig } from '@app/shared';
import {
  applyMovement,
  type Buckets,
  bucketsHold,
  EMPTY_BUCKETS,
  type LedgerKind,
  movementOf,
  VoucherProgramsService,
} from '@app/vouchers';
import { createApiApp } from '../apps/api/src/app.setup.js';
import { seeded } from './listing-generator.js';

const ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 100_000);
const VOUCHERS = Number(process.env.BENCH_VOUCHERS ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COVERAGE_BP = 5000;
const BATCH = 10_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${n.toFixed(1)} ms`;
/** Deterministic ids: a kind of row (one hex digit) and a counter. */
const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-8${kind.toString(16)}00-${n.toString(16).padStart(12, '0')}`;

interface GeneratedVoucher {
  id: string;
  code: string;
  enterpriseId: string;
  faceFen: number;
  status: 'active' | 'expired' | 'revoked';
  buckets: Buckets;
}
interface GeneratedRow {
  voucherId: string;
  kind: LedgerKind;
  amountFen: number;
  orderId: string | null;
}

/**
 * The programme's history: each voucher issued, then holds at random prices (hold = min(available,
 * floor(price x coverage))), releases and consumptions of its open holds, and for about one in
 * five an expiry or a revocation of what is left available (holds released afterwards go on back
 * to the budget, as VoucherHoldsService.release does). Every movement goes through movementOf.
 */
function generateHistory(rowsWanted: number, vouchersWanted: number, seed = 20261201) {
  const random = seeded(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const vouchers: GeneratedVoucher[] = [];
  const rows: GeneratedRow[] = [];
  let committedFen = 0;
  let orders = 0;
  const perVoucher = Math.max(1, Math.round(rowsWanted / vouchersWanted));
  while (rows.length < rowsWanted) {
    const n = vouchers.length + 1;
    const v: GeneratedVoucher = {
      id: uuid(1, n),
      code: `BNCH-${n.toString(36).toUpperCase().padStart(9, '0')}`,
      enterpriseId: uuid(2, 1 + Math.floor(random() * (vouchersWanted / 2))),
      faceFen: 100_000 + Math.floor(random() * 4_000) * 100,
      status: 'active',
      buckets: { ...EMPTY_BUCKETS },
    };
    vouchers.push(v);
    const open: Array<{ orderId: string; amountFen: number }> = [];
    const budget = Math.min(perVoucher, rowsWanted - rows.length);
    const move = (kind: LedgerKind, amountFen: number, orderId: string | null = null) => {
      const movement = movementOf(kind, amountFen);
      v.buckets = applyMovement(v.buckets, movement);
      committedFen += movement.committedFen;
      rows.push({ voucherId: v.id, kind, amountFen, orderId });
    };
    move('issue', v.faceFen);
    const ends = random() < 0.2 ? pick(['expire', 'revoke'] as const) : null;
    const start = rows.length;
    while (rows.length - start < budget - 1) {
      const left = budget - 1 - (rows.length - start);
      if (ends && v.status === 'active' && (left <= 2 || v.buckets.availableFen === 0)) {
        if (v.buckets.availableFen > 0) move(ends, v.buckets.availableFen);
        v.status = ends === 'expire' ? 'expired' : 'revoked';
        continue;
      }
      const r = random();
      const price = 10_000 + Math.floor(random() * 1_000) * 100;
      const amount = Math.min(v.buckets.availableFen, Math.floor((price * COVERAGE_BP) / 10000));
      if (r < 0.5 && amount > 0 && v.status === 'active') {
        const orderId = uuid(3, ++orders);
        move('hold', amount, orderId);
        open.push({ orderId, amountFen: amount });
      } else if (open.length > 0) {
        const hold = open.splice(Math.floor(random() * open.length), 1)[0];
        // On a voucher no longer active a release takes two rows (release, then back to the budget).
        const backToBudget = v.status === 'revoked' ? 'revoke' : v.status === 'expired' ? 'expire' : null;
        if (r < 0.75 || (backToBudget && left < 2)) {
          move('consume', hold.amountFen, hold.orderId);
        } else {
          move('release', hold.amountFen, hold.orderId);
          if (backToBudget) move(backToBudget, hold.amountFen, hold.orderId);
        }
      } else if (amount === 0 || v.status !== 'active') {
        break; // nothing left to move on this voucher
      }
    }
    if (!bucketsHold(v.buckets, v.faceFen)) throw new Error(`generator bug: buckets of ${v.id}`);
  }
  return { vouchers, rows, committedFen };
}

async function insertHistory(dataSource: DataSource, history: ReturnType<typeof generateHistory>): Promise<string> {
  const [{ id: programId }] = await dataSource.query(
    `INSERT INTO voucher_program (name, year, budget_fen, coverage_bp, max_face_value_fen, per_enterprise_cap_fen,
       categories, tiers, apply_from, apply_until, valid_from, valid_until, status, committed_fen)
     VALUES ('账本核对基准测试服务券', 2026, $1, $2, 500000, 5000000, '{ip}', '{srdi}',
       '2026-01-01', '2026-12-31', '2026-01-01', '2026-12-31', 'open', $3)
     RETURNING id`,
    [history.committedFen + 100_000_000, COVERAGE_BP, history.committedFen],
  );
  const issuedAt = new Date('2026-03-01T02:00:00Z');
  for (let i = 0; i < history.vouchers.length; i += BATCH) {
    const batch = history.vouchers.slice(i, i + BATCH);
    const col = <K extends keyof Buckets>(k: K) => batch.map((v) => v.buckets[k]);
    await dataSource.query(
      `INSERT INTO voucher (id, code, program_id, enterprise_id, face_value_fen, available_fen, held_fen,
         consumed_fen, expired_fen, revoked_fen, status, issued_at)
       SELECT *, $12::timestamptz FROM unnest($1::uuid[], $2::varchar[], array_fill($3::uuid, ARRAY[$13::int]),
         $4::uuid[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::varchar[])`,
      [
        batch.map((v) => v.id),
        batch.map((v) => v.code),
        programId,
        batch.map((v) => v.enterpriseId),
        batch.map((v) => v.faceFen),
        col('availableFen'),
        col('heldFen'),
        col('consumedFen'),
        col('expiredFen'),
        col('revokedFen'),
        batch.map((v) => v.status),
        issuedAt,
        batch.length,
      ],
    );
  }
  for (let i = 0; i < history.rows.length; i += BATCH) {
    const batch = history.rows.slice(i, i + BATCH);
    await dataSource.query(
      `INSERT INTO voucher_ledger (program_id, voucher_id, kind, amount_fen, order_id)
       SELECT $1, * FROM unnest($2::uuid[], $3::varchar[], $4::bigint[], $5::uuid[])`,
      [
        programId,
        batch.map((r) => r.voucherId),
        batch.map((r) => r.kind),
        batch.map((r) => r.amountFen),
        batch.map((r) => r.orderId),
      ],
    );
  }
  await dataSource.query('VACUUM ANALYZE voucher_program, voucher, voucher_ledger, redemption_claim');
  return programId;
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(node);
  for (const child of node.Plans ?? []) walk(child, out);
  return out;
}

/** The statements one ledgerCheck sends, caught from TypeORM's logger (so the EXPLAINs are of the real SQL). */
async function statementsOf(dataSource: DataSource, run: () => Promise<unknown>) {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const caught: Array<{ sql: string; parameters: unknown[] }> = [];
  logger.logQuery = (sql, parameters, queryRunner) => {
    if (/^\s*(SELECT|WITH)\b/i.test(sql)) caught.push({ sql, parameters: Array.isArray(parameters) ? parameters : [] });
    return original(sql, parameters, queryRunner);
  };
  try {
    await run();
  } finally {
    logger.logQuery = original;
  }
  return caught;
}

async function explain(dataSource: DataSource, statement: { sql: string; parameters: unknown[] }) {
  const times: number[] = [];
  let plan: { Plan: PlanNode; 'Execution Time': number } | undefined;
  for (let i = 0; i < RUNS; i++) {
    const [row] = await dataSource.query(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`,
      statement.parameters,
    );
    plan = (row['QUERY PLAN'] as Array<typeof plan>)[0]!;
    times.push(plan['Execution Time']);
  }
  const textRows: Array<{ 'QUERY PLAN': string }> = await dataSource.query(
    `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
    statement.parameters,
  );
  const text = textRows.map((r) => r['QUERY PLAN']).join('\n');
  const nodes = walk(plan!.Plan);
  return {
    statement: statement.sql.replace(/\s+/g, ' ').trim(),
    median: median(times),
    rows: plan!.Plan['Actual Rows'],
    access: [
      ...new Set(
        nodes
          .filter((n) => n['Relation Name'])
          .map((n) => `${n['Node Type']} on ${n['Relation Name']}${n['Index Name'] ? ` (${n['Index Name']})` : ''}`),
      ),
    ].join('; '),
    buffers: `hit ${plan!.Plan['Shared Hit Blocks']}, read ${plan!.Plan['Shared Read Blocks']}`,
    text,
  };
}

function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srdi-bench-ledger-'));
  const server = await startEmbeddedPostgres({
    dir,
    persistent: false,
    // Throw-away data: no durability needed for generating it (reads are unaffected).
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  await ensureDatabaseExists(server.url, 'srdi_bench');
  const config = withConfig(
    loadConfig({
      NODE_ENV: 'development',
      DATA_DIR: dir,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    }),
    { databaseUrl: server.databaseUrl('srdi_bench') },
  );
  const app = await createApiApp(config);
  try {
    await app.init(); // runs the migrations
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const programs = app.get(VoucherProgramsService);

    let started = performance.now();
    const history = generateHistory(ROWS, VOUCHERS);
    const generatedMs = performance.now() - started;
    started = performance.now();
    const programId = await insertHistory(dataSource, history);
    const insertedMs = performance.now() - started;
    const kinds = new Map<string, number>();
    for (const r of history.rows) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    console.log(
      `generated ${history.rows.length.toLocaleString()} ledger rows of ${history.vouchers.length.toLocaleString()} vouchers ` +
        `in ${ms(generatedMs)}, inserted (batched unnest INSERTs, then VACUUM ANALYZE) in ${ms(insertedMs)}; ` +
        [...kinds].map(([k, n]) => `${k} ${n.toLocaleString()}`).join(', '),
    );

    const first = await programs.ledgerCheck(programId); // warm-up, and the proof the data agrees
    if (!first.ok || first.ledgerRows !== history.rows.length) {
      throw new Error(`the generated data does not agree: ${JSON.stringify(first).slice(0, 500)}`);
    }
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      started = performance.now();
      await programs.ledgerCheck(programId);
      times.push(performance.now() - started);
    }
    const statements = await statementsOf(dataSource, () => programs.ledgerCheck(programId));
    const plans = [];
    for (const s of statements) plans.push(await explain(dataSource, s));
    const [{ size }] = await dataSource.query(
      `SELECT pg_size_pretty(pg_total_relation_size('voucher_ledger')) AS size`,
    );

    const summary = table(
      ['measure', 'value'],
      [
        [
          'result',
          `ok: ${first.ok}, ledgerRows: ${first.ledgerRows.toLocaleString()}, differences: ${first.differences.length}`,
        ],
        [`ledgerCheck, median of ${RUNS}`, ms(median(times))],
        [`ledgerCheck, min / max of ${RUNS}`, `${ms(Math.min(...times))} / ${ms(Math.max(...times))}`],
        ['its SQL alone (sum of EXPLAIN ANALYZE execution times)', ms(plans.reduce((s, p) => s + p.median, 0))],
      ],
    );
    const statementsTable = table(
      ['statement', 'rows out', 'access', 'buffers', 'execution'],
      plans.map((p) => [
        p.statement.length > 90 ? `${p.statement.slice(0, 87)}...` : p.statement,
        p.rows.toLocaleString(),
        p.access,
        p.buffers,
        ms(p.median),
      ]),
    );
    const about =
      `${history.rows.length.toLocaleString()} ledger rows, ${history.vouchers.length.toLocaleString()} vouchers; ` +
      `voucher_ledger ${size} with indexes`;
    console.log(`\nledgerCheck of one programme (${about})\n${summary}`);
    console.log(
      `\nIts statements under EXPLAIN (ANALYZE, BUFFERS), execution time median of ${RUNS}\n${statementsTable}`,
    );
    writeBenchmarkSection('ledger', [
      '## Voucher ledger-check',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores; one programme with ${about} ` +
        "(seeded, every row made by the rules' movements). Reproduce: `npm run bench:ledger`.",
      '',
      summary,
      '',
      `Its statements under \`EXPLAIN (ANALYZE, BUFFERS)\`, execution time median of ${RUNS}:`,
      '',
      statementsTable,
    ]);
    const heaviest = [...plans].sort((a, b) => b.median - a.median)[0];
    console.log(`\nThe heaviest statement's plan:\n${heaviest.statement}\n${heaviest.text}`);
  } finally {
    await app.close();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

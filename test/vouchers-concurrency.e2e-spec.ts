import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type request from 'supertest';
import { FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import { seededRandom, shuffle } from './support/seeded.js';
import type { TestSession } from './support/session.js';
import { applyFor, issuedVoucher, openProgramme, verifiedEnterprise } from './support/voucher-programs.js';

type Body = Record<string, unknown>;
interface Attempt {
  kind: string;
  /** Whom the request is for (an enterprise's id), when it matters. */
  subject?: string;
  status: number;
  code: string | null;
  ms: number;
  body: Body;
}
interface Figure {
  scenario: string;
  attempts: number;
  ok: number;
  refusals: Record<string, number>;
  errors5xx: number;
  avgMs: number;
  p95Ms: number;
  maxMs: number;
  wallMs: number;
}
type Send = { kind: string; subject?: string; send: () => request.Test };

/** Sends every request at once (the API's pool of 20 connections queues them) and times each one. */
async function burst(sends: Send[]): Promise<{ attempts: Attempt[]; wallMs: number }> {
  const start = performance.now();
  const attempts = await Promise.all(
    sends.map(async ({ kind, subject, send }): Promise<Attempt> => {
      const began = performance.now();
      const res = await send();
      const body = (res.body ?? {}) as Body;
      const code = res.status >= 300 ? String(body.code ?? '-') : null;
      return { kind, subject, status: res.status, code, ms: performance.now() - began, body };
    }),
  );
  return { attempts, wallMs: performance.now() - start };
}

function figureOf(scenario: string, attempts: Attempt[], wallMs: number): Figure {
  const refusals: Record<string, number> = {};
  for (const a of attempts.filter((x) => x.status >= 300)) {
    const key = `${a.status} ${a.code}`;
    refusals[key] = (refusals[key] ?? 0) + 1;
  }
  const ms = attempts.map((a) => a.ms).sort((a, b) => a - b);
  return {
    scenario,
    attempts: attempts.length,
    ok: attempts.filter((a) => a.status < 300).length,
    refusals,
    errors5xx: attempts.filter((a) => a.status >= 500).length,
    avgMs: ms.reduce((s, x) => s + x, 0) / ms.length,
    p95Ms: ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)],
    maxMs: ms[ms.length - 1],
    wallMs,
  };
}

function table(figures: Figure[]): string {
  const rows = [
    ['scenario', 'attempts', 'ok', 'refused (by status and code)', '5xx', 'avg ms', 'p95 ms', 'max ms', 'wall ms'],
    ...figures.map((f) => [
      f.scenario,
      String(f.attempts),
      String(f.ok),
      Object.entries(f.refusals)
        .map(([k, n]) => `${n} x ${k}`)
        .join(', ') || '-',
      String(f.errors5xx),
      f.avgMs.toFixed(0),
      f.p95Ms.toFixed(0),
      f.maxMs.toFixed(0),
      f.wallMs.toFixed(0),
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const LIVE = ['requested', 'quoted', 'confirmed', 'in_progress', 'delivered', 'disputed'];

/**
 * Vouchers under real concurrency: parallel HTTP requests to the real API on real PostgreSQL
 * (QUALITY.md: no over-hold and no budget over-commit in 1,000 concurrent attempts, 200 in
 * parallel, 5 rounds; no ledger difference after a randomised concurrent workload). The API's pool
 * has 20 connections, so the 200 requests queue on it as they would in production. Prints the
 * figures (attempts, outcomes by code, latency, wall time) as a table.
 */
describe('vouchers under concurrency (parallel HTTP requests, real PostgreSQL)', () => {
  let t: TestApp;
  let m: Marketplace;
  let admin: TestSession;
  let reviewer: TestSession;
  let provider: TestSession;
  let enterprises: TestSession[];
  const clock = new FixedClock(new Date('2026-06-15T02:00:00Z'));
  const figures: Figure[] = [];

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await t.api.bureauAdmin();
    reviewer = await t.api.bureauUser('reviewer');
    m = new Marketplace(t.api, reviewer);
    provider = await m.provider();
    enterprises = [];
    for (let i = 0; i < 4; i++) {
      const batch = Array.from({ length: 10 }, () => verifiedEnterprise(t.api, reviewer, 'little_giant'));
      enterprises.push(...(await Promise.all(batch)));
    }
  }, 180_000);

  afterAll(async () => {
    // The figures QUALITY.md asks for, printed so they can be quoted.
    // eslint-disable-next-line no-console
    if (figures.length) console.log(`Vouchers under concurrency (parallel HTTP, real PostgreSQL)\n${table(figures)}`);
    await t.close();
  });

  // The stored buckets, read from the table (the views may group them differently).
  const voucherOf = async (id: string) => {
    const [v] = await t.dataSource.query(
      `SELECT status, face_value_fen, available_fen, held_fen, consumed_fen, expired_fen, revoked_fen
       FROM voucher WHERE id = $1`,
      [id],
    );
    return {
      status: v.status as string,
      faceValueFen: Number(v.face_value_fen),
      availableFen: Number(v.available_fen),
      heldFen: Number(v.held_fen),
      consumedFen: Number(v.consumed_fen),
      expiredFen: Number(v.expired_fen),
      revokedFen: Number(v.revoked_fen),
    };
  };
  const programOf = async (id: string) => (await admin.get(`/api/v1/voucher-programs/${id}`).expect(200)).body;
  const expectLedgerAgrees = async (programId: string) => {
    const check = (await reviewer.get(`/api/v1/voucher-programs/${programId}/ledger-check`).expect(200)).body;
    expect(check).toMatchObject({ ok: true, differences: [] });
    return check;
  };
  const ordersOfVoucher = async (voucherId: string): Promise<Array<{ status: string; fen: number }>> =>
    (
      await t.dataSource.query(`SELECT status, voucher_fen AS fen FROM service_order WHERE voucher_id = $1`, [
        voucherId,
      ])
    ).map((r: { status: string; fen: string }) => ({ status: r.status, fen: Number(r.fen) }));
  const refusalsOf = (attempts: Attempt[]) => [...new Set(attempts.filter((a) => a.status >= 300).map((a) => a.code))];

  it('200 parallel orders on one voucher, 5 rounds: never over-held, held to the last fen, every refusal a 409 with a code', async () => {
    const random = seededRandom(20261201);
    const programId = await openProgramme(admin, { name: '并发持有测试服务券', coverageBp: 5000 });
    let attemptsInAll = 0;
    let ledgerRows = 0;
    for (let round = 1; round <= 5; round++) {
      const priceFen = 100_000 + Math.floor(random() * 4000) * 100;
      const holdFen = Math.floor((priceFen * 5000) / 10000);
      const full = 30 + Math.floor(random() * 50);
      // Even rounds: the face value leaves a remainder, which one order holds in part (min(available, …)).
      const rest = round % 2 === 0 ? 1 + Math.floor(random() * (holdFen - 1)) : 0;
      const face = full * holdFen + rest;
      const enterprise = enterprises[round - 1];
      const listing = await m.listing(provider, { priceFen });
      const voucherId = await issuedVoucher(enterprise, reviewer, programId, face);
      const { attempts, wallMs } = await burst(
        Array.from({ length: 200 }, (_, i) => ({
          kind: 'create order',
          send: () =>
            enterprise.post('/api/v1/orders', {
              listingId: listing.id,
              requirement: `并发预约第${round}轮第${i}单`,
              voucherId,
            }),
        })),
      );
      attemptsInAll += attempts.length;
      figures.push(
        figureOf(
          `(a) 200 orders, one voucher, round ${round} (${full}${rest ? ' + 1 part' : ''} fit)`,
          attempts,
          wallMs,
        ),
      );

      // No error, and every refusal says the voucher is used up: none came from contention.
      expect(attempts.filter((a) => a.status >= 500)).toEqual([]);
      expect(attempts.filter((a) => a.status !== 201 && a.status !== 409)).toEqual([]);
      expect(refusalsOf(attempts)).toEqual(['VOUCHER_NOTHING_AVAILABLE']);
      // Exactly the orders the face value covers got a hold, in full, and one the remainder.
      const made = attempts.filter((a) => a.status === 201);
      expect(made.map((a) => a.body.voucherFen as number).sort((a, b) => b - a)).toEqual([
        ...Array<number>(full).fill(holdFen),
        ...(rest ? [rest] : []),
      ]);
      const voucher = await voucherOf(voucherId);
      expect(voucher).toMatchObject({
        faceValueFen: face,
        availableFen: 0,
        heldFen: face,
        consumedFen: 0,
        expiredFen: 0,
        revokedFen: 0,
      });
      const orders = await ordersOfVoucher(voucherId);
      expect(orders).toHaveLength(made.length);
      expect(sum(orders.map((o) => o.fen))).toBe(face);
      const [holds] = await t.dataSource.query(
        `SELECT count(*)::int AS n, sum(amount_fen)::bigint AS fen FROM voucher_hold WHERE voucher_id = $1 AND status = 'held'`,
        [voucherId],
      );
      expect({ n: holds.n, fen: Number(holds.fen) }).toEqual({ n: made.length, fen: face });
      // One ledger row per movement: the issue and each hold; a refused order leaves none.
      ledgerRows += 1 + made.length;
      expect((await expectLedgerAgrees(programId)).ledgerRows).toBe(ledgerRows);
    }
    expect(attemptsInAll).toBe(1000);
  }, 240_000);

  it('40 parallel approvals against one budget: exactly budget / face issued, the rest 409 VOUCHER_BUDGET_EXCEEDED', async () => {
    const face = 300_000;
    const fits = 15;
    const programId = await openProgramme(admin, {
      name: '并发审批测试服务券',
      budgetFen: fits * face,
      maxFaceValueFen: face,
      perEnterpriseYearCapFen: face,
    });
    const applications = await Promise.all(enterprises.map((e) => applyFor(e, programId, face)));
    const { attempts, wallMs } = await burst(
      applications.map((id) => ({
        kind: 'approve',
        send: () => reviewer.post(`/api/v1/voucher-applications/${id}/approve`, {}),
      })),
    );
    figures.push(figureOf(`(b) 40 approvals, budget for ${fits}`, attempts, wallMs));

    expect(attempts.filter((a) => a.status >= 500)).toEqual([]);
    expect(attempts.filter((a) => a.status === 200)).toHaveLength(fits);
    expect(attempts.filter((a) => a.status === 409 && a.code === 'VOUCHER_BUDGET_EXCEEDED')).toHaveLength(40 - fits);
    expect(await programOf(programId)).toMatchObject({
      budgetFen: fits * face,
      committedFen: fits * face,
      remainingFen: 0,
    });
    const vouchers = (await admin.get(`/api/v1/vouchers?programId=${programId}&pageSize=100`).expect(200)).body;
    expect(vouchers.total).toBe(fits);
    expect(sum(vouchers.items.map((v: { faceValueFen: number }) => v.faceValueFen))).toBe(fits * face);
    // A refused approval leaves its application waiting, with no voucher.
    const waiting = (
      await reviewer
        .get(`/api/v1/voucher-applications?programId=${programId}&status=submitted&pageSize=100`)
        .expect(200)
    ).body;
    expect(waiting.total).toBe(40 - fits);
    const check = await expectLedgerAgrees(programId);
    expect(check.ledgerRows).toBe(fits);
  }, 120_000);

  it('40 parallel bulk issues and approvals mixed: never over budget, fully committed, no 5xx, caps kept', async () => {
    const random = seededRandom(20261202);
    // Each bulk issue gives every enterprise below its cap (3 vouchers) one voucher: two or three of
    // them, with approvals in between, use the budget up.
    const face = 200_000;
    const fits = 100;
    const cap = 3;
    const programId = await openProgramme(admin, {
      name: '并发批量发放测试服务券',
      budgetFen: fits * face,
      maxFaceValueFen: face,
      perEnterpriseYearCapFen: cap * face,
      tiers: ['little_giant'],
    });
    const applicants = enterprises.slice(0, 30);
    const applications = await Promise.all(applicants.map((e) => applyFor(e, programId, face)));
    const sends: Send[] = [
      ...applications.map((id, i) => ({
        kind: 'approve',
        subject: applicants[i].orgId,
        send: () => reviewer.post(`/api/v1/voucher-applications/${id}/approve`, {}),
      })),
      ...Array.from({ length: 10 }, () => ({
        kind: 'bulk issue',
        send: () =>
          admin.post(`/api/v1/voucher-programs/${programId}/bulk-issue`, {
            tiers: ['little_giant'],
            faceValueFen: face,
          }),
      })),
    ];
    const { attempts, wallMs } = await burst(shuffle(sends, random));
    figures.push(figureOf(`(c) 30 approvals + 10 bulk issues, budget for ${fits}`, attempts, wallMs));

    expect(attempts.filter((a) => a.status >= 500)).toEqual([]);
    expect(attempts.filter((a) => a.status !== 200 && a.status !== 409)).toEqual([]);
    for (const code of refusalsOf(attempts))
      expect(['VOUCHER_BUDGET_EXCEEDED', 'VOUCHER_ENTERPRISE_CAP_EXCEEDED']).toContain(code);
    const approved = attempts.filter((a) => a.kind === 'approve' && a.status === 200).length;
    const bulkIssued = sum(
      attempts.filter((a) => a.kind === 'bulk issue' && a.status === 200).map((a) => a.body.issued as number),
    );
    expect(approved + bulkIssued).toBe(fits);
    expect(await programOf(programId)).toMatchObject({ committedFen: fits * face, remainingFen: 0 });
    // The per-enterprise cap held under the same lock.
    const perEnterprise: Array<{ enterprise_id: string; n: number }> = await t.dataSource.query(
      `SELECT enterprise_id, count(*)::int AS n FROM voucher WHERE program_id = $1 GROUP BY enterprise_id`,
      [programId],
    );
    expect(sum(perEnterprise.map((r) => r.n))).toBe(fits);
    expect(Math.max(...perEnterprise.map((r) => r.n))).toBeLessThanOrEqual(cap);
    // An approval refused for the cap is one whose enterprise the bulk issues had already served in full.
    const atCap = perEnterprise.filter((r) => r.n === cap).map((r) => r.enterprise_id);
    for (const a of attempts.filter((x) => x.kind === 'approve' && x.code === 'VOUCHER_ENTERPRISE_CAP_EXCEEDED'))
      expect(atCap).toContain(a.subject);
    await expectLedgerAgrees(programId);
  }, 120_000);

  it('a randomised concurrent workload on one voucher (holds, cancellations, declines, completions, a revocation): the ledger agrees', async () => {
    const random = seededRandom(20261203);
    const programId = await openProgramme(admin, { name: '并发混合负载测试服务券', coverageBp: 5000 });
    const priceFen = 200_000;
    const holdFen = 100_000;
    const listing = await m.listing(provider, { priceFen });
    for (const [round, revoke] of [
      [1, false],
      [2, true],
    ] as const) {
      const enterprise = enterprises[5 + round];
      const face = 40 * holdFen;
      const voucherId = await issuedVoucher(enterprise, reviewer, programId, face);
      const path = (id: string, action: string) => `/api/v1/orders/${id}/${action}`;
      const created: string[] = [];
      for (let i = 0; i < 24; i++) {
        const res = await enterprise
          .post('/api/v1/orders', { listingId: listing.id, requirement: `混合负载${round}-${i}`, voucherId })
          .expect(201);
        created.push(res.body.id);
      }
      const [requested, confirmed, delivered] = [created.slice(0, 8), created.slice(8, 16), created.slice(16)];
      for (const id of [...confirmed, ...delivered]) await provider.post(path(id, 'accept')).expect(200);
      for (const id of delivered) {
        await provider.post(path(id, 'payments/offline'), { reference: `BANK-${id.slice(0, 8)}` }).expect(200);
        await provider.post(path(id, 'start')).expect(200);
        await provider.post(path(id, 'deliver'), { summary: '已提交专利申请' }).expect(200);
      }
      const sends: Send[] = [
        ...delivered.map((id) => ({ kind: 'complete', send: () => enterprise.post(path(id, 'accept-delivery')) })),
        ...confirmed.map((id) => ({
          kind: 'cancel',
          send: () => enterprise.post(path(id, 'cancel'), { reason: '需求变更' }),
        })),
        ...requested.slice(0, 4).map((id) => ({
          kind: 'decline',
          send: () => provider.post(path(id, 'decline'), { reason: '档期已满' }),
        })),
        ...requested.slice(4).map((id) => ({
          kind: 'cancel',
          send: () => provider.post(path(id, 'cancel'), { reason: '无法按期交付' }),
        })),
        ...Array.from({ length: 40 }, (_, i) => ({
          kind: 'create order',
          send: () =>
            enterprise.post('/api/v1/orders', {
              listingId: listing.id,
              requirement: `混合负载新单${round}-${i}`,
              voucherId,
            }),
        })),
        ...(revoke
          ? [
              {
                kind: 'revoke',
                send: () => admin.post(`/api/v1/vouchers/${voucherId}/revoke`, { reason: '企业被列入失信名单' }),
              },
            ]
          : []),
      ];
      // Completions and new orders of one provider and one voucher both lock the provider's row and
      // the voucher's: taken in opposite orders, they deadlock (a 500).
      const { attempts, wallMs } = await burst(shuffle(sends, random));
      figures.push(
        figureOf(`(d) mixed workload${revoke ? ' with a revocation' : ''}, round ${round}`, attempts, wallMs),
      );

      expect(attempts.filter((a) => a.status >= 500)).toEqual([]);
      // Every action on an existing order is valid and succeeds; only new orders may find the voucher used up or revoked.
      expect(attempts.filter((a) => a.kind !== 'create order' && a.status !== 200)).toEqual([]);
      for (const code of refusalsOf(attempts))
        expect(revoke ? ['VOUCHER_NOTHING_AVAILABLE', 'VOUCHER_REVOKED'] : ['VOUCHER_NOTHING_AVAILABLE']).toContain(
          code,
        );

      const orders = await ordersOfVoucher(voucherId);
      const heldFen = sum(orders.filter((o) => LIVE.includes(o.status)).map((o) => o.fen));
      const consumedFen = sum(orders.filter((o) => o.status === 'completed').map((o) => o.fen));
      expect(consumedFen).toBe(8 * holdFen);
      const voucher = await voucherOf(voucherId);
      expect(voucher).toMatchObject({ heldFen, consumedFen, expiredFen: 0 });
      if (revoke) {
        expect(voucher).toMatchObject({ status: 'revoked', availableFen: 0, revokedFen: face - heldFen - consumedFen });
      } else {
        expect(voucher).toMatchObject({ status: 'active', availableFen: face - heldFen - consumedFen, revokedFen: 0 });
      }
      await expectLedgerAgrees(programId);
    }
    // Committed: every face value less what expired or was revoked unused.
    const [committed] = await t.dataSource.query(
      `SELECT sum(face_value_fen - expired_fen - revoked_fen)::bigint AS fen FROM voucher WHERE program_id = $1`,
      [programId],
    );
    expect((await programOf(programId)).committedFen).toBe(Number(committed.fen));
  }, 240_000);
});

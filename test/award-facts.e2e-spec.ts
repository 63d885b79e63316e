import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { MIGRATIONS } from '@app/database';
import { type AwardOrderPair, OrderFactsService } from '@app/orders';
import { type AwardVote, RatingsService } from '@app/ratings';
import { FixedClock } from '@app/shared';
import { RedemptionService } from '@app/vouchers';
import { createTestApp, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';
import { issuedVoucher, openProgramme, verifiedEnterprise } from './support/voucher-programs.js';

const HOUR = 3600 * 1000;
const PRICE = 450000; // the default listing's fixed price (4,500.00 CNY)

/** Instants at the edges of the Asia/Shanghai calendar years (UTC+8). */
const LAST_OF_2024 = '2024-12-31T15:59:59.999Z'; // 2024-12-31 23:59:59.999 in Shanghai
const FIRST_OF_2025 = '2024-12-31T16:00:00.000Z'; // 2025-01-01 00:00 in Shanghai
const MID_2025 = '2025-06-15T02:00:00.000Z';
const LAST_OF_2025 = '2025-12-31T15:59:59.999Z';
const FIRST_OF_2026 = '2025-12-31T16:00:00.000Z';

const scores = (overall: number, effectiveness: number) => ({
  overall,
  professionalism: 4,
  timeliness: 4,
  effectiveness,
  value: 4,
});

/**
 * The facts the annual awards (DOMAIN.md §7) combine, each from its own context in one aggregate
 * pass over the year: order pairs (orders), one vote per enterprise (ratings), providers with a claim
 * rejected as fraud (vouchers). Data made through HTTP on a fixed clock placed at the years' edges.
 */
describe('award facts: order pairs, enterprise votes, fraud-rejected providers (real PostgreSQL, fixed clock)', () => {
  let t: TestApp;
  let m: Marketplace;
  let reviewer: TestSession;
  let em: EntityManager;
  const clock = new FixedClock(new Date('2024-12-01T02:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp({ clock });
    reviewer = await t.api.bureauUser('reviewer');
    m = new Marketplace(t.api, reviewer);
    em = t.dataSource.manager;
  });
  afterAll(async () => {
    await t?.close();
  });

  /** An order of `listingId` by `buyer`, made an hour before `at` and completed (accepted) exactly at `at`. */
  async function completedAt(provider: TestSession, listingId: string, buyer: TestSession, at: string) {
    clock.set(new Date(new Date(at).getTime() - HOUR));
    const { id } = await m.order(buyer, listingId);
    const path = (action: string) => `/api/v1/orders/${id}/${action}`;
    await provider.post(path('accept')).expect(200);
    await provider.post(path('payments/offline'), { reference: 'BANK-REF-001' }).expect(200);
    await provider.post(path('start')).expect(200);
    await provider.post(path('deliver'), { summary: '已交付' }).expect(200);
    clock.set(new Date(at));
    const done = await buyer.post(path('accept-delivery')).expect(200);
    expect(done.body).toMatchObject({ status: 'completed', completedAt: new Date(at).toISOString() });
    return id;
  }

  const rate = async (buyer: TestSession, orderId: string, overall: number, effectiveness: number) =>
    (await buyer.post(`/api/v1/orders/${orderId}/rating`, scores(overall, effectiveness)).expect(201)).body as {
      id: string;
    };

  describe('orders and ratings of one provider around the 2025 year edges', () => {
    let provider: TestSession;
    const e: Record<'e1' | 'e2' | 'e3' | 'e4', TestSession> = {} as never;

    const pairsOf = async (year: number, minOrderFen: number): Promise<Omit<AwardOrderPair, 'providerId'>[]> =>
      (await t.app.get(OrderFactsService).awardOrderPairs(em, year, minOrderFen))
        .filter((p) => p.providerId === provider.orgId)
        .map(({ enterpriseId, orders }) => ({ enterpriseId, orders }));
    const votesOf = async (year: number, minOrderFen: number): Promise<Omit<AwardVote, 'providerId'>[]> =>
      (await t.app.get(RatingsService).awardVotes(em, year, minOrderFen))
        .filter((v) => v.providerId === provider.orgId)
        .map(({ enterpriseId, overall, effectiveness, ratings }) => ({
          enterpriseId,
          overall,
          effectiveness,
          ratings,
        }));
    const sorted = <T extends { enterpriseId: string }>(rows: T[]) =>
      [...rows].sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : 1));

    beforeAll(async () => {
      provider = await m.provider();
      const listing = await m.listing(provider);
      const cheap = await m.listing(provider, { priceFen: PRICE - 1 });
      for (const k of ['e1', 'e2', 'e3', 'e4'] as const) e[k] = await t.api.enterprise();

      // e2: one order in the last millisecond of 2024, one in the first of 2025 (Shanghai time).
      await rate(e.e2, await completedAt(provider, listing.id, e.e2, LAST_OF_2024), 1, 1);
      await rate(e.e2, await completedAt(provider, listing.id, e.e2, FIRST_OF_2025), 4, 4);
      // e1: two orders in 2025, rated 5/4 and 2/3: one vote, their means.
      await rate(e.e1, await completedAt(provider, listing.id, e.e1, MID_2025), 5, 4);
      await rate(e.e1, await completedAt(provider, listing.id, e.e1, MID_2025), 2, 3);
      // e4: an order one fen below the minimum, rated.
      await rate(e.e4, await completedAt(provider, cheap.id, e.e4, MID_2025), 5, 5);
      // e3: the last millisecond of 2025, its rating hidden by a reviewer; then the first of 2026.
      const hidden = await rate(e.e3, await completedAt(provider, listing.id, e.e3, LAST_OF_2025), 1, 2);
      await reviewer.post(`/api/v1/ratings/${hidden.id}/hide`, { reason: '不实评价' }).expect(200);
      await rate(e.e3, await completedAt(provider, listing.id, e.e3, FIRST_OF_2026), 3, 5);
      // An order not completed in the year (delivered only) counts nowhere.
      clock.set(new Date(MID_2025));
      const open = await m.order(e.e1, listing.id);
      await provider.post(`/api/v1/orders/${open.id}/accept`).expect(200);
    });

    it('copies the order completion and agreed price onto each rating', async () => {
      const rows: Array<{ order_completed_at: Date; order_price_fen: string; completed_at: Date; price: string }> =
        await t.dataSource.query(
          `SELECT r.order_completed_at, r.order_price_fen, o.completed_at, o.agreed_price_fen AS price
           FROM rating r JOIN service_order o ON o.id = r.order_id WHERE r.provider_id = $1`,
          [provider.orgId],
        );
      expect(rows).toHaveLength(7);
      for (const row of rows) {
        expect(row.order_completed_at).toEqual(row.completed_at);
        expect(row.order_price_fen).toBe(row.price);
      }
    });

    it('the migration backfills existing ratings from their orders (run again, rolled back)', async () => {
      const Migration = MIGRATIONS.find((c) => c.name.startsWith('RatingOrderFacts')) as new () => MigrationInterface;
      const runner: QueryRunner = t.dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        const copied = `SELECT order_id, order_completed_at, order_price_fen FROM rating WHERE provider_id = $1 ORDER BY order_id`;
        const before = await runner.query(copied, [provider.orgId]);
        await new Migration().down(runner);
        await new Migration().up(runner);
        expect(await runner.query(copied, [provider.orgId])).toEqual(before);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it('order pairs: completions in the Shanghai calendar year, price >= minimum (= counts, one fen less does not)', async () => {
      expect(sorted(await pairsOf(2025, PRICE))).toEqual(
        sorted([
          { enterpriseId: e.e1.orgId, orders: 2 },
          { enterpriseId: e.e2.orgId, orders: 1 },
          { enterpriseId: e.e3.orgId, orders: 1 },
        ]),
      );
      expect(sorted(await pairsOf(2025, PRICE - 1))).toEqual(
        sorted([
          { enterpriseId: e.e1.orgId, orders: 2 },
          { enterpriseId: e.e2.orgId, orders: 1 },
          { enterpriseId: e.e3.orgId, orders: 1 },
          { enterpriseId: e.e4.orgId, orders: 1 },
        ]),
      );
      expect(await pairsOf(2025, PRICE + 1)).toEqual([]);
      expect(await pairsOf(2024, PRICE)).toEqual([{ enterpriseId: e.e2.orgId, orders: 1 }]);
      expect(await pairsOf(2026, PRICE)).toEqual([{ enterpriseId: e.e3.orgId, orders: 1 }]);
      expect(await pairsOf(2023, 0)).toEqual([]);
    });

    it('votes: one per enterprise as the mean of its visible ratings of qualifying orders; hidden ratings excluded', async () => {
      expect(sorted(await votesOf(2025, PRICE))).toEqual(
        sorted([
          { enterpriseId: e.e1.orgId, overall: 3.5, effectiveness: 3.5, ratings: 2 },
          { enterpriseId: e.e2.orgId, overall: 4, effectiveness: 4, ratings: 1 },
        ]),
      );
      // e3's 2025 order counts as served (above) but its only 2025 rating is hidden: no vote.
      expect(sorted(await votesOf(2025, PRICE - 1))).toEqual(
        sorted([
          { enterpriseId: e.e1.orgId, overall: 3.5, effectiveness: 3.5, ratings: 2 },
          { enterpriseId: e.e2.orgId, overall: 4, effectiveness: 4, ratings: 1 },
          { enterpriseId: e.e4.orgId, overall: 5, effectiveness: 5, ratings: 1 },
        ]),
      );
      expect(await votesOf(2025, PRICE + 1)).toEqual([]);
      expect(await votesOf(2024, PRICE)).toEqual([
        { enterpriseId: e.e2.orgId, overall: 1, effectiveness: 1, ratings: 1 },
      ]);
      expect(await votesOf(2026, PRICE)).toEqual([
        { enterpriseId: e.e3.orgId, overall: 3, effectiveness: 5, ratings: 1 },
      ]);
    });

    it('the votes query can use the partial index ix_rating_award_year (a range scan of the visible year)', async () => {
      const plan = await t.dataSource.transaction(async (tx) => {
        // Few rows here: forbid the sequential scan to see that the planner can serve the query from the index.
        await tx.query('SET LOCAL enable_seqscan = off');
        const rows: Array<{ 'QUERY PLAN': string }> = await tx.query(
          `EXPLAIN SELECT provider_id, enterprise_id, avg(overall)::float8, avg(effectiveness)::float8, count(*)::int
           FROM rating
           WHERE NOT hidden AND order_completed_at >= '2024-12-31T16:00:00Z' AND order_completed_at < '2025-12-31T16:00:00Z'
             AND order_price_fen >= 450000
           GROUP BY provider_id, enterprise_id`,
        );
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).toContain('ix_rating_award_year');
    });
  });

  describe('providers with a claim rejected as fraud in the year', () => {
    let admin: TestSession;
    let programId: string;
    const rand = () => randomBytes(4).toString('hex').toUpperCase();

    beforeAll(async () => {
      clock.set(new Date('2026-01-05T02:00:00Z'));
      admin = await t.api.bureauAdmin();
      programId = await openProgramme(admin);
    });

    /** A provider's claim on a completed voucher order, submitted now. */
    async function claimOf(): Promise<{ provider: TestSession; claimId: string }> {
      const provider = await m.provider();
      const enterprise = await verifiedEnterprise(t.api, reviewer);
      const voucherId = await issuedVoucher(enterprise, reviewer, programId, 1_000_000);
      const listing = await m.listing(provider);
      const order = (
        await enterprise
          .post('/api/v1/orders', { listingId: listing.id, requirement: '申请发明专利', voucherId })
          .expect(201)
      ).body as { id: string };
      const path = (action: string) => `/api/v1/orders/${order.id}/${action}`;
      await provider.post(path('accept')).expect(200);
      const confirmed = (await enterprise.get(`/api/v1/orders/${order.id}`).expect(200)).body as { copayFen: number };
      if (confirmed.copayFen > 0)
        await provider.post(path('payments/offline'), { reference: `BANK-${rand()}` }).expect(200);
      await provider.post(path('start')).expect(200);
      await provider.post(path('deliver'), { summary: '已提交专利申请' }).expect(200);
      await enterprise.post(path('accept-delivery')).expect(200);
      const claim = await provider
        .post('/api/v1/redemption-claims', {
          orderId: order.id,
          invoiceNo: `FP${rand()}${rand()}`,
          invoiceAmountFen: PRICE,
          contractNo: `HT-2026-${rand()}`,
          reportSummary: '完成发明专利的技术交底、检索与申请文件撰写，已取得受理通知书。',
        })
        .expect(201);
      return { provider, claimId: claim.body.id };
    }

    const reject = (claimId: string, final: boolean, at: string) => {
      clock.set(new Date(at));
      return reviewer
        .post(`/api/v1/redemption-claims/${claimId}/reject`, {
          reason: final ? '合同系伪造' : '发票抬头有误，请更正',
          final,
        })
        .expect(200);
    };

    it('counts final rejections decided in the Shanghai year; a correctable rejection never counts', async () => {
      clock.set(new Date('2026-03-01T02:00:00Z'));
      const fraud = await claimOf();
      const correctable = await claimOf();
      const lastInstant = await claimOf();
      const nextYear = await claimOf();
      const approvedOnly = await claimOf();
      await reject(fraud.claimId, true, '2026-03-02T02:00:00Z');
      await reject(correctable.claimId, false, '2026-03-02T02:00:00Z');
      await reject(lastInstant.claimId, true, '2026-12-31T15:59:59.999Z'); // 23:59:59.999 on 31 Dec 2026 in Shanghai
      await reject(nextYear.claimId, true, '2026-12-31T16:00:00.000Z'); // 00:00 on 1 Jan 2027 in Shanghai
      await reviewer.post(`/api/v1/redemption-claims/${approvedOnly.claimId}/approve`).expect(200);

      const redemption = t.app.get(RedemptionService);
      const mine = (set: Set<string>) =>
        [fraud, correctable, lastInstant, nextYear, approvedOnly].filter((c) => set.has(c.provider.orgId));
      expect(mine(await redemption.fraudRejectedProviders(em, 2026))).toEqual([fraud, lastInstant]);
      expect(mine(await redemption.fraudRejectedProviders(em, 2027))).toEqual([nextYear]);
      expect(mine(await redemption.fraudRejectedProviders(em, 2025))).toEqual([]);
    });
  });
});

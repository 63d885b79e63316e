import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type request from 'supertest';
import { FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import { newListing, newProviderProfile } from './support/factories.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';
import { issuedVoucher, newProgramme, openProgramme, verifiedEnterprise } from './support/voucher-programs.js';

/** 10:00 on 10 March 2026 in Shanghai: inside the programme's windows. */
const START = new Date('2026-03-10T02:00:00Z');

async function ok<T = Record<string, unknown> & { id: string }>(test: request.Test, status = 200): Promise<T> {
  const res = await test;
  if (res.status !== status) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** The calendar month (YYYY-MM) of an instant in Asia/Shanghai (UTC+8 all year). */
const shanghaiMonth = (at: Date) => new Date(at.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 7);

/**
 * GET /stats/overview (DOMAIN.md: the bureau's statistics) on a small world built through HTTP:
 * providers in six states, listings in four, orders in four, a voucher programme whose money was
 * consumed by an order and redeemed by a claim, and ratings one of which is hidden. Every figure is
 * checked exactly.
 */
describe('bureau statistics: GET /stats/overview', () => {
  let t: TestApp;
  let m: Marketplace;
  let admin: TestSession;
  let reviewer: TestSession;
  let finance: TestSession;
  let provider: TestSession;
  let enterprise: TestSession;
  let programId: string;
  let draftProgramId: string;
  const clock = new FixedClock(START);
  /** Real months of the ledger rows: their time is the database's, not the test clock's. */
  const moved: { consumed?: string; redeemed?: string } = {};

  const path = (orderId: string, action: string) => `/api/v1/orders/${orderId}/${action}`;
  const order = (e: TestSession, listingId: string, voucherId?: string) =>
    ok(
      e.post('/api/v1/orders', { listingId, requirement: '申请两件发明专利', ...(voucherId ? { voucherId } : {}) }),
      201,
    );
  /** Accept (fixed price), pay the co-pay by bank transfer, start, deliver and accept delivery. */
  const complete = async (p: TestSession, e: TestSession, orderId: string) => {
    const confirmed = await ok<{ copayFen: number }>(p.post(path(orderId, 'accept')));
    if (confirmed.copayFen > 0) await ok(p.post(path(orderId, 'payments/offline'), { reference: 'ICBC-STATS' }));
    await ok(p.post(path(orderId, 'start')));
    await ok(p.post(path(orderId, 'deliver'), { summary: '已提交专利申请' }));
    await ok(e.post(path(orderId, 'accept-delivery')));
  };
  const rate = (e: TestSession, orderId: string, overall: number) =>
    ok(
      e.post(path(orderId, 'rating'), { overall, professionalism: overall, timeliness: 4, effectiveness: 4, value: 4 }),
      201,
    );
  const submittedProvider = async (categories?: string[]) => {
    const p = await t.api.provider();
    await ok(p.patch('/api/v1/providers/me', newProviderProfile(categories ? { categories } : {})));
    await ok(p.post('/api/v1/providers/me/submit'));
    return p;
  };

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await t.api.bureauAdmin();
    reviewer = await t.api.bureauUser('reviewer');
    finance = await t.api.bureauUser('finance');
    m = new Marketplace(t.api, reviewer);

    // The pool: two approved (ip + legal_tax, digital), one suspended, one submitted, one draft, one rejected.
    provider = await m.provider();
    await t.api.poolMember(reviewer, { profile: { categories: ['digital'] } });
    const suspended = await m.provider();
    await ok(reviewer.post(`/api/v1/providers/${suspended.orgId}/suspend`, { reason: '资质材料存疑' }));
    await submittedProvider();
    const draft = await t.api.provider();
    await ok(draft.get('/api/v1/providers/me'));
    const rejected = await submittedProvider(['finance']);
    await ok(reviewer.post(`/api/v1/providers/${rejected.orgId}/reject`, { reason: '营业执照与名称不符' }));

    // Listings of the first provider: published, draft, unpublished, taken down.
    const listing = await m.listing(provider);
    await ok(provider.post('/api/v1/listings', newListing({ title: '商标注册代理' })), 201);
    const unpublished = await m.listing(provider, { title: '专利年费管理' });
    await ok(provider.post(`/api/v1/listings/${unpublished.id}/unpublish`));
    const takenDown = await m.listing(provider, { title: '专利无效宣告' });
    await ok(reviewer.post(`/api/v1/listings/${takenDown.id}/take-down`, { reason: '虚假宣传' }));

    // Orders: requested, declined, confirmed, and three completed (one paid in part by a voucher).
    const buyer = await t.api.enterprise();
    await order(buyer, listing.id);
    const declined = await order(buyer, listing.id);
    await ok(provider.post(path(declined.id, 'decline'), { reason: '档期已满' }));
    const confirmed = await order(buyer, listing.id);
    await ok(provider.post(path(confirmed.id, 'accept')));

    // A 2027 programme left in draft, and the open 2026 one (50% coverage) with one 3,000.00 CNY voucher.
    draftProgramId = (
      await ok(
        admin.post(
          '/api/v1/voucher-programs',
          newProgramme({
            name: '2027年度服务券',
            year: 2027,
            budgetFen: 5_000_000,
            maxFaceValueFen: 300_000,
            perEnterpriseYearCapFen: 300_000,
            applyFrom: '2027-01-01',
            applyUntil: '2027-03-31',
            validFrom: '2027-01-01',
            validUntil: '2027-03-31',
          }),
        ),
        201,
      )
    ).id;
    programId = await openProgramme(admin, { budgetFen: 10_000_000, maxFaceValueFen: 300_000 });
    enterprise = await verifiedEnterprise(t.api, reviewer);
    const voucherId = await issuedVoucher(enterprise, reviewer, programId, 300_000);
    const voucherOrder = await order(enterprise, listing.id, voucherId);
    expect(voucherOrder).toMatchObject({ voucherFen: 225_000 });
    await complete(provider, enterprise, voucherOrder.id);
    moved.consumed = shanghaiMonth(new Date());
    const claim = await ok(
      provider.post('/api/v1/redemption-claims', {
        orderId: voucherOrder.id,
        invoiceNo: `FP${randomBytes(6).toString('hex').toUpperCase()}`,
        invoiceAmountFen: 450_000,
        contractNo: 'HT-2026-STATS',
        reportSummary: '完成两件发明专利的申请文件撰写，已取得受理通知书。',
      }),
      201,
    );
    await ok(reviewer.post(`/api/v1/redemption-claims/${claim.id}/approve`));
    moved.redeemed = shanghaiMonth(new Date());

    // Ratings: 4 and 5 visible, a 1 hidden by the reviewer.
    await rate(enterprise, voucherOrder.id, 4);
    const second = await t.api.enterprise();
    const secondOrder = await order(second, listing.id);
    await complete(provider, second, secondOrder.id);
    await rate(second, secondOrder.id, 5);
    const third = await t.api.enterprise();
    const thirdOrder = await order(third, listing.id);
    await complete(provider, third, thirdOrder.id);
    const hidden = await rate(third, thirdOrder.id, 1);
    await ok(reviewer.post(`/api/v1/ratings/${hidden.id}/hide`, { reason: '与订单无关的内容' }));
  });
  afterAll(async () => {
    await t.close();
  });

  const overview = async (as: TestSession = admin) => ok<Overview>(as.get('/api/v1/stats/overview'));

  it('is for bureau users only: 401 anonymous, 403 to enterprises and providers, 200 to every bureau role', async () => {
    const anonymous = await t.api.request('get', '/api/v1/stats/overview');
    expect(anonymous.status).toBe(401);
    for (const outsider of [enterprise, provider]) {
      const res = await outsider.get('/api/v1/stats/overview');
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'FORBIDDEN_ROLE' });
    }
    for (const bureau of [admin, reviewer, finance]) await ok(bureau.get('/api/v1/stats/overview'));
  });

  it('gives the pool by status and its approved members by category, against the target of 100', async () => {
    const { pool, generatedAt } = await overview();
    expect(generatedAt).toBe(START.toISOString());
    expect(pool).toMatchObject({ target: 100, members: 2, shortOfTarget: 98, reachedBp: 200 });
    expect(pool.byStatus).toEqual({
      draft: 1,
      submitted: 1,
      approved: 2,
      returned: 0,
      rejected: 1,
      suspended: 1,
      removed: 0,
    });
    // Every catalog category in catalog order; a provider counts in each of its categories; only members count.
    expect(pool.byCategory).toHaveLength(11);
    expect(pool.byCategory.slice(0, 3)).toEqual([
      { category: 'tech_innovation', name: '技术创新', approved: 0 },
      { category: 'ip', name: '知识产权', approved: 1 },
      { category: 'digital', name: '数字化转型', approved: 1 },
    ]);
    expect(
      Object.fromEntries(pool.byCategory.filter((c) => c.approved > 0).map((c) => [c.category, c.approved])),
    ).toEqual({ ip: 1, digital: 1, legal_tax: 1 });
  });

  it('counts listings and orders by status, every status present', async () => {
    const { listings, orders } = await overview(reviewer);
    expect(listings).toEqual({ total: 4, byStatus: { draft: 1, published: 1, unpublished: 1, taken_down: 1 } });
    expect(orders).toEqual({
      total: 6,
      byStatus: {
        requested: 1,
        quoted: 0,
        confirmed: 1,
        in_progress: 0,
        delivered: 0,
        completed: 3,
        disputed: 0,
        declined: 1,
        cancelled: 0,
        expired: 0,
      },
    });
  });

  it("gives each programme's budget figures, as the programme itself shows them, and the totals", async () => {
    const { vouchers } = await overview(finance);
    const figures = {
      budgetFen: 10_000_000,
      committedFen: 300_000,
      heldFen: 0,
      consumedFen: 225_000,
      redeemedFen: 225_000,
      paidFen: 0,
      remainingFen: 9_700_000,
    };
    const draft = {
      budgetFen: 5_000_000,
      committedFen: 0,
      heldFen: 0,
      consumedFen: 0,
      redeemedFen: 0,
      paidFen: 0,
      remainingFen: 5_000_000,
    };
    // Newest year first.
    expect(vouchers.programs.map((p) => [p.id, p.year, p.status])).toEqual([
      [draftProgramId, 2027, 'draft'],
      [programId, 2026, 'open'],
    ]);
    expect(vouchers.programs[0]).toMatchObject({ name: '2027年度服务券', ...draft });
    expect(vouchers.programs[1]).toMatchObject(figures);
    const own = await ok(admin.get(`/api/v1/voucher-programs/${programId}`));
    expect(own).toMatchObject(figures);
    expect(vouchers.totals).toEqual({
      budgetFen: 15_000_000,
      committedFen: 300_000,
      heldFen: 0,
      consumedFen: 225_000,
      redeemedFen: 225_000,
      paidFen: 0,
      remainingFen: 14_700_000,
    });
  });

  it('burns each programme down month by month over its validity, from the ledger, in Asia/Shanghai', async () => {
    const { vouchers } = await overview();
    const [draft, open] = vouchers.programs;
    expect(draft!.burnDown).toEqual(
      ['2027-01', '2027-02', '2027-03'].map((month) => ({
        month,
        consumedFen: 0,
        redeemedFen: 0,
        cumulativeConsumedFen: 0,
        cumulativeRedeemedFen: 0,
      })),
    );
    const months = open!.burnDown.map((b) => b.month);
    expect(months[0]).toBe('2026-01');
    expect(months.at(-1)! >= '2026-12').toBe(true);
    expect(months).toEqual([...months].sort());
    expect(new Set(months).size).toBe(months.length);
    // Ledger rows carry the database's time, so the months are the real ones of the consume and the redeem.
    const expected = new Map<string, { consumedFen: number; redeemedFen: number }>();
    const add = (month: string, k: 'consumedFen' | 'redeemedFen') => {
      const row = expected.get(month) ?? { consumedFen: 0, redeemedFen: 0 };
      row[k] += 225_000;
      expected.set(month, row);
    };
    add(moved.consumed!, 'consumedFen');
    add(moved.redeemed!, 'redeemedFen');
    expect(open!.burnDown.filter((b) => b.consumedFen > 0 || b.redeemedFen > 0)).toEqual(
      [...expected.entries()].map(([month, row]) => expect.objectContaining({ month, ...row })),
    );
    expect(open!.burnDown.at(-1)).toMatchObject({ cumulativeConsumedFen: 225_000, cumulativeRedeemedFen: 225_000 });
    expect(open!.burnDown.find((b) => b.month === '2026-01')).toMatchObject({ cumulativeConsumedFen: 0 });
  });

  it('gives satisfaction as the plain average and count of visible overall scores, and no award years yet', async () => {
    const { satisfaction, awards } = await overview();
    expect(satisfaction).toEqual({ average: 4.5, count: 2 });
    expect(awards).toEqual({ byYear: [] });
  });

  it('gives matchmaking demands posted and matched, and the median time to the first proposal, per category', async () => {
    const HOUR = 3600 * 1000;
    const started = clock.now();
    const demand = async (category: string) => {
      const body = {
        title: '专利布局咨询',
        description: '需要专利检索与布局规划。',
        category,
        regionCode: '330212',
        deadline: '2026-12-31',
        visibility: 'pool',
      };
      const { id } = await ok(enterprise.post('/api/v1/demands', body), 201);
      return id;
    };
    const publish = (id: string) => ok(enterprise.post(`/api/v1/demands/${id}/publish`));
    const propose = (id: string) =>
      ok(provider.post(`/api/v1/demands/${id}/proposals`, { priceFen: 500_000, deliveryDays: 20, note: '方案' }), 201);
    try {
      const [matched, answered, unanswered] = [await demand('ip'), await demand('ip'), await demand('ip')];
      await demand('ip'); // a draft: not posted
      const closed = await demand('legal_tax');
      for (const id of [matched, answered, unanswered, closed]) await publish(id);
      clock.advance(2 * HOUR);
      const first = await propose(matched);
      clock.advance(4 * HOUR);
      await propose(answered);
      await ok(enterprise.post(`/api/v1/proposals/${first.id}/accept`));
      await ok(enterprise.post(`/api/v1/demands/${closed}/close`, { reason: '已线下解决' }));
      expect((await overview()).demands).toEqual({
        posted: 4,
        matched: 1,
        byCategory: [
          { code: 'ip', name: '知识产权', posted: 3, open: 2, matched: 1, medianHoursToFirstProposal: 4 },
          {
            code: 'legal_tax',
            name: expect.any(String),
            posted: 1,
            open: 0,
            matched: 0,
            medianHoursToFirstProposal: null,
          },
        ],
      });
    } finally {
      clock.set(started);
    }
  });

  it('documents the route in OpenAPI for bureau users', async () => {
    const doc = await ok<{ paths: Record<string, { get: Record<string, unknown> }> }>(
      t.api.request('get', '/api/docs-json'),
    );
    const op = doc.paths['/api/v1/stats/overview']!.get;
    expect(op.security).toEqual([{ bearer: [] }]);
    expect(JSON.stringify(op.responses)).toContain('StatsOverview');
    expect(JSON.stringify(op.responses)).toContain('no awards tables exist yet');
  });
});

interface Overview {
  generatedAt: string;
  demands: unknown;
  pool: {
    target: number;
    members: number;
    shortOfTarget: number;
    reachedBp: number;
    byStatus: Record<string, number>;
    byCategory: Array<{ category: string; name: string; approved: number }>;
  };
  listings: { total: number; byStatus: Record<string, number> };
  orders: { total: number; byStatus: Record<string, number> };
  vouchers: {
    programs: Array<
      Record<string, number | string> & {
        id: string;
        year: number;
        status: string;
        burnDown: Array<{
          month: string;
          consumedFen: number;
          redeemedFen: number;
          cumulativeConsumedFen: number;
          cumulativeRedeemedFen: number;
        }>;
      }
    >;
    totals: Record<string, number>;
  };
  satisfaction: { average: number; count: number };
  awards: { byYear: unknown[] };
}

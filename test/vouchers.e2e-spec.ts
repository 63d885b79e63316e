import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type request from 'supertest';
import { OrdersService } from '@app/orders';
import { FixedClock } from '@app/shared';
import { VoucherIssuanceService } from '@app/vouchers';
import { createTestApp, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';

const DAY = 24 * 3600 * 1000;
/** 10:00 on 10 March 2026 in Shanghai. */
const START = new Date('2026-03-10T02:00:00Z');
/** The first instant of a Shanghai calendar day, and the last. */
const dayStarts = (date: string) => new Date(`${date}T00:00:00+08:00`);
const dayEnds = (date: string) => new Date(`${date}T23:59:59.999+08:00`);

type Body = Record<string, unknown>;
type Voucher = {
  id: string;
  code: string;
  status: string;
  faceValueFen: number;
  availableFen: number;
  heldFen: number;
  consumedFen: number;
  expiredFen: number;
  revokedFen: number;
  history: Array<{ kind: string; amountFen: number; orderId: string | null }>;
};

/**
 * Service vouchers (服务券) through HTTP, DOMAIN.md §5: programmes, applications and issuance
 * under rule 1, holds, releases and consumption through orders (rules 2-4), revocation and
 * expiry (rule 5). A fixed clock drives windows and validity; after every scenario each
 * programme's ledger-check agrees with its balances.
 */
describe('service vouchers', () => {
  let t: TestApp;
  let m: Marketplace;
  let admin: TestSession;
  let reviewer: TestSession;
  let finance: TestSession;
  const clock = new FixedClock(START);
  const programs: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await t.api.bureauAdmin();
    reviewer = await t.api.bureauUser('reviewer');
    finance = await t.api.bureauUser('finance');
    m = new Marketplace(t.api, reviewer);
  });
  afterAll(async () => {
    await t.close();
  });
  afterEach(async () => {
    clock.set(START);
    for (const id of programs) {
      const check = (await finance.get(`/api/v1/voucher-programs/${id}/ledger-check`).expect(200)).body;
      expect({ id, ok: check.ok, differences: check.differences }).toEqual({ id, ok: true, differences: [] });
    }
  });

  const programBody = (overrides: Body = {}): Body => ({
    name: '2026年度宁波市专精特新服务券',
    year: 2026,
    budgetFen: 10_000_000,
    coverageBp: 5000,
    maxFaceValueFen: 300000,
    perEnterpriseYearCapFen: 500000,
    categories: ['ip'],
    tiers: ['srdi', 'little_giant'],
    applyFrom: '2026-03-01',
    applyUntil: '2026-03-31',
    validFrom: '2026-03-01',
    validUntil: '2026-12-31',
    ...overrides,
  });
  const draftProgram = async (overrides: Body = {}) => {
    const p = (await admin.post('/api/v1/voucher-programs', programBody(overrides)).expect(201)).body;
    programs.push(p.id);
    return p as Body & { id: string };
  };
  const openProgram = async (overrides: Body = {}) => {
    const p = await draftProgram(overrides);
    await admin.post(`/api/v1/voucher-programs/${p.id}/open`).expect(200);
    return p;
  };
  const figures = async (programId: string) =>
    (await admin.get(`/api/v1/voucher-programs/${programId}`).expect(200)).body;

  /** An enterprise with a tier claim verified by the reviewer (certificate of 2024: valid to 2027-12-31). */
  const enterpriseWithTier = async (tier = 'srdi', verify: Body | null = {}) => {
    const e = await t.api.enterprise();
    const certificateNo = `ZJ-2024-${randomBytes(4).toString('hex')}`;
    const claim = (await e.post('/api/v1/enterprises/me/tier-claims', { tier, certificateNo, year: 2024 }).expect(201))
      .body;
    if (verify) await reviewer.post(`/api/v1/tier-claims/${claim.id}/verify`, verify).expect(200);
    return e;
  };
  const apply = (e: TestSession, programId: string, requestedFen = 300000) =>
    e.post(`/api/v1/voucher-programs/${programId}/applications`, { requestedFen, purpose: '专利布局与数字化诊断' });
  const approve = (applicationId: string, body: Body = {}) =>
    reviewer.post(`/api/v1/voucher-applications/${applicationId}/approve`, body);
  /** Applies and is approved: the enterprise's new voucher. */
  const issue = async (e: TestSession, programId: string, faceValueFen = 300000): Promise<Voucher> => {
    const application = (await apply(e, programId, faceValueFen).expect(201)).body;
    const approved = (await approve(application.id).expect(200)).body;
    return voucherOf(e, approved.voucherId);
  };
  const voucherOf = async (s: TestSession, id: string): Promise<Voucher> =>
    (await s.get(`/api/v1/vouchers/${id}`).expect(200)).body;
  const buckets = (v: Voucher) => ({
    status: v.status,
    availableFen: v.availableFen,
    heldFen: v.heldFen,
    consumedFen: v.consumedFen,
    expiredFen: v.expiredFen,
  });
  const history = (v: Voucher) => v.history.map((h) => `${h.kind} ${h.amountFen}`);

  const order = (e: TestSession, listingId: string, voucherId?: string) =>
    e.post('/api/v1/orders', { listingId, requirement: '申请两件发明专利', ...(voucherId ? { voucherId } : {}) });
  const orderPath = (id: string, action: string) => `/api/v1/orders/${id}/${action}`;
  /** Pays the co-pay (if any), starts, delivers and accepts a confirmed order. */
  const complete = async (provider: TestSession, e: TestSession, id: string) => {
    const { copayFen } = (await e.get(`/api/v1/orders/${id}`).expect(200)).body;
    if (copayFen > 0) await provider.post(orderPath(id, 'payments/offline'), { reference: 'ICBC-V1' }).expect(200);
    await provider.post(orderPath(id, 'start')).expect(200);
    await provider.post(orderPath(id, 'deliver'), { summary: '已提交专利申请' }).expect(200);
    return (await e.post(orderPath(id, 'accept-delivery')).expect(200)).body;
  };
  /** A pool provider with a published fixed-price (4,500.00 CNY) voucher-eligible `ip` listing unless overridden. */
  const providerWithListing = async (overrides: Body = {}) => {
    const provider = await m.provider();
    const listing = await m.listing(provider, overrides);
    return { provider, listing };
  };

  describe('programmes', () => {
    it('the admin creates a draft; the bureau view carries the budget figures', async () => {
      const p = await draftProgram();
      expect(p).toMatchObject({
        ...programBody(),
        status: 'draft',
        budgetFen: 10_000_000,
        committedFen: 0,
        heldFen: 0,
        consumedFen: 0,
        redeemedFen: 0,
        paidFen: 0,
        remainingFen: 10_000_000,
      });
      const audit = (await admin.get(`/api/v1/audit-events?entityType=voucher_program&entityId=${p.id}`).expect(200))
        .body;
      expect(audit.items.map((a: Body) => a.action)).toEqual(['create']);
    });

    it.each([
      ['applyUntil before applyFrom', { applyFrom: '2026-03-10', applyUntil: '2026-03-09' }, 'applyUntil'],
      ['validUntil before validFrom', { validFrom: '2026-07-01', validUntil: '2026-06-30' }, 'validUntil'],
      ['an unknown category', { categories: ['ip', 'spaceflight'] }, 'categories'],
      ['a category that is not a code', { categories: ['知识产权'] }, 'categories'],
      ['no category', { categories: [] }, 'categories'],
      ['an unknown tier', { tiers: ['gold'] }, 'tiers'],
      ['coverage 0', { coverageBp: 0 }, 'coverageBp'],
      ['coverage above 100%', { coverageBp: 10001 }, 'coverageBp'],
      ['coverage a fraction', { coverageBp: 50.5 }, 'coverageBp'],
      ['max face above the per-enterprise cap', { maxFaceValueFen: 500001 }, 'maxFaceValueFen'],
      ['max face above the budget', { budgetFen: 200000, maxFaceValueFen: 300000 }, 'maxFaceValueFen'],
      ['a negative budget', { budgetFen: -1 }, 'budgetFen'],
      ['a date that does not exist', { validUntil: '2026-02-30' }, 'validUntil'],
      ['an unknown field', { committedFen: 0 }, 'committedFen'],
    ])('refuses %s with 400 on %s and creates nothing', async (_case, change, field) => {
      const before = (await admin.get('/api/v1/voucher-programs?pageSize=1').expect(200)).body.total;
      const res = await admin.post('/api/v1/voucher-programs', programBody(change)).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect((await admin.get('/api/v1/voucher-programs?pageSize=1').expect(200)).body.total).toBe(before);
    });

    it('is edited only while draft; opens once and closes once', async () => {
      const p = await draftProgram();
      const edited = (
        await admin
          .patch(`/api/v1/voucher-programs/${p.id}`, {
            name: '2026年度服务券（修订）',
            perEnterpriseYearCapFen: 600000,
          })
          .expect(200)
      ).body;
      expect(edited).toMatchObject({
        name: '2026年度服务券（修订）',
        perEnterpriseYearCapFen: 600000,
        status: 'draft',
      });
      // An edit is checked against the fields it keeps.
      const bad = await admin.patch(`/api/v1/voucher-programs/${p.id}`, { applyUntil: '2026-02-01' }).expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('applyUntil');
      await admin.patch(`/api/v1/voucher-programs/${p.id}`, { maxFaceValueFen: 600001 }).expect(400);
      await admin.patch(`/api/v1/voucher-programs/${p.id}`, { categories: ['spaceflight'] }).expect(400);
      expect((await figures(p.id)).name).toBe('2026年度服务券（修订）');

      await admin.post(`/api/v1/voucher-programs/${p.id}/close`).expect(409);
      expect((await admin.post(`/api/v1/voucher-programs/${p.id}/open`).expect(200)).body.status).toBe('open');
      const again = await admin.post(`/api/v1/voucher-programs/${p.id}/open`).expect(409);
      expect(again.body).toMatchObject({ code: 'INVALID_STATE', details: { state: 'open', action: 'open' } });
      const locked = await admin.patch(`/api/v1/voucher-programs/${p.id}`, { name: '改名' }).expect(409);
      expect(locked.body).toMatchObject({ code: 'INVALID_STATE', details: { state: 'open', action: 'edit' } });
      expect((await admin.post(`/api/v1/voucher-programs/${p.id}/close`).expect(200)).body.status).toBe('closed');
      await admin.post(`/api/v1/voucher-programs/${p.id}/close`).expect(409);
      await admin.post(`/api/v1/voucher-programs/${p.id}/open`).expect(409);
      await admin.patch(`/api/v1/voucher-programs/${p.id}`, { name: '改名' }).expect(409);
      const audit = (await admin.get(`/api/v1/audit-events?entityType=voucher_program&entityId=${p.id}`).expect(200))
        .body;
      expect(audit.items.map((a: Body) => a.action).sort()).toEqual(['close', 'create', 'open', 'update']);
      await admin.post('/api/v1/voucher-programs/00000000-0000-4000-8000-000000000000/open').expect(404);
    });

    it('the public list shows open programmes only, without budget figures; the bureau sees all with figures', async () => {
      const draft = await draftProgram({ name: '草稿服务券' });
      const open = await openProgram({ name: '开放服务券' });
      const closed = await openProgram({ name: '已关闭服务券' });
      await admin.post(`/api/v1/voucher-programs/${closed.id}/close`).expect(200);
      const e = await t.api.enterprise();
      const provider = await t.api.provider();
      const FIGURES = ['budgetFen', 'committedFen', 'heldFen', 'consumedFen', 'redeemedFen', 'paidFen', 'remainingFen'];

      for (const get of [
        (path: string) => t.api.request('get', path),
        (path: string) => e.get(path),
        (path: string) => provider.get(path),
      ]) {
        const list = (await get('/api/v1/voucher-programs?pageSize=100').expect(200)).body;
        const ids = list.items.map((i: Body) => i.id);
        expect(ids).toContain(open.id);
        expect(ids).not.toContain(draft.id);
        expect(ids).not.toContain(closed.id);
        for (const item of list.items) {
          expect(item.status).toBe('open');
          for (const f of FIGURES) expect(item).not.toHaveProperty(f);
        }
        expect((await get('/api/v1/voucher-programs?status=closed').expect(200)).body.items).toEqual([]);
        expect((await get('/api/v1/voucher-programs?status=draft').expect(200)).body.items).toEqual([]);
        const one = (await get(`/api/v1/voucher-programs/${open.id}`).expect(200)).body;
        expect(one).toMatchObject({ id: open.id, coverageBp: 5000, maxFaceValueFen: 300000, categories: ['ip'] });
        for (const f of FIGURES) expect(one).not.toHaveProperty(f);
        expect((await get(`/api/v1/voucher-programs/${draft.id}`).expect(404)).body.code).toBe('NOT_FOUND');
        // A closed programme's terms stay readable (its vouchers are still spent).
        expect((await get(`/api/v1/voucher-programs/${closed.id}`).expect(200)).body.status).toBe('closed');
      }

      for (const bureau of [admin, reviewer, finance]) {
        const list = (await bureau.get('/api/v1/voucher-programs?pageSize=100').expect(200)).body;
        const ids = list.items.map((i: Body) => i.id);
        expect(ids).toEqual(expect.arrayContaining([draft.id, open.id, closed.id]));
        for (const item of list.items) for (const f of FIGURES) expect(item).toHaveProperty(f);
        const closedOnly = (await bureau.get('/api/v1/voucher-programs?status=closed&pageSize=100').expect(200)).body;
        expect(closedOnly.items.map((i: Body) => i.status)).toEqual(closedOnly.items.map(() => 'closed'));
        expect((await bureau.get(`/api/v1/voucher-programs/${draft.id}`).expect(200)).body).toMatchObject({
          status: 'draft',
          budgetFen: 10_000_000,
        });
      }
      await t.api.request('get', '/api/v1/voucher-programs?status=maybe').expect(400);
    });
  });

  describe('applications', () => {
    it('are taken while open and inside the window, edges included (Asia/Shanghai days)', async () => {
      const p = await openProgram({ applyFrom: '2026-03-12', applyUntil: '2026-03-14' });
      const e = await enterpriseWithTier();
      const at = async (instant: Date, status: number) => {
        clock.set(instant);
        const res = await apply(e, p.id, 1000).expect(status);
        if (status === 409) expect(res.body.code).toBe('VOUCHER_NOT_OPEN');
      };
      await at(dayEnds('2026-03-11'), 409);
      await at(dayStarts('2026-03-12'), 201);
      await at(dayEnds('2026-03-14'), 201);
      await at(dayStarts('2026-03-15'), 409);
      clock.set(START);

      const closed = await openProgram();
      await admin.post(`/api/v1/voucher-programs/${closed.id}/close`).expect(200);
      expect((await apply(e, closed.id).expect(409)).body.code).toBe('VOUCHER_NOT_OPEN');
      const draft = await draftProgram();
      await apply(e, draft.id).expect(404);
      await apply(e, '00000000-0000-4000-8000-000000000000').expect(404);
      const mine = (await e.get('/api/v1/voucher-applications').expect(200)).body;
      expect(mine.items).toHaveLength(2);
    });

    it('refuses at once an enterprise without a valid verified tier among the programme’s (VOUCHER_TIER_NOT_ELIGIBLE)', async () => {
      const p = await openProgram({ tiers: ['srdi', 'little_giant'] });
      const refused = [
        await t.api.enterprise(), // no claim
        await enterpriseWithTier('srdi', null), // claim still pending
        await enterpriseWithTier('innovative_sme'), // verified, but not one of the programme's tiers
        await enterpriseWithTier('srdi', { validUntil: '2026-03-09' }), // verified, lapsed yesterday
      ];
      for (const e of refused) {
        const res = await apply(e, p.id).expect(409);
        expect(res.body).toMatchObject({
          code: 'VOUCHER_TIER_NOT_ELIGIBLE',
          details: { tiers: ['srdi', 'little_giant'] },
        });
        expect((await e.get('/api/v1/voucher-applications').expect(200)).body.total).toBe(0);
      }
      const lastDay = await enterpriseWithTier('little_giant', { validUntil: '2026-03-10' });
      const application = (await apply(lastDay, p.id).expect(201)).body;
      expect(application).toMatchObject({
        id: expect.any(String),
        programId: p.id,
        enterpriseId: lastDay.orgId,
        requestedFen: 300000,
        status: 'submitted',
      });
      // The tier must still count when the reviewer approves.
      clock.advance(DAY);
      expect((await approve(application.id).expect(409)).body.code).toBe('VOUCHER_TIER_NOT_ELIGIBLE');
    });

    it('the reviewer approves (the amount may be lowered, never raised) or rejects with a reason the enterprise sees', async () => {
      const p = await openProgram();
      const e = await enterpriseWithTier();
      const a = (await apply(e, p.id, 250000).expect(201)).body;
      const raised = await approve(a.id, { faceValueFen: 250001 }).expect(409);
      expect(raised.body).toMatchObject({ code: 'VOUCHER_FACE_VALUE_EXCEEDED', details: { requestedFen: 250000 } });
      await approve(a.id, { faceValueFen: 0 }).expect(400);
      await approve(a.id, { faceValueFen: 1.5 }).expect(400);
      expect((await figures(p.id)).committedFen).toBe(0);

      const approved = (await approve(a.id, { faceValueFen: 200000 }).expect(200)).body;
      expect(approved).toMatchObject({
        id: a.id,
        status: 'approved',
        requestedFen: 250000,
        voucherId: expect.any(String),
      });
      const v = await voucherOf(e, approved.voucherId);
      expect(v).toMatchObject({
        programId: p.id,
        faceValueFen: 200000,
        availableFen: 200000,
        heldFen: 0,
        consumedFen: 0,
        expiredFen: 0,
        status: 'active',
      });
      expect(history(v)).toEqual(['issue 200000']);
      expect((await figures(p.id)).committedFen).toBe(200000);
      expect((await approve(a.id).expect(409)).body.code).toBe('INVALID_STATE');
      await reviewer.post(`/api/v1/voucher-applications/${a.id}/reject`, { reason: '重复' }).expect(409);

      const b = (await apply(e, p.id, 100000).expect(201)).body;
      const noReason = await reviewer.post(`/api/v1/voucher-applications/${b.id}/reject`, {}).expect(400);
      expect(noReason.body.code).toBe('REASON_REQUIRED');
      await reviewer.post(`/api/v1/voucher-applications/${b.id}/reject`, { reason: '   ' }).expect(400);
      const rejected = (
        await reviewer.post(`/api/v1/voucher-applications/${b.id}/reject`, { reason: '申报材料不完整' }).expect(200)
      ).body;
      expect(rejected).toMatchObject({ status: 'rejected', reason: '申报材料不完整', voucherId: null });
      await approve(b.id).expect(409);
      const seen = (await e.get('/api/v1/voucher-applications?status=rejected').expect(200)).body;
      expect(seen.items).toEqual([expect.objectContaining({ id: b.id, status: 'rejected', reason: '申报材料不完整' })]);
      const queue = (await reviewer.get(`/api/v1/voucher-applications?programId=${p.id}`).expect(200)).body;
      expect(queue.items.map((i: Body) => i.status)).toEqual(['approved', 'rejected']);
      expect((await figures(p.id)).committedFen).toBe(200000);
      // Another enterprise sees none of them.
      expect((await (await t.api.enterprise()).get('/api/v1/voucher-applications').expect(200)).body.total).toBe(0);
      await approve('00000000-0000-4000-8000-000000000000').expect(404);
    });
  });

  describe('issuance limits (rule 1)', () => {
    it('a face value above the programme maximum is refused (VOUCHER_FACE_VALUE_EXCEEDED)', async () => {
      const p = await openProgram({ maxFaceValueFen: 300000 });
      const e = await enterpriseWithTier();
      const a = (await apply(e, p.id, 300001).expect(201)).body;
      expect((await approve(a.id).expect(409)).body.code).toBe('VOUCHER_FACE_VALUE_EXCEEDED');
      expect((await figures(p.id)).committedFen).toBe(0);
      expect((await approve(a.id, { faceValueFen: 300000 }).expect(200)).body.status).toBe('approved');
    });

    it("an enterprise's face values stay within the per-enterprise cap (VOUCHER_ENTERPRISE_CAP_EXCEEDED)", async () => {
      const p = await openProgram({ maxFaceValueFen: 300000, perEnterpriseYearCapFen: 500000 });
      const e = await enterpriseWithTier();
      await issue(e, p.id, 300000);
      const a = (await apply(e, p.id, 300000).expect(201)).body;
      expect((await approve(a.id).expect(409)).body.code).toBe('VOUCHER_ENTERPRISE_CAP_EXCEEDED');
      expect((await approve(a.id, { faceValueFen: 200001 }).expect(409)).body.code).toBe(
        'VOUCHER_ENTERPRISE_CAP_EXCEEDED',
      );
      await approve(a.id, { faceValueFen: 200000 }).expect(200);
      // Exactly at the cap: nothing more, even 1 fen.
      const more = (await apply(e, p.id, 1).expect(201)).body;
      expect((await approve(more.id).expect(409)).body.code).toBe('VOUCHER_ENTERPRISE_CAP_EXCEEDED');
      // Another enterprise has a cap of its own.
      await issue(await enterpriseWithTier(), p.id, 300000);
      expect((await figures(p.id)).committedFen).toBe(800000);
    });

    it('the committed budget never exceeds the total (VOUCHER_BUDGET_EXCEEDED)', async () => {
      const p = await openProgram({ budgetFen: 500000, maxFaceValueFen: 300000, perEnterpriseYearCapFen: 300000 });
      await issue(await enterpriseWithTier(), p.id, 300000);
      const e = await enterpriseWithTier();
      const a = (await apply(e, p.id, 300000).expect(201)).body;
      expect((await approve(a.id).expect(409)).body.code).toBe('VOUCHER_BUDGET_EXCEEDED');
      expect((await approve(a.id, { faceValueFen: 200001 }).expect(409)).body.code).toBe('VOUCHER_BUDGET_EXCEEDED');
      await approve(a.id, { faceValueFen: 200000 }).expect(200);
      expect(await figures(p.id)).toMatchObject({ budgetFen: 500000, committedFen: 500000, remainingFen: 0 });
      const last = (await apply(await enterpriseWithTier(), p.id, 1).expect(201)).body;
      expect((await approve(last.id).expect(409)).body.code).toBe('VOUCHER_BUDGET_EXCEEDED');
    });

    it('a closed programme issues no more, but its vouchers stay usable', async () => {
      const p = await openProgram();
      const e = await enterpriseWithTier();
      const v = await issue(e, p.id, 100000);
      const pending = (await apply(e, p.id, 100000).expect(201)).body;
      await admin.post(`/api/v1/voucher-programs/${p.id}/close`).expect(200);
      expect((await approve(pending.id).expect(409)).body.code).toBe('VOUCHER_NOT_OPEN');
      const bulk = await admin.post(`/api/v1/voucher-programs/${p.id}/bulk-issue`, {
        tiers: ['srdi'],
        faceValueFen: 1000,
      });
      expect([bulk.status, bulk.body.code]).toEqual([409, 'VOUCHER_NOT_OPEN']);
      const { listing } = await providerWithListing();
      const o = (await order(e, listing.id, v.id).expect(201)).body;
      expect(o.voucherFen).toBe(100000);
    });

    it('bulk issue: one voucher to each enterprise with a valid verified tier among the asked and the programme’s tiers', async () => {
      // Only this test makes single champions, so the bulk issue's reach is known.
      const p = await openProgram({
        tiers: ['single_champion'],
        maxFaceValueFen: 100000,
        perEnterpriseYearCapFen: 100000,
      });
      const atCap = await enterpriseWithTier('single_champion');
      await issue(atCap, p.id, 100000);
      const fresh = [await enterpriseWithTier('single_champion'), await enterpriseWithTier('single_champion')];
      const pending = await enterpriseWithTier('single_champion', null);
      const lapsed = await enterpriseWithTier('single_champion', { validUntil: '2026-03-09' });
      const otherTier = await enterpriseWithTier('little_giant');

      const res = (
        await admin
          .post(`/api/v1/voucher-programs/${p.id}/bulk-issue`, {
            tiers: ['single_champion', 'little_giant'],
            faceValueFen: 100000,
          })
          .expect(200)
      ).body;
      expect(res).toEqual({
        issued: 2,
        skipped: [{ enterpriseId: atCap.orgId, code: 'VOUCHER_ENTERPRISE_CAP_EXCEEDED' }],
      });
      for (const e of fresh) {
        const mine = (await e.get('/api/v1/vouchers').expect(200)).body;
        expect(mine.items).toEqual([
          expect.objectContaining({ programId: p.id, faceValueFen: 100000, availableFen: 100000 }),
        ]);
      }
      for (const e of [pending, lapsed, otherTier]) {
        expect((await e.get('/api/v1/vouchers').expect(200)).body.total).toBe(0);
      }
      expect((await figures(p.id)).committedFen).toBe(300000);
      const audit = (await admin.get(`/api/v1/audit-events?entityType=voucher_program&entityId=${p.id}`).expect(200))
        .body;
      expect(audit.items).toContainEqual(
        expect.objectContaining({ action: 'bulk_issue', after: expect.objectContaining({ issued: 2, skipped: 1 }) }),
      );

      // The run stops when the budget is used up; it never over-commits.
      const small = await openProgram({
        tiers: ['single_champion'],
        budgetFen: 150000,
        maxFaceValueFen: 100000,
        perEnterpriseYearCapFen: 100000,
      });
      const partial = (
        await admin
          .post(`/api/v1/voucher-programs/${small.id}/bulk-issue`, { tiers: ['single_champion'], faceValueFen: 100000 })
          .expect(200)
      ).body;
      expect(partial.issued).toBe(1);
      expect(partial.skipped).toEqual([expect.objectContaining({ code: 'VOUCHER_BUDGET_EXCEEDED' })]);
      expect((await figures(small.id)).committedFen).toBe(100000);
      // Above the programme maximum: refused as a whole.
      const over = await admin
        .post(`/api/v1/voucher-programs/${small.id}/bulk-issue`, { tiers: ['single_champion'], faceValueFen: 100001 })
        .expect(409);
      expect(over.body.code).toBe('VOUCHER_FACE_VALUE_EXCEEDED');
      for (const body of [{ tiers: [], faceValueFen: 1 }, { tiers: ['gold'], faceValueFen: 1 }, { tiers: ['srdi'] }]) {
        await admin.post(`/api/v1/voucher-programs/${small.id}/bulk-issue`, body).expect(400);
      }
    });
  });

  describe('vouchers of an enterprise', () => {
    it('an enterprise lists its own vouchers with buckets; another enterprise gets 404 on one; the bureau sees all', async () => {
      const p = await openProgram();
      const e = await enterpriseWithTier();
      const other = await enterpriseWithTier();
      const v1 = await issue(e, p.id, 200000);
      const v2 = await issue(e, p.id, 100000);
      const foreign = await issue(other, p.id, 300000);

      const mine = (await e.get('/api/v1/vouchers').expect(200)).body;
      expect(mine).toMatchObject({ total: 2, page: 1, pageSize: 20 });
      expect(mine.items.map((v: Voucher) => v.id).sort()).toEqual([v1.id, v2.id].sort());
      for (const v of mine.items) {
        expect(v).toMatchObject({
          code: expect.stringMatching(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/),
          programId: p.id,
          enterpriseId: e.orgId,
          heldFen: 0,
          consumedFen: 0,
          expiredFen: 0,
          validFrom: '2026-03-01',
          validUntil: '2026-12-31',
        });
        expect(v.availableFen).toBe(v.faceValueFen);
        expect(v).not.toHaveProperty('history');
      }
      expect(v1).toMatchObject({ faceValueFen: 200000, history: [expect.objectContaining({ kind: 'issue' })] });
      expect(v1.code).not.toBe(v2.code);

      const res = await e.get(`/api/v1/vouchers/${foreign.id}`).expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
      await e.get('/api/v1/vouchers/00000000-0000-4000-8000-000000000000').expect(404);
      await e.get('/api/v1/vouchers/not-a-uuid').expect(404);
      for (const bureau of [admin, reviewer, finance]) {
        expect((await bureau.get(`/api/v1/vouchers/${foreign.id}`).expect(200)).body.enterpriseId).toBe(other.orgId);
        const all = (await bureau.get(`/api/v1/vouchers?programId=${p.id}`).expect(200)).body;
        expect(all.items.map((v: Voucher) => v.id).sort()).toEqual([v1.id, v2.id, foreign.id].sort());
      }
    });
  });

  describe('orders paid in part by a voucher', () => {
    it('a fixed-price order holds min(available, floor(price x coverage)) at creation; accept shows the voucher part and co-pay; completion consumes it', async () => {
      const p = await openProgram();
      const e = await enterpriseWithTier();
      const v = await issue(e, p.id, 300000);
      const { provider, listing } = await providerWithListing({ priceFen: 450000 });

      const first = (await order(e, listing.id, v.id).expect(201)).body;
      // The listed price is committed to at creation: the enterprise sees its voucher part and co-pay now.
      expect(first).toMatchObject({ status: 'requested', voucherId: v.id, voucherFen: 225000, copayFen: 225000 });
      expect(buckets(await voucherOf(e, v.id))).toMatchObject({ availableFen: 75000, heldFen: 225000 });
      const accepted = (await provider.post(orderPath(first.id, 'accept')).expect(200)).body;
      expect(accepted).toMatchObject({
        status: 'confirmed',
        agreedPriceFen: 450000,
        voucherId: v.id,
        voucherFen: 225000,
        copayFen: 225000,
      });

      // What is left on the voucher is less than half the price: the hold takes what is left.
      const second = (await order(e, listing.id, v.id).expect(201)).body;
      expect(second).toMatchObject({ voucherFen: 75000, copayFen: 375000 });
      expect((await provider.post(orderPath(second.id, 'accept')).expect(200)).body).toMatchObject({
        voucherFen: 75000,
        copayFen: 375000,
      });
      expect(buckets(await voucherOf(e, v.id))).toMatchObject({ availableFen: 0, heldFen: 300000 });
      expect(await figures(p.id)).toMatchObject({ committedFen: 300000, heldFen: 300000, consumedFen: 0 });

      const done = await complete(provider, e, first.id);
      expect(done).toMatchObject({ status: 'completed', voucherFen: 225000, copayFen: 225000, paidFen: 225000 });
      const after = await voucherOf(e, v.id);
      expect(buckets(after)).toEqual({
        status: 'active',
        availableFen: 0,
        heldFen: 75000,
        consumedFen: 225000,
        expiredFen: 0,
      });
      expect(history(after)).toEqual(['issue 300000', 'hold 225000', 'hold 75000', 'consume 225000']);
      expect(after.history.map((h) => h.orderId)).toEqual([null, first.id, second.id, first.id]);
      expect(await figures(p.id)).toMatchObject({ committedFen: 300000, heldFen: 75000, consumedFen: 225000 });
      // The order shows its voucher part to both parties.
      expect((await provider.get(`/api/v1/orders/${first.id}`).expect(200)).body).toMatchObject({
        voucherFen: 225000,
        copayFen: 225000,
      });
    });

    it('a full-coverage voucher leaves no co-pay: the provider starts at once', async () => {
      const p = await openProgram({ coverageBp: 10000, maxFaceValueFen: 500000 });
      const e = await enterpriseWithTier();
      const v = await issue(e, p.id, 500000);
      const { provider, listing } = await providerWithListing({ priceFen: 450000 });
      const o = (await order(e, listing.id, v.id).expect(201)).body;
      expect((await provider.post(orderPath(o.id, 'accept')).expect(200)).body).toMatchObject({
        voucherFen: 450000,
        copayFen: 0,
      });
      expect((await complete(provider, e, o.id)).status).toBe('completed');
      expect(buckets(await voucherOf(e, v.id))).toMatchObject({ availableFen: 50000, consumedFen: 450000 });
    });

    it('a quote-priced order holds at confirmation, shown in the confirmation answer (floor in favour of the budget)', async () => {
      const p = await openProgram({ coverageBp: 3333 });
      const e = await enterpriseWithTier();
      const v = await issue(e, p.id, 300000);
      const { provider, listing } = await providerWithListing({ priceModel: 'quote', priceFen: null });
      const o = (await order(e, listing.id, v.id).expect(201)).body;
      expect(o).toMatchObject({ status: 'requested', voucherId: v.id, voucherFen: 0, copayFen: null });
      expect(buckets(await voucherOf(e, v.id))).toMatchObject({ availableFen: 300000, heldFen: 0 });
      await provider.post(orderPath(o.id, 'quote'), { priceFen: 100001 }).expect(200);
      expect(buckets(await voucherOf(e, v.id))).toMatchObject({ availableFen: 300000, heldFen: 0 });
      const confirmed = (await e.post(orderPath(o.id, 'confirm'), { priceFen: 100001 }).expect(200)).body;
      // floor(100001 x 3333 / 10000) = floor(33330.33) = 33330
      expect(confirmed).toMatchObject({
        status: 'confirmed',
        agreedPriceFen: 100001,
        voucherFen: 33330,
        copayFen: 66671,
      });
      expect(buckets(await voucherOf(e, v.id))).toMatchObject({ availableFen: 266670, heldFen: 33330 });
      expect((await complete(provider, e, o.id)).status).toBe('completed');
      expect(history(await voucherOf(e, v.id))).toEqual(['issue 300000', 'hold 33330', 'consume 33330']);
    });

    it('a "from"-priced order holds at its starting price at creation and is re-held at the confirmed quote', async () => {
      const p = await openProgram();
      const e = await enterpriseWithTier();
      const v = await issue(e, p.id, 300000);
      const { provider, listing } = await providerWithListing({ priceModel: 'from', priceFen: 100000 });
      const o = (await order(e, listing.id, v.id).expect(201)).body;
      expect(o.voucherFen).toBe(50000);
      await provider.post(orderPath(o.id, 'quote'), { priceFen: 200000 }).expect(200);
      const confirmed = (await e.post(orderPath(o.id, 'confirm'), { priceFen: 200000 }).expect(200)).body;
      expect(confirmed).toMatchObject({ agreedPriceFen: 200000, voucherFen: 100000, copayFen: 100000 });
      const after = await voucherOf(e, v.id);
      expect(buckets(after)).toMatchObject({ availableFen: 200000, heldFen: 100000 });
      expect(history(after)).toEqual(['issue 300000', 'hold 50000', 'release 50000', 'hold 100000']);
    });

    it('a voucher that does not apply is refused at order creation with its code, and nothing is written', async () => {
      const p = await openProgram({ categories: ['ip'], validFrom: '2026-03-01', validUntil: '2026-03-31' });
      const later = await openProgram({ validFrom: '2026-04-01' });
      const e = await enterpriseWithTier();
      const other = await enterpriseWithTier();
      const v = await issue(e, p.id, 300000);
      const notYet = await issue(e, later.id, 300000);
      const foreign = await issue(other, p.id, 300000);
      const { provider, listing } = await providerWithListing({ priceFen: 450000 });
      const legal = await m.listing(provider, { category: 'legal_tax', title: '企业法律顾问服务' });
      const noVouchers = await m.listing(provider, { voucherEligible: false, title: '不接受服务券的专利服务' });
      const quoteListing = await m.listing(provider, { priceModel: 'quote', priceFen: null, category: 'legal_tax' });

      const refused = async (listingId: string, voucherId: string, status: number, code: string) => {
        const res = await order(e, listingId, voucherId).expect(status);
        expect(res.body.code).toBe(code);
      };
      await refused(listing.id, foreign.id, 404, 'VOUCHER_NOT_FOUND');
      await refused(listing.id, '00000000-0000-4000-8000-000000000000', 404, 'VOUCHER_NOT_FOUND');
      await refused(legal.id, v.id, 409, 'VOUCHER_CATEGORY_NOT_ELIGIBLE');
      // A quote's voucher is checked at creation too, though held only at confirmation.
      await refused(quoteListing.id, v.id, 409, 'VOUCHER_CATEGORY_NOT_ELIGIBLE');
      await refused(noVouchers.id, v.id, 409, 'VOUCHER_LISTING_NOT_ELIGIBLE');
      await refused(listing.id, notYet.id, 409, 'VOUCHER_NOT_VALID_YET');

      // Use up the voucher: 225000 + 75000 held, nothing available.
      await order(e, listing.id, v.id).expect(201);
      await order(e, listing.id, v.id).expect(201);
      await refused(listing.id, v.id, 409, 'VOUCHER_NOTHING_AVAILABLE');

      // The day after its validity (before the expiry job has run).
      const fresh = await issue(other, p.id, 200000);
      clock.set(dayEnds('2026-03-31'));
      await order(other, listing.id, fresh.id).expect(201);
      clock.set(dayStarts('2026-04-01'));
      const expired = await order(other, listing.id, fresh.id).expect(409);
      expect(expired.body.code).toBe('VOUCHER_EXPIRED');

      // Only the two orders that held were made; the vouchers refused kept their money.
      expect((await e.get('/api/v1/orders').expect(200)).body.total).toBe(2);
      expect((await other.get('/api/v1/orders').expect(200)).body.total).toBe(1);
      expect(buckets(await voucherOf(other, foreign.id))).toMatchObject({ availableFen: 300000, heldFen: 0 });
      expect(buckets(await voucherOf(e, notYet.id))).toMatchObject({ availableFen: 300000, heldFen: 0 });
      expect(history(await voucherOf(e, v.id))).toEqual(['issue 300000', 'hold 225000', 'hold 75000']);
    });

    it('a dispute resolved as completed consumes the hold', async () => {
      const p = await openProgram();
      const e = await enterpriseWithTier();
      const v = await issue(e, p.id, 300000);
      const { provider, listing } = await providerWithListing({ priceFen: 450000 });
      const o = (await order(e, listing.id, v.id).expect(201)).body;
      await provider.post(orderPath(o.id, 'accept')).expect(200);
      await provider.post(orderPath(o.id, 'payments/offline'), { reference: 'ICBC-V3' }).expect(200);
      await provider.post(orderPath(o.id, 'start')).expect(200);
      await provider.post(orderPath(o.id, 'deliver'), { summary: '已提交专利申请' }).expect(200);
      await e.post(orderPath(o.id, 'dispute'), { reason: '交付不完整' }).expect(200);
      await reviewer.post(orderPath(o.id, 'resolve'), { outcome: 'completed', reason: '核实已交付' }).expect(200);
      const after = await voucherOf(e, v.id);
      expect(buckets(after)).toMatchObject({ availableFen: 75000, heldFen: 0, consumedFen: 225000 });
      expect(history(after)).toEqual(['issue 300000', 'hold 225000', 'consume 225000']);
      expect(await figures(p.id)).toMatchObject({ heldFen: 0, consumedFen: 225000 });
    });

    const ENDINGS = [
      'declined',
      'cancelled by the enterprise',
      'cancelled by the provider',
      'expired',
      'resolved as cancelled',
    ];
    it.each(ENDINGS)(
      'an order %s releases its hold: back to available, the history shows hold and release',
      async (how) => {
        const p = await openProgram();
        const e = await enterpriseWithTier();
        const v = await issue(e, p.id, 300000);
        const { provider, listing } = await providerWithListing({ priceFen: 450000 });
        const o = (await order(e, listing.id, v.id).expect(201)).body;
        expect(buckets(await voucherOf(e, v.id))).toMatchObject({ availableFen: 75000, heldFen: 225000 });

        if (how === 'declined') {
          await provider.post(orderPath(o.id, 'decline'), { reason: '档期已满' }).expect(200);
        } else if (how === 'cancelled by the enterprise') {
          await provider.post(orderPath(o.id, 'accept')).expect(200);
          await e.post(orderPath(o.id, 'cancel'), { reason: '需求变更' }).expect(200);
        } else if (how === 'cancelled by the provider') {
          await provider.post(orderPath(o.id, 'cancel'), { reason: '无法履约' }).expect(200);
        } else if (how === 'expired') {
          clock.advance(7 * DAY - 1);
          await t.app.get(OrdersService).expireDue(1000);
          expect(buckets(await voucherOf(e, v.id))).toMatchObject({ heldFen: 225000 });
          clock.advance(1);
          await t.app.get(OrdersService).expireDue(1000);
        } else {
          await provider.post(orderPath(o.id, 'accept')).expect(200);
          await provider.post(orderPath(o.id, 'payments/offline'), { reference: 'ICBC-V2' }).expect(200);
          await provider.post(orderPath(o.id, 'start')).expect(200);
          await e.post(orderPath(o.id, 'dispute'), { reason: '未按约交付' }).expect(200);
          expect(buckets(await voucherOf(e, v.id))).toMatchObject({ heldFen: 225000 });
          await reviewer.post(orderPath(o.id, 'resolve'), { outcome: 'cancelled', reason: '核实未交付' }).expect(200);
        }
        const ended = (await e.get(`/api/v1/orders/${o.id}`).expect(200)).body;
        expect(['declined', 'cancelled', 'expired']).toContain(ended.status);
        const after = await voucherOf(e, v.id);
        expect(buckets(after)).toEqual({
          status: 'active',
          availableFen: 300000,
          heldFen: 0,
          consumedFen: 0,
          expiredFen: 0,
        });
        expect(history(after)).toEqual(['issue 300000', 'hold 225000', 'release 225000']);
        expect(after.history.slice(1).map((h) => h.orderId)).toEqual([o.id, o.id]);
        expect(await figures(p.id)).toMatchObject({ committedFen: 300000, heldFen: 0, consumedFen: 0 });
        // The money released is there for the next order.
        expect((await order(e, listing.id, v.id).expect(201)).body.voucherFen).toBe(225000);
      },
    );
  });

  describe('revocation and expiry (rule 5)', () => {
    const revoke = (id: string, body: Body) => admin.post(`/api/v1/vouchers/${id}/revoke`, body);
    const sum = (v: Voucher) => v.availableFen + v.heldFen + v.consumedFen + v.expiredFen;

    it('the admin revokes with a reason: available money goes back to the budget; a hold on an order stays and is consumed on completion', async () => {
      const p = await openProgram();
      const e = await enterpriseWithTier();
      const v = await issue(e, p.id, 300000);
      const { provider, listing } = await providerWithListing({ priceFen: 450000 });
      const o = (await order(e, listing.id, v.id).expect(201)).body;
      expect((await revoke(v.id, {}).expect(400)).body.code).toBe('REASON_REQUIRED');
      await revoke(v.id, { reason: ' ' }).expect(400);
      expect(await figures(p.id)).toMatchObject({ committedFen: 300000 });

      const revoked = (await revoke(v.id, { reason: '企业申报材料不实' }).expect(200)).body;
      expect(revoked).toMatchObject({
        status: 'revoked',
        faceValueFen: 300000,
        availableFen: 0,
        heldFen: 225000,
        consumedFen: 0,
        expiredFen: 75000,
        revokedFen: 75000,
      });
      expect(sum(revoked)).toBe(300000);
      expect(await figures(p.id)).toMatchObject({ committedFen: 225000, heldFen: 225000, remainingFen: 9_775_000 });
      expect((await revoke(v.id, { reason: '再次撤销' }).expect(409)).body.code).toBe('INVALID_STATE');
      expect((await order(e, listing.id, v.id).expect(409)).body.code).toBe('VOUCHER_REVOKED');
      expect((await e.get(`/api/v1/vouchers/${v.id}`).expect(200)).body.status).toBe('revoked');

      // The order made before the revocation goes ahead with its voucher part.
      expect((await provider.post(orderPath(o.id, 'accept')).expect(200)).body).toMatchObject({
        voucherFen: 225000,
        copayFen: 225000,
      });
      await complete(provider, e, o.id);
      const after = await voucherOf(e, v.id);
      expect(buckets(after)).toEqual({
        status: 'revoked',
        availableFen: 0,
        heldFen: 0,
        consumedFen: 225000,
        expiredFen: 75000,
      });
      expect(history(after)).toEqual(['issue 300000', 'hold 225000', 'revoke 75000', 'consume 225000']);
      expect(await figures(p.id)).toMatchObject({ committedFen: 225000, heldFen: 0, consumedFen: 225000 });
      const audit = (await admin.get(`/api/v1/audit-events?entityType=voucher&entityId=${v.id}`).expect(200)).body;
      expect(audit.items).toContainEqual(
        expect.objectContaining({ action: 'revoke', reason: '企业申报材料不实', actorId: admin.user.id }),
      );
      await revoke('00000000-0000-4000-8000-000000000000', { reason: '不存在' }).expect(404);
    });

    it('a hold released after the revocation goes back to the budget, not to the voucher', async () => {
      const p = await openProgram();
      const e = await enterpriseWithTier();
      const v = await issue(e, p.id, 300000);
      const { listing } = await providerWithListing({ priceFen: 450000 });
      const o = (await order(e, listing.id, v.id).expect(201)).body;
      await revoke(v.id, { reason: '企业已迁出本市' }).expect(200);
      await e.post(orderPath(o.id, 'cancel'), { reason: '券已撤销' }).expect(200);
      const after = await voucherOf(e, v.id);
      expect(buckets(after)).toEqual({
        status: 'revoked',
        availableFen: 0,
        heldFen: 0,
        consumedFen: 0,
        expiredFen: 300000,
      });
      expect(after.revokedFen).toBe(300000);
      expect(history(after)).toEqual([
        'issue 300000',
        'hold 225000',
        'revoke 75000',
        'release 225000',
        'revoke 225000',
      ]);
      expect(await figures(p.id)).toMatchObject({ committedFen: 0, heldFen: 0, remainingFen: 10_000_000 });
    });

    it('the expiry job, from the day after validity: available -> expired, committed drops; holds on orders stay valid and are consumed', async () => {
      const p = await openProgram({ validUntil: '2026-04-30' });
      const e = await enterpriseWithTier();
      const v = await issue(e, p.id, 300000);
      const unused = await issue(await enterpriseWithTier(), p.id, 200000);
      const { provider, listing } = await providerWithListing({ priceFen: 450000 });
      const o = (await order(e, listing.id, v.id).expect(201)).body;
      await provider.post(orderPath(o.id, 'accept')).expect(200);
      const job = t.app.get(VoucherIssuanceService);

      clock.set(dayEnds('2026-04-30'));
      await job.expireDue();
      expect(buckets(await voucherOf(e, v.id))).toMatchObject({ status: 'active', availableFen: 75000 });
      expect((await figures(p.id)).committedFen).toBe(500000);

      clock.set(dayStarts('2026-05-01'));
      expect(await job.expireDue()).toBeGreaterThanOrEqual(2);
      const expired = await voucherOf(e, v.id);
      expect(buckets(expired)).toEqual({
        status: 'expired',
        availableFen: 0,
        heldFen: 225000,
        consumedFen: 0,
        expiredFen: 75000,
      });
      expect(sum(expired)).toBe(300000);
      expect(buckets(await voucherOf(reviewer, unused.id))).toEqual({
        status: 'expired',
        availableFen: 0,
        heldFen: 0,
        consumedFen: 0,
        expiredFen: 200000,
      });
      expect(await figures(p.id)).toMatchObject({ committedFen: 225000, heldFen: 225000, remainingFen: 9_775_000 });
      // Running again changes nothing.
      await job.expireDue();
      expect(history(await voucherOf(e, v.id))).toEqual(['issue 300000', 'hold 225000', 'expire 75000']);
      expect((await order(e, listing.id, v.id).expect(409)).body.code).toBe('VOUCHER_EXPIRED');
      // Revoking an expired voucher is not a state change.
      expect((await revoke(v.id, { reason: '过期' }).expect(409)).body.code).toBe('INVALID_STATE');

      await complete(provider, e, o.id);
      const after = await voucherOf(e, v.id);
      expect(buckets(after)).toMatchObject({ heldFen: 0, consumedFen: 225000, expiredFen: 75000 });
      expect(history(after)).toEqual(['issue 300000', 'hold 225000', 'expire 75000', 'consume 225000']);
      expect(await figures(p.id)).toMatchObject({ committedFen: 225000, heldFen: 0, consumedFen: 225000 });
      const audit = (await admin.get(`/api/v1/audit-events?entityType=voucher&entityId=${v.id}`).expect(200)).body;
      expect(audit.items).toContainEqual(expect.objectContaining({ action: 'expire', actorId: null }));
    });

    it('a hold released after the voucher expired goes back to the budget', async () => {
      const p = await openProgram({ validUntil: '2026-04-30' });
      const e = await enterpriseWithTier();
      const v = await issue(e, p.id, 300000);
      const { listing } = await providerWithListing({ priceFen: 450000 });
      const o = (await order(e, listing.id, v.id).expect(201)).body;
      clock.set(dayStarts('2026-05-01'));
      // The order is long unanswered: the order job expires it, the voucher job the voucher.
      await t.app.get(VoucherIssuanceService).expireDue();
      await t.app.get(OrdersService).expireDue(1000);
      expect((await e.get(`/api/v1/orders/${o.id}`).expect(200)).body.status).toBe('expired');
      const after = await voucherOf(e, v.id);
      expect(buckets(after)).toEqual({
        status: 'expired',
        availableFen: 0,
        heldFen: 0,
        consumedFen: 0,
        expiredFen: 300000,
      });
      expect(history(after)).toEqual([
        'issue 300000',
        'hold 225000',
        'expire 75000',
        'release 225000',
        'expire 225000',
      ]);
      expect(await figures(p.id)).toMatchObject({ committedFen: 0, heldFen: 0 });
    });
  });

  describe('who may do what', () => {
    type Role = 'anonymous' | 'owner' | 'otherEnterprise' | 'provider' | 'reviewer' | 'finance' | 'admin';
    const ROLES: Role[] = ['anonymous', 'owner', 'otherEnterprise', 'provider', 'reviewer', 'finance', 'admin'];
    const only = (allowed: Partial<Record<Role, number>>, others = 403): Record<Role, number> =>
      Object.fromEntries(ROLES.map((r) => [r, allowed[r] ?? (r === 'anonymous' ? 401 : others)])) as Record<
        Role,
        number
      >;

    it('every voucher endpoint answers each role with the right 2xx, 400/409, 401, 403 or 404, and the refused change nothing', async () => {
      const draft = await draftProgram();
      const open = await openProgram();
      const owner = await enterpriseWithTier();
      const sessions: Record<Exclude<Role, 'anonymous'>, TestSession> = {
        owner,
        otherEnterprise: await enterpriseWithTier(),
        provider: await m.provider(),
        reviewer,
        finance,
        admin,
      };
      const v = await issue(owner, open.id, 100000);
      const pending = (await apply(owner, open.id, 50000).expect(201)).body;

      const bureau = (status: number) => ({ reviewer: status, finance: status, admin: status });
      const enterprises = (status: number) => ({ owner: status, otherEnterprise: status });
      const TABLE: Array<[string, 'get' | 'post' | 'patch', string, Body | undefined, Record<Role, number>]> = [
        ['create a programme', 'post', '/api/v1/voucher-programs', {}, only({ admin: 400 })],
        ['edit a programme', 'patch', `/api/v1/voucher-programs/${draft.id}`, { coverageBp: 0 }, only({ admin: 400 })],
        ['open a programme', 'post', `/api/v1/voucher-programs/${open.id}/open`, undefined, only({ admin: 409 })],
        ['close a programme', 'post', `/api/v1/voucher-programs/${draft.id}/close`, undefined, only({ admin: 409 })],
        [
          'list programmes',
          'get',
          '/api/v1/voucher-programs',
          undefined,
          only({ anonymous: 200, ...enterprises(200), provider: 200, ...bureau(200) }),
        ],
        [
          'read a draft programme',
          'get',
          `/api/v1/voucher-programs/${draft.id}`,
          undefined,
          only({ anonymous: 404, ...enterprises(404), provider: 404, ...bureau(200) }),
        ],
        [
          'read an open programme',
          'get',
          `/api/v1/voucher-programs/${open.id}`,
          undefined,
          only({ anonymous: 200, ...enterprises(200), provider: 200, ...bureau(200) }),
        ],
        ['apply', 'post', `/api/v1/voucher-programs/${open.id}/applications`, {}, only(enterprises(400))],
        ['bulk issue', 'post', `/api/v1/voucher-programs/${open.id}/bulk-issue`, {}, only({ admin: 400 })],
        ['check the ledger', 'get', `/api/v1/voucher-programs/${open.id}/ledger-check`, undefined, only(bureau(200))],
        [
          'list applications',
          'get',
          '/api/v1/voucher-applications',
          undefined,
          only({ ...enterprises(200), reviewer: 200 }),
        ],
        [
          'approve an application',
          'post',
          `/api/v1/voucher-applications/${pending.id}/approve`,
          { faceValueFen: 0 },
          only({ reviewer: 400 }),
        ],
        [
          'reject an application',
          'post',
          `/api/v1/voucher-applications/${pending.id}/reject`,
          {},
          only({ reviewer: 400 }),
        ],
        ['list vouchers', 'get', '/api/v1/vouchers', undefined, only({ ...enterprises(200), ...bureau(200) })],
        [
          'read a voucher',
          'get',
          `/api/v1/vouchers/${v.id}`,
          undefined,
          only({ owner: 200, otherEnterprise: 404, ...bureau(200) }),
        ],
        ['revoke a voucher', 'post', `/api/v1/vouchers/${v.id}/revoke`, {}, only({ admin: 400 })],
      ];

      const failures: string[] = [];
      for (const [what, method, path, body, expected] of TABLE) {
        for (const role of ROLES) {
          const req: request.Test =
            role === 'anonymous' ? t.api.request(method, path) : sessions[role].request(method, path);
          const res = method === 'get' ? await req : await req.send(body ?? {});
          if (res.status !== expected[role])
            failures.push(`${what} as ${role}: ${res.status}, expected ${expected[role]}`);
          if (res.status === 401) expect(res.body.code).toMatch(/^(UNAUTHENTICATED|INVALID_TOKEN)$/);
          if (res.status === 403) expect(res.body.code).toBe('FORBIDDEN_ROLE');
        }
      }
      expect(failures).toEqual([]);

      // An enterprise lists only its own applications and vouchers.
      const theirs = (await sessions.otherEnterprise.get('/api/v1/vouchers').expect(200)).body;
      expect(theirs.total).toBe(0);
      expect((await sessions.otherEnterprise.get('/api/v1/voucher-applications').expect(200)).body.total).toBe(0);
      // Nothing changed.
      expect((await figures(draft.id)).coverageBp).toBe(5000);
      expect((await figures(draft.id)).status).toBe('draft');
      expect((await figures(open.id)).committedFen).toBe(100000);
      expect((await voucherOf(owner, v.id)).status).toBe('active');
      const queue = (
        await reviewer.get(`/api/v1/voucher-applications?programId=${open.id}&status=submitted`).expect(200)
      ).body;
      expect(queue.items.map((a: Body) => a.id)).toEqual([pending.id]);
    });
  });
});

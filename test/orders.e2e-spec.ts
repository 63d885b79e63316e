import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OrdersService } from '@app/orders';
import { FixedClock } from '@app/shared';
import { createTestApp, periodicJobs, type TestApp } from './support/app.js';
import { Marketplace, type OrderState } from './support/marketplace.js';
import type { TestSession } from './support/session.js';

const DAY = 24 * 3600 * 1000;

// Each action, the party that takes it, and a body that satisfies it.
const ACTIONS: Array<{ action: string; path: string; by: 'enterprise' | 'provider' | 'reviewer'; body?: object }> = [
  { action: 'quote', path: 'quote', by: 'provider', body: { priceFen: 600000 } },
  { action: 'accept', path: 'accept', by: 'provider' },
  { action: 'decline', path: 'decline', by: 'provider', body: { reason: '档期已满' } },
  { action: 'confirm', path: 'confirm', by: 'enterprise', body: { priceFen: 500000 } },
  { action: 'cancel', path: 'cancel', by: 'enterprise', body: { reason: '需求变更' } },
  { action: 'cancel', path: 'cancel', by: 'provider', body: { reason: '无法履约' } },
  { action: 'start', path: 'start', by: 'provider' },
  { action: 'deliver', path: 'deliver', by: 'provider', body: { summary: '已交付检索报告' } },
  { action: 'accept_delivery', path: 'accept-delivery', by: 'enterprise' },
  { action: 'dispute', path: 'dispute', by: 'enterprise', body: { reason: '未按约交付' } },
  { action: 'resolve', path: 'resolve', by: 'reviewer', body: { outcome: 'completed', reason: '核实已交付' } },
];

// From DOMAIN.md §4: which (state, action) pairs are allowed for their party (quote listings for quote/confirm).
const ALLOWED: Record<OrderState, string[]> = {
  requested: ['quote', 'accept', 'decline', 'cancel'],
  quoted: ['quote', 'decline', 'confirm', 'cancel'],
  confirmed: ['cancel', 'start'],
  in_progress: ['deliver', 'dispute'],
  delivered: ['accept_delivery', 'dispute'],
  completed: [],
  disputed: ['resolve'],
  declined: [],
  cancelled: [],
  expired: [],
};

describe('orders: the state machine through HTTP', () => {
  let t: TestApp;
  let m: Marketplace;
  let reviewer: TestSession;
  const clock = new FixedClock(new Date('2026-11-22T02:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp({ clock });
    reviewer = await t.api.bureauUser('reviewer');
    m = new Marketplace(t.api, reviewer);
  });
  afterAll(async () => {
    await t.close();
  });

  const statusOf = async (id: string) => (await reviewer.get(`/api/v1/orders/${id}`).expect(200)).body.status;
  // Quote-priced listings, so quote and confirm apply; `accept` needs a listed price.
  const orderIn = (state: OrderState, quote = true) =>
    m.orderIn(state, { quote, orders: t.app.get(OrdersService), advance: (ms) => clock.advance(ms) });

  for (const state of Object.keys(ALLOWED) as OrderState[]) {
    it(`from ${state}: each party's action is allowed or answers 409 INVALID_STATE, and nothing changes when refused`, async () => {
      for (const { action, path, by, body } of ACTIONS) {
        const o = await orderIn(state, action !== 'accept');
        const actor = by === 'enterprise' ? o.enterprise : by === 'provider' ? o.provider : reviewer;
        // Starting needs the co-pay paid (tested on its own below).
        if (action === 'start' && state === 'confirmed') {
          await o.provider.post(`/api/v1/orders/${o.id}/payments/offline`, { reference: 'R' }).expect(200);
        }
        const res = await actor.post(`/api/v1/orders/${o.id}/${path}`, body);
        if (ALLOWED[state].includes(action)) {
          expect([res.status, action]).toEqual([200, action]);
        } else {
          expect([res.status, res.body.code, action]).toEqual([409, 'INVALID_STATE', action]);
          expect(await statusOf(o.id)).toBe(state);
        }
      }
    }, 120_000);
  }

  it('refuses every action to everyone but its party: other enterprises and providers 404, wrong roles 403, anonymous 401', async () => {
    const strangerEnterprise = await t.api.enterprise();
    const strangerProvider = await m.provider();
    const finance = await t.api.bureauUser('finance');
    const admin = await t.api.bureauAdmin();
    for (const state of ['requested', 'quoted', 'confirmed', 'in_progress', 'delivered', 'disputed'] as OrderState[]) {
      const o = await orderIn(state);
      for (const { action, path, by, body } of ACTIONS) {
        const wrongParty = by === 'enterprise' ? o.provider : o.enterprise;
        const refused = [
          [strangerEnterprise, [403, 404]],
          [strangerProvider, [403, 404]],
          [finance, [403]],
          [admin, [403]],
          ...(by === 'reviewer'
            ? [
                [o.enterprise, [403]],
                [o.provider, [403]],
              ]
            : [
                // Either party may cancel; every other action belongs to one of them.
                ...(action === 'cancel' ? [] : [[wrongParty, [403]]]),
                [reviewer, [403]],
              ]),
        ] as Array<[TestSession, number[]]>;
        for (const [who, codes] of refused) {
          const res = await who.post(`/api/v1/orders/${o.id}/${path}`, body);
          expect([action, who.user.email, res.status, codes.includes(res.status)]).toEqual([
            action,
            who.user.email,
            res.status,
            true,
          ]);
        }
        expect((await t.api.request('post', `/api/v1/orders/${o.id}/${path}`).send(body ?? {})).status).toBe(401);
      }
      expect(await statusOf(o.id)).toBe(state);
      // Reading: the parties and the bureau; strangers get 404.
      await o.enterprise.get(`/api/v1/orders/${o.id}`).expect(200);
      await o.provider.get(`/api/v1/orders/${o.id}`).expect(200);
      await finance.get(`/api/v1/orders/${o.id}`).expect(200);
      await strangerEnterprise.get(`/api/v1/orders/${o.id}`).expect(404);
      await strangerProvider.get(`/api/v1/orders/${o.id}`).expect(404);
    }
  }, 120_000);

  it('payments: only the enterprise pays by card, only the provider records a transfer; strangers see nothing', async () => {
    const o = await orderIn('confirmed');
    const strangerEnterprise = await t.api.enterprise();
    const strangerProvider = await m.provider();
    const finance = await t.api.bureauUser('finance');
    const card = `/api/v1/orders/${o.id}/payments`;
    const offline = `/api/v1/orders/${o.id}/payments/offline`;
    const body = { reference: 'BANK-9' };
    await t.api.request('post', card).expect(401);
    await t.api.request('post', offline).send(body).expect(401);
    await strangerEnterprise.post(card).expect(404);
    for (const who of [o.provider, strangerProvider, reviewer, finance]) await who.post(card).expect(403);
    await strangerProvider.post(offline, body).expect(404);
    for (const who of [o.enterprise, strangerEnterprise, reviewer, finance]) await who.post(offline, body).expect(403);
    expect((await o.enterprise.get(`/api/v1/orders/${o.id}`).expect(200)).body).toMatchObject({
      paidFen: 0,
      payment: { method: null },
    });
  });

  it('quote-priced listings: accept needs a quote; the provider may revise it; confirmation freezes it', async () => {
    const provider = await m.provider();
    const e = await t.api.enterprise();
    const listing = await m.listing(provider, { priceModel: 'quote', priceFen: null });
    const { id, updatedAt: requestedAt } = await m.order(e, listing.id);
    expect((await provider.post(`/api/v1/orders/${id}/accept`).expect(409)).body.code).toBe('QUOTE_REQUIRED');
    const quoted = (await provider.post(`/api/v1/orders/${id}/quote`, { priceFen: 680000 }).expect(200)).body;
    // Each transition's answer carries the row as written: its update time, as a read gives it.
    expect(Date.parse(quoted.updatedAt)).toBeGreaterThan(Date.parse(requestedAt as string));
    expect((await e.get(`/api/v1/orders/${id}`).expect(200)).body).toMatchObject({
      status: 'quoted',
      quotedPriceFen: 680000,
      updatedAt: quoted.updatedAt,
    });
    await provider.post(`/api/v1/orders/${id}/quote`, { priceFen: 650000 }).expect(200);
    await provider.post(`/api/v1/orders/${id}/quote`, { priceFen: 0 }).expect(400);
    await provider.post(`/api/v1/orders/${id}/quote`, { priceFen: 1.5 }).expect(400);
    const confirmed = (await e.post(`/api/v1/orders/${id}/confirm`, { priceFen: 650000 }).expect(200)).body;
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      quotedPriceFen: 650000,
      agreedPriceFen: 650000,
      voucherId: null,
      voucherFen: 0,
      copayFen: 650000,
      paidFen: 0,
    });
    expect((await provider.post(`/api/v1/orders/${id}/quote`, { priceFen: 900000 }).expect(409)).body.code).toBe(
      'INVALID_STATE',
    );
    expect((await e.get(`/api/v1/orders/${id}`).expect(200)).body.agreedPriceFen).toBe(650000);
  });

  it('fixed and from prices: accepting confirms at the listed price, frozen against later edits; a fixed price is not quoted', async () => {
    const provider = await m.provider();
    const e = await t.api.enterprise();
    const fixed = await m.listing(provider, { priceModel: 'fixed', priceFen: 450000 });
    const from = await m.listing(provider, { priceModel: 'from', priceFen: 300000 });
    const a = await m.order(e, fixed.id);
    expect(a).toMatchObject({
      status: 'requested',
      listedPriceFen: 450000,
      agreedPriceFen: null,
      // The enterprise committed to the listed price: it sees its co-pay at once.
      copayFen: 450000,
      enterpriseName: e.user.organisation.name,
      providerName: provider.user.organisation.name,
    });
    expect((await provider.post(`/api/v1/orders/${a.id}/quote`, { priceFen: 500000 }).expect(409)).body.code).toBe(
      'QUOTE_NOT_ALLOWED',
    );
    await provider.post(`/api/v1/orders/${a.id}/accept`).expect(200);
    await provider.patch(`/api/v1/listings/${fixed.id}`, { priceFen: 990000 }).expect(200);
    expect((await e.get(`/api/v1/orders/${a.id}`).expect(200)).body).toMatchObject({
      agreedPriceFen: 450000,
      copayFen: 450000,
    });
    const b = await m.order(e, from.id);
    await provider.post(`/api/v1/orders/${b.id}/quote`, { priceFen: 380000 }).expect(200);
    const c = await m.order(e, from.id);
    expect((await provider.post(`/api/v1/orders/${c.id}/accept`).expect(200)).body.agreedPriceFen).toBe(300000);
  });

  it('start is refused until the co-pay is paid; the provider records the bank transfer', async () => {
    const o = await orderIn('confirmed');
    const res = await o.provider.post(`/api/v1/orders/${o.id}/start`).expect(409);
    expect(res.body).toMatchObject({ code: 'COPAY_NOT_PAID', details: { copayFen: 500000, paidFen: 0 } });
    await o.enterprise.post(`/api/v1/orders/${o.id}/payments/offline`, { reference: 'X' }).expect(403);
    await o.provider.post(`/api/v1/orders/${o.id}/payments/offline`, {}).expect(400);
    const paid = (
      await o.provider.post(`/api/v1/orders/${o.id}/payments/offline`, { reference: 'ICBC-001' }).expect(200)
    ).body;
    expect(paid).toMatchObject({ paidFen: 500000, payment: { method: 'offline', status: 'succeeded' } });
    expect(
      (await o.provider.post(`/api/v1/orders/${o.id}/payments/offline`, { reference: 'ICBC-002' }).expect(409)).body
        .code,
    ).toBe('ALREADY_PAID');
    await o.provider.post(`/api/v1/orders/${o.id}/start`).expect(200);
  });

  it('cancelling a paid order refunds the bank transfer, recorded in the history', async () => {
    const o = await orderIn('confirmed');
    await o.provider.post(`/api/v1/orders/${o.id}/payments/offline`, { reference: 'ICBC-003' }).expect(200);
    expect((await o.enterprise.post(`/api/v1/orders/${o.id}/cancel`, {}).expect(400)).body.code).toBe(
      'REASON_REQUIRED',
    );
    const cancelled = (await o.enterprise.post(`/api/v1/orders/${o.id}/cancel`, { reason: '预算调整' }).expect(200))
      .body;
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      paidFen: 0,
      refundedFen: 500000,
      payment: { method: 'offline', status: 'refunded', refundStatus: 'succeeded' },
    });
    const events = (await o.enterprise.get(`/api/v1/orders/${o.id}`).expect(200)).body.events;
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'requested',
      'quote',
      'confirm',
      'payment_paid',
      'cancel',
      'payment_refunded',
    ]);
    expect(events[4]).toMatchObject({
      actorRole: 'enterprise',
      fromStatus: 'confirmed',
      toStatus: 'cancelled',
      detail: { reason: '预算调整' },
    });
  });

  it('a dispute resolved as cancelled refunds; resolved as completed counts as served', async () => {
    const a = await orderIn('disputed');
    const res = await reviewer
      .post(`/api/v1/orders/${a.id}/resolve`, { outcome: 'cancelled', reason: '未交付' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'cancelled', paidFen: 0, refundedFen: 500000 });
    await reviewer.post(`/api/v1/orders/${a.id}/resolve`, { outcome: 'maybe', reason: 'x' }).expect(400);
  });

  it('requests and quotes left unanswered expire after exactly 7 days (worker job, fixed clock)', async () => {
    const orders = t.app.get(OrdersService);
    const provider = await m.provider();
    const e = await t.api.enterprise();
    const listing = await m.listing(provider, { priceModel: 'quote', priceFen: null });
    const requested = await m.order(e, listing.id);
    clock.advance(2 * DAY);
    const quoted = await m.order(e, listing.id);
    await provider.post(`/api/v1/orders/${quoted.id}/quote`, { priceFen: 100000 }).expect(200);
    clock.advance(5 * DAY - 1);
    await orders.expireDue();
    expect(await statusOf(requested.id)).toBe('requested');
    clock.advance(1);
    await orders.expireDue();
    expect(await statusOf(requested.id)).toBe('expired');
    expect(await statusOf(quoted.id)).toBe('quoted');
    clock.advance(2 * DAY);
    // The worker's job, as it runs every minute.
    const jobs = periodicJobs(t);
    expect((await jobs.runOnce()).expired).toBeGreaterThanOrEqual(1);
    expect(await statusOf(quoted.id)).toBe('expired');
    const events = (await e.get(`/api/v1/orders/${quoted.id}`).expect(200)).body.events;
    expect(events.at(-1)).toMatchObject({ action: 'expire', actorRole: 'system', toStatus: 'expired' });
    expect((await e.post(`/api/v1/orders/${quoted.id}/confirm`, { priceFen: 100000 }).expect(409)).body.code).toBe(
      'INVALID_STATE',
    );
  });

  it('completion counts distinct enterprises served on the provider, the listing and in search', async () => {
    const provider = await m.provider();
    const listing = await m.listing(provider, { title: '服务计数测试专用服务' });
    const [e1, e2] = [await t.api.enterprise(), await t.api.enterprise()];
    for (const e of [e1, e1, e2]) {
      const { id } = await m.order(e, listing.id);
      await provider.post(`/api/v1/orders/${id}/accept`).expect(200);
      await provider.post(`/api/v1/orders/${id}/payments/offline`, { reference: 'R' }).expect(200);
      await provider.post(`/api/v1/orders/${id}/start`).expect(200);
      await provider.post(`/api/v1/orders/${id}/deliver`, { summary: '完成' }).expect(200);
      await e.post(`/api/v1/orders/${id}/accept-delivery`).expect(200);
    }
    expect((await t.api.request('get', `/api/v1/providers/${provider.orgId}`).expect(200)).body.servedCount).toBe(2);
    expect((await t.api.request('get', `/api/v1/listings/${listing.id}`).expect(200)).body.servedCount).toBe(2);
    const hit = (
      await t.api.request('get', `/api/v1/search/listings?q=${encodeURIComponent('服务计数测试')}`).expect(200)
    ).body.items.find((i: { id: string }) => i.id === listing.id);
    expect(hit.servedCount).toBe(2);
  });

  it('orders need a published listing of an admitted provider; a suspended provider finishes confirmed work but takes no new', async () => {
    const provider = await m.provider();
    const e = await t.api.enterprise();
    const listing = await m.listing(provider);
    const confirmed = await m.order(e, listing.id);
    await provider.post(`/api/v1/orders/${confirmed.id}/accept`).expect(200);
    const pending = await m.order(e, listing.id);
    await reviewer.post(`/api/v1/providers/${provider.orgId}/suspend`, { reason: '核查' }).expect(200);
    expect(
      (await e.post('/api/v1/orders', { listingId: listing.id, requirement: '新需求' }).expect(409)).body.code,
    ).toBe('LISTING_NOT_AVAILABLE');
    expect((await provider.post(`/api/v1/orders/${pending.id}/accept`).expect(409)).body.code).toBe(
      'PROVIDER_NOT_APPROVED',
    );
    await provider.post(`/api/v1/orders/${confirmed.id}/payments/offline`, { reference: 'R' }).expect(200);
    await provider.post(`/api/v1/orders/${confirmed.id}/start`).expect(200);
  });

  it('refuses bad order input with 400 and writes nothing; a voucher that is not yours is 404', async () => {
    const provider = await m.provider();
    const listing = await m.listing(provider);
    const e = await t.api.enterprise();
    for (const body of [
      { listingId: 'nope', requirement: '需求' },
      { listingId: listing.id, requirement: '' },
      { listingId: listing.id, requirement: '长'.repeat(2001) },
      { listingId: listing.id, requirement: '需求', priceFen: 1 },
    ]) {
      expect((await e.post('/api/v1/orders', body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    const voucher = await e
      .post('/api/v1/orders', {
        listingId: listing.id,
        requirement: '需求',
        voucherId: '00000000-0000-4000-8000-000000000001',
      })
      .expect(404);
    expect(voucher.body.code).toBe('VOUCHER_NOT_FOUND');
    expect((await e.get('/api/v1/orders').expect(200)).body.total).toBe(0);
    await provider.post('/api/v1/orders', { listingId: listing.id, requirement: '需求' }).expect(403);
  });

  it('lists own orders (the bureau all), filtered by status', async () => {
    const o = await orderIn('quoted');
    const mine = (await o.enterprise.get('/api/v1/orders?status=quoted').expect(200)).body;
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([o.id]);
    expect((await o.provider.get('/api/v1/orders').expect(200)).body.total).toBe(1);
    expect((await o.enterprise.get('/api/v1/orders?status=completed').expect(200)).body.total).toBe(0);
    const all = (await reviewer.get('/api/v1/orders?pageSize=100&status=quoted').expect(200)).body;
    expect(all.items.map((i: { id: string }) => i.id)).toContain(o.id);
    await o.enterprise.get('/api/v1/orders?status=lost').expect(400);
  });

  it('messages: a paginated thread between the two parties only', async () => {
    const o = await orderIn('requested');
    await o.enterprise.post(`/api/v1/orders/${o.id}/messages`, { body: '您好，请问可以加急吗？' }).expect(201);
    await o.provider.post(`/api/v1/orders/${o.id}/messages`, { body: '可以，加急费另计。' }).expect(201);
    await o.enterprise.post(`/api/v1/orders/${o.id}/messages`, { body: '' }).expect(400);
    const thread = (await o.provider.get(`/api/v1/orders/${o.id}/messages?pageSize=1&page=2`).expect(200)).body;
    expect(thread).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(thread.items[0]).toMatchObject({ body: '可以，加急费另计。', authorOrgId: o.provider.orgId });
    await (await t.api.enterprise()).get(`/api/v1/orders/${o.id}/messages`).expect(404);
    await (await m.provider()).post(`/api/v1/orders/${o.id}/messages`, { body: '插话' }).expect(404);
    await reviewer.get(`/api/v1/orders/${o.id}/messages`).expect(403);
  });
});

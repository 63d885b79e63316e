import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '@app/shared';
import { createTestApp, periodicJobs, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';
import { postWebhook, signedEvent, stripeEnv, StripeStub } from './support/stripe-stub.js';

const MINUTE = 60_000;
type Order = { id: string; enterprise: TestSession; provider: TestSession };
type Event = { action: string; detail: Record<string, unknown> | null };

/**
 * Every way money enters or leaves an order, and the paths that cross: cancel while a card payment
 * is under way, a success after the order ended, two ways to pay one co-pay, a changed quote, an
 * amount Stripe took that is not the co-pay. Stripe's API is a local HTTP stand-in; webhooks are
 * really signed.
 */
describe('money paths of an order (local HTTP stand-in for the Stripe API, real signed webhooks)', () => {
  let t: TestApp;
  let m: Marketplace;
  const stripe = new StripeStub();
  const clock = new FixedClock(new Date());

  beforeAll(async () => {
    const url = await stripe.start();
    t = await createTestApp({
      clock,
      env: stripeEnv(url),
    });
    m = new Marketplace(t.api, await t.api.bureauUser('reviewer'));
  });
  afterAll(async () => {
    await t.close();
    await stripe.stop();
  });

  let n = 0;
  const deliver = (event: { payload: string; signature: string }) => postWebhook(t.api, event).expect(200);
  const succeeded = (pi: string, received = 450000, currency = 'cny') =>
    signedEvent(`evt_money_${++n}`, 'payment_intent.succeeded', {
      id: pi,
      object: 'payment_intent',
      amount: 450000,
      amount_received: received,
      currency,
    });
  const refunded = (pi: string, amount = 450000) =>
    signedEvent(`evt_money_${++n}`, 'charge.refunded', {
      id: `ch_${pi}`,
      object: 'charge',
      payment_intent: pi,
      amount,
      amount_refunded: amount,
    });
  const orderOf = async (o: Order) => (await o.enterprise.get(`/api/v1/orders/${o.id}`).expect(200)).body;
  const paymentEvents = async (o: Order): Promise<Event[]> =>
    (await orderOf(o)).events.filter((e: Event) => e.action.startsWith('payment_'));
  const startCard = async (o: Order): Promise<string> => {
    await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(200);
    const rows = await t.dataSource.query(
      `SELECT stripe_payment_intent_id AS pi FROM payment WHERE order_id = $1 AND method = 'stripe' ORDER BY created_at DESC`,
      [o.id],
    );
    return rows[0].pi;
  };
  const cancelCalls = (pi: string) => stripe.created(`/v1/payment_intents/${pi}/cancel`);
  const refundCalls = (pi: string) => stripe.created('/v1/refunds').filter((r) => r.params.payment_intent === pi);
  const jobs = () => periodicJobs(t);

  describe('an order that ends keeps no money', () => {
    it.each(['enterprise', 'provider'] as const)(
      'cancelled by the %s with a card payment under way: the PaymentIntent is cancelled at Stripe',
      async (by) => {
        const o = await m.orderIn('confirmed');
        const pi = await startCard(o);
        const cancelled = (await o[by].post(`/api/v1/orders/${o.id}/cancel`, { reason: '需求变更' }).expect(200)).body;
        expect(cancelled).toMatchObject({ status: 'cancelled', paidFen: 0, payment: { status: 'cancelled' } });
        expect(cancelCalls(pi)).toHaveLength(1);
        expect(cancelCalls(pi)[0].idempotencyKey).toMatch(/^cancel-[0-9a-f-]{36}$/);
        expect(await paymentEvents(o)).toEqual([
          expect.objectContaining({
            action: 'payment_cancelled',
            detail: expect.objectContaining({ amountFen: 450000 }),
          }),
        ]);
        // Stripe's own notice of the cancellation changes nothing more.
        await deliver(signedEvent(`evt_money_${++n}`, 'payment_intent.canceled', { id: pi, object: 'payment_intent' }));
        expect(await paymentEvents(o)).toHaveLength(1);
        // A card payment cannot be started on the ended order.
        await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(409);
      },
    );

    it('a success that arrives after the cancellation (Stripe refused to cancel: already paid) is refunded', async () => {
      const o = await m.orderIn('confirmed');
      const pi = await startCard(o);
      stripe.succeededIntents.add(pi); // the enterprise completed the card form a moment before
      await o.enterprise.post(`/api/v1/orders/${o.id}/cancel`, { reason: '预算调整' }).expect(200);
      expect(cancelCalls(pi)).toHaveLength(1);
      expect(refundCalls(pi)).toHaveLength(0);
      await deliver(succeeded(pi));
      expect(refundCalls(pi)).toHaveLength(1);
      expect(refundCalls(pi)[0]).toMatchObject({ params: { amount: '450000' }, idempotencyKey: expect.any(String) });
      const order = await orderOf(o);
      expect(order).toMatchObject({ status: 'cancelled', payment: { status: 'succeeded', refundStatus: 'submitted' } });
      expect((await paymentEvents(o)).map((e) => e.action)).toEqual([
        'payment_cancelled',
        'payment_paid',
        'payment_refund_requested',
      ]);
      expect((await paymentEvents(o)).at(-1)!.detail).toMatchObject({
        reason: 'The order ended before this payment arrived',
      });
      await deliver(refunded(pi));
      expect(await orderOf(o)).toMatchObject({ paidFen: 0, refundedFen: 450000, payment: { status: 'refunded' } });
      // A repeated delivery of the success sends no second refund.
      await deliver(succeeded(pi));
      expect(refundCalls(pi)).toHaveLength(1);
    });

    it('a cancellation Stripe could not take is sent by the worker job', async () => {
      const o = await m.orderIn('confirmed');
      const pi = await startCard(o);
      stripe.failWith = 500;
      try {
        await o.provider.post(`/api/v1/orders/${o.id}/cancel`, { reason: '无法履约' }).expect(200);
      } finally {
        stripe.failWith = null;
      }
      const before = cancelCalls(pi).length;
      expect((await jobs().runOnce()).cancellations).toBeGreaterThanOrEqual(1);
      expect(cancelCalls(pi).length).toBe(before + 1);
      expect((await orderOf(o)).payment.status).toBe('cancelled');
      expect((await jobs().runOnce()).cancellations).toBe(0);
    });

    it('an order cancelled while its PaymentIntent is being made: the intent is cancelled, the enterprise told ORDER_ENDED', async () => {
      const o = await m.orderIn('confirmed');
      let release!: () => void;
      stripe.holdIntents = new Promise((resolve) => (release = resolve));
      const paying = o.enterprise.post(`/api/v1/orders/${o.id}/payments`);
      const inFlight = paying.then((res) => res);
      try {
        while (!stripe.created('/v1/payment_intents').some((r) => r.params['metadata[orderId]'] === o.id)) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        await o.enterprise.post(`/api/v1/orders/${o.id}/cancel`, { reason: '改期' }).expect(200);
      } finally {
        stripe.holdIntents = null;
        release();
      }
      const res = await inFlight;
      expect([res.status, res.body.code]).toEqual([409, 'ORDER_ENDED']);
      const [{ pi }] = await t.dataSource.query(
        `SELECT stripe_payment_intent_id AS pi FROM payment WHERE order_id = $1`,
        [o.id],
      );
      expect(cancelCalls(pi)).toHaveLength(1);
      // If the enterprise somehow paid it, the money goes back.
      await deliver(succeeded(pi));
      expect(refundCalls(pi)).toHaveLength(1);
    });

    it('a dispute resolved as cancelled refunds the card payment through Stripe', async () => {
      const o = await m.orderIn('confirmed');
      const pi = await startCard(o);
      await deliver(succeeded(pi));
      await o.provider.post(`/api/v1/orders/${o.id}/start`).expect(200);
      await o.enterprise.post(`/api/v1/orders/${o.id}/dispute`, { reason: '未交付' }).expect(200);
      await m.reviewer
        .post(`/api/v1/orders/${o.id}/resolve`, { outcome: 'cancelled', reason: '核实未交付' })
        .expect(200);
      expect(refundCalls(pi)).toHaveLength(1);
      expect(refundCalls(pi)[0].params.amount).toBe('450000');
      await deliver(refunded(pi));
      expect(await orderOf(o)).toMatchObject({ status: 'cancelled', paidFen: 0, refundedFen: 450000 });
    });
  });

  describe('a co-pay is paid once', () => {
    it('no bank transfer record after a card payment succeeded (ALREADY_PAID)', async () => {
      const o = await m.orderIn('confirmed');
      await deliver(succeeded(await startCard(o)));
      const res = await o.provider.post(`/api/v1/orders/${o.id}/payments/offline`, { reference: 'ICBC-1' }).expect(409);
      expect(res.body.code).toBe('ALREADY_PAID');
      expect(await orderOf(o)).toMatchObject({ paidFen: 450000, payment: { method: 'stripe' } });
    });

    it('no card payment after a bank transfer was recorded (ALREADY_PAID), and no PaymentIntent made', async () => {
      const o = await m.orderIn('confirmed');
      await o.provider.post(`/api/v1/orders/${o.id}/payments/offline`, { reference: 'ICBC-2' }).expect(200);
      const before = stripe.created('/v1/payment_intents').length;
      const res = await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(409);
      expect(res.body.code).toBe('ALREADY_PAID');
      expect(stripe.created('/v1/payment_intents').length).toBe(before);
      expect((await orderOf(o)).paidFen).toBe(450000);
    });

    it('no bank transfer record while the enterprise is paying by card (PAYMENT_IN_PROGRESS); after 30 minutes the card payment is set aside', async () => {
      const o = await m.orderIn('confirmed');
      const pi = await startCard(o);
      const offline = () => o.provider.post(`/api/v1/orders/${o.id}/payments/offline`, { reference: 'ICBC-3' });
      expect((await offline().expect(409)).body.code).toBe('PAYMENT_IN_PROGRESS');
      clock.advance(29 * MINUTE);
      expect((await offline().expect(409)).body.code).toBe('PAYMENT_IN_PROGRESS');
      expect((await orderOf(o)).paidFen).toBe(0);
      clock.advance(1 * MINUTE);
      const paid = (await offline().expect(200)).body;
      expect(paid).toMatchObject({ paidFen: 450000, payment: { method: 'offline', status: 'succeeded' } });
      expect(cancelCalls(pi)).toHaveLength(1);
      const events = await paymentEvents(o);
      expect(events.map((e) => e.action)).toEqual(['payment_cancelled', 'payment_paid']);
      expect(events[0].detail).toMatchObject({ reason: 'The co-pay was paid by bank transfer instead' });
    });

    it('a card success for a co-pay already paid by bank transfer is refunded', async () => {
      const o = await m.orderIn('confirmed');
      const pi = await startCard(o);
      stripe.succeededIntents.add(pi); // paid at Stripe, but the webhook is late
      clock.advance(31 * MINUTE);
      await o.provider.post(`/api/v1/orders/${o.id}/payments/offline`, { reference: 'ICBC-4' }).expect(200);
      await deliver(succeeded(pi));
      expect(refundCalls(pi)).toHaveLength(1);
      const order = await orderOf(o);
      expect(order).toMatchObject({ status: 'confirmed', paidFen: 900000 });
      const last = (await paymentEvents(o)).at(-1)!;
      expect(last).toMatchObject({
        action: 'payment_refund_requested',
        detail: { reason: 'The co-pay was already paid' },
      });
      await deliver(refunded(pi));
      expect(await orderOf(o)).toMatchObject({ paidFen: 450000, refundedFen: 450000 });
    });

    it('a card success racing a bank transfer record: the co-pay counts once, the other is refused or refunded', async () => {
      for (let round = 0; round < 6; round++) {
        const o = await m.orderIn('confirmed');
        const pi = await startCard(o);
        clock.advance(31 * MINUTE);
        const [, offline] = await Promise.all([
          deliver(succeeded(pi)),
          o.provider.post(`/api/v1/orders/${o.id}/payments/offline`, { reference: `ICBC-R${round}` }),
        ]);
        expect([200, 409]).toContain(offline.status);
        const order = await orderOf(o);
        const refundedByCard = refundCalls(pi).length;
        // Either the card payment alone counts, or both arrived and the card one is being refunded.
        if (offline.status === 409) {
          expect([offline.body.code, order.paidFen, refundedByCard]).toEqual(['ALREADY_PAID', 450000, 0]);
        } else {
          expect([order.paidFen, refundedByCard]).toEqual([900000, 1]);
          await deliver(refunded(pi));
          expect((await orderOf(o)).paidFen).toBe(450000);
        }
      }
    });
  });

  describe('Stripe amounts are checked', () => {
    it.each([
      ['a different amount', 1, 'cny'],
      ['a different currency', 450000, 'usd'],
    ])(
      'a success of %s is a payment problem: not paid, shown on the order and its history',
      async (_c, amount, cur) => {
        const o = await m.orderIn('confirmed');
        const pi = await startCard(o);
        await deliver(succeeded(pi, amount, cur));
        const order = await (await m.reviewer.get(`/api/v1/orders/${o.id}`).expect(200)).body;
        expect(order).toMatchObject({
          paidFen: 0,
          payment: { status: 'problem', problem: `Stripe received ${amount} ${cur}; the co-pay is 450000 cny` },
        });
        expect((await paymentEvents(o)).map((e) => e.action)).toEqual(['payment_problem']);
        const audit = await m.reviewer.get(`/api/v1/audit-events?entityType=order&entityId=${o.id}`).expect(200);
        expect(audit.body.items).toContainEqual(
          expect.objectContaining({
            action: 'payment_problem',
            reason: expect.stringContaining(`received ${amount} ${cur}`),
          }),
        );
        expect((await o.provider.post(`/api/v1/orders/${o.id}/start`).expect(409)).body.code).toBe('COPAY_NOT_PAID');
        // Cancelling the order sends back what Stripe took.
        await o.enterprise.post(`/api/v1/orders/${o.id}/cancel`, { reason: '金额有误' }).expect(200);
        expect(refundCalls(pi)).toHaveLength(1);
        expect(refundCalls(pi)[0].params.amount).toBe(String(amount));
      },
    );
  });

  describe('a confirmation binds to the quote the enterprise saw', () => {
    it('a quote changed between reading and confirming answers 409 QUOTE_CHANGED and commits nothing', async () => {
      const provider = await m.provider();
      const e = await t.api.enterprise();
      const listing = await m.listing(provider, { priceModel: 'quote', priceFen: null });
      const { id } = await m.order(e, listing.id);
      await provider.post(`/api/v1/orders/${id}/quote`, { priceFen: 100000 }).expect(200);
      const seen = (await e.get(`/api/v1/orders/${id}`).expect(200)).body.quotedPriceFen;
      await provider.post(`/api/v1/orders/${id}/quote`, { priceFen: 99_999_999_999 }).expect(200);
      const res = await e.post(`/api/v1/orders/${id}/confirm`, { priceFen: seen }).expect(409);
      expect(res.body).toMatchObject({
        code: 'QUOTE_CHANGED',
        details: { quotedPriceFen: 99_999_999_999, namedPriceFen: 100000 },
      });
      expect((await e.get(`/api/v1/orders/${id}`).expect(200)).body).toMatchObject({
        status: 'quoted',
        agreedPriceFen: null,
        copayFen: null,
      });
      // A confirmation must name the price.
      for (const body of [undefined, {}, { priceFen: '100000' }, { priceFen: 1.5 }, { priceFen: -1 }]) {
        expect((await e.post(`/api/v1/orders/${id}/confirm`, body).expect(400)).body.code).toBe('VALIDATION_FAILED');
      }
      const confirmed = (await e.post(`/api/v1/orders/${id}/confirm`, { priceFen: 99_999_999_999 }).expect(200)).body;
      expect(confirmed).toMatchObject({ status: 'confirmed', agreedPriceFen: 99_999_999_999 });
    });

    it('a quote on a "from" listing below its starting price is refused', async () => {
      const provider = await m.provider();
      const e = await t.api.enterprise();
      const listing = await m.listing(provider, { priceModel: 'from', priceFen: 50000 });
      const { id } = await m.order(e, listing.id);
      const res = await provider.post(`/api/v1/orders/${id}/quote`, { priceFen: 1 }).expect(400);
      expect(res.body).toMatchObject({ code: 'QUOTE_BELOW_STARTING_PRICE', details: [{ field: 'priceFen' }] });
      await provider.post(`/api/v1/orders/${id}/quote`, { priceFen: 49999 }).expect(400);
      expect((await e.get(`/api/v1/orders/${id}`).expect(200)).body).toMatchObject({
        status: 'requested',
        quotedPriceFen: null,
      });
      await provider.post(`/api/v1/orders/${id}/quote`, { priceFen: 50000 }).expect(200);
    });
  });
});

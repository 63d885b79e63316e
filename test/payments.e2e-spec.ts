import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, periodicJobs, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';
import { seededRandom, shuffle } from './support/seeded.js';
import { postWebhook, signedEvent, stripeEnv, StripeStub } from './support/stripe-stub.js';

const random = seededRandom(20261201);
const shuffled = <T>(items: T[]): T[] => shuffle(items, random);

describe('card payments through Stripe (local HTTP stand-in for the Stripe API, real signed webhooks)', () => {
  let t: TestApp;
  let m: Marketplace;
  const stripe = new StripeStub();

  beforeAll(async () => {
    const url = await stripe.start();
    t = await createTestApp({
      env: stripeEnv(url),
    });
    m = new Marketplace(t.api, await t.api.bureauUser('reviewer'));
  });
  afterAll(async () => {
    await t.close();
    await stripe.stop();
  });

  const deliver = (event: { payload: string; signature: string }) => postWebhook(t.api, event);
  const orderOf = async (o: { id: string; enterprise: TestSession }) =>
    (await o.enterprise.get(`/api/v1/orders/${o.id}`).expect(200)).body;
  const intentOf = (orderId: string) =>
    stripe.created('/v1/payment_intents').find((r) => r.params['metadata[orderId]'] === orderId)!;
  const intentId = async (orderId: string) =>
    (await t.dataSource.query(`SELECT stripe_payment_intent_id AS id FROM payment WHERE order_id = $1`, [orderId]))[0]
      .id;
  let n = 0;
  const eventId = () => `evt_test_${++n}_${Date.now()}`;
  // The three events we handle, for a co-pay of 4,500.00 CNY, each with a fresh event id.
  const succeededEvent = (pi: string) =>
    signedEvent(eventId(), 'payment_intent.succeeded', {
      id: pi,
      object: 'payment_intent',
      amount: 450000,
      amount_received: 450000,
      currency: 'cny',
    });
  const failedEvent = (pi: string) =>
    signedEvent(eventId(), 'payment_intent.payment_failed', { id: pi, object: 'payment_intent', amount: 450000 });
  const refundedEvent = (pi: string) =>
    signedEvent(eventId(), 'charge.refunded', {
      id: `ch_${pi}`,
      object: 'charge',
      payment_intent: pi,
      amount: 450000,
      amount_captured: 450000,
      amount_refunded: 450000,
    });

  it('creates a PaymentIntent in CNY for the co-pay, with the order id and an idempotency key; asking again reuses it', async () => {
    const o = await m.orderIn('confirmed');
    const first = (await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(200)).body;
    expect(first).toEqual({ clientSecret: expect.stringMatching(/^pi_stub_\d+_secret/), amountFen: 450000 });
    const request = intentOf(o.id);
    expect(request.params).toMatchObject({ amount: '450000', currency: 'cny', 'metadata[orderId]': o.id });
    expect(request.idempotencyKey).toMatch(/^copay-[0-9a-f-]{36}$/);
    const again = (await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(200)).body;
    expect(again).toEqual(first);
    expect(stripe.created('/v1/payment_intents').filter((r) => r.params['metadata[orderId]'] === o.id)).toHaveLength(1);
    // Payment never changes the status.
    expect((await orderOf(o)).status).toBe('confirmed');
    await o.provider.post(`/api/v1/orders/${o.id}/payments`).expect(403);
  });

  it('a signed payment_intent.succeeded pays the co-pay; then the provider may start', async () => {
    const o = await m.orderIn('confirmed');
    await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(200);
    expect((await o.provider.post(`/api/v1/orders/${o.id}/start`).expect(409)).body.code).toBe('COPAY_NOT_PAID');
    const pi = await intentId(o.id);
    const res = await deliver(succeededEvent(pi)).expect(200);
    expect(res.body).toEqual({ received: true, duplicate: false });
    expect(await orderOf(o)).toMatchObject({
      status: 'confirmed',
      paidFen: 450000,
      payment: { method: 'stripe', status: 'succeeded' },
    });
    await o.provider.post(`/api/v1/orders/${o.id}/start`).expect(200);
    expect((await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(409)).body.code).toBe('INVALID_STATE');
  });

  it('refuses tampered, stale, wrongly signed and unsigned events with 400 and applies nothing', async () => {
    const o = await m.orderIn('confirmed');
    await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(200);
    const pi = await intentId(o.id);
    const object = { id: pi, object: 'payment_intent', amount: 450000, amount_received: 450000, currency: 'cny' };
    const good = signedEvent(eventId(), 'payment_intent.succeeded', object);
    const tampered = { ...good, payload: good.payload.replace('450000', '1') };
    const stale = signedEvent(eventId(), 'payment_intent.succeeded', object, {
      timestamp: Math.floor(Date.now() / 1000) - 301,
    });
    const otherSecret = signedEvent(eventId(), 'payment_intent.succeeded', object, { secret: 'whsec_someone_else' });
    for (const bad of [
      tampered,
      stale,
      otherSecret,
      { payload: good.payload, signature: '' },
      { payload: good.payload, signature: 't=1,v1=abc' },
    ]) {
      const res = await deliver(bad).expect(400);
      expect(res.body.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    }
    expect((await orderOf(o)).paidFen).toBe(0);
    const applied = await t.dataSource.query(`SELECT id FROM stripe_event WHERE id = $1`, [
      JSON.parse(good.payload).id,
    ]);
    expect(applied).toEqual([]);
  });

  it('refuses a correctly signed event whose content is not a Stripe event with 400 WEBHOOK_EVENT_INVALID, recording nothing', async () => {
    const o = await m.orderIn('confirmed');
    await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(200);
    const pi = await intentId(o.id);
    const object = { id: pi, object: 'payment_intent', amount: 450000, amount_received: 450000, currency: 'cny' };
    const events = [
      signedEvent(eventId(), 'payment_intent.succeeded', { ...object, amount_received: 4500.5 }),
      signedEvent(eventId(), 'payment_intent.succeeded', { ...object, amount_received: -450000 }),
      signedEvent(eventId(), 'payment_intent.succeeded', { ...object, id: [pi] }),
      signedEvent(eventId(), 'charge.refunded', { id: 'ch_1', payment_intent: { id: 5 }, amount_refunded: 450000 }),
      signedEvent(eventId(), 5 as unknown as string, object),
      signedEvent('', 'payment_intent.succeeded', object),
      signedEvent(`evt_${'x'.repeat(300)}`, 'payment_intent.succeeded', object),
    ];
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM stripe_event`);
    for (const event of events) {
      const res = await deliver(event).expect(400);
      expect(res.body.code).toBe('WEBHOOK_EVENT_INVALID');
    }
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM stripe_event`)).toEqual(before);
    expect((await orderOf(o)).paidFen).toBe(0);
  });

  it('each event delivered three times in shuffled order has exactly one effect, whatever the order', async () => {
    for (let round = 0; round < 5; round++) {
      const o = await m.orderIn('confirmed');
      await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(200);
      const pi = await intentId(o.id);
      const failed = failedEvent(pi);
      const succeeded = succeededEvent(pi);
      const results = [];
      for (const event of shuffled([failed, failed, failed, succeeded, succeeded, succeeded])) {
        results.push((await deliver(event).expect(200)).body.duplicate);
      }
      expect(results.filter((d) => !d)).toHaveLength(2);
      const order = await orderOf(o);
      expect(order).toMatchObject({ paidFen: 450000, payment: { status: 'succeeded' } });
      const paid = order.events.filter((e: { action: string }) => e.action === 'payment_paid');
      expect(paid).toHaveLength(1);
    }
  });

  it('concurrent deliveries of one event apply it once', async () => {
    const o = await m.orderIn('confirmed');
    await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(200);
    const event = succeededEvent(await intentId(o.id));
    const answers = await Promise.all(Array.from({ length: 6 }, () => deliver(event)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(answers.filter((a) => a.body.duplicate === false)).toHaveLength(1);
    const order = await orderOf(o);
    expect(order.events.filter((e: { action: string }) => e.action === 'payment_paid')).toHaveLength(1);
  });

  it('cancelling a card-paid order refunds through Stripe; the refund event, however ordered, settles it once', async () => {
    const o = await m.orderIn('confirmed');
    await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(200);
    const pi = await intentId(o.id);
    const succeeded = succeededEvent(pi);
    await deliver(succeeded).expect(200);
    const cancelled = (await o.provider.post(`/api/v1/orders/${o.id}/cancel`, { reason: '无法履约' }).expect(200)).body;
    expect(cancelled).toMatchObject({ status: 'cancelled', payment: { refundStatus: 'submitted' } });
    const refund = stripe.created('/v1/refunds').find((r) => r.params.payment_intent === pi)!;
    expect(refund.params.amount).toBe('450000');
    expect(refund.idempotencyKey).toMatch(/^refund-/);
    const refunded = refundedEvent(pi);
    for (const event of shuffled([succeeded, succeeded, refunded, refunded, refunded]))
      await deliver(event).expect(200);
    const order = await orderOf(o);
    expect(order).toMatchObject({
      paidFen: 0,
      refundedFen: 450000,
      payment: { status: 'refunded', refundStatus: 'succeeded' },
    });
    expect(order.events.filter((e: { action: string }) => e.action === 'payment_refunded')).toHaveLength(1);
  });

  it('a refund event that overtakes the success event still ends refunded, with each effect once', async () => {
    const o = await m.orderIn('confirmed');
    await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(200);
    const pi = await intentId(o.id);
    await deliver(refundedEvent(pi)).expect(200);
    await deliver(succeededEvent(pi)).expect(200);
    const order = await orderOf(o);
    expect(order).toMatchObject({ paidFen: 0, payment: { status: 'refunded' } });
    expect(
      order.events.map((e: { action: string }) => e.action).filter((a: string) => a.startsWith('payment_')),
    ).toEqual(['payment_paid', 'payment_refunded']);
  });

  it('Idempotency-Key on POST /orders/:id/payments: concurrent repeats answer the same, one PaymentIntent', async () => {
    const o = await m.orderIn('confirmed');
    const before = stripe.created('/v1/payment_intents').length;
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        o.enterprise.post(`/api/v1/orders/${o.id}/payments`).set('Idempotency-Key', `pay-${o.id}`),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.body.clientSecret)).size).toBe(1);
    expect(stripe.created('/v1/payment_intents').length - before).toBe(1);
  });

  it('a refund Stripe could not take at cancellation is sent by the worker job later', async () => {
    const o = await m.orderIn('confirmed');
    await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(200);
    const pi = await intentId(o.id);
    await deliver(succeededEvent(pi)).expect(200);
    stripe.failWith = 500;
    try {
      const cancelled = (await o.enterprise.post(`/api/v1/orders/${o.id}/cancel`, { reason: '取消' }).expect(200)).body;
      expect(cancelled).toMatchObject({ status: 'cancelled', payment: { refundStatus: 'requested' } });
    } finally {
      stripe.failWith = null;
    }
    const jobs = periodicJobs(t);
    expect((await jobs.runOnce()).refunds).toBe(1);
    expect((await orderOf(o)).payment.refundStatus).toBe('submitted');
    expect(stripe.created('/v1/refunds').filter((r) => r.params.payment_intent === pi).length).toBeGreaterThanOrEqual(
      1,
    );
    expect((await jobs.runOnce()).refunds).toBe(0);
  });

  it('concurrent payment requests without a key still make one PaymentIntent', async () => {
    const o = await m.orderIn('confirmed');
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => o.enterprise.post(`/api/v1/orders/${o.id}/payments`)),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.body.clientSecret)).size).toBe(1);
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM payment WHERE order_id = $1`, [o.id]);
    expect(rows[0].n).toBe(1);
  });

  it('Stripe down: 502 PAYMENT_PROVIDER_ERROR, and a later try works', async () => {
    const o = await m.orderIn('confirmed');
    stripe.failWith = 500;
    try {
      const res = await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(502);
      expect(res.body.code).toBe('PAYMENT_PROVIDER_ERROR');
    } finally {
      stripe.failWith = null;
    }
    await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(200);
  });
});

describe('without Stripe configured, offline bank transfer is the way', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('card payment and the webhook answer CARD_PAYMENTS_UNAVAILABLE; offline recording works', async () => {
    const m = new Marketplace(t.api, await t.api.bureauUser('reviewer'));
    const o = await m.orderIn('confirmed');
    expect((await o.enterprise.post(`/api/v1/orders/${o.id}/payments`).expect(409)).body.code).toBe(
      'CARD_PAYMENTS_UNAVAILABLE',
    );
    const event = signedEvent('evt_x', 'payment_intent.succeeded', { id: 'pi_x' });
    const res = await postWebhook(t.api, event).expect(409);
    expect(res.body.code).toBe('CARD_PAYMENTS_UNAVAILABLE');
    await o.provider.post(`/api/v1/orders/${o.id}/payments/offline`, { reference: 'ABC-1' }).expect(200);
  });
});

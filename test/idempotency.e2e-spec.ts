import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Claim, IDEMPOTENCY_LEASE_MS, IdempotencyService } from '@app/idempotency';
import { FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';
import { stripeEnv, StripeStub } from './support/stripe-stub.js';

describe('Idempotency-Key on POST /orders', () => {
  let t: TestApp;
  let m: Marketplace;
  let listingId: string;
  let enterprise: TestSession;
  // Leases are measured on this clock: tests move it instead of sleeping.
  const clock = new FixedClock(new Date());
  const stripe = new StripeStub();

  beforeAll(async () => {
    const url = await stripe.start();
    t = await createTestApp({
      clock,
      env: stripeEnv(url),
    });
    m = new Marketplace(t.api, await t.api.bureauUser('reviewer'));
    listingId = (await m.listing(await m.provider())).id;
    enterprise = await t.api.enterprise();
  });
  afterAll(async () => {
    await t?.close();
    await stripe.stop();
  });

  const create = (key: string, requirement = '申请两件发明专利', who = enterprise) =>
    who.post('/api/v1/orders', { listingId, requirement }).set('Idempotency-Key', key);
  const count = async (who = enterprise) => (await who.get('/api/v1/orders').expect(200)).body.total;

  it('two concurrent requests with the same key and body: the same answer, one order', async () => {
    const before = await count();
    const [a, b] = await Promise.all([create('order-key-1'), create('order-key-1')]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(await count()).toBe(before + 1);
  });

  it('ten concurrent repeats, then more later: still one order', async () => {
    const before = await count();
    const answers = await Promise.all(Array.from({ length: 10 }, () => create('order-key-2')));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect((await create('order-key-2').expect(201)).body.id).toBe(answers[0].body.id);
    expect(await count()).toBe(before + 1);
  });

  it('the same key with another body answers 422 and creates nothing', async () => {
    await create('order-key-3').expect(201);
    const before = await count();
    const res = await create('order-key-3', '另一个需求').expect(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count()).toBe(before);
  });

  it('keys belong to their user: another enterprise may use the same key', async () => {
    const other = await t.api.enterprise();
    const mine = (await create('shared-key').expect(201)).body.id;
    const theirs = (await create('shared-key', '申请两件发明专利', other).expect(201)).body.id;
    expect(theirs).not.toBe(mine);
  });

  it('a refusal is kept and given again; invalid input keeps nothing, so the key can be used once fixed', async () => {
    const provider = await m.provider();
    const gone = await m.listing(provider);
    await provider.post(`/api/v1/listings/${gone.id}/unpublish`).expect(200);
    const refused = await enterprise
      .post('/api/v1/orders', { listingId: gone.id, requirement: '需求' })
      .set('Idempotency-Key', 'order-key-4')
      .expect(409);
    expect(refused.body.code).toBe('LISTING_NOT_AVAILABLE');
    await provider.post(`/api/v1/listings/${gone.id}/publish`).expect(200);
    const replay = await enterprise
      .post('/api/v1/orders', { listingId: gone.id, requirement: '需求' })
      .set('Idempotency-Key', 'order-key-4')
      .expect(409);
    expect(replay.body).toEqual(refused.body);

    await enterprise
      .post('/api/v1/orders', { listingId, requirement: '' })
      .set('Idempotency-Key', 'order-key-5')
      .expect(400);
    await create('order-key-5').expect(201);
  });

  it('forgets finished keys after 24 hours, never unfinished ones', async () => {
    await create('old-key').expect(201);
    await t.dataSource.query(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = 'old-key'`,
    );
    await t.dataSource.query(
      `INSERT INTO idempotency_key (user_id, key, request_hash, created_at) VALUES ($1, 'stuck-key', 'x', now() - interval '25 hours')`,
      [enterprise.user.id],
    );
    expect(await t.app.get(IdempotencyService).purge()).toBe(1);
    const left = await t.dataSource.query(`SELECT key FROM idempotency_key WHERE key IN ('old-key', 'stuck-key')`);
    expect(left).toEqual([{ key: 'stuck-key' }]);
    // The key is free again: a new request with it runs.
    const before = await count();
    await create('old-key').expect(201);
    expect(await count()).toBe(before + 1);
  });

  it('refuses a key over 255 characters', async () => {
    const res = await create('k'.repeat(256)).expect(400);
    expect(res.body.details[0].field).toBe('Idempotency-Key');
  });

  describe('a key left in flight by a request that died', () => {
    const orderHash = (requirement = '申请两件发明专利') =>
      IdempotencyService.fingerprint('POST', '/api/v1/orders', { listingId, requirement });
    /** The row a request leaves when it dies before keeping its answer: no answer, a lease, a holder. */
    const leaveInFlight = (key: string, requestHash: string, leasedUntil: Date, token = randomUUID()) =>
      t.dataSource.query(
        `INSERT INTO idempotency_key (user_id, key, request_hash, leased_until, lease_token) VALUES ($1, $2, $3, $4, $5)`,
        [enterprise.user.id, key, requestHash, leasedUntil, token],
      );
    const rowOf = async (key: string) =>
      (
        await t.dataSource.query(
          `SELECT lease_token AS token, completed_at AS "completedAt" FROM idempotency_key WHERE user_id = $1 AND key = $2`,
          [enterprise.user.id, key],
        )
      )[0];
    /** Sends a request and moves the clock 1 s every 10 ms until it is answered. */
    const whileTimeRuns = async <T>(request: PromiseLike<T>) => {
      const ticking = setInterval(() => clock.advance(1000), 10);
      try {
        return await request;
      } finally {
        clearInterval(ticking);
      }
    };
    const inSeconds = (s: number) => new Date(clock.now().getTime() + s * 1000);

    it('its lease over, a retry takes the key over at once and runs: 201 and one order', async () => {
      const before = await count();
      await leaveInFlight('crashed-1', orderHash(), inSeconds(-1));
      const started = Date.now();
      const res = await create('crashed-1').expect(201);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await count()).toBe(before + 1);
      // The retry's answer is the key's answer now.
      expect((await create('crashed-1').expect(201)).body.id).toBe(res.body.id);
      expect(await count()).toBe(before + 1);
    });

    it('died after the order was made: the retry after the lease finds that order and makes no second one', async () => {
      const before = await count();
      const first = (await create('crashed-after-order').expect(201)).body;
      await t.dataSource.query(
        `UPDATE idempotency_key SET completed_at = NULL, response_status = NULL, response_body = NULL WHERE key = $1`,
        ['crashed-after-order'],
      );
      clock.advance(IDEMPOTENCY_LEASE_MS + 1000);
      const retry = (await create('crashed-after-order').expect(201)).body;
      expect(retry.id).toBe(first.id);
      expect(await count()).toBe(before + 1);
    });

    it('died after its business transaction (a card payment asked of Stripe): the retry runs again and the business finds the PaymentIntent it made', async () => {
      const o = await m.orderIn('confirmed');
      const pay = () => o.enterprise.post(`/api/v1/orders/${o.id}/payments`).set('Idempotency-Key', `pay-${o.id}`);
      const first = (await pay().expect(200)).body;
      // The answer never got kept: the row is as the dead request left it.
      await t.dataSource.query(
        `UPDATE idempotency_key SET completed_at = NULL, response_status = NULL, response_body = NULL WHERE key = $1`,
        [`pay-${o.id}`],
      );
      clock.advance(IDEMPOTENCY_LEASE_MS + 1000);
      const retry = (await pay().expect(200)).body;
      expect(retry).toEqual(first);
      const intents = stripe.created('/v1/payment_intents').filter((r) => r.params['metadata[orderId]'] === o.id);
      expect(new Set(intents.map((r) => r.idempotencyKey)).size).toBe(1);
      const payments = await t.dataSource.query(`SELECT count(*)::int AS n FROM payment WHERE order_id = $1`, [o.id]);
      expect(payments[0].n).toBe(1);
    });

    it('its lease still live, a retry answers as today: 409 IDEMPOTENCY_KEY_IN_FLIGHT after waiting 30 s (of clock time)', async () => {
      const before = await count();
      const holder = randomUUID();
      await leaveInFlight('live-1', orderHash(), inSeconds(60), holder);
      const started = Date.now();
      const res = await whileTimeRuns(create('live-1'));
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await rowOf('live-1')).toEqual({ token: holder, completedAt: null });
      expect(await count()).toBe(before);
    });

    it('a retry waiting on a lease that ends before its 30 s takes the key over when it ends', async () => {
      const before = await count();
      await leaveInFlight('live-2', orderHash(), inSeconds(5));
      const from = clock.now().getTime();
      const res = await whileTimeRuns(create('live-2'));
      expect(res.status).toBe(201);
      const waited = clock.now().getTime() - from;
      expect(waited).toBeGreaterThanOrEqual(5000);
      expect(waited).toBeLessThan(30_000);
      expect(await count()).toBe(before + 1);
    });

    it('the same key with another body is still refused (422), lease over or not', async () => {
      await leaveInFlight('crashed-2', orderHash(), inSeconds(-1));
      expect((await create('crashed-2', '另一个需求').expect(422)).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('concurrent takeovers: exactly one wins and the others get its answer; the dead holder can no longer answer or give the key back', async () => {
      const service = t.app.get(IdempotencyService);
      const userId = enterprise.user.id;
      const hash = orderHash('race');
      const dead = randomUUID();
      await leaveInFlight('race-1', hash, inSeconds(-1), dead);
      // Open enough pooled connections first, so the claims really run side by side.
      await Promise.all(Array.from({ length: 8 }, () => t.dataSource.query('SELECT pg_sleep(0.05)')));
      const claims = Array.from({ length: 6 }, () => service.claim(userId, 'race-1', hash));
      // Only the winner answers before the key has an answer; the others wait for it.
      const winner = await Promise.race(claims);
      if (winner.kind !== 'first') throw new Error(`expected a takeover, got ${JSON.stringify(winner)}`);
      expect(winner.token).not.toBe(dead);
      // The dead request, had it been only slow, can neither give the key back nor answer for it.
      await service.release(userId, 'race-1', dead);
      expect(await service.complete(userId, 'race-1', dead, 201, { id: 'from-the-dead' })).toBe(false);
      expect(await service.complete(userId, 'race-1', winner.token, 201, { id: 'from-the-winner' })).toBe(true);
      const all: Claim[] = await Promise.all(claims);
      expect(all.filter((c) => c.kind === 'first')).toHaveLength(1);
      expect(all.filter((c) => c.kind === 'replay')).toEqual(
        Array.from({ length: 5 }, () => ({ kind: 'replay', status: 201, body: { id: 'from-the-winner' } })),
      );
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IdempotencyService } from '@app/idempotency';
import { createTestApp, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';

describe('Idempotency-Key on POST /orders', () => {
  let t: TestApp;
  let m: Marketplace;
  let listingId: string;
  let enterprise: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    m = new Marketplace(t.api, await t.api.bureauUser('reviewer'));
    listingId = (await m.listing(await m.provider())).id;
    enterprise = await t.api.enterprise();
  });
  afterAll(async () => {
    await t.close();
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
});

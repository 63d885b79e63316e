import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RatingsService } from '@app/ratings';
import { FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';

const DAY = 24 * 3600 * 1000;
const MINUTE = 60_000;

type Order = { id: string; enterprise: TestSession; provider: TestSession };
type Scores = { overall: number; professionalism: number; timeliness: number; effectiveness: number; value: number };
type Shown = { rating: number | null; ratingCount: number };

const SCORES: Scores = { overall: 5, professionalism: 4, timeliness: 5, effectiveness: 4, value: 3 };
const EMPTY_DISTRIBUTION = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };

/** A word no other listing has, so a search for it finds one listing (letters only: one segmented word). */
const uniqueWord = () => `zq${Array.from({ length: 8 }, () => String.fromCharCode(97 + randomInt(26))).join('')}`;

/**
 * Satisfaction ratings (DOMAIN.md §6) through HTTP: one per completed order within 30 days, edits
 * for 7, one reply, hiding by a reviewer; the figures on the provider's ratings, profile, the
 * directory and search agreeing at once; outcomes per category; notifications and the reminder.
 */
describe('ratings: rate, edit, reply, hide; figures, outcomes, notifications (real PostgreSQL, fixed clock)', () => {
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
    await t?.close();
  });

  const ratingPath = (orderId: string) => `/api/v1/orders/${orderId}/rating`;
  const rate = (o: Order, body: object = SCORES) => o.enterprise.post(ratingPath(o.id), body);
  const rated = async (o: Order, body: object = SCORES) => (await rate(o, body).expect(201)).body;
  const ratingRows = async (orderId: string): Promise<number> =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM rating WHERE order_id = $1', [orderId]))[0].n;

  /** A provider in the pool with one published listing of `category`, found by searching `word`. */
  async function providerWithListing(category = 'ip') {
    const provider = await m.provider();
    const word = uniqueWord();
    const listing = await m.listing(provider, { category, title: `企业服务 ${word}` });
    return { provider, listingId: listing.id, word };
  }

  /** An order of `listingId` by `enterprise` (a new one unless given), driven to completed by its parties. */
  async function completed(provider: TestSession, listingId: string, enterprise?: TestSession): Promise<Order> {
    const buyer = enterprise ?? (await t.api.enterprise());
    const { id } = await m.order(buyer, listingId);
    const path = (action: string) => `/api/v1/orders/${id}/${action}`;
    await provider.post(path('accept')).expect(200);
    await provider.post(path('payments/offline'), { reference: 'BANK-REF-001' }).expect(200);
    await provider.post(path('start')).expect(200);
    await provider.post(path('deliver'), { summary: '已交付' }).expect(200);
    const done = await buyer.post(path('accept-delivery')).expect(200);
    expect(done.body).toMatchObject({ status: 'completed', completedAt: clock.now().toISOString() });
    return { id, enterprise: buyer, provider };
  }

  const figures = async (providerId: string) =>
    (await t.api.request('get', `/api/v1/providers/${providerId}/ratings?pageSize=100`).expect(200)).body;

  const notificationsOf = async (s: TestSession, kind: string) =>
    (await s.get('/api/v1/notifications?pageSize=100').expect(200)).body.items.filter(
      (n: { kind: string }) => n.kind === kind,
    );

  async function inDirectory(providerId: string): Promise<Record<string, unknown>> {
    for (let page = 1; ; page++) {
      const res = await t.api.request('get', `/api/v1/providers?pageSize=100&page=${page}`).expect(200);
      const found = res.body.items.find((p: { id: string }) => p.id === providerId);
      if (found) return found;
      if (page * 100 >= res.body.total) throw new Error(`provider ${providerId} is not in the directory`);
    }
  }

  async function searchItem(word: string, providerId: string): Promise<Record<string, unknown>> {
    const res = await t.api.request('get', `/api/v1/search/listings?q=${word}`).expect(200);
    const item = res.body.items.find((i: { providerId: string }) => i.providerId === providerId);
    if (!item) throw new Error(`no search item for ${word}: ${JSON.stringify(res.body.items)}`);
    return item;
  }

  /** The provider's rating and count as the profile, the directory and a search item show them. */
  async function shown(providerId: string, word: string): Promise<Record<string, Shown>> {
    const pick = (o: Record<string, unknown>) => ({
      rating: o.rating as number | null,
      ratingCount: o.ratingCount as number,
    });
    const profile = (await t.api.request('get', `/api/v1/providers/${providerId}`).expect(200)).body;
    return {
      profile: pick(profile),
      directory: pick(await inDirectory(providerId)),
      search: pick(await searchItem(word, providerId)),
    };
  }

  /** The same rating and count everywhere (a rated provider). */
  const everywhere = (rating: number, ratingCount: number) => ({
    profile: { rating, ratingCount },
    directory: { rating, ratingCount },
    search: { rating, ratingCount },
  });

  describe('who may rate what, and when', () => {
    it.each(['requested', 'confirmed', 'in_progress', 'delivered', 'disputed', 'cancelled'] as const)(
      'an order %s is not rated: 409 ORDER_NOT_COMPLETED, nothing written',
      async (state) => {
        const o = await m.orderIn(state);
        const res = await rate(o).expect(409);
        expect(res.body).toMatchObject({ statusCode: 409, code: 'ORDER_NOT_COMPLETED' });
        expect(await ratingRows(o.id)).toBe(0);
        await o.enterprise.get(ratingPath(o.id)).expect(404);
      },
    );

    it('a completed order is rated once by its enterprise (201 with every field); a second rating is 409 RATING_EXISTS', async () => {
      const o = await m.orderIn('completed');
      const body = {
        ...SCORES,
        comment: '  撰写质量高，沟通及时。  ',
        outcomes: { patentsFiled: 2, note: '两件已受理' },
      };
      const first = await rated(o, body);
      expect(first).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        orderId: o.id,
        providerId: o.provider.orgId,
        listingId: expect.any(String),
        category: 'ip',
        ...SCORES,
        comment: '撰写质量高，沟通及时。',
        outcomes: { patentsFiled: 2, note: '两件已受理' },
        reply: null,
        repliedAt: null,
        hidden: false,
        hiddenReason: null,
        editableUntil: new Date(clock.now().getTime() + 7 * DAY).toISOString(),
        createdAt: clock.now().toISOString(),
        updatedAt: expect.any(String),
      });
      expect((await o.enterprise.get(ratingPath(o.id)).expect(200)).body).toEqual(first);

      const again = await rate(o, { ...SCORES, overall: 1 }).expect(409);
      expect(again.body.code).toBe('RATING_EXISTS');
      expect((await o.enterprise.get(ratingPath(o.id)).expect(200)).body.overall).toBe(5);
      expect(await ratingRows(o.id)).toBe(1);
    });

    it('two concurrent ratings of one order: one 201, one 409 RATING_EXISTS, never a 500', async () => {
      const { provider, listingId } = await providerWithListing();
      const orders = await Promise.all([0, 1, 2, 3].map(() => completed(provider, listingId)));
      for (const o of orders) {
        const results = await Promise.all([rate(o, { ...SCORES, overall: 5 }), rate(o, { ...SCORES, overall: 1 })]);
        expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
        expect(results.find((r) => r.status === 409)!.body.code).toBe('RATING_EXISTS');
        expect(await ratingRows(o.id)).toBe(1);
      }
      const f = await figures(provider.orgId);
      expect(f).toMatchObject({ total: 4, count: 4 });
      expect(f.distribution['1'] + f.distribution['5']).toBe(4);
      expect(await notificationsOf(provider, 'rating_received')).toHaveLength(4);
    });

    it('only its enterprise rates: another enterprise 404, its provider and the bureau 403, anonymous 401', async () => {
      const o = await m.orderIn('completed');
      const stranger = await t.api.enterprise();
      const res = await stranger.post(ratingPath(o.id), SCORES).expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
      expect((await o.provider.post(ratingPath(o.id), SCORES).expect(403)).body.code).toBeDefined();
      await reviewer.post(ratingPath(o.id), SCORES).expect(403);
      await t.api.request('post', ratingPath(o.id)).send(SCORES).expect(401);
      await stranger.post(ratingPath('00000000-0000-4000-8000-000000000000'), SCORES).expect(404);
      expect(await ratingRows(o.id)).toBe(0);

      // Once rated: its parties and the bureau see it; others do not; only its enterprise edits it.
      await rated(o);
      await o.enterprise.get(ratingPath(o.id)).expect(200);
      await o.provider.get(ratingPath(o.id)).expect(200);
      await reviewer.get(ratingPath(o.id)).expect(200);
      await stranger.get(ratingPath(o.id)).expect(404);
      await (await m.provider()).get(ratingPath(o.id)).expect(404);
      await t.api.request('get', ratingPath(o.id)).expect(401);
      await stranger.patch(ratingPath(o.id), { overall: 1 }).expect(404);
      await o.provider.patch(ratingPath(o.id), { overall: 1 }).expect(403);
      await reviewer.patch(ratingPath(o.id), { overall: 1 }).expect(403);
      expect((await o.enterprise.get(ratingPath(o.id)).expect(200)).body.overall).toBe(5);
    });

    const BAD: Array<[string, Record<string, unknown>, string]> = [
      ['overall 0', { ...SCORES, overall: 0 }, 'overall'],
      ['overall 6', { ...SCORES, overall: 6 }, 'overall'],
      ['overall -1', { ...SCORES, overall: -1 }, 'overall'],
      ['overall 4.5', { ...SCORES, overall: 4.5 }, 'overall'],
      ['overall "5"', { ...SCORES, overall: '5' }, 'overall'],
      ['overall null', { ...SCORES, overall: null }, 'overall'],
      ['overall missing', { ...SCORES, overall: undefined }, 'overall'],
      ['professionalism 6', { ...SCORES, professionalism: 6 }, 'professionalism'],
      ['timeliness 2.5', { ...SCORES, timeliness: 2.5 }, 'timeliness'],
      ['effectiveness "4"', { ...SCORES, effectiveness: '4' }, 'effectiveness'],
      ['value 0', { ...SCORES, value: 0 }, 'value'],
      ['value true', { ...SCORES, value: true }, 'value'],
      ['an empty comment', { ...SCORES, comment: '   ' }, 'comment'],
      ['a comment of 1,001 characters', { ...SCORES, comment: '好'.repeat(1001) }, 'comment'],
      ['an unknown field', { ...SCORES, stars: 5 }, 'stars'],
      ['outcomes a list', { ...SCORES, outcomes: [1, 2] }, 'outcomes'],
      ['outcomes a string', { ...SCORES, outcomes: 'patentsFiled=2' }, 'outcomes'],
    ];

    it.each(BAD)('%s: 400 VALIDATION_FAILED naming the field, nothing written', async (_name, body, field) => {
      const o = await m.orderIn('completed');
      const res = await rate(o, body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await ratingRows(o.id)).toBe(0);
      expect(await notificationsOf(o.provider, 'rating_received')).toHaveLength(0);
      // Nothing was written: the order is still rated afterwards.
      await rated(o);
    });
  });

  describe('windows (fixed clock)', () => {
    it('an order is rated up to exactly 30 days after completion; 1 ms later 409 RATING_WINDOW_CLOSED', async () => {
      const { provider, listingId } = await providerWithListing();
      const [onTime, late] = await Promise.all([completed(provider, listingId), completed(provider, listingId)]);
      clock.advance(30 * DAY);
      await rated(onTime);
      clock.advance(1);
      const res = await rate(late).expect(409);
      expect(res.body.code).toBe('RATING_WINDOW_CLOSED');
      expect(await ratingRows(late.id)).toBe(0);
      expect(await figures(provider.orgId)).toMatchObject({ count: 1, total: 1 });
    });

    it('a rating is edited up to exactly 7 days after it was given; 1 ms later 409 RATING_EDIT_WINDOW_CLOSED', async () => {
      const o = await m.orderIn('completed');
      clock.advance(2 * DAY); // the edit window runs from the rating, not from completion
      const given = await rated(o);
      clock.advance(7 * DAY);
      const edited = await o.enterprise.patch(ratingPath(o.id), { overall: 3 }).expect(200);
      expect(edited.body).toMatchObject({ overall: 3, editableUntil: given.editableUntil });
      clock.advance(1);
      const res = await o.enterprise.patch(ratingPath(o.id), { overall: 1 }).expect(409);
      expect(res.body.code).toBe('RATING_EDIT_WINDOW_CLOSED');
      const now = (await o.enterprise.get(ratingPath(o.id)).expect(200)).body;
      expect(now).toMatchObject({ overall: 3, editableUntil: null });
      expect(await figures(o.provider.orgId)).toMatchObject({ average: 3, count: 1 });
    });

    it('an edit changes only what it names; null, out-of-range, fractional or unknown fields are refused (400)', async () => {
      const o = await m.orderIn('completed');
      const original = await rated(o, { ...SCORES, comment: '整体满意', outcomes: { patentsFiled: 1 } });

      const edited = await o.enterprise.patch(ratingPath(o.id), { comment: '补充：专利已授权' }).expect(200);
      expect(edited.body).toMatchObject({ ...SCORES, comment: '补充：专利已授权', outcomes: { patentsFiled: 1 } });

      for (const body of [
        { overall: null },
        { professionalism: null },
        { overall: 0 },
        { value: 6 },
        { timeliness: 3.5 },
        { effectiveness: '5' },
        { stars: 4 },
        { outcomes: { maturityAfter: 3 } },
      ]) {
        const res = await o.enterprise.patch(ratingPath(o.id), body);
        expect([res.status, res.body.code, body]).toEqual([400, 'VALIDATION_FAILED', body]);
      }
      const after = (await o.enterprise.get(ratingPath(o.id)).expect(200)).body;
      expect(after).toMatchObject({ ...SCORES, comment: '补充：专利已授权', outcomes: { patentsFiled: 1 } });
      expect(after.id).toBe(original.id);

      // An order that is not rated has nothing to edit.
      const unrated = await m.orderIn('completed');
      expect((await unrated.enterprise.patch(ratingPath(unrated.id), { overall: 4 }).expect(404)).body.code).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('replies', () => {
    it('the provider replies once (409 ALREADY_REPLIED after); another provider 404, the enterprise and bureau 403', async () => {
      const o = await m.orderIn('completed');
      const rating = await rated(o, { ...SCORES, comment: '沟通及时' });
      const replyPath = `/api/v1/ratings/${rating.id}/reply`;

      await (await m.provider()).post(replyPath, { body: '感谢' }).expect(404);
      await o.enterprise.post(replyPath, { body: '自问自答' }).expect(403);
      await reviewer.post(replyPath, { body: '局方回复' }).expect(403);
      await t.api.request('post', replyPath).send({ body: '匿名' }).expect(401);
      for (const body of [{}, { body: '' }, { body: '   ' }, { body: 'x'.repeat(2001) }, { body: 5 }]) {
        expect((await o.provider.post(replyPath, body).expect(400)).body.code).toBe('VALIDATION_FAILED');
      }
      await o.provider.post('/api/v1/ratings/00000000-0000-4000-8000-000000000000/reply', { body: '感谢' }).expect(404);

      clock.advance(MINUTE);
      const replied = await o.provider.post(replyPath, { body: '  感谢认可，后续进展及时同步。 ' }).expect(200);
      expect(replied.body).toMatchObject({
        id: rating.id,
        reply: '感谢认可，后续进展及时同步。',
        repliedAt: clock.now().toISOString(),
      });
      const again = await o.provider.post(replyPath, { body: '再次回复' }).expect(409);
      expect(again.body.code).toBe('ALREADY_REPLIED');

      expect((await o.enterprise.get(ratingPath(o.id)).expect(200)).body.reply).toBe('感谢认可，后续进展及时同步。');
      const [shownRating] = (await figures(o.provider.orgId)).items;
      expect(shownRating).toMatchObject({ id: rating.id, reply: '感谢认可，后续进展及时同步。', comment: '沟通及时' });

      const told = await notificationsOf(o.enterprise, 'rating_replied');
      expect(told).toEqual([
        expect.objectContaining({
          subjectId: rating.id,
          body: '感谢认可，后续进展及时同步。',
          link: `/orders/${o.id}`,
        }),
      ]);
      expect(await notificationsOf(o.provider, 'rating_replied')).toHaveLength(0);
    });
  });

  describe('hiding', () => {
    it('only a reviewer hides, with a reason; the enterprise sees why, the provider and the public no longer see it', async () => {
      const o = await m.orderIn('completed');
      const rating = await rated(o, { ...SCORES, comment: '含有不实内容' });
      const hidePath = `/api/v1/ratings/${rating.id}/hide`;
      const finance = await t.api.bureauUser('finance');
      const admin = await t.api.bureauUser('admin');

      for (const who of [finance, admin, o.enterprise, o.provider]) {
        await who.post(hidePath, { reason: '不实评价' }).expect(403);
      }
      await t.api.request('post', hidePath).send({ reason: '不实评价' }).expect(401);
      expect((await reviewer.post(hidePath, {}).expect(400)).body.code).toBe('REASON_REQUIRED');
      expect((await reviewer.post(hidePath, { reason: '   ' }).expect(400)).body.code).toMatch(
        /^(REASON_REQUIRED|VALIDATION_FAILED)$/,
      );
      expect((await reviewer.post(hidePath, { reason: 5 }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      await reviewer.post('/api/v1/ratings/00000000-0000-4000-8000-000000000000/hide', { reason: '不实' }).expect(404);
      expect((await figures(o.provider.orgId)).count).toBe(1);

      clock.advance(MINUTE);
      const hidden = await reviewer.post(hidePath, { reason: '经核实评价内容与事实不符' }).expect(200);
      expect(hidden.body).toMatchObject({ id: rating.id, hidden: true, hiddenReason: '经核实评价内容与事实不符' });
      expect((await reviewer.post(hidePath, { reason: '再次隐藏' }).expect(409)).body.code).toBe(
        'RATING_ALREADY_HIDDEN',
      );

      const own = (await o.enterprise.get(ratingPath(o.id)).expect(200)).body;
      expect(own).toMatchObject({ hidden: true, hiddenReason: '经核实评价内容与事实不符', editableUntil: null });
      expect((await reviewer.get(ratingPath(o.id)).expect(200)).body.hidden).toBe(true);
      expect((await o.provider.get(ratingPath(o.id)).expect(404)).body.code).toBe('NOT_FOUND');
      expect(await figures(o.provider.orgId)).toMatchObject({
        items: [],
        total: 0,
        count: 0,
        average: 0,
        distribution: EMPTY_DISTRIBUTION,
      });

      // A hidden rating is no longer edited, replied to or rated again.
      expect((await o.enterprise.patch(ratingPath(o.id), { overall: 1 }).expect(409)).body.code).toBe('RATING_HIDDEN');
      await o.provider.post(`/api/v1/ratings/${rating.id}/reply`, { body: '申诉' }).expect(404);
      expect((await rate(o).expect(409)).body.code).toBe('RATING_EXISTS');

      const told = await notificationsOf(o.enterprise, 'rating_hidden');
      expect(told).toEqual([expect.objectContaining({ subjectId: rating.id, link: `/orders/${o.id}` })]);
      expect(told[0].body).toContain('经核实评价内容与事实不符');
      expect(await notificationsOf(o.provider, 'rating_hidden')).toHaveLength(0);

      // Kept for audit: the row is there with who hid it.
      const [row] = await t.dataSource.query('SELECT hidden, hidden_reason, hidden_by FROM rating WHERE id = $1', [
        rating.id,
      ]);
      expect(row).toEqual({ hidden: true, hidden_reason: '经核实评价内容与事实不符', hidden_by: reviewer.user.id });
    });

    it('a bureau user with both admin and reviewer roles may hide', async () => {
      const o = await m.orderIn('completed');
      const rating = await rated(o);
      const both = await t.api.bureauUser('admin', 'reviewer');
      await both.post(`/api/v1/ratings/${rating.id}/hide`, { reason: '重复评价' }).expect(200);
    });
  });

  describe('figures: ratings page, profile, directory and search agree at once', () => {
    it('after rate, edit and hide: average (2 decimals), count, distribution, dimensions, outcome totals', async () => {
      const { provider, listingId, word } = await providerWithListing('ip');
      const [a, b, c] = await Promise.all([0, 1, 2].map(() => completed(provider, listingId)));
      expect(await figures(provider.orgId)).toMatchObject({ items: [], total: 0, count: 0, average: 0 });
      const unrated = await shown(provider.orgId, word);
      expect(unrated).toEqual({
        profile: { rating: null, ratingCount: 0 }, // the profile says "not rated" with null
        directory: { rating: null, ratingCount: 0 },
        search: { rating: 0, ratingCount: 0 }, // search items say 0 (API.md)
      });

      const ra = await rated(a, {
        overall: 5,
        professionalism: 5,
        timeliness: 4,
        effectiveness: 5,
        value: 4,
        outcomes: { patentsFiled: 2, patentsGranted: 1 },
      });
      expect(await shown(provider.orgId, word)).toEqual(everywhere(5, 1));
      clock.advance(MINUTE);
      await rated(b, {
        overall: 4,
        professionalism: 3,
        timeliness: 4,
        effectiveness: 4,
        value: 5,
        outcomes: { patentsFiled: 1, trademarks: 3 },
      });
      clock.advance(MINUTE);
      await rated(c, { overall: 4, professionalism: 4, timeliness: 3, effectiveness: 3, value: 3 });

      let f = await figures(provider.orgId);
      expect(f).toMatchObject({
        total: 3,
        count: 3,
        average: 4.33, // 13 / 3
        distribution: { '1': 0, '2': 0, '3': 0, '4': 2, '5': 1 },
        dimensions: { overall: 4.33, professionalism: 4, timeliness: 3.67, effectiveness: 4, value: 4 },
        outcomes: { patentsFiled: 3, patentsGranted: 1, trademarks: 3 },
      });
      // The rated provider (and the bureau) see which order each rating is of; anyone else not.
      const own = (await provider.get(`/api/v1/providers/${provider.orgId}/ratings?pageSize=100`).expect(200)).body;
      expect(own.items.map((r: { orderId: string }) => r.orderId)).toEqual([c.id, b.id, a.id]); // newest first
      expect(f.items.map((r: { id: string }) => r.id)).toEqual(own.items.map((r: { id: string }) => r.id));
      expect(f.items[0]).toMatchObject({ id: expect.any(String), overall: 4, reply: null, hidden: false });
      expect(f.items[0]).not.toHaveProperty('hiddenReason');
      expect(f.items[0]).not.toHaveProperty('orderId');
      expect(await shown(provider.orgId, word)).toEqual(everywhere(4.33, 3));

      // An edit moves every figure at once.
      await b.enterprise
        .patch(ratingPath(b.id), { overall: 2, professionalism: 1, outcomes: { patentsFiled: 4 } })
        .expect(200);
      f = await figures(provider.orgId);
      expect(f).toMatchObject({
        count: 3,
        average: 3.67, // 11 / 3
        distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 },
        dimensions: { overall: 3.67, professionalism: 3.33, timeliness: 3.67, effectiveness: 4, value: 4 },
        outcomes: { patentsFiled: 6, patentsGranted: 1, trademarks: 0 },
      });
      expect(await shown(provider.orgId, word)).toEqual(everywhere(3.67, 3));

      // Hiding takes the rating out of every figure.
      await reviewer.post(`/api/v1/ratings/${ra.id}/hide`, { reason: '刷单嫌疑' }).expect(200);
      f = await figures(provider.orgId);
      expect(f).toMatchObject({
        total: 2,
        count: 2,
        average: 3, // (2 + 4) / 2
        distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 0 },
        dimensions: { overall: 3, professionalism: 2.5, timeliness: 3.5, effectiveness: 3.5, value: 4 },
        outcomes: { patentsFiled: 4, patentsGranted: 0, trademarks: 0 },
      });
      expect(f.items.map((r: { id: string }) => r.id)).not.toContain(ra.id);
      expect(await shown(provider.orgId, word)).toEqual(everywhere(3, 2));

      // With every rating hidden the provider is unrated again everywhere.
      for (const o of [b, c]) {
        const { id } = (await o.enterprise.get(ratingPath(o.id)).expect(200)).body;
        await reviewer.post(`/api/v1/ratings/${id}/hide`, { reason: '刷单嫌疑' }).expect(200);
      }
      expect(await figures(provider.orgId)).toMatchObject({
        items: [],
        total: 0,
        count: 0,
        average: 0,
        distribution: EMPTY_DISTRIBUTION,
        dimensions: { overall: 0, professionalism: 0, timeliness: 0, effectiveness: 0, value: 0 },
      });
      expect(await shown(provider.orgId, word)).toEqual(unrated);
    });

    it('a half-way average rounds up the same everywhere: 41 / 40 = 1.025 shows 1.03', async () => {
      const { provider, listingId, word } = await providerWithListing();
      const orders: Order[] = [];
      for (let batch = 0; batch < 4; batch++) {
        orders.push(...(await Promise.all(Array.from({ length: 10 }, () => completed(provider, listingId)))));
      }
      await Promise.all(
        orders.map((o, i) => rated(o, { ...SCORES, overall: i === 0 ? 2 : 1, value: i === 0 ? 2 : 1 })),
      );
      const f = await figures(provider.orgId);
      expect(f).toMatchObject({
        count: 40,
        average: 1.03,
        distribution: { '1': 39, '2': 1, '3': 0, '4': 0, '5': 0 },
        dimensions: { overall: 1.03, value: 1.03, professionalism: 4, timeliness: 5, effectiveness: 4 },
      });
      expect(await shown(provider.orgId, word)).toEqual(everywhere(1.03, 40));
    }, 60_000);

    it('ratings are paginated (total counts every visible one)', async () => {
      const { provider, listingId } = await providerWithListing();
      const orders = await Promise.all([0, 1, 2].map(() => completed(provider, listingId)));
      for (const o of orders) await rated(o);
      const page = await t.api.request('get', `/api/v1/providers/${provider.orgId}/ratings?page=2&pageSize=2`);
      expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2, count: 3, average: 5 });
      expect(page.body.items).toHaveLength(1);
      await t.api.request('get', `/api/v1/providers/00000000-0000-4000-8000-000000000000/ratings`).expect(404);
    });

    it("a rating changes the search document's numbers, not its text: same title, highlight and words", async () => {
      const { provider, listingId, word } = await providerWithListing();
      const o = await completed(provider, listingId);
      const documentText = async () =>
        (
          await t.dataSource.query(
            'SELECT title, description, tags, provider_name, tsv::text AS tsv FROM search_document WHERE listing_id = $1',
            [listingId],
          )
        )[0];
      const before = await searchItem(word, provider.orgId);
      const textBefore = await documentText();
      expect((before.highlight as { title: string }).title).toContain(`<em>${word}</em>`);

      const rating = await rated(o, { ...SCORES, overall: 4, comment: `${word} 以外的评价文字不进入搜索` });
      const after = await searchItem(word, provider.orgId);
      const { rating: r1, ratingCount: c1, ...restBefore } = before;
      const { rating: r2, ratingCount: c2, ...restAfter } = after;
      expect([r1, c1, r2, c2]).toEqual([0, 0, 4, 1]);
      expect(restAfter).toEqual(restBefore);
      expect(await documentText()).toEqual(textBefore);

      await reviewer.post(`/api/v1/ratings/${rating.id}/hide`, { reason: '含广告' }).expect(200);
      const hidden = await searchItem(word, provider.orgId);
      expect(hidden).toEqual(before);
      expect(await documentText()).toEqual(textBefore);
    });
  });

  describe('outcomes, keyed by the category of the order’s listing', () => {
    // [category, outcomes, status, the fields refused]
    const CASES: Array<[string, Record<string, unknown>, 201 | 400, string[]]> = [
      ['ip', { patentsFiled: 2, patentsGranted: 1, trademarks: 0, note: '两件发明专利已受理' }, 201, []],
      ['ip', { maturityBefore: 1, maturityAfter: 3 }, 400, ['outcomes.maturityBefore', 'outcomes.maturityAfter']],
      ['ip', { energySavedTce: 1 }, 400, ['outcomes.energySavedTce']],
      ['ip', { patentsFiled: -1 }, 400, ['outcomes.patentsFiled']],
      ['ip', { patentsFiled: 1.5 }, 400, ['outcomes.patentsFiled']],
      ['ip', { patentsFiled: '2' }, 400, ['outcomes.patentsFiled']],
      ['ip', { patents: 2 }, 400, ['outcomes.patents']],
      ['ip', { toString: 2 }, 400, ['outcomes.toString']],
      ['ip', { note: '' }, 400, ['outcomes.note']],
      ['digital', { maturityBefore: 2, maturityAfter: 4 }, 201, []],
      ['digital', { maturityBefore: 0 }, 400, ['outcomes.maturityBefore']],
      ['digital', { maturityAfter: 6 }, 400, ['outcomes.maturityAfter']],
      ['digital', { maturityAfter: 2.5 }, 400, ['outcomes.maturityAfter']],
      ['digital', { patentsFiled: 1 }, 400, ['outcomes.patentsFiled']],
      ['energy_carbon', { energySavedTce: 1.005, co2SavedT: 2.5 }, 201, []],
      ['energy_carbon', { energySavedTce: 547444087.221 }, 201, []],
      ['energy_carbon', { energySavedTce: 1.0005 }, 400, ['outcomes.energySavedTce']],
      ['energy_carbon', { co2SavedT: -0.001 }, 400, ['outcomes.co2SavedT']],
      ['energy_carbon', { newCustomers: 3 }, 400, ['outcomes.newCustomers']],
      ['energy_carbon', { financingRaisedFen: 100 }, 400, ['outcomes.financingRaisedFen']],
      ['consulting', { note: '管理流程已梳理' }, 201, []],
      ['consulting', { patentsFiled: 1 }, 400, ['outcomes.patentsFiled']],
    ];

    let listings: Record<string, { provider: TestSession; listingId: string }>;
    beforeAll(async () => {
      listings = {};
      for (const category of ['ip', 'digital', 'energy_carbon', 'consulting']) {
        listings[category] = await providerWithListing(category);
      }
    });

    it.each(CASES)('a %s order with %j: %d', async (category, outcomes, status, fields) => {
      const { provider, listingId } = listings[category];
      const o = await completed(provider, listingId);
      const res = await rate(o, { ...SCORES, outcomes });
      expect(res.status).toBe(status);
      if (status === 201) {
        expect(res.body).toMatchObject({ category, outcomes });
      } else {
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(fields);
        expect(await ratingRows(o.id)).toBe(0);
      }
    });

    it('totals per category on the provider, and an edit is checked against the same category', async () => {
      const energy = (await figures(listings.energy_carbon.provider.orgId)).outcomes;
      expect(energy).toMatchObject({ energySavedTce: 547444088.226, co2SavedT: 2.5 });
      const digital = (await figures(listings.digital.provider.orgId)).outcomes;
      expect(digital).toMatchObject({ maturityRated: 1, maturityGain: 2 });

      const { provider, listingId } = listings.digital;
      const o = await completed(provider, listingId);
      await rated(o, { ...SCORES, outcomes: { maturityBefore: 1, maturityAfter: 2 } });
      for (const outcomes of [{ patentsFiled: 1 }, { maturityAfter: 6 }, { valueOf: 1 }]) {
        const res = await o.enterprise.patch(ratingPath(o.id), { outcomes }).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
      await o.enterprise.patch(ratingPath(o.id), { outcomes: { maturityBefore: 1, maturityAfter: 5 } }).expect(200);
      expect((await figures(provider.orgId)).outcomes).toMatchObject({ maturityRated: 2, maturityGain: 6 });
    });
  });

  describe('notifications', () => {
    it('rating_received (provider, on rate only), rating_replied and rating_hidden (enterprise): once each', async () => {
      const o = await m.orderIn('completed');
      const rating = await rated(o, { ...SCORES, overall: 4, comment: '很专业' });
      await o.enterprise.patch(ratingPath(o.id), { overall: 5 }).expect(200);
      await o.enterprise.patch(ratingPath(o.id), { comment: '非常专业' }).expect(200);
      await o.provider.post(`/api/v1/ratings/${rating.id}/reply`, { body: '谢谢' }).expect(200);
      await o.provider.post(`/api/v1/ratings/${rating.id}/reply`, { body: '再谢' }).expect(409);
      await reviewer.post(`/api/v1/ratings/${rating.id}/hide`, { reason: '违规' }).expect(200);
      await reviewer.post(`/api/v1/ratings/${rating.id}/hide`, { reason: '违规' }).expect(409);

      const kinds = async (s: TestSession) =>
        (await s.get('/api/v1/notifications?pageSize=100').expect(200)).body.items
          .map((n: { kind: string }) => n.kind)
          .filter((kind: string) => kind.startsWith('rat'))
          .sort();
      expect(await kinds(o.provider)).toEqual(['rating_received']);
      expect(await kinds(o.enterprise)).toEqual(['rating_hidden', 'rating_replied']);
      const [received] = await notificationsOf(o.provider, 'rating_received');
      expect(received).toMatchObject({ subjectId: rating.id, link: `/orders/${o.id}`, body: '很专业', readAt: null });
    });

    it('the reminder to rate: only after 3 days, only unrated completed orders, only once', async () => {
      const { provider, listingId } = await providerWithListing();
      const [ratedOrder, unrated, laterRated] = await Promise.all([0, 1, 2].map(() => completed(provider, listingId)));
      const notYetCompleted = await m.orderIn('delivered');
      await rated(ratedOrder);
      const ratings = t.app.get(RatingsService);
      const reminders = async (s: TestSession) => notificationsOf(s, 'rate_order');

      clock.advance(3 * DAY - MINUTE);
      await ratings.remindDue();
      for (const o of [ratedOrder, unrated, laterRated]) expect(await reminders(o.enterprise)).toHaveLength(0);

      // Rated before the reminder is due: never reminded.
      await rated(laterRated);
      clock.advance(2 * MINUTE);
      expect(await ratings.remindDue()).toBeGreaterThanOrEqual(1);
      expect(await reminders(unrated.enterprise)).toEqual([
        expect.objectContaining({ kind: 'rate_order', subjectId: unrated.id, link: `/orders/${unrated.id}` }),
      ]);
      expect(await reminders(ratedOrder.enterprise)).toHaveLength(0);
      expect(await reminders(laterRated.enterprise)).toHaveLength(0);
      expect(await reminders(notYetCompleted.enterprise)).toHaveLength(0);
      expect(await reminders(provider)).toHaveLength(0);

      // Run again, now and a day later: still one.
      await ratings.remindDue();
      clock.advance(DAY);
      await ratings.remindDue();
      expect(await reminders(unrated.enterprise)).toHaveLength(1);
      expect(await Promise.all([ratings.remindDue(), ratings.remindDue()])).toEqual([0, 0]);
      expect(await reminders(unrated.enterprise)).toHaveLength(1);

      // Reminded, then rated: still rated normally.
      await rated(unrated);
    });
  });
});

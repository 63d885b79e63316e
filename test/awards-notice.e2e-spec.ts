import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AwardsService, STANDING_FACTS_TTL_MS } from '@app/awards';
import { type AuditActor, FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const ROUNDS = '/api/v1/award-rounds';
const MISSING = '00000000-0000-4000-8000-000000000000';

/**
 * The public notice of a round (DOMAIN.md §7, API.md "Awards") over HTTP: publish, the public list,
 * objections and their answers, finalising, a final round that never changes; the providers'
 * notifications, the audit trail, the statistics by year, and "where I stand".
 * World (2025, minServed 2, minRatings 2): A and F eligible (A rank 1, F rank 2), B ineligible
 * (served 1, rated by 1), N a member with no order at all.
 */
describe('award notice, objections and standing (real PostgreSQL, fixed clock)', () => {
  let t: TestApp;
  let m: Marketplace;
  let admin: TestSession;
  let reviewer: TestSession;
  let enterprise: TestSession;
  let adminActor: AuditActor;
  let dataSource: DataSource;
  const clock = new FixedClock(new Date('2025-03-01T02:00:00Z'));
  const p: Record<'A' | 'B' | 'F' | 'N', TestSession> = {} as never;
  const CONFIG = {
    minServed: 2,
    minRatings: 2,
    noticeDays: 7,
    tiers: [
      { fromRank: 1, toRank: 1, amountFen: 10_000_000 },
      { fromRank: 2, toRank: 2, amountFen: 5_000_000 },
    ],
  };
  let roundId: string;
  const round = (path = '') => `${ROUNDS}/${roundId}${path}`;
  const compute = () => t.app.get(AwardsService).compute(adminActor, roundId);
  const notices = async (who: TestSession, kind: string) =>
    (
      (await who.get('/api/v1/notifications?pageSize=100').expect(200)).body.items as Array<Record<string, string>>
    ).filter((n) => n.kind === kind);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    dataSource = t.app.get<DataSource>(getDataSourceToken());
    admin = await t.api.bureauAdmin();
    adminActor = { userId: admin.user.id, orgId: admin.orgId };
    reviewer = await t.api.bureauUser('reviewer');
    m = new Marketplace(t.api, reviewer);
    for (const k of ['A', 'B', 'F', 'N'] as const) p[k] = await m.provider();
    const e1 = await t.api.enterprise();
    const e2 = await t.api.enterprise();
    enterprise = e1;
    const listing: Record<string, string> = {};
    for (const k of ['A', 'B', 'F'] as const) listing[k] = (await m.listing(p[k])).id;
    clock.set(new Date('2025-04-01T02:00:00Z'));
    const plan: Array<['A' | 'B' | 'F', TestSession, [number, number]]> = [
      ['A', e1, [5, 5]],
      ['A', e2, [4, 4]],
      ['F', e1, [4, 3]],
      ['F', e2, [5, 5]],
      ['B', e1, [3, 3]],
    ];
    for (const [provider, buyer, rating] of plan) {
      clock.advance(HOUR);
      await m.completedAndRated(p[provider], listing[provider], buyer, rating);
    }
    clock.set(new Date('2026-01-10T02:00:00Z')); // 10:00 in Shanghai
    roundId = (await admin.post(ROUNDS, { year: 2025, budgetFen: 15_000_000, config: CONFIG }).expect(201)).body.id;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('publishing needs a computed round, and only an admin publishes', async () => {
    const draft = await admin.post(round('/publish')).expect(409);
    expect(draft.body.code).toBe('INVALID_STATE');
    await compute();
    for (const who of [reviewer, enterprise, p.A]) await who.post(round('/publish')).expect(403);
    await t.api.request('post', round('/publish')).expect(401);
    await admin.post(`${ROUNDS}/${MISSING}/publish`).expect(404);
  });

  it('is not published while a compute job is queued', async () => {
    await dataSource.query(`UPDATE award_round SET job_status = 'queued' WHERE id = $1`, [roundId]);
    expect((await admin.post(round('/publish')).expect(409)).body.code).toBe('AWARD_COMPUTE_PENDING');
    await dataSource.query(`UPDATE award_round SET job_status = 'done' WHERE id = $1`, [roundId]);
  });

  it('an admin publishes: the notice runs 7 whole days after the day of publication', async () => {
    const res = await admin.post(round('/publish')).expect(200);
    expect(res.body).toMatchObject({
      status: 'published',
      publishedAt: '2026-01-10T02:00:00.000Z',
      noticeEndsAt: '2026-01-17T16:00:00.000Z', // 18 Jan 00:00 in Shanghai: objections through 17 Jan
      finalizedAt: null,
    });
    expect((await admin.post(round('/publish')).expect(409)).body.code).toBe('INVALID_STATE');
  });

  it('tells every provider of the round its own result, once', async () => {
    const [a] = await notices(p.A, 'award_published');
    expect(a.title).toBe('2025 年度优质服务机构评选结果公示');
    expect(a.body).toContain('排第 1 名');
    expect(a.body).toContain('拟奖励 100,000 元');
    expect(a.body).toContain('公示期至 2026-01-17');
    expect(a.link).toBe(`/award-rounds/${roundId}/results/${p.A.orgId}`);
    const [b] = await notices(p.B, 'award_published');
    expect(b.body).toContain('未符合本年度评选条件');
    expect(await notices(p.F, 'award_published')).toHaveLength(1);
    expect(await notices(p.N, 'award_published')).toHaveLength(1);
    expect(await notices(enterprise, 'award_published')).toHaveLength(0);
  });

  it('anyone reads the published list: ranked names and figures, the ineligible only counted', async () => {
    const res = await t.api.request('get', '/api/v1/awards/2025').expect(200);
    expect(res.body).toMatchObject({
      year: 2025,
      status: 'published',
      budgetFen: 15_000_000,
      awardedFen: 15_000_000,
      eligibleCount: 2,
      ineligibleCount: 2,
      noticeEndsAt: '2026-01-17T16:00:00.000Z',
    });
    expect(res.body.ranked.map((r: { providerId: string; rank: number }) => [r.providerId, r.rank])).toEqual([
      [p.A.orgId, 1],
      [p.F.orgId, 2],
    ]);
    expect(res.body.ranked[0].providerName).toEqual(expect.any(String));
    expect(JSON.stringify(res.body)).not.toContain(p.B.orgId);
    for (const year of ['2024', '1999', 'abc', '20251']) {
      const missing = await t.api.request('get', `/api/v1/awards/${year}`).expect(404);
      expect(missing.body.code).toBe('AWARDS_NOT_PUBLISHED');
    }
  });

  it('a published round is not recomputed, and not finalised before its notice ends', async () => {
    await expect(compute()).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect((await admin.post(round('/compute')).expect(409)).body.code).toBe('INVALID_STATE');
    const early = await admin.post(round('/finalize')).expect(409);
    expect(early.body).toMatchObject({
      code: 'AWARD_NOTICE_NOT_ENDED',
      details: { noticeEndsAt: '2026-01-17T16:00:00.000Z' },
    });
  });

  let objectionB: string;
  let objectionF: string;

  it('providers lodge objections during the notice, one unanswered at a time, with a reason', async () => {
    for (const who of [enterprise, reviewer, admin])
      await who.post(round('/objections'), { reason: '异议' }).expect(403);
    const bare = await p.B.post(round('/objections'), {}).expect(400);
    expect(bare.body.code).toBe('REASON_REQUIRED');
    clock.advance(2 * DAY);
    const b = await p.B.post(round('/objections'), { reason: '我单位 2025 年还服务了另一家企业，未计入' }).expect(201);
    expect(b.body).toMatchObject({ status: 'open', providerId: p.B.orgId, answer: null });
    objectionB = b.body.id;
    const again = await p.B.post(round('/objections'), { reason: '再次提出' }).expect(409);
    expect(again.body).toMatchObject({ code: 'OBJECTION_EXISTS', details: { objectionId: objectionB } });
    objectionF = (await p.F.post(round('/objections'), { reason: '满意度计算有误' }).expect(201)).body.id;
    await p.A.post(`${ROUNDS}/${MISSING}/objections`, { reason: '异议' }).expect(404);
  });

  it('the bureau sees every objection, a provider only its own', async () => {
    const all = await reviewer.get(round('/objections')).expect(200);
    expect(all.body.map((o: { id: string }) => o.id)).toEqual([objectionB, objectionF]);
    const own = await p.F.get(round('/objections')).expect(200);
    expect(own.body.map((o: { id: string }) => o.id)).toEqual([objectionF]);
    expect((await p.A.get(round('/objections')).expect(200)).body).toEqual([]);
    await enterprise.get(round('/objections')).expect(403);
  });

  it('an admin dismisses an objection with a reason; the provider is told; it is answered once', async () => {
    const path = round(`/objections/${objectionF}/resolve`);
    await reviewer.post(path, { outcome: 'dismissed', reason: '理由' }).expect(403);
    expect((await admin.post(path, { outcome: 'dismissed' }).expect(400)).body.code).toBe('REASON_REQUIRED');
    expect((await admin.post(path, { outcome: 'withdrawn', reason: '理由' }).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    await admin.post(round(`/objections/${MISSING}/resolve`), { outcome: 'dismissed', reason: '理由' }).expect(404);
    const res = await admin.post(path, { outcome: 'dismissed', reason: '经核实，满意度按规则计算无误' }).expect(200);
    expect(res.body).toMatchObject({ status: 'dismissed', answer: '经核实，满意度按规则计算无误' });
    const again = await admin.post(path, { outcome: 'upheld', reason: '改判' }).expect(409);
    expect(again.body.code).toBe('OBJECTION_ANSWERED');
    expect((await admin.get(round()).expect(200)).body.status).toBe('published');
    const [told] = await notices(p.F, 'award_objection_answered');
    expect(told.title).toContain('未被采纳');
    expect(told.body).toContain('经核实，满意度按规则计算无误');
  });

  it('after the notice no objection is taken, and an unanswered one blocks finalising', async () => {
    clock.set(new Date('2026-01-17T16:00:00Z'));
    const late = await p.A.post(round('/objections'), { reason: '异议' }).expect(409);
    expect(late.body.code).toBe('AWARD_NOTICE_CLOSED');
    const blocked = await admin.post(round('/finalize')).expect(409);
    expect(blocked.body).toMatchObject({ code: 'AWARD_OBJECTIONS_OPEN', details: { open: 1 } });
  });

  it('an upheld objection returns the round to computed: off the public list, computed and published again', async () => {
    const res = await admin
      .post(round(`/objections/${objectionB}/resolve`), { outcome: 'upheld', reason: '订单数据有误，重新核算' })
      .expect(200);
    expect(res.body.status).toBe('upheld');
    const back = await admin.get(round()).expect(200);
    expect(back.body).toMatchObject({ status: 'computed', publishedAt: null, noticeEndsAt: null });
    await t.api.request('get', '/api/v1/awards/2025').expect(404);
    const [told] = await notices(p.B, 'award_objection_answered');
    expect(told.title).toContain('已被采纳');
    await compute();
    clock.set(new Date('2026-01-20T08:00:00Z')); // 16:00 in Shanghai
    const again = await admin.post(round('/publish')).expect(200);
    expect(again.body.noticeEndsAt).toBe('2026-01-27T16:00:00.000Z');
    expect(await notices(p.A, 'award_published')).toHaveLength(2);
  });

  it('finalises once the new notice ends with every objection answered; providers are told', async () => {
    expect((await admin.post(round('/finalize')).expect(409)).body.code).toBe('AWARD_NOTICE_NOT_ENDED');
    clock.set(new Date('2026-01-28T01:00:00Z'));
    for (const who of [reviewer, p.A]) await who.post(round('/finalize')).expect(403);
    const res = await admin.post(round('/finalize')).expect(200);
    expect(res.body).toMatchObject({ status: 'final', finalizedAt: '2026-01-28T01:00:00.000Z' });
    const [a] = await notices(p.A, 'award_final');
    expect(a.body).toContain('奖励 100,000 元');
    expect(a.body).not.toContain('拟奖励');
    const list = await t.api.request('get', '/api/v1/awards/2025').expect(200);
    expect(list.body).toMatchObject({ status: 'final', finalizedAt: '2026-01-28T01:00:00.000Z' });
  });

  it('a final round never changes: not by the API, not by SQL', async () => {
    for (const path of ['/compute', '/publish', '/finalize']) {
      expect((await admin.post(round(path)).expect(409)).body.code).toBe('INVALID_STATE');
    }
    expect((await p.A.post(round('/objections'), { reason: '异议' }).expect(409)).body.code).toBe(
      'AWARD_NOTICE_CLOSED',
    );
    const answered = await admin
      .post(round(`/objections/${objectionF}/resolve`), { outcome: 'upheld', reason: '改判' })
      .expect(409);
    expect(answered.body.code).toBe('OBJECTION_ANSWERED');
    await expect(dataSource.query(`UPDATE award_round SET budget_fen = 1 WHERE id = $1`, [roundId])).rejects.toThrow(
      /final award round never changes/,
    );
    await expect(dataSource.query(`DELETE FROM award_round_facts WHERE round_id = $1`, [roundId])).rejects.toThrow(
      /final award round never changes/,
    );
  });

  it('every step is in the audit trail with its reason', async () => {
    const res = await reviewer.get(`/api/v1/audit-events?entityType=award_round&entityId=${roundId}&pageSize=50`);
    const actions = (res.body.items as Array<{ action: string; reason: string | null }>).map((e) => e.action).reverse();
    expect(actions).toEqual([
      'create',
      'compute',
      'publish',
      'object',
      'object',
      'dismiss_objection',
      'uphold_objection',
      'compute',
      'publish',
      'finalize',
    ]);
    const upheld = (res.body.items as Array<{ action: string; reason: string | null }>).find(
      (e) => e.action === 'uphold_objection',
    );
    expect(upheld?.reason).toBe('订单数据有误，重新核算');
  });

  it('the statistics count the awards by year', async () => {
    const res = await admin.get('/api/v1/stats/overview').expect(200);
    expect(res.body.awards.byYear).toEqual([
      { year: 2025, status: 'final', awardedProviders: 2, awardedFen: 15_000_000 },
    ]);
  });

  describe('where I stand (GET /providers/me/standing)', () => {
    it('shows an eligible provider its provisional rank and parts by the round configuration', async () => {
      const res = await p.A.get('/api/v1/providers/me/standing?year=2025').expect(200);
      expect(res.body).toMatchObject({
        providerId: p.A.orgId,
        year: 2025,
        eligible: true,
        gaps: [],
        roundStatus: 'final',
        config: { minServed: 2, minRatings: 2 },
        position: { rank: 1, fieldSize: 2, awardFen: 10_000_000, asIfEligible: false },
      });
      expect(res.body.position.parts).toEqual({
        served: expect.any(Number),
        satisfaction: expect.any(Number),
        effectiveness: expect.any(Number),
      });
      expect(res.body.sentences[0]).toContain('暂列第 1 名');
    });

    it('tells a provider what it lacks, in figures and words', async () => {
      const res = await p.B.get('/api/v1/providers/me/standing?year=2025').expect(200);
      expect(res.body.eligible).toBe(false);
      expect(res.body.gaps).toEqual([
        expect.objectContaining({ code: 'SERVED_TOO_FEW', have: 1, need: 2, missing: 1 }),
        expect.objectContaining({ code: 'RATINGS_TOO_FEW', have: 1, need: 2, missing: 1 }),
      ]);
      expect(res.body.gaps[0].message).toBe('服务企业 1 家，还差 1 家达到 2 家');
      expect(res.body.position.asIfEligible).toBe(true);
    });

    it('answers a provider with nothing in the year yet, and for the current year by default', async () => {
      const res = await p.N.get('/api/v1/providers/me/standing?year=2025').expect(200);
      expect(res.body.facts).toMatchObject({ served: 0, ratingCount: 0 });
      expect(res.body.gaps.map((g: { code: string }) => g.code)).toEqual(['SERVED_TOO_FEW', 'RATINGS_TOO_FEW']);
      const now = await p.N.get('/api/v1/providers/me/standing').expect(200);
      expect(now.body).toMatchObject({ year: 2026, roundStatus: null, config: { minServed: 3, minRatings: 3 } });
    });

    it('reads the facts again once they are older than the cache bound', async () => {
      const first = await p.A.get('/api/v1/providers/me/standing?year=2025').expect(200);
      clock.advance(STANDING_FACTS_TTL_MS);
      const later = await p.A.get('/api/v1/providers/me/standing?year=2025').expect(200);
      expect(new Date(later.body.asOf).getTime() - new Date(first.body.asOf).getTime()).toBeGreaterThanOrEqual(
        STANDING_FACTS_TTL_MS,
      );
    });

    it('is a provider’s own view, for a past or current year', async () => {
      for (const who of [enterprise, reviewer]) await who.get('/api/v1/providers/me/standing').expect(403);
      expect((await p.A.get('/api/v1/providers/me/standing?year=2030').expect(422)).body.code).toBe(
        'AWARD_YEAR_INVALID',
      );
      expect((await p.A.get('/api/v1/providers/me/standing?year=abc').expect(400)).body.code).toBe('VALIDATION_FAILED');
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type AwardComputeProgress, type AwardRoundView, AwardsService } from '@app/awards';
import { type AuditActor, FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';

const HOUR = 3600 * 1000;
const C = 5; // default prior weight

const scores = (overall: number, effectiveness: number) => ({
  overall,
  professionalism: 4,
  timeliness: 4,
  effectiveness,
  value: 4,
});

/**
 * An award round for 2025 (DOMAIN.md §7) computed in January 2026 over a small world made through
 * HTTP on a fixed clock. Hand-checked figures (every vote counted, C = 5):
 *   A: served E1 (2 orders rated 5/5 and 3/3: one vote 4/4), E2 (4/5), E3 (4/4); ER (related: shares
 *      the provider's contact phone) rated 1/1 and is not counted      -> S 3, n 3, sum 12, sume 13
 *   B: E1 4/4, E2 3/3, E3 5/5 hidden by a reviewer                     -> S 3, n 2, sum 7, sume 7
 *   F: E1 5/3, E2 5/4, E3 3/5                                           -> S 3, n 3, sum 13, sume 12
 *   S (suspended in May, reinstated in June): E1 4/4, E2 5/5            -> ineligible, its votes still count in m
 *   m = me = 41 / 10 = 4.1; Q_A = (5*4.1 + 12) / 8 = 4.0625, Q_B = 27.5 / 7, Q_F = 4.1875 (E mirrors Q for A and F);
 *   everyone served 3, so the ranking is decided by Q and E: F 87.93, A 83.10, B 40.
 */
describe('award rounds: compute, snapshot, explain (real PostgreSQL, fixed clock)', () => {
  let t: TestApp;
  let m: Marketplace;
  let reviewer: TestSession;
  let admin: AuditActor;
  const clock = new FixedClock(new Date('2025-03-01T02:00:00Z'));
  const awards = () => t.app.get(AwardsService);
  const p: Record<'A' | 'B' | 'F' | 'S' | 'late' | 'applicant', TestSession> = {} as never;
  const e: Record<'E1' | 'E2' | 'E3' | 'ER', TestSession> = {} as never;
  const CONFIG = {
    minServed: 2,
    minRatings: 2,
    tiers: [
      { fromRank: 1, toRank: 1, amountFen: 10_000_000 },
      { fromRank: 2, toRank: 2, amountFen: 5_000_000 },
    ],
  };
  let round: AwardRoundView;

  /** An order of `provider`'s listing by `buyer`, completed now (the clock), rated when scores are given. */
  async function completed(provider: TestSession, listingId: string, buyer: TestSession, rating?: [number, number]) {
    const { id } = await m.order(buyer, listingId);
    const path = (action: string) => `/api/v1/orders/${id}/${action}`;
    await provider.post(path('accept')).expect(200);
    await provider.post(path('payments/offline'), { reference: 'BANK-REF-001' }).expect(200);
    await provider.post(path('start')).expect(200);
    await provider.post(path('deliver'), { summary: '已交付' }).expect(200);
    await buyer.post(path('accept-delivery')).expect(200);
    if (!rating) return { orderId: id, ratingId: null };
    const rated = await buyer.post(`/api/v1/orders/${id}/rating`, scores(...rating)).expect(201);
    return { orderId: id, ratingId: rated.body.id as string };
  }

  const tick = () => clock.set(new Date(clock.now().getTime() + HOUR));

  beforeAll(async () => {
    t = await createTestApp({ clock });
    reviewer = await t.api.bureauUser('reviewer');
    const adminSession = await t.api.bureauAdmin();
    admin = { userId: adminSession.user.id, orgId: adminSession.orgId };
    m = new Marketplace(t.api, reviewer);

    // Admitted on 1 Mar 2025; one applicant never approved; one admitted after 30 Jun.
    for (const k of ['A', 'B', 'F', 'S'] as const) p[k] = await m.provider();
    p.applicant = await t.api.provider();
    for (const k of ['E1', 'E2', 'E3', 'ER'] as const) e[k] = await t.api.enterprise();
    // ER shares the contact phone of every test provider (newProviderProfile): a related party.
    await e.ER.patch('/api/v1/enterprises/me', {
      industry: '通用设备制造业',
      employeeCount: 120,
      revenueBand: '5000万-1亿元',
      contactPhone: '13805741234',
    }).expect(200);
    const listing: Record<string, string> = {};
    for (const k of ['A', 'B', 'F', 'S'] as const) listing[k] = (await m.listing(p[k])).id;

    clock.set(new Date('2025-04-01T02:00:00Z'));
    const plan: Array<['A' | 'B' | 'F' | 'S', 'E1' | 'E2' | 'E3' | 'ER', [number, number]]> = [
      ['A', 'E1', [5, 5]],
      ['A', 'E1', [3, 3]],
      ['A', 'E2', [4, 5]],
      ['A', 'E3', [4, 4]],
      ['A', 'ER', [1, 1]],
      ['B', 'E1', [4, 4]],
      ['B', 'E2', [3, 3]],
      ['F', 'E1', [5, 3]],
      ['F', 'E2', [5, 4]],
      ['F', 'E3', [3, 5]],
      ['S', 'E1', [4, 4]],
      ['S', 'E2', [5, 5]],
    ];
    for (const [provider, buyer, rating] of plan) {
      tick();
      await completed(p[provider], listing[provider], e[buyer], rating);
    }
    tick();
    const hidden = await completed(p.B, listing.B, e.E3, [5, 5]);
    await reviewer.post(`/api/v1/ratings/${hidden.ratingId}/hide`, { reason: '不实评价' }).expect(200);

    clock.set(new Date('2025-05-01T02:00:00Z'));
    await reviewer.post(`/api/v1/providers/${p.S.orgId}/suspend`, { reason: '资质过期' }).expect(200);
    clock.set(new Date('2025-06-01T02:00:00Z'));
    await reviewer.post(`/api/v1/providers/${p.S.orgId}/reinstate`, { reason: '资质已更新' }).expect(200);
    clock.set(new Date('2025-08-01T02:00:00Z'));
    p.late = await m.provider();

    clock.set(new Date('2026-01-10T02:00:00Z'));
    round = await awards().create(admin, { year: 2025, budgetFen: 15_000_000, config: CONFIG });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const stored = async (id: string) => {
    const [row] = await t.dataSource.query(
      `SELECT status, result::text AS result, input_hash AS "inputHash",
              (SELECT json_agg(json_build_object('provider', provider_id, 'facts', facts::text) ORDER BY provider_id)::text
               FROM award_round_facts WHERE round_id = r.id) AS facts
       FROM award_round r WHERE id = $1`,
      [id],
    );
    return row as { status: string; result: string; inputHash: string; facts: string };
  };

  it('creates a draft round with the configuration resolved', async () => {
    expect(round).toMatchObject({ year: 2025, budgetFen: 15_000_000, status: 'draft', result: null, inputHash: null });
    expect(round.config).toMatchObject({ ...CONFIG, priorWeight: C, minOrderFen: 100_000, admittedBy: '06-30' });
    expect(await awards().get(round.id)).toMatchObject({ id: round.id, status: 'draft' });
  });

  it('computes the hand-checked ranking: related pairs, hidden ratings and repeat votes handled', async () => {
    const progress: AwardComputeProgress[] = [];
    const computed = await awards().compute(admin, round.id, (s) => progress.push(s));
    expect(progress.map((s) => s.step)).toEqual(['gathering', 'computing', 'storing', 'done']);
    expect(computed.status).toBe('computed');
    expect(computed.inputHash).toMatch(/^[0-9a-f]{64}$/);
    const result = computed.result!;

    // Votes counted: A 4+4+4 (E1 once, as the mean of 5 and 3), B 4+3, F 5+5+3, S 4+5: 10 votes, sum 41.
    const mean = (4 + 4 + 4 + (4 + 3) + (5 + 5 + 3) + (4 + 5)) / 10;
    const meanE = (4 + 5 + 4 + (4 + 3) + (3 + 4 + 5) + (4 + 5)) / 10;
    expect(result.voteCount).toBe(10);
    expect(result.m).toBeCloseTo(mean, 12);
    expect(result.me).toBeCloseTo(meanE, 12);
    const q = (sum: number, n: number, prior: number) => (C * prior + sum) / (C + n);
    const Q = { A: q(12, 3, mean), B: q(7, 2, mean), F: q(13, 3, mean) };
    const E = { A: q(13, 3, meanE), B: q(7, 2, meanE), F: q(12, 3, meanE) };

    const byId = Object.fromEntries(result.ranked.map((r) => [r.providerId, r]));
    const A = byId[p.A.orgId];
    const B = byId[p.B.orgId];
    const F = byId[p.F.orgId];
    expect(result.ranked.map((r) => r.providerId)).toEqual([p.F.orgId, p.A.orgId, p.B.orgId]);
    expect(A.facts).toEqual({
      served: 3,
      ratingCount: 3,
      satisfaction: expect.any(Number),
      effectiveness: expect.any(Number),
    });
    expect(B.facts.served).toBe(3); // the order whose rating was hidden still counts as served
    expect(B.facts.ratingCount).toBe(2); // the hidden rating does not
    for (const [r, k] of [
      [A, 'A'],
      [B, 'B'],
      [F, 'F'],
    ] as const) {
      expect(r.facts.satisfaction).toBeCloseTo(Q[k], 8);
      expect(r.facts.effectiveness).toBeCloseTo(E[k], 8);
    }
    // S: every provider served 3, so S' = 100 for all; Q and E are min-max normalised over A, B, F.
    const norm = (x: number, xs: number[]) => (100 * (x - Math.min(...xs))) / (Math.max(...xs) - Math.min(...xs));
    const score = (k: 'A' | 'B' | 'F') =>
      0.4 * 100 + 0.35 * norm(Q[k], Object.values(Q)) + 0.25 * norm(E[k], Object.values(E));
    expect(F.score).toBeCloseTo(score('F'), 6);
    expect(A.score).toBeCloseTo(score('A'), 6);
    expect(B.score).toBeCloseTo(score('B'), 6);
    expect([F.score, A.score, B.score].map((x) => Math.round(x * 100) / 100)).toEqual([87.93, 83.1, 40]);
    expect([F.rank, F.awardFen, A.rank, A.awardFen, B.rank, B.awardFen]).toEqual([1, 10_000_000, 2, 5_000_000, 3, 0]);

    const reasons = Object.fromEntries(result.ineligible.map((r) => [r.providerId, r.reasons.map((x) => x.code)]));
    expect(reasons).toEqual({
      [p.S.orgId]: ['SUSPENDED_IN_YEAR'],
      [p.late.orgId]: ['ADMITTED_LATE', 'SERVED_TOO_FEW', 'RATINGS_TOO_FEW'],
    });
    expect(JSON.stringify(result)).not.toContain(p.applicant.orgId);
  });

  it('stores each provider’s inputs, with the related pair dropped on record', async () => {
    const facts: Array<{ provider_id: string; facts: Record<string, unknown> }> = await t.dataSource.query(
      'SELECT provider_id, facts FROM award_round_facts WHERE round_id = $1',
      [round.id],
    );
    expect(facts.map((f) => f.provider_id).sort()).toEqual([p.A, p.B, p.F, p.S, p.late].map((s) => s.orgId).sort());
    const A = facts.find((f) => f.provider_id === p.A.orgId)!.facts;
    expect(A).toMatchObject({
      served: 3,
      approvedAtCompute: true,
      suspendedInYear: false,
      fraudRejectedClaimInYear: false,
      relatedDropped: [{ enterpriseId: e.ER.orgId, relatedBy: ['contact_phone'], orders: 1, ratings: 1 }],
      outcome: { eligible: true, ranked: { rank: 2 } },
    });
    expect(A.votes).toContainEqual({ enterpriseId: e.E1.orgId, overall: 4, effectiveness: 4, ratings: 2 });
    expect(A.orders).toContainEqual({ enterpriseId: e.E1.orgId, orders: 2 });
  });

  it('explains a provider’s result from the stored snapshot', async () => {
    const a = await awards().explanation(round.id, p.A.orgId);
    expect(a).toMatchObject({ kind: 'ranked', rank: 2, awardFen: 5_000_000, eligibleCount: 3 });
    expect(a.inputs.relatedDropped).toHaveLength(1);
    const s = await awards().explanation(round.id, p.S.orgId);
    expect(s).toMatchObject({ kind: 'ineligible', reasons: [{ code: 'SUSPENDED_IN_YEAR' }] });
    await expect(awards().explanation(round.id, p.applicant.orgId)).rejects.toMatchObject({ status: 404 });
  });

  it('computing again on the same data gives byte-identical results, snapshots and input hash (even a week later)', async () => {
    const first = await stored(round.id);
    await awards().compute(admin, round.id);
    expect(await stored(round.id)).toEqual(first);
    clock.set(new Date('2026-01-17T02:00:00Z'));
    await awards().compute(admin, round.id);
    expect(await stored(round.id)).toEqual(first);
    const events: Array<{ action: string; actor_id: string }> = await t.dataSource.query(
      `SELECT action, actor_id FROM audit_event WHERE entity_type = 'award_round' AND entity_id = $1 ORDER BY created_at, id`,
      [round.id],
    );
    expect(events.map((x) => x.action)).toEqual(['create', 'compute', 'compute', 'compute']);
    expect(new Set(events.map((x) => x.actor_id))).toEqual(new Set([admin.userId]));
  });

  it('refuses configurations with stable codes, and a second round for the year', async () => {
    const refuse = (budgetFen: number, config: Record<string, unknown>, year = 2024) =>
      awards().create(admin, { year, budgetFen, config });
    await expect(
      refuse(100_000_000, { tiers: [{ fromRank: 1, toRank: 1, amountFen: 50_000_001 }] }),
    ).rejects.toMatchObject({
      status: 422,
      code: 'AWARD_ABOVE_CAP',
    });
    await expect(refuse(1_000_000, {})).rejects.toMatchObject({
      status: 422,
      code: 'AWARD_BUDGET_EXCEEDED',
      details: [{ code: 'AWARD_BUDGET_EXCEEDED', details: { budgetFen: 1_000_000, totalFen: 280_000_000 } }],
    });
    await expect(refuse(1_000_000_000, { weights: { served: 0.5 } })).rejects.toMatchObject({
      status: 422,
      code: 'AWARD_WEIGHTS_INVALID',
    });
    await expect(refuse(1_000_000_000, { admittedBy: '02-30', minServed: -1 })).rejects.toMatchObject({
      status: 422,
      code: 'AWARD_ADMITTED_BY_INVALID',
      details: [{ code: 'AWARD_ADMITTED_BY_INVALID' }, { code: 'AWARD_CONFIG_INVALID' }],
    });
    await expect(refuse(1_000_000_000, {}, 2025)).rejects.toMatchObject({ status: 409, code: 'AWARD_ROUND_EXISTS' });
    const rows = await t.dataSource.query('SELECT year FROM award_round');
    expect(rows).toEqual([{ year: 2025 }]);
  });

  it('refuses to recompute a published round, and explains nothing before a first computation', async () => {
    await t.dataSource.query(`UPDATE award_round SET status = 'published' WHERE id = $1`, [round.id]);
    const before = await stored(round.id);
    await expect(awards().compute(admin, round.id)).rejects.toMatchObject({ status: 409, code: 'INVALID_STATE' });
    expect(await stored(round.id)).toEqual(before);

    const draft = await awards().create(admin, { year: 2024, budgetFen: 15_000_000, config: CONFIG });
    await expect(awards().explanation(draft.id, p.A.orgId)).rejects.toMatchObject({
      status: 409,
      code: 'AWARD_ROUND_NOT_COMPUTED',
    });
  });
});

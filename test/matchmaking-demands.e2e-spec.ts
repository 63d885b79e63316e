import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ProvidersService } from '@app/providers';
import { FixedClock } from '@app/shared';
import { createTestApp, periodicJobs, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';

describe('matchmaking: demands, proposals, acceptance and expiry (DOMAIN.md §9)', () => {
  // 2026-12-01 10:00 in Shanghai.
  const clock = new FixedClock(new Date('2026-12-01T02:00:00Z'));
  let t: TestApp;
  let m: Marketplace;
  let reviewer: TestSession;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    reviewer = await t.api.bureauUser('reviewer');
    m = new Marketplace(t.api, reviewer);
  });
  afterAll(async () => {
    await t.close();
  });

  const demandBody = (overrides: Record<string, unknown> = {}) => ({
    title: '汽车零部件企业MES系统选型与数字化诊断',
    description: '年产值约2亿元，计划明年上线MES系统，希望先做一次数字化诊断并给出选型建议。',
    category: 'digital',
    regionCode: '330212',
    budgetMinFen: 5_000_000,
    budgetMaxFen: 15_000_000,
    deadline: '2026-12-31',
    voucherIntended: true,
    visibility: 'pool',
    ...overrides,
  });
  const provider = (categories: string[] = ['digital']) => t.api.poolMember(reviewer, { profile: { categories } });
  async function openDemand(owner: TestSession, overrides: Record<string, unknown> = {}): Promise<string> {
    const created = await owner.post('/api/v1/demands', demandBody(overrides));
    expect(created.status).toBe(201);
    expect((await owner.post(`/api/v1/demands/${created.body.id}/publish`)).status).toBe(200);
    return created.body.id;
  }
  const proposal = (overrides: Record<string, unknown> = {}) => ({
    priceFen: 9_800_000,
    deliveryDays: 45,
    note: '两周现场诊断，输出诊断报告与MES选型建议。',
    ...overrides,
  });

  it('drafts, edits while draft, publishes, and refuses what does not hold', async () => {
    const owner = await t.api.enterprise();
    const created = await owner.post('/api/v1/demands', demandBody());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      visibility: 'pool',
      proposalCount: 0,
      deadline: '2026-12-31',
    });
    // The end of 31 Dec in Shanghai.
    expect(created.body.expiresAt).toBe('2026-12-31T16:00:00.000Z');
    const id = created.body.id;

    const bad = [
      [demandBody({ category: 'astrology' }), 400, 'VALIDATION_FAILED'],
      [demandBody({ regionCode: '110101' }), 400, 'VALIDATION_FAILED'],
      [demandBody({ budgetMinFen: 20_000_000 }), 400, 'VALIDATION_FAILED'],
      [demandBody({ budgetMinFen: 1.5 }), 400, 'VALIDATION_FAILED'],
      [demandBody({ visibility: 'secret' }), 400, 'VALIDATION_FAILED'],
      [demandBody({ deadline: '2026-02-30' }), 400, 'VALIDATION_FAILED'],
    ] as const;
    for (const [body, status, code] of bad) {
      const res = await owner.post('/api/v1/demands', body);
      expect([res.status, res.body.code]).toEqual([status, code]);
    }

    const edited = await owner.patch(`/api/v1/demands/${id}`, {
      title: '工业互联网平台与MES选型咨询',
      budgetMinFen: null,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: '工业互联网平台与MES选型咨询', budgetMinFen: null });
    expect((await owner.patch(`/api/v1/demands/${id}`, { title: null })).status).toBe(400);
    expect((await (await t.api.enterprise()).patch(`/api/v1/demands/${id}`, { title: 'x' })).status).toBe(404);

    const late = await owner.post('/api/v1/demands', demandBody({ deadline: '2026-11-30' }));
    const refused = await owner.post(`/api/v1/demands/${late.body.id}/publish`);
    expect([refused.status, refused.body.code]).toEqual([409, 'DEADLINE_PASSED']);

    const published = await owner.post(`/api/v1/demands/${id}/publish`);
    expect(published.body).toMatchObject({ status: 'open', publishedAt: clock.now().toISOString() });
    const again = await owner.patch(`/api/v1/demands/${id}`, { title: '再改' });
    expect([again.status, again.body.code]).toEqual([409, 'INVALID_STATE']);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'demand' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    // One fixed instant: the audit rows are compared as a set.
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual(['created', 'published', 'updated']);
  });

  it('shows a pool demand only to its owner, the bureau and approved providers of its category; a public one to anyone', async () => {
    const owner = await t.api.enterprise();
    const ofCategory = await provider(['digital']);
    const otherCategory = await provider(['ip']);
    const suspended = await provider(['digital']);
    expect((await reviewer.post(`/api/v1/providers/${suspended.orgId}/suspend`, { reason: '资质过期' })).status).toBe(
      200,
    );
    const applicant = await t.api.provider();
    const stranger = await t.api.enterprise();
    const pool = await openDemand(owner, { title: '仅池内可见的MES需求' });
    const draft = (await owner.post('/api/v1/demands', demandBody({ title: '尚未发布的草稿' }))).body.id;
    const open = await openDemand(owner, { title: '公开的MES需求', visibility: 'public' });

    const sees = async (who: TestSession | null, id: string) =>
      (await (who ? who.get(`/api/v1/demands/${id}`) : t.api.request('get', `/api/v1/demands/${id}`))).status;
    expect(await sees(owner, pool)).toBe(200);
    expect(await sees(reviewer, pool)).toBe(200);
    expect(await sees(ofCategory, pool)).toBe(200);
    for (const who of [otherCategory, suspended, applicant, stranger, null]) expect(await sees(who, pool)).toBe(404);
    expect(await sees(ofCategory, draft)).toBe(404);
    expect(await sees(owner, draft)).toBe(200);
    for (const who of [otherCategory, suspended, applicant, stranger, null]) expect(await sees(who, open)).toBe(200);

    const listed = async (who: TestSession | null) => {
      const res = await (who
        ? who.get('/api/v1/demands?pageSize=100')
        : t.api.request('get', '/api/v1/demands?pageSize=100'));
      expect(res.status).toBe(200);
      return new Set((res.body.items as Array<{ id: string }>).map((d) => d.id));
    };
    expect(await listed(ofCategory)).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...(await listed(ofCategory))].filter((id) => [pool, draft, open].includes(id)).sort()).toEqual(
      [pool, open].sort(),
    );
    for (const who of [otherCategory, suspended, null]) {
      const ids = await listed(who);
      expect([ids.has(pool), ids.has(draft), ids.has(open)]).toEqual([false, false, true]);
    }
    const own = await listed(owner);
    expect([own.has(pool), own.has(draft), own.has(open)]).toEqual([true, true, true]);
    expect((await listed(stranger)).has(open)).toBe(false);
    // Signed-in viewers read who posted it (a fresh enterprise's profile is made with its first demand);
    // anonymous callers do not learn it.
    expect((await ofCategory.get(`/api/v1/demands/${pool}`)).body.enterpriseName).toBe(owner.user.organisation.name);
    expect((await t.api.request('get', `/api/v1/demands/${open}`)).body.enterpriseName).toBeNull();
  });

  it('finds demands with the Chinese search of listings, filtered by category and region', async () => {
    const owner = await t.api.enterprise();
    const reader = await provider(['digital', 'energy_carbon']);
    const mes = await openDemand(owner, { title: '注塑车间MES系统升级', regionCode: '330206' });
    const carbon = await openDemand(owner, {
      title: '工厂碳排放核算与节能诊断',
      description: '需要完成年度碳排放核算并提出节能改造建议。',
      category: 'energy_carbon',
      regionCode: '330212',
    });
    const find = async (query: string) =>
      ((await reader.get(`/api/v1/demands?${query}&pageSize=100`)).body.items as Array<{ id: string }>).map(
        (d) => d.id,
      );
    expect(await find('q=MES')).toContain(mes);
    expect(await find('q=MES')).not.toContain(carbon);
    expect(await find(`q=${encodeURIComponent('碳排放')}`)).toEqual([carbon]);
    expect(await find('category=energy_carbon')).toEqual([carbon]);
    expect(await find('regionCode=330206')).toEqual([mes]);
    // The city finds its districts' demands.
    expect(await find('regionCode=330200')).toEqual(expect.arrayContaining([mes, carbon]));
    expect((await reader.get('/api/v1/demands?status=unknown')).status).toBe(400);
  });

  it('takes one proposal per provider, edited or withdrawn while it stands; only its own to a provider', async () => {
    const owner = await t.api.enterprise();
    const p1 = await provider();
    const p2 = await provider();
    const ip = await provider(['ip']);
    const id = await openDemand(owner, { visibility: 'public' });

    const first = await p1.post(`/api/v1/demands/${id}/proposals`, proposal());
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'submitted', priceFen: 9_800_000, listingId: null });
    const twice = await p1.post(`/api/v1/demands/${id}/proposals`, proposal({ priceFen: 1 }));
    expect([twice.status, twice.body.code]).toEqual([409, 'PROPOSAL_EXISTS']);
    const wrong = await ip.post(`/api/v1/demands/${id}/proposals`, proposal());
    expect([wrong.status, wrong.body.code]).toEqual([403, 'CATEGORY_NOT_SERVED']);
    const notMine = await m.listing(ip);
    const foreignListing = await p2.post(`/api/v1/demands/${id}/proposals`, proposal({ listingId: notMine.id }));
    expect([foreignListing.status, foreignListing.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const own = await m.listing(p2, { category: 'digital', title: 'MES系统选型咨询' });
    const second = await p2.post(
      `/api/v1/demands/${id}/proposals`,
      proposal({ listingId: own.id, priceFen: 8_800_000 }),
    );
    expect(second.body).toMatchObject({ listingId: own.id, listingTitle: 'MES系统选型咨询' });

    expect((await p1.patch(`/api/v1/proposals/${first.body.id}`, { priceFen: 9_500_000 })).body.priceFen).toBe(
      9_500_000,
    );
    expect((await p2.patch(`/api/v1/proposals/${first.body.id}`, { priceFen: 1 })).status).toBe(404);

    const ofOwner = await owner.get(`/api/v1/demands/${id}/proposals`);
    expect(ofOwner.body.items.map((p: { id: string }) => p.id).sort()).toEqual([first.body.id, second.body.id].sort());
    const ofP1 = await p1.get(`/api/v1/demands/${id}/proposals`);
    expect(ofP1.body.items.map((p: { id: string }) => p.id)).toEqual([first.body.id]);
    expect((await reviewer.get(`/api/v1/demands/${id}/proposals`)).body.items).toHaveLength(2);
    expect((await (await t.api.enterprise()).get(`/api/v1/demands/${id}/proposals`)).status).toBe(403);
    expect((await owner.get(`/api/v1/demands/${id}`)).body).toMatchObject({ proposalCount: 2 });
    expect((await p1.get(`/api/v1/demands/${id}`)).body.myProposal).toEqual({ id: first.body.id, status: 'submitted' });

    const withdrawn = await p1.post(`/api/v1/proposals/${first.body.id}/withdraw`);
    expect(withdrawn.body.status).toBe('withdrawn');
    const accept = await owner.post(`/api/v1/proposals/${first.body.id}/accept`);
    expect([accept.status, accept.body.code]).toEqual([409, 'PROPOSAL_NOT_OPEN']);
    expect((await p1.patch(`/api/v1/proposals/${first.body.id}`, { priceFen: 1 })).body.code).toBe('PROPOSAL_NOT_OPEN');
    // A withdrawn proposal may be submitted again.
    const back = await p1.post(`/api/v1/demands/${id}/proposals`, proposal({ priceFen: 9_000_000 }));
    expect([back.status, back.body.id, back.body.status]).toEqual([201, first.body.id, 'submitted']);
    const kinds = await t.dataSource.query(`SELECT kind FROM notification WHERE org_id = $1 ORDER BY created_at, id`, [
      owner.orgId,
    ]);
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(
      expect.arrayContaining(['proposal_received', 'proposal_withdrawn']),
    );
  });

  it('accepts exactly one of 20 parallel accepts of different proposals: one order in quoted at its price, the rest declined', async () => {
    const owner = await t.api.enterprise();
    const id = await openDemand(owner);
    const providers = await Promise.all(Array.from({ length: 20 }, () => provider()));
    const proposals: string[] = [];
    for (const [i, p] of providers.entries()) {
      const res = await p.post(`/api/v1/demands/${id}/proposals`, proposal({ priceFen: 9_000_000 + i * 10_000 }));
      expect(res.status).toBe(201);
      proposals.push(res.body.id);
    }
    const answers = await Promise.all(proposals.map((p) => owner.post(`/api/v1/proposals/${p}/accept`)));
    const won = answers.filter((a) => a.status === 200);
    expect(won).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.code)).toEqual(Array(19).fill('DEMAND_NOT_OPEN'));
    const winner = won[0].body as { orderId: string; proposal: { id: string; priceFen: number; providerId: string } };

    const orders = await owner.get('/api/v1/orders?pageSize=100');
    expect(orders.body.items).toHaveLength(1);
    const order = await owner.get(`/api/v1/orders/${winner.orderId}`);
    expect(order.body).toMatchObject({
      status: 'quoted',
      quotedPriceFen: winner.proposal.priceFen,
      providerId: winner.proposal.providerId,
      listingId: null,
      category: 'digital',
      listingTitle: demandBody().title,
    });
    expect(order.body.events[0]).toMatchObject({ action: 'proposal_accepted' });
    const demand = await owner.get(`/api/v1/demands/${id}`);
    expect(demand.body).toMatchObject({
      status: 'matched',
      orderId: winner.orderId,
      acceptedProposalId: winner.proposal.id,
    });
    const statuses = (await owner.get(`/api/v1/demands/${id}/proposals`)).body.items.map(
      (p: { status: string }) => p.status,
    );
    expect(statuses.filter((s: string) => s === 'accepted')).toHaveLength(1);
    expect(statuses.filter((s: string) => s === 'declined')).toHaveLength(19);
    const told = await t.dataSource.query(
      `SELECT kind, count(*)::int AS n FROM notification WHERE subject_id = ANY($1::uuid[]) GROUP BY kind ORDER BY kind`,
      [proposals],
    );
    expect(told).toEqual([
      { kind: 'proposal_accepted', n: 1 },
      { kind: 'proposal_declined', n: 19 },
      { kind: 'proposal_received', n: 20 },
    ]);

    // The enterprise confirms it as any quote; the chosen provider sees the demand's order, the others do not.
    const confirmed = await owner.post(`/api/v1/orders/${winner.orderId}/confirm`, {
      priceFen: winner.proposal.priceFen,
    });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', agreedPriceFen: winner.proposal.priceFen });
    const chosen = providers.find((p) => p.orgId === winner.proposal.providerId)!;
    expect((await chosen.get(`/api/v1/demands/${id}`)).body.orderId).toBe(winner.orderId);
    const other = providers.find((p) => p.orgId !== winner.proposal.providerId)!;
    expect((await other.get(`/api/v1/demands/${id}`)).body.orderId).toBeNull();
    const closed = await owner.post(`/api/v1/demands/${id}/close`, {});
    expect([closed.status, closed.body.code]).toEqual([409, 'INVALID_STATE']);
  }, 120_000);

  it('refuses an accept by anyone but the owner, and by an owner whose provider left the pool', async () => {
    const owner = await t.api.enterprise();
    const p = await provider();
    const id = await openDemand(owner);
    const made = await p.post(`/api/v1/demands/${id}/proposals`, proposal());
    expect((await (await t.api.enterprise()).post(`/api/v1/proposals/${made.body.id}/accept`)).status).toBe(404);
    expect((await p.post(`/api/v1/proposals/${made.body.id}/accept`)).status).toBe(403);
    await reviewer.post(`/api/v1/providers/${p.orgId}/suspend`, { reason: '资质过期' });
    const refused = await owner.post(`/api/v1/proposals/${made.body.id}/accept`);
    expect([refused.status, refused.body.code]).toEqual([409, 'PROVIDER_NOT_APPROVED']);
    expect((await owner.get(`/api/v1/demands/${id}`)).body.status).toBe('open');
    expect((await owner.get('/api/v1/orders')).body.items).toHaveLength(0);
  });

  it('expires an open demand when its deadline day ends in Shanghai (the worker job, fixed clock), declining its proposals', async () => {
    const owner = await t.api.enterprise();
    const p = await provider();
    const id = await openDemand(owner, { deadline: '2026-12-03' });
    const made = await p.post(`/api/v1/demands/${id}/proposals`, proposal());
    const jobs = periodicJobs(t);
    const started = clock.now();
    clock.set(new Date('2026-12-03T15:59:59.999Z'));
    try {
      await jobs.runOnce();
      expect((await owner.get(`/api/v1/demands/${id}`)).body.status).toBe('open');
      clock.advance(1);
      // Past the deadline, before the worker runs: no proposal and no decision any more.
      const tooLate = await (await provider()).post(`/api/v1/demands/${id}/proposals`, proposal());
      expect([tooLate.status, tooLate.body.code]).toEqual([409, 'DEADLINE_PASSED']);
      const lateAccept = await owner.post(`/api/v1/proposals/${made.body.id}/accept`);
      expect([lateAccept.status, lateAccept.body.code]).toEqual([409, 'DEADLINE_PASSED']);
      expect((await jobs.runOnce()).demandsExpired).toBeGreaterThanOrEqual(1);
      expect((await owner.get(`/api/v1/demands/${id}`)).body).toMatchObject({
        status: 'expired',
        decidedAt: '2026-12-03T16:00:00.000Z',
      });
      expect((await p.get(`/api/v1/demands/${id}/proposals`)).body.items[0].status).toBe('declined');
      expect((await jobs.runOnce()).demandsExpired).toBe(0);
      const late = await (await provider()).post(`/api/v1/demands/${id}/proposals`, proposal());
      expect([late.status, late.body.code]).toEqual([409, 'DEMAND_NOT_OPEN']);
      const accept = await owner.post(`/api/v1/proposals/${made.body.id}/accept`);
      expect([accept.status, accept.body.code]).toEqual([409, 'DEMAND_NOT_OPEN']);
    } finally {
      clock.set(started);
    }
  });

  it('suggests approved providers of the category serving the region in the expected order on a fixed data set, and tells the top ones once', async () => {
    // A category only this test's providers serve: the data set is exactly what is made here.
    const region = '330281';
    const category = 'industry_matching';
    const facts = t.app.get(ProvidersService);
    const make = async (
      name: string,
      listings: Array<Record<string, unknown>>,
      rating: [number, number],
      served: number,
      categories = [category, 'ip'],
    ) => {
      const p = await t.api.poolMember(reviewer, { profile: { categories }, name });
      for (const l of listings) await m.listing(p, { category, regionCodes: [region], ...l });
      await t.dataSource.transaction(async (em) => {
        await facts.setRating(em, p.orgId, rating[0] * rating[1], rating[1]);
        await facts.setServedCount(em, p.orgId, served);
      });
      return p;
    };
    const a = await make(
      '甲数字科技',
      [{ title: 'MES系统选型与实施', description: '注塑企业数字化诊断与MES选型' }],
      [4, 2],
      1,
    );
    const b = await make('乙智能制造', [{ title: '数字化诊断服务', description: '工厂数字化诊断' }], [5, 3], 2);
    const c = await make('丙工业互联', [{ title: '数字化诊断咨询', description: '工厂数字化诊断' }], [4, 5], 3);
    const d = await make('丁信息技术', [{ title: '数字化诊断评估', description: '工厂数字化诊断' }], [4, 5], 9);
    const g = await make(
      '戊软件',
      [{ title: '财务软件实施', description: '财务软件上线与培训', regionCodes: ['330200'] }],
      [5, 9],
      20,
    );
    await make('己科技', [{ title: 'MES系统选型', description: '数字化诊断', regionCodes: ['330203'] }], [5, 9], 50);
    await make('庚知识产权', [{ title: 'MES专利布局', description: '数字化诊断', category: 'ip' }], [5, 9], 50);
    // Its listing is in the category but its pool profile is not: it could not see a pool demand.
    await make('辛咨询', [{ title: 'MES系统选型', description: '注塑企业数字化诊断' }], [5, 9], 50, ['ip']);

    const owner = await t.api.enterprise();
    const id = await openDemand(owner, {
      title: 'MES系统选型',
      description: '注塑企业需要数字化诊断',
      regionCode: region,
      category,
    });
    const res = await owner.get(`/api/v1/demands/${id}/suggested-providers`);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((s: { providerId: string }) => s.providerId);
    expect(ids).toEqual([a.orgId, b.orgId, d.orgId, c.orgId, g.orgId]);
    expect(res.body.items[0]).toMatchObject({
      rank: 1,
      providerName: '甲数字科技',
      rating: 4,
      ratingCount: 2,
      servedCount: 1,
    });
    expect(res.body.items[0].matchedWords.length).toBeGreaterThan(res.body.items[1].matchedWords.length);
    expect(res.body.items[4].matchedWords).toEqual([]);
    expect(res.body.items[0].reason).toContain('评分 4.0');
    expect(res.body.notifiedAt).toBe(clock.now().toISOString());
    const told = await t.dataSource.query(
      `SELECT org_id AS "orgId", count(*)::int AS n FROM notification WHERE kind = 'demand_suggested' AND subject_id = $1 GROUP BY org_id`,
      [id],
    );
    expect(told.map((r: { orgId: string }) => r.orgId).sort()).toEqual([...ids].sort());
    expect(told.every((r: { n: number }) => r.n === 1)).toBe(true);

    expect((await (await t.api.enterprise()).get(`/api/v1/demands/${id}/suggested-providers`)).status).toBe(404);
    expect((await a.get(`/api/v1/demands/${id}/suggested-providers`)).status).toBe(403);
    expect((await reviewer.get(`/api/v1/demands/${id}/suggested-providers`)).status).toBe(200);
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ListingsService } from '@app/listings';
import { createTestApp, type TestApp } from './support/app.js';
import { newListing } from './support/factories.js';
import type { TestSession } from './support/session.js';

describe('listings: drafts, publishing, take-down and what search shows', () => {
  let t: TestApp;
  let reviewer: TestSession;
  let member: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    reviewer = await t.api.bureauUser('reviewer');
    member = await t.api.poolMember(reviewer);
  });
  afterAll(async () => {
    await t.close();
  });

  const search = async (q: string, extra = '') =>
    (await t.api.request('get', `/api/v1/search/listings?q=${encodeURIComponent(q)}&pageSize=100${extra}`).expect(200))
      .body;
  const found = async (q: string, id: string) => (await search(q)).items.some((i: { id: string }) => i.id === id);
  const create = async (p: TestSession, overrides: Record<string, unknown> = {}) =>
    (await p.post('/api/v1/listings', newListing(overrides)).expect(201)).body;
  const published = async (p: TestSession, overrides: Record<string, unknown> = {}) => {
    const listing = await create(p, overrides);
    await p.post(`/api/v1/listings/${listing.id}/publish`).expect(200);
    return listing;
  };
  const auditActions = async (id: string) =>
    (
      await t.dataSource.query(
        `SELECT action, reason FROM audit_event WHERE entity_type = 'listing' AND entity_id = $1 ORDER BY created_at`,
        [id],
      )
    ).map((r: { action: string; reason: string | null }) => (r.reason ? `${r.action}:${r.reason}` : r.action));

  it('a provider creates a draft with every field, recorded in the audit log', async () => {
    const body = newListing({ priceModel: 'from', priceFen: 0, tags: [' 发明专利 ', '检索'] });
    const res = await member.post('/api/v1/listings', body).expect(201);
    expect(res.body).toMatchObject({
      ...body,
      tags: ['发明专利', '检索'],
      providerId: member.orgId,
      status: 'draft',
      servedCount: 0,
      publishedAt: null,
      lastDecision: null,
    });
    expect(await auditActions(res.body.id)).toEqual(['created']);
    const own = await member.get('/api/v1/providers/me/listings?status=draft').expect(200);
    expect(own.body.items.map((l: { id: string }) => l.id)).toContain(res.body.id);
  });

  it.each([
    ['title', { title: 'x'.repeat(101) }],
    ['title', { title: '   ' }],
    ['description', { description: '述'.repeat(5001) }],
    ['priceFen', { priceFen: -1 }],
    ['priceFen', { priceFen: 1.5 }],
    ['priceFen', { priceFen: '4500' }],
    ['priceFen', { priceFen: null }],
    ['priceFen', { priceModel: 'quote', priceFen: 100 }],
    ['priceFen', { priceFen: 100_000_000_001 }],
    ['priceModel', { priceModel: 'free' }],
    ['deliveryDays', { deliveryDays: 0 }],
    ['deliveryDays', { deliveryDays: 366 }],
    ['deliveryDays', { deliveryDays: 2.5 }],
    ['category', { category: 'astrology' }],
    ['category', { category: 'NOT A CODE' }],
    ['regionCodes', { regionCodes: ['110101'] }],
    ['regionCodes', { regionCodes: [] }],
    ['regionCodes', { regionCodes: ['33020'] }],
    ['tags', { tags: Array.from({ length: 21 }, (_, i) => `标签${i}`) }],
    ['tags', { tags: ['长'.repeat(21)] }],
    ['tags', { tags: ['重复', '重复'] }],
    ['unit', { unit: '' }],
    ['srdiSpecial', { srdiSpecial: 'yes' }],
    ['owner', { owner: 'someone-else' }],
  ])('refuses a bad %s with 400 VALIDATION_FAILED and writes nothing (%j)', async (field, overrides) => {
    const before = (await member.get('/api/v1/providers/me/listings').expect(200)).body.total;
    const res = await member.post('/api/v1/listings', newListing(overrides)).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect((await member.get('/api/v1/providers/me/listings').expect(200)).body.total).toBe(before);
  });

  it('takes a quote listing without a price, and switching to quote drops the price', async () => {
    const quote = await create(member, { priceModel: 'quote', priceFen: undefined });
    expect(quote.priceFen).toBeNull();
    const fixed = await create(member);
    const res = await member.patch(`/api/v1/listings/${fixed.id}`, { priceModel: 'quote' }).expect(200);
    expect(res.body).toMatchObject({ priceModel: 'quote', priceFen: null });
    const back = await member.patch(`/api/v1/listings/${fixed.id}`, { priceModel: 'fixed' }).expect(400);
    expect(back.body.details[0].field).toBe('priceFen');
  });

  it('who may do what: roles and ownership', async () => {
    const other = await t.api.poolMember(reviewer);
    const enterprise = await t.api.enterprise();
    const finance = await t.api.bureauUser('finance');
    const draft = await create(member);
    const live = await published(member);

    await t.api.request('post', '/api/v1/listings').send(newListing()).expect(401);
    for (const s of [enterprise, reviewer, finance]) {
      expect((await s.post('/api/v1/listings', newListing()).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
      await s.patch(`/api/v1/listings/${draft.id}`, { title: '改' }).expect(403);
      await s.post(`/api/v1/listings/${draft.id}/publish`).expect(403);
      await s.post(`/api/v1/listings/${live.id}/unpublish`).expect(403);
      await s.get('/api/v1/providers/me/listings').expect(403);
    }
    // Another provider cannot touch them, and cannot tell a draft exists.
    await other.patch(`/api/v1/listings/${draft.id}`, { title: '改' }).expect(404);
    await other.post(`/api/v1/listings/${draft.id}/publish`).expect(404);
    await other.post(`/api/v1/listings/${live.id}/unpublish`).expect(404);
    await other.get(`/api/v1/listings/${draft.id}`).expect(404);
    expect((await other.get('/api/v1/providers/me/listings').expect(200)).body.total).toBe(0);
    // Only a reviewer takes down.
    for (const s of [member, other, enterprise, finance]) {
      await s.post(`/api/v1/listings/${live.id}/take-down`, { reason: '违规' }).expect(403);
    }
    await t.api.request('post', `/api/v1/listings/${live.id}/take-down`).send({ reason: '违规' }).expect(401);
    // Nothing changed.
    expect((await member.get(`/api/v1/listings/${draft.id}`).expect(200)).body).toMatchObject({
      status: 'draft',
      title: draft.title,
    });
    expect((await member.get(`/api/v1/listings/${live.id}`).expect(200)).body.status).toBe('published');
  });

  it('shows a draft to its owner and the bureau only; a published listing to anyone, without decisions', async () => {
    const draft = await create(member);
    await t.api.request('get', `/api/v1/listings/${draft.id}`).expect(404);
    await (await t.api.enterprise()).get(`/api/v1/listings/${draft.id}`).expect(404);
    await member.get(`/api/v1/listings/${draft.id}`).expect(200);
    await reviewer.get(`/api/v1/listings/${draft.id}`).expect(200);
    await member.post(`/api/v1/listings/${draft.id}/publish`).expect(200);
    const res = await t.api.request('get', `/api/v1/listings/${draft.id}`).expect(200);
    expect(res.body).toMatchObject({ status: 'published', providerName: member.user.organisation.name });
    expect(res.body).not.toHaveProperty('lastDecision');
    await t.api.request('get', '/api/v1/listings/not-a-uuid').expect(404);
    await t.api.request('get', '/api/v1/listings/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('only an approved provider publishes', async () => {
    const applicant = await t.api.provider();
    const listing = await create(applicant);
    const res = await applicant.post(`/api/v1/listings/${listing.id}/publish`).expect(409);
    expect(res.body).toMatchObject({ code: 'PROVIDER_NOT_APPROVED', details: { providerStatus: 'draft' } });
    expect((await applicant.get(`/api/v1/listings/${listing.id}`).expect(200)).body.status).toBe('draft');
  });

  it('publish, edit, unpublish, re-publish and take-down: search follows each step at once', async () => {
    const listing = await create(member, { title: '高价值专利培育布局服务', tags: ['专利布局'] });
    expect(await found('专利培育', listing.id)).toBe(false);

    await member.post(`/api/v1/listings/${listing.id}/publish`).expect(200);
    const hit = (await search('专利培育')).items.find((i: { id: string }) => i.id === listing.id);
    expect(hit).toMatchObject({
      title: '高价值专利培育布局服务',
      category: 'ip',
      priceFen: 450000,
      providerId: member.orgId,
      providerName: member.user.organisation.name,
      rating: 0,
      ratingCount: 0,
      servedCount: 0,
    });
    expect(hit.highlight.title).toBe('高价值<em>专利培育</em>布局服务');

    await member.patch(`/api/v1/listings/${listing.id}`, { title: '商标国际注册马德里服务' }).expect(200);
    expect(await found('培育', listing.id)).toBe(false);
    expect(await found('马德里', listing.id)).toBe(true);

    await member.post(`/api/v1/listings/${listing.id}/unpublish`).expect(200);
    expect(await found('马德里', listing.id)).toBe(false);
    await member.post(`/api/v1/listings/${listing.id}/unpublish`).expect(409);
    await member.post(`/api/v1/listings/${listing.id}/publish`).expect(200);
    expect(await found('马德里', listing.id)).toBe(true);

    const noReason = await reviewer.post(`/api/v1/listings/${listing.id}/take-down`, {}).expect(400);
    expect(noReason.body.code).toBe('REASON_REQUIRED');
    expect(await found('马德里', listing.id)).toBe(true);
    await reviewer
      .post(`/api/v1/listings/${listing.id}/take-down`, { reason: '虚假宣传：无马德里代理资质' })
      .expect(200);
    expect(await found('马德里', listing.id)).toBe(false);
    const own = await member.get(`/api/v1/listings/${listing.id}`).expect(200);
    expect(own.body).toMatchObject({
      status: 'taken_down',
      lastDecision: { action: 'taken_down', reason: '虚假宣传：无马德里代理资质' },
    });
    const again = await member.post(`/api/v1/listings/${listing.id}/publish`).expect(409);
    expect(again.body).toMatchObject({ code: 'INVALID_STATE', details: { state: 'taken_down', action: 'publish' } });
    await member.patch(`/api/v1/listings/${listing.id}`, { title: '改个名字' }).expect(409);
    await reviewer.post(`/api/v1/listings/${listing.id}/take-down`, { reason: '再次' }).expect(409);

    expect(await auditActions(listing.id)).toEqual([
      'created',
      'published',
      'updated',
      'unpublished',
      'published',
      'taken_down:虚假宣传：无马德里代理资质',
    ]);
  });

  it('suspension hides a provider’s listings at once, reinstatement shows them, removal unpublishes them', async () => {
    const p = await t.api.poolMember(reviewer);
    const a = await published(p, { title: '企业上云诊断服务A', category: 'ip' });
    const b = await published(p, { title: '企业上云诊断服务B', category: 'ip' });
    const draft = await create(p, { title: '企业上云诊断服务C' });

    await reviewer.post(`/api/v1/providers/${p.orgId}/suspend`, { reason: '投诉核查' }).expect(200);
    expect(await found('上云诊断', a.id)).toBe(false);
    expect(await found('上云诊断', b.id)).toBe(false);
    await t.api.request('get', `/api/v1/listings/${a.id}`).expect(404);
    expect((await p.get(`/api/v1/listings/${a.id}`).expect(200)).body.status).toBe('published');
    expect((await p.post(`/api/v1/listings/${draft.id}/publish`).expect(409)).body.code).toBe('PROVIDER_NOT_APPROVED');

    await reviewer.post(`/api/v1/providers/${p.orgId}/reinstate`, {}).expect(200);
    expect(await found('上云诊断', a.id)).toBe(true);
    expect(await found('上云诊断', b.id)).toBe(true);
    expect(await found('上云诊断', draft.id)).toBe(false);

    await reviewer.post(`/api/v1/providers/${p.orgId}/remove`, { reason: '严重违约' }).expect(200);
    expect(await found('上云诊断', a.id)).toBe(false);
    const own = (await p.get('/api/v1/providers/me/listings').expect(200)).body.items;
    expect(own.map((l: { status: string }) => l.status).sort()).toEqual(['draft', 'unpublished', 'unpublished']);
    expect(own.find((l: { id: string }) => l.id === a.id).lastDecision.reason).toBe(
      'The provider was removed from the pool',
    );
    expect(await auditActions(a.id)).toEqual([
      'created',
      'published',
      'unpublished:The provider was removed from the pool',
    ]);
  });

  it('a provider’s new name is searchable at once', async () => {
    const p = await t.api.poolMember(reviewer);
    const listing = await published(p, { title: '两化融合贯标咨询' });
    await p.patch('/api/v1/providers/me', { name: '宁波甬江两化融合研究院有限公司' }).expect(200);
    const hit = (await search('甬江两化')).items.find((i: { id: string }) => i.id === listing.id);
    expect(hit.providerName).toBe('宁波甬江两化融合研究院有限公司');
  });

  it('publishing while the provider is being suspended never leaves a suspended provider in search', async () => {
    const rounds = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const p = await t.api.poolMember(reviewer);
        const listing = await create(p, { title: '并发测试服务' });
        const [pub, sus] = await Promise.all([
          p.post(`/api/v1/listings/${listing.id}/publish`),
          reviewer.post(`/api/v1/providers/${p.orgId}/suspend`, { reason: '并发' }),
        ]);
        expect(sus.status).toBe(200);
        expect([200, 409]).toContain(pub.status);
        return p.orgId;
      }),
    );
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM search_document WHERE provider_id = ANY($1)`,
      [rounds],
    );
    expect(rows[0].n).toBe(0);
  });

  it('publishing and editing while the provider is being removed never deadlock or leave it in search', async () => {
    const rounds = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const p = await t.api.poolMember(reviewer);
        const live = await published(p, { title: '并发移除测试' });
        const draft = await create(p, { title: '并发移除测试草稿' });
        const [pub, edit, removal] = await Promise.all([
          p.post(`/api/v1/listings/${draft.id}/publish`),
          p.patch(`/api/v1/listings/${live.id}`, { title: '并发移除测试改' }),
          reviewer.post(`/api/v1/providers/${p.orgId}/remove`, { reason: '并发' }),
        ]);
        expect(removal.status).toBe(200);
        expect([200, 409]).toContain(pub.status);
        expect(edit.status).toBe(200);
        const own = (await p.get('/api/v1/providers/me/listings').expect(200)).body.items;
        expect(own.every((l: { status: string }) => l.status !== 'published')).toBe(true);
        return p.orgId;
      }),
    );
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM search_document WHERE provider_id = ANY($1)`,
      [rounds],
    );
    expect(rows[0].n).toBe(0);
  });
});

describe('search:reindex rebuilds the search documents from the listings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('restores lost and edited documents and drops ones that should not be there', async () => {
    const reviewer = await t.api.bureauUser('reviewer');
    const p = await t.api.poolMember(reviewer);
    const suspended = await t.api.poolMember(reviewer);
    const ids: string[] = [];
    for (const [who, title] of [
      [p, '重建索引测试甲'],
      [p, '重建索引测试乙'],
      [suspended, '重建索引测试丙'],
    ] as const) {
      const listing = (await who.post('/api/v1/listings', newListing({ title })).expect(201)).body;
      await who.post(`/api/v1/listings/${listing.id}/publish`).expect(200);
      ids.push(listing.id);
    }
    await reviewer.post(`/api/v1/providers/${suspended.orgId}/suspend`, { reason: '核查' }).expect(200);
    const expected = await t.dataSource.query(
      `SELECT listing_id, title, provider_name, tsv::text AS tsv FROM search_document ORDER BY listing_id`,
    );
    // Damage the index: one row lost, one row stale, one row that should not exist.
    await t.dataSource.query(`DELETE FROM search_document WHERE listing_id = $1`, [ids[0]]);
    await t.dataSource.query(`UPDATE search_document SET title = '陈旧' WHERE listing_id = $1`, [ids[1]]);
    await t.dataSource.query(
      `INSERT INTO search_document SELECT '00000000-0000-4000-8000-00000000abcd', provider_id, provider_name, title,
         description, category, tags, price_model, price_fen, unit, delivery_days, region_codes, srdi_special,
         voucher_eligible, rating, rating_count, served_count, published_at, tsv, field_tsv
       FROM search_document WHERE listing_id = $1`,
      [ids[1]],
    );
    expect(await t.app.get(ListingsService).rebuildSearchIndex()).toBe(2);
    expect(
      await t.dataSource.query(
        `SELECT listing_id, title, provider_name, tsv::text AS tsv FROM search_document ORDER BY listing_id`,
      ),
    ).toEqual(expected);
  });
});

describe('search over HTTP: parameters and hostile input', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const reviewer = await t.api.bureauUser('reviewer');
    const p = await t.api.poolMember(reviewer);
    const listing = (await p.post('/api/v1/listings', newListing({ title: '100% 专利 "检索" _分析_ <b>' })).expect(201))
      .body;
    await p.post(`/api/v1/listings/${listing.id}/publish`).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (query: string) => t.api.request('get', `/api/v1/search/listings?${query}`);

  it('answers with items, total, page, pageSize, facets, tookMs and the engine', async () => {
    const res = await get('q=专利').expect(200);
    expect(res.body).toMatchObject({ total: 1, page: 1, pageSize: 20, engine: 'postgres' });
    expect(res.body.facets).toEqual({ category: { ip: 1 }, regionCode: { '330200': 1 } });
    expect(typeof res.body.tookMs).toBe('number');
    // Highlights are HTML-escaped around the marks.
    expect(res.body.items[0].highlight.title).toBe('100% <em>专利</em> &quot;检索&quot; _分析_ &lt;b&gt;');
    expect(res.body.totalEstimated).toBe(false);
  });

  it('lets a browser or proxy reuse an answer for 1 s and revalidate it by its ETag (304 while unchanged)', async () => {
    const first = await get('q=专利').expect(200);
    expect(first.headers['cache-control']).toBe('public, max-age=1');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\/".+"$/);
    // The timing differs on every answer; the ETag does not while the result is the same.
    await t.api.request('get', '/api/v1/search/listings?q=专利').set('If-None-Match', etag).expect(304);
    const other = await get('q=检索').expect(200);
    expect(other.headers.etag).not.toBe(etag);
  });

  it.each([
    '%',
    '_',
    '%%__',
    "'",
    '"',
    "'; DROP TABLE listing; --",
    "专利' OR '1'='1",
    '1) | (2',
    '!!!',
    'a & b | !c <-> d:*',
    '\\',
    '😀🚀',
    'ＩＳＯ９００１',
    ' ',
  ])('hostile query %j answers 200', async (q) => {
    const res = await get(`q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
  });

  it('a query with a NUL character answers 400 on q (no text column can store it)', async () => {
    const res = await get(`q=${encodeURIComponent('专利\u0000')}`).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'q' }] });
  });

  it('a 3,000-character query answers 400, not 500', async () => {
    const res = await get(`q=${'x'.repeat(3000)}`).expect(400);
    expect(res.body.details[0].field).toBe('q');
    await get(`q=${encodeURIComponent('专'.repeat(200))}`).expect(200);
    // 3,000 Chinese characters are 27 kB percent-encoded: Node refuses the request line itself (431).
    expect((await get(`q=${encodeURIComponent('专利'.repeat(1500))}`)).status).toBe(431);
  });

  it.each([
    ['pageSize=101', 'pageSize'],
    ['page=0', 'page'],
    ['sort=cheapest', 'sort'],
    ['minRating=6', 'minRating'],
    ['minRating=abc', 'minRating'],
    ['priceMinFen=-1', 'priceMinFen'],
    ['priceMaxFen=1.5', 'priceMaxFen'],
    ['priceMinFen=500&priceMaxFen=100', 'priceMinFen'],
    ['category=astrology', 'category'],
    ['regionCode=110101', 'regionCode'],
    ['regionCode=abc', 'regionCode'],
    ['voucherEligible=yes', 'voucherEligible'],
    ['q=a&q=b', 'q'],
    ['unknown=1', 'unknown'],
  ])('refuses %s with 400 on %s', async (query, field) => {
    const res = await get(query).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });
});

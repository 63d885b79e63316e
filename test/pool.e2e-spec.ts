import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ProvidersService } from '@app/providers';
import { FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import { newProviderProfile } from './support/factories.js';
import type { TestSession } from './support/session.js';

const DAY = 24 * 3600 * 1000;

describe('the resource pool: onboarding, review, entry and exit', () => {
  let t: TestApp;
  let reviewer: TestSession;
  const clock = new FixedClock(new Date('2026-03-02T02:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp({ clock });
    reviewer = await t.api.bureauUser('reviewer');
  });
  afterAll(async () => {
    await t.close();
  });

  /** A provider with a complete profile, submitted (and approved when asked). */
  async function applicant(overrides: Record<string, unknown> = {}, regionCode?: string): Promise<TestSession> {
    const p = await t.api.provider(regionCode ? { org: { regionCode } } : {});
    await p.patch('/api/v1/providers/me', newProviderProfile(overrides)).expect(200);
    await p.post('/api/v1/providers/me/submit').expect(200);
    return p;
  }
  async function member(overrides: Record<string, unknown> = {}, regionCode?: string): Promise<TestSession> {
    const p = await applicant(overrides, regionCode);
    await reviewer.post(`/api/v1/providers/${p.orgId}/approve`, {}).expect(200);
    return p;
  }

  it('a new provider starts as a draft made from its registration', async () => {
    const p = await t.api.provider();
    const res = await p.get('/api/v1/providers/me').expect(200);
    expect(res.body).toMatchObject({
      id: p.orgId,
      name: p.user.organisation.name,
      uscc: p.user.organisation.uscc,
      regionCode: p.user.organisation.regionCode,
      status: 'draft',
      categories: [],
      lastDecision: null,
    });
    expect(res.body.checks.find((c: { code: string }) => c.code === 'HAS_CATEGORY').passed).toBe(false);
  });

  it('edits the profile with validation; renaming renames the organisation', async () => {
    const p = await t.api.provider();
    const res = await p
      .patch('/api/v1/providers/me', newProviderProfile({ name: '宁波甬知知识产权服务有限公司' }))
      .expect(200);
    expect(res.body).toMatchObject({
      name: '宁波甬知知识产权服务有限公司',
      categories: ['ip', 'legal_tax'],
      staffCount: 25,
    });
    expect((await p.get('/api/v1/me').expect(200)).body.organisation.name).toBe('宁波甬知知识产权服务有限公司');

    const cases: Array<[Record<string, unknown>, string]> = [
      [{ categories: ['ip', 'astrology'] }, 'categories'],
      [{ contactPhone: '12345' }, 'contactPhone'],
      [
        { qualifications: [{ kind: '许可证', number: '1', issuer: '局', validUntil: '2028-02-30x' }] },
        'qualifications.0.validUntil',
      ],
      [
        { qualifications: [{ kind: '许可证', number: '1', issuer: '局', validUntil: '2028-02-01', extra: 1 }] },
        'qualifications.0.extra',
      ],
      [{ staffCount: 2.5 }, 'staffCount'],
      [{ regionCode: '110101' }, 'regionCode'],
      [{ introduction: 'x'.repeat(2001) }, 'introduction'],
      [{ status: 'approved' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const bad = await p.patch('/api/v1/providers/me', body).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await p.get('/api/v1/providers/me').expect(200)).body.status).toBe('draft');
  });

  it('refuses to submit an incomplete profile (422 PROFILE_INCOMPLETE with the missing fields)', async () => {
    const p = await t.api.provider();
    await p.patch('/api/v1/providers/me', { contactName: '陈晓' }).expect(200);
    const res = await p.post('/api/v1/providers/me/submit').expect(422);
    expect(res.body.code).toBe('PROFILE_INCOMPLETE');
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(
      ['address', 'categories', 'contactPhone', 'introduction', 'legalRepresentative'].sort(),
    );
  });

  it('submitted: not editable, not submittable twice, and in the reviewer queue with admission checks', async () => {
    const p = await applicant({
      qualifications: [
        {
          kind: '检验检测机构资质认定证书',
          number: 'CMA-2023',
          issuer: '浙江省市场监督管理局',
          validUntil: '2026-03-01',
        },
      ],
    });
    expect((await p.patch('/api/v1/providers/me', { staffCount: 30 }).expect(409)).body.code).toBe('UNDER_REVIEW');
    expect((await p.post('/api/v1/providers/me/submit').expect(409)).body.code).toBe('INVALID_STATE');

    const queue = await reviewer.get('/api/v1/pool/applications?status=submitted&pageSize=100').expect(200);
    const item = queue.body.items.find((i: { id: string }) => i.id === p.orgId);
    expect(item).toMatchObject({ id: p.orgId, status: 'submitted', submittedAt: clock.now().toISOString() });
    expect(item.checks).toEqual([
      { code: 'USCC_VALID', passed: true, detail: expect.any(String) },
      { code: 'USCC_UNIQUE_IN_POOL', passed: true, detail: expect.any(String) },
      { code: 'USCC_UNCONTESTED', passed: true, detail: expect.any(String) },
      { code: 'HAS_CATEGORY', passed: true, detail: expect.any(String) },
      { code: 'QUALIFICATIONS_VALID', passed: false, detail: expect.stringContaining('CMA-2023 (2026-03-01)') },
    ]);
    const drafts = await reviewer.get('/api/v1/pool/applications?status=draft&pageSize=100').expect(200);
    expect(drafts.body.items.every((i: { status: string }) => i.status === 'draft')).toBe(true);
    await reviewer.get('/api/v1/pool/applications?status=flying').expect(400);
  });

  it('every role but the reviewer is refused the review endpoints (403), anonymous callers 401', async () => {
    const p = await applicant();
    const others = [
      p,
      await t.api.provider(),
      await t.api.enterprise(),
      await t.api.bureauUser('finance'),
      await t.api.bureauAdmin(),
    ];
    for (const who of others) {
      for (const action of ['approve', 'return', 'reject', 'suspend', 'reinstate', 'remove']) {
        const res = await who.post(`/api/v1/providers/${p.orgId}/${action}`, { reason: '越权' }).expect(403);
        expect(res.body.code).toBe('FORBIDDEN_ROLE');
      }
      await who.get('/api/v1/pool/applications').expect(403);
    }
    await t.api.request('post', `/api/v1/providers/${p.orgId}/approve`).send({}).expect(401);
    await t.api.request('get', '/api/v1/pool/applications').expect(401);
    const enterprise = await t.api.enterprise();
    await enterprise.get('/api/v1/providers/me').expect(403);
    await enterprise.post('/api/v1/providers/me/submit').expect(403);
    await (await t.api.bureauUser('reviewer')).patch('/api/v1/providers/me', { staffCount: 3 }).expect(403);
    expect((await p.get('/api/v1/providers/me').expect(200)).body.status).toBe('submitted');
  });

  it('requires a reason to return, reject, suspend and remove, and changes nothing without one', async () => {
    const p = await applicant();
    for (const action of ['return', 'reject']) {
      for (const body of [{}, { reason: '' }, { reason: '   ' }]) {
        const res = await reviewer.post(`/api/v1/providers/${p.orgId}/${action}`, body).expect(400);
        expect(['REASON_REQUIRED', 'VALIDATION_FAILED']).toContain(res.body.code);
      }
    }
    expect((await reviewer.post(`/api/v1/providers/${p.orgId}/reject`, {}).expect(400)).body.code).toBe(
      'REASON_REQUIRED',
    );
    await reviewer.post(`/api/v1/providers/${p.orgId}/approve`, {}).expect(200);
    for (const action of ['suspend', 'remove']) {
      await reviewer.post(`/api/v1/providers/${p.orgId}/${action}`, {}).expect(400);
    }
    expect((await p.get('/api/v1/providers/me').expect(200)).body.status).toBe('approved');
  });

  it('refuses transitions the state does not allow with 409 INVALID_STATE', async () => {
    const draft = await t.api.provider();
    await draft.get('/api/v1/providers/me').expect(200);
    for (const action of ['approve', 'return', 'reject', 'suspend', 'reinstate', 'remove']) {
      const res = await reviewer.post(`/api/v1/providers/${draft.orgId}/${action}`, { reason: '测试' }).expect(409);
      expect(res.body).toMatchObject({ code: 'INVALID_STATE', details: { state: 'draft', action } });
    }
    const approved = await member();
    for (const action of ['approve', 'return', 'reject', 'reinstate']) {
      await reviewer.post(`/api/v1/providers/${approved.orgId}/${action}`, { reason: '测试' }).expect(409);
    }
    await approved.post('/api/v1/providers/me/submit').expect(409);
    await reviewer.post('/api/v1/providers/00000000-0000-4000-8000-000000000000/approve', {}).expect(404);
    await reviewer.post('/api/v1/providers/not-a-uuid/approve', {}).expect(404);
  });

  it('return -> resubmit -> approve -> suspend -> reinstate -> remove, visible to the provider and in the directory, all audited', async () => {
    const p = await applicant({}, '330206');
    const returned = await reviewer
      .post(`/api/v1/providers/${p.orgId}/return`, { reason: '请补充营业执照副本' })
      .expect(200);
    expect(returned.body.status).toBe('returned');
    const mine = await p.get('/api/v1/providers/me').expect(200);
    expect(mine.body.lastDecision).toEqual({
      action: 'returned',
      reason: '请补充营业执照副本',
      at: clock.now().toISOString(),
    });

    await p.patch('/api/v1/providers/me', { staffCount: 30 }).expect(200);
    await p.post('/api/v1/providers/me/submit').expect(200);
    await reviewer.post(`/api/v1/providers/${p.orgId}/approve`, {}).expect(200);
    const inDirectory = async () => {
      const res = await t.api.request('get', '/api/v1/providers?regionCode=330206&pageSize=100').expect(200);
      return res.body.items.some((i: { id: string }) => i.id === p.orgId);
    };
    expect(await inDirectory()).toBe(true);
    const pub = await t.api.request('get', `/api/v1/providers/${p.orgId}`).expect(200);
    expect(pub.body).toMatchObject({
      id: p.orgId,
      status: 'approved',
      categories: ['ip', 'legal_tax'],
      regionCode: '330206',
      rating: null,
      ratingCount: 0,
      servedCount: 0,
    });
    expect(pub.body.contactPhone).toBeUndefined();
    expect(pub.body.uscc).toBeUndefined();

    await reviewer.post(`/api/v1/providers/${p.orgId}/suspend`, { reason: '收到企业投诉，暂停核查' }).expect(200);
    expect(await inDirectory()).toBe(false);
    await t.api.request('get', `/api/v1/providers/${p.orgId}`).expect(404);
    expect((await p.get('/api/v1/providers/me').expect(200)).body).toMatchObject({
      status: 'suspended',
      lastDecision: { action: 'suspended', reason: '收到企业投诉，暂停核查' },
    });

    await reviewer.post(`/api/v1/providers/${p.orgId}/reinstate`, { reason: '核查完毕' }).expect(200);
    expect(await inDirectory()).toBe(true);
    await reviewer.post(`/api/v1/providers/${p.orgId}/remove`, { reason: '年度考核不合格' }).expect(200);
    expect(await inDirectory()).toBe(false);

    const audit = await reviewer
      .get(`/api/v1/audit-events?entityType=provider&entityId=${p.orgId}&pageSize=100`)
      .expect(200);
    const trail = audit.body.items
      .reverse()
      .filter((e: { action: string }) => e.action !== 'profile_updated')
      .map(
        (e: {
          action: string;
          reason: string | null;
          actorId: string;
          before: { status: string };
          after: { status: string };
        }) => [
          e.action,
          e.before.status,
          e.after.status,
          e.reason,
          e.actorId === reviewer.user.id ? 'reviewer' : e.actorId === p.user.id ? 'provider' : 'other',
        ],
      );
    expect(trail).toEqual([
      ['submitted', 'draft', 'submitted', null, 'provider'],
      ['returned', 'submitted', 'returned', '请补充营业执照副本', 'reviewer'],
      ['submitted', 'returned', 'submitted', null, 'provider'],
      ['approved', 'submitted', 'approved', null, 'reviewer'],
      ['suspended', 'approved', 'suspended', '收到企业投诉，暂停核查', 'reviewer'],
      ['reinstated', 'suspended', 'approved', '核查完毕', 'reviewer'],
      ['removed', 'approved', 'removed', '年度考核不合格', 'reviewer'],
    ]);
  });

  it('a rejected provider may submit again after 30 days, a removed one after 12 months', async () => {
    const rejected = await applicant();
    const decidedAt = clock.now();
    await reviewer.post(`/api/v1/providers/${rejected.orgId}/reject`, { reason: '材料存在伪造嫌疑' }).expect(200);
    const removed = await member();
    await reviewer.post(`/api/v1/providers/${removed.orgId}/remove`, { reason: '严重违规' }).expect(200);

    clock.set(new Date(decidedAt.getTime() + 30 * DAY - 1000));
    const early = await rejected.post('/api/v1/providers/me/submit').expect(409);
    expect(early.body).toMatchObject({
      code: 'REAPPLY_TOO_SOON',
      details: { reapplyAfter: new Date(decidedAt.getTime() + 30 * DAY).toISOString() },
    });
    clock.set(new Date(decidedAt.getTime() + 30 * DAY));
    await rejected.post('/api/v1/providers/me/submit').expect(200);

    clock.set(new Date('2027-03-01T02:00:00Z'));
    expect((await removed.post('/api/v1/providers/me/submit').expect(409)).body.code).toBe('REAPPLY_TOO_SOON');
    clock.set(new Date('2027-03-02T02:00:00Z'));
    const again = await removed.post('/api/v1/providers/me/submit').expect(200);
    expect(again.body.status).toBe('submitted');
    clock.set(new Date('2026-03-02T02:00:00Z'));
  });

  it('the directory lists approved providers only, filtered by category and region (a city includes its districts), paginated', async () => {
    const a = await member({ categories: ['digital'] }, '330281');
    const b = await member({ categories: ['digital', 'consulting'] }, '330282');
    const c = await member({ categories: ['energy_carbon'] }, '330281');
    await applicant({ categories: ['digital'] }, '330281'); // submitted, not approved
    const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((i) => i.id);

    const digital = await t.api.request('get', '/api/v1/providers?category=digital&pageSize=100').expect(200);
    expect(ids(digital).sort()).toEqual([a.orgId, b.orgId].sort());
    // Other tests here approve providers in random districts: check membership, not the whole list.
    const yuyao = await t.api.request('get', '/api/v1/providers?regionCode=330281&pageSize=100').expect(200);
    expect(ids(yuyao)).toEqual(expect.arrayContaining([a.orgId, c.orgId]));
    expect(ids(yuyao)).not.toContain(b.orgId);
    expect(yuyao.body.items.every((i: { regionCode: string }) => i.regionCode === '330281')).toBe(true);
    const both = await t.api.request('get', '/api/v1/providers?regionCode=330281&category=digital').expect(200);
    expect(ids(both)).toEqual([a.orgId]);
    const city = await t.api.request('get', '/api/v1/providers?regionCode=330200&pageSize=100').expect(200);
    expect(ids(city)).toEqual(expect.arrayContaining([a.orgId, b.orgId, c.orgId]));
    expect(city.body.items.every((i: { status: string }) => i.status === 'approved')).toBe(true);

    const page1 = await t.api.request('get', '/api/v1/providers?category=digital&pageSize=1&page=1').expect(200);
    const page2 = await t.api.request('get', '/api/v1/providers?category=digital&pageSize=1&page=2').expect(200);
    expect(page1.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect([...ids(page1), ...ids(page2)].sort()).toEqual([a.orgId, b.orgId].sort());
    for (const q of ['pageSize=101', 'page=0', 'regionCode=33', "category=ip'--", 'unknown=1']) {
      expect((await t.api.request('get', `/api/v1/providers?${q}`).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('tells membership listeners in the same transaction: a failing listener undoes the suspension', async () => {
    const p = await member();
    const service = t.app.get(ProvidersService);
    const seen: string[] = [];
    let fail = true;
    service.registerMembershipListener({
      onMembershipChanged: async (em, change) => {
        if (change.providerId !== p.orgId) return;
        const [row] = await em.query('SELECT status FROM provider WHERE id = $1', [p.orgId]);
        seen.push(`${change.action}:${change.from}->${change.to}:${row.status}`);
        if (fail) throw new Error('listings could not be hidden');
      },
      onFactsChanged: async () => undefined,
    });
    await reviewer.post(`/api/v1/providers/${p.orgId}/suspend`, { reason: '测试' }).expect(500);
    expect((await p.get('/api/v1/providers/me').expect(200)).body.status).toBe('approved');
    fail = false;
    await reviewer.post(`/api/v1/providers/${p.orgId}/suspend`, { reason: '测试' }).expect(200);
    expect(seen).toEqual(['suspend:approved->suspended:suspended', 'suspend:approved->suspended:suspended']);
  });
});

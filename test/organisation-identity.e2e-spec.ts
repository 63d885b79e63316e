import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './support/app.js';
import { newProviderProfile, newRegistration, newUscc, TEST_PASSWORD } from './support/factories.js';
import type { TestSession } from './support/session.js';

// Registering proves nothing about who one is (DOMAIN.md "Who uses it"): a USCC belongs to the
// organisation whose business licence the bureau checked, in pool admission or tier review.
describe('whose USCC it is: contested registrations, verification by the bureau, deactivated users', () => {
  let t: TestApp;
  let reviewer: TestSession;
  let admin: TestSession;
  let finance: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    reviewer = await t.api.bureauUser('reviewer');
    finance = await t.api.bureauUser('finance');
    admin = await t.api.bureauAdmin();
  });
  afterAll(async () => {
    await t.close();
  });

  const registerAs = (orgType: 'enterprise' | 'provider', uscc: string, name: string) =>
    t.api.request('post', '/api/v1/auth/register').send(newRegistration(orgType, { org: { uscc, name } }));

  async function submittedProvider(uscc: string, name: string): Promise<TestSession> {
    const res = await registerAs('provider', uscc, name).expect(201);
    const p = await t.api.login(res.body.user.email);
    await p.patch('/api/v1/providers/me', newProviderProfile()).expect(200);
    await p.post('/api/v1/providers/me/submit').expect(200);
    return p;
  }

  /** The application as the reviewer's queue shows it, with its admission checks. */
  async function application(id: string, status = 'submitted') {
    const page = (await reviewer.get(`/api/v1/pool/applications?status=${status}&pageSize=100`).expect(200)).body;
    return page.items.find((p: { id: string }) => p.id === id);
  }

  it('a squatter registering a company’s USCC first does not lock the company out: both registrations are kept, the second is marked contested', async () => {
    const uscc = newUscc();
    const squatter = await registerAs('provider', uscc, '抢注咨询有限公司').expect(201);
    expect(squatter.body.usccContested).toBe(false);
    expect(squatter.body.organisation.verifiedAt).toBeNull();
    const real = await registerAs('provider', uscc, '宁波真实知识产权代理有限公司').expect(201);
    expect(real.body.usccContested).toBe(true);

    const contests = (await reviewer.get('/api/v1/bureau/uscc-contests').expect(200)).body;
    const contest = contests.find((c: { uscc: string }) => c.uscc === uscc);
    expect(contest).toMatchObject({ type: 'provider', verifiedOrganisationId: null });
    expect(contest.organisations.map((o: { name: string }) => o.name)).toEqual([
      '抢注咨询有限公司',
      '宁波真实知识产权代理有限公司',
    ]);
    expect(contest.organisations[0].users.map((u: { email: string }) => u.email)).toEqual([squatter.body.user.email]);
    const audit = await t.dataSource.query(
      `SELECT after FROM audit_event WHERE entity_type = 'user' AND entity_id = $1`,
      [real.body.user.id],
    );
    expect(audit[0].after.usccContestedWith).toEqual([squatter.body.organisation.id]);
  });

  it('lists contests for reviewers and admins only', async () => {
    const provider = await t.api.provider();
    const enterprise = await t.api.enterprise();
    await admin.get('/api/v1/bureau/uscc-contests').expect(200);
    for (const caller of [provider, enterprise, finance]) {
      expect((await caller.get('/api/v1/bureau/uscc-contests').expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    }
    await t.api.request('get', '/api/v1/bureau/uscc-contests').expect(401);
  });

  it('admission verifies the provider’s USCC; the other registration can then never be admitted (409 USCC_VERIFIED_ELSEWHERE)', async () => {
    const uscc = newUscc();
    const squatter = await submittedProvider(uscc, '抢注服务有限公司');
    const real = await submittedProvider(uscc, '宁波数智转型服务有限公司');

    const queued = await application(real.orgId);
    const check = queued.checks.find((c: { code: string }) => c.code === 'USCC_UNCONTESTED');
    expect(check).toEqual({
      code: 'USCC_UNCONTESTED',
      passed: false,
      detail: `Also registered by 抢注服务有限公司 (${squatter.orgId}): check the business licence`,
    });

    // The reviewer checked the licence: it is the second registrant's.
    await reviewer.post(`/api/v1/providers/${real.orgId}/approve`).expect(200);
    expect((await real.get('/api/v1/me').expect(200)).body.organisation.verifiedAt).toEqual(expect.any(String));

    const refused = await reviewer.post(`/api/v1/providers/${squatter.orgId}/approve`).expect(409);
    expect(refused.body).toMatchObject({ code: 'USCC_VERIFIED_ELSEWHERE', details: { holderId: real.orgId } });
    const after = await application(squatter.orgId);
    expect(after.checks.find((c: { code: string }) => c.code === 'USCC_UNCONTESTED').detail).toBe(
      `Already verified for 宁波数智转型服务有限公司 (${real.orgId}): approval is refused`,
    );
    expect((await squatter.get('/api/v1/me').expect(200)).body.organisation.verifiedAt).toBeNull();

    const contest = (await reviewer.get('/api/v1/bureau/uscc-contests').expect(200)).body.find(
      (c: { uscc: string }) => c.uscc === uscc,
    );
    expect(contest.verifiedOrganisationId).toBe(real.orgId);
    const events = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'organisation' AND entity_id = $1`,
      [real.orgId],
    );
    expect(events).toEqual([{ action: 'licence_verified' }]);
  });

  it('admits exactly one of two registrations of one USCC approved at the same moment', async () => {
    const uscc = newUscc();
    const a = await submittedProvider(uscc, '并发甲有限公司');
    const b = await submittedProvider(uscc, '并发乙有限公司');
    const results = await Promise.all([a, b].map((p) => reviewer.post(`/api/v1/providers/${p.orgId}/approve`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const verified = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM organisation WHERE uscc = $1 AND verified_at IS NOT NULL`,
      [uscc],
    );
    expect(verified[0].n).toBe(1);
  });

  it('tier review verifies an enterprise’s USCC; another enterprise with the code cannot be verified after it', async () => {
    const uscc = newUscc();
    const claim = { tier: 'srdi', certificateNo: 'ZJ-2025-0042', year: 2025 };
    const first = await t.api.login(
      (await registerAs('enterprise', uscc, '甬江精密机械有限公司').expect(201)).body.user.email,
    );
    const second = await t.api.login(
      (await registerAs('enterprise', uscc, '抢注贸易有限公司').expect(201)).body.user.email,
    );
    const firstClaim = (await first.post('/api/v1/enterprises/me/tier-claims', claim).expect(201)).body.id;
    const secondClaim = (await second.post('/api/v1/enterprises/me/tier-claims', claim).expect(201)).body.id;
    await reviewer.post(`/api/v1/tier-claims/${firstClaim}/verify`, {}).expect(200);
    const refused = await reviewer.post(`/api/v1/tier-claims/${secondClaim}/verify`, {}).expect(409);
    expect(refused.body.code).toBe('USCC_VERIFIED_ELSEWHERE');
    const pending = await t.dataSource.query(`SELECT status FROM tier_claim WHERE id = $1`, [secondClaim]);
    expect(pending).toEqual([{ status: 'pending' }]);
    // The same code may still be a provider's: verification is per organisation type.
    await submittedProvider(uscc, '甬江精密机械有限公司').then((p) =>
      reviewer.post(`/api/v1/providers/${p.orgId}/approve`).expect(200),
    );
  });

  describe('deactivating a user', () => {
    it('stops the user’s tokens at once and refuses its logins; reactivating lets it back in', async () => {
      const registration = newRegistration('provider');
      const user = await t.api.register(registration);
      await user.get('/api/v1/me').expect(200);

      const res = await admin
        .post(`/api/v1/bureau/users/${user.user.id}/deactivate`, { reason: '营业执照核验不符，疑似抢注' })
        .expect(200);
      expect(res.body).toMatchObject({
        deactivatedAt: expect.any(String),
        deactivationReason: '营业执照核验不符，疑似抢注',
      });

      const refused = await user.get('/api/v1/me').expect(401);
      expect(refused.body.code).toBe('ACCOUNT_DEACTIVATED');
      await user.get('/api/v1/providers/me').expect(401);
      const login = await t.api
        .request('post', '/api/v1/auth/login')
        .send({ email: registration.email, password: TEST_PASSWORD })
        .expect(401);
      expect(login.body.code).toBe('ACCOUNT_DEACTIVATED');
      // A wrong password learns nothing about the account.
      const wrong = await t.api
        .request('post', '/api/v1/auth/login')
        .send({ email: registration.email, password: 'not-the-password' })
        .expect(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');

      const listed = (await admin.get(`/api/v1/bureau/users?orgId=${user.orgId}`).expect(200)).body;
      expect(listed).toEqual([expect.objectContaining({ id: user.user.id, deactivatedAt: expect.any(String) })]);

      await admin.post(`/api/v1/bureau/users/${user.user.id}/reactivate`).expect(200);
      await user.get('/api/v1/me').expect(200);
      await t.api.login(registration.email);
      const actions = await t.dataSource.query(
        `SELECT action, reason FROM audit_event WHERE entity_type = 'user' AND entity_id = $1 ORDER BY created_at`,
        [user.user.id],
      );
      expect(actions).toEqual([
        { action: 'registered', reason: null },
        { action: 'deactivated', reason: '营业执照核验不符，疑似抢注' },
        { action: 'reactivated', reason: null },
      ]);
    });

    it('stops a bureau user the same way', async () => {
      const staff = await t.api.bureauUser('reviewer');
      await admin.post(`/api/v1/bureau/users/${staff.user.id}/deactivate`, { reason: '已离职' }).expect(200);
      expect((await staff.get('/api/v1/tier-claims').expect(401)).body.code).toBe('ACCOUNT_DEACTIVATED');
      const listed = (await admin.get('/api/v1/bureau/users').expect(200)).body;
      expect(listed.find((u: { id: string }) => u.id === staff.user.id).deactivationReason).toBe('已离职');
    });

    it('needs a reason, an admin and another user; an unknown user is 404; nothing changes when refused', async () => {
      const target = await t.api.enterprise();
      const path = `/api/v1/bureau/users/${target.user.id}/deactivate`;
      expect((await admin.post(path, {}).expect(400)).body.code).toBe('REASON_REQUIRED');
      expect((await reviewer.post(path, { reason: '测试' }).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
      expect((await target.post(path, { reason: '测试' }).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
      await t.api.request('post', path).send({ reason: '测试' }).expect(401);
      expect(
        (await admin.post(`/api/v1/bureau/users/${admin.user.id}/deactivate`, { reason: '测试' }).expect(409)).body
          .code,
      ).toBe('CANNOT_DEACTIVATE_SELF');
      await admin
        .post('/api/v1/bureau/users/00000000-0000-4000-8000-000000000000/deactivate', { reason: '测试' })
        .expect(404);
      await admin.post('/api/v1/bureau/users/not-a-uuid/deactivate', { reason: '测试' }).expect(404);
      await target.get('/api/v1/me').expect(200);
      await admin.get('/api/v1/me').expect(200);
      expect((await reviewer.get(`/api/v1/bureau/users?orgId=${target.orgId}`).expect(403)).body.code).toBe(
        'FORBIDDEN_ROLE',
      );
    });
  });
});

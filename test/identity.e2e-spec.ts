import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './support/app.js';
import { newRegistration, TEST_PASSWORD, uniqueEmail } from './support/factories.js';

describe('identity: register, login, me, bureau users', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const count = async (table: string): Promise<number> =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  describe('register', () => {
    it('registers an enterprise with its owner and answers a token that works for GET /me', async () => {
      const body = newRegistration('enterprise');
      const res = await t.api.request('post', '/api/v1/auth/register').send(body).expect(201);
      expect(res.body.accessToken).toEqual(expect.any(String));
      expect(res.body.user).toMatchObject({ email: body.email, name: body.name, roles: ['owner'] });
      expect(res.body.organisation).toMatchObject({
        type: 'enterprise',
        name: body.org.name,
        uscc: body.org.uscc,
        regionCode: body.org.regionCode,
      });
      expect(res.body.user.passwordHash).toBeUndefined();

      const me = await t.api
        .request('get', '/api/v1/me')
        .set('Authorization', `Bearer ${res.body.accessToken}`)
        .expect(200);
      expect(me.body).toMatchObject({
        id: res.body.user.id,
        email: body.email,
        roles: ['owner'],
        organisation: { id: res.body.organisation.id, type: 'enterprise' },
      });
    });

    it('registers a provider, normalising email case and USCC case', async () => {
      const body = newRegistration('provider');
      const res = await t.api
        .request('post', '/api/v1/auth/register')
        .send({
          ...body,
          email: `  ${body.email.toUpperCase()} `,
          org: { ...body.org, uscc: body.org.uscc.toLowerCase() },
        })
        .expect(201);
      expect(res.body.user.email).toBe(body.email);
      expect(res.body.organisation).toMatchObject({ type: 'provider', uscc: body.org.uscc });
      await t.api.login(body.email);
    });

    it('refuses a duplicate email with 409 EMAIL_TAKEN, whatever its case, and writes nothing', async () => {
      const first = newRegistration('enterprise');
      await t.api.register(first);
      const [orgs, users] = [await count('organisation'), await count('app_user')];
      const res = await t.api
        .request('post', '/api/v1/auth/register')
        .send(newRegistration('provider', { email: first.email.toUpperCase() }))
        .expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'EMAIL_TAKEN' });
      expect([await count('organisation'), await count('app_user')]).toEqual([orgs, users]);
    });

    it('accepts a second registration of a USCC as contested (the bureau decides whose it is), and the same code as another organisation type', async () => {
      const first = newRegistration('enterprise');
      await t.api.register(first);
      const res = await t.api
        .request('post', '/api/v1/auth/register')
        .send(newRegistration('enterprise', { org: { uscc: first.org.uscc } }))
        .expect(201);
      expect(res.body.usccContested).toBe(true);
      const other = await t.api
        .request('post', '/api/v1/auth/register')
        .send(newRegistration('provider', { org: { uscc: first.org.uscc } }))
        .expect(201);
      expect(other.body.usccContested).toBe(false);
    });

    it('keeps one account when the same email registers twice at once', async () => {
      const email = uniqueEmail('race');
      const results = await Promise.all(
        [0, 1, 2].map(() =>
          t.api.request('post', '/api/v1/auth/register').send(newRegistration('enterprise', { email })),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      const rows = await t.dataSource.query('SELECT count(*)::int AS n FROM app_user WHERE email = $1', [email]);
      expect(rows[0].n).toBe(1);
    });

    it.each([
      ['a wrong check character', '91350100M000100Y44'],
      ['17 characters', '91350100M000100Y4'],
      ['a forbidden letter (I)', '91350100M000I00Y43'],
      ['a number', 913501000001004],
    ])('refuses a USCC with %s: 400 VALIDATION_FAILED on org.uscc, nothing written', async (_label, uscc) => {
      const before = await count('organisation');
      const body = newRegistration('enterprise');
      const res = await t.api
        .request('post', '/api/v1/auth/register')
        .send({ ...body, org: { ...body.org, uscc } })
        .expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.details).toEqual([
        { field: 'org.uscc', messages: [expect.stringContaining('unified social credit code')], rules: ['isUscc'] },
      ]);
      expect(await count('organisation')).toBe(before);
    });

    it('accepts the documented valid USCC example', async () => {
      const body = newRegistration('provider', { org: { uscc: '91350100M000100Y43' } });
      await t.api.request('post', '/api/v1/auth/register').send(body).expect(201);
    });

    it('refuses unknown properties, at the top and nested', async () => {
      const body = newRegistration('enterprise');
      const top = await t.api
        .request('post', '/api/v1/auth/register')
        .send({ ...body, isAdmin: true })
        .expect(400);
      expect(top.body.code).toBe('VALIDATION_FAILED');
      expect(top.body.details).toEqual([
        { field: 'isAdmin', messages: ['property isAdmin should not exist'], rules: ['whitelistValidation'] },
      ]);
      const nested = await t.api
        .request('post', '/api/v1/auth/register')
        .send({ ...body, org: { ...body.org, type: 'bureau' } })
        .expect(400);
      expect(nested.body.details).toEqual([
        { field: 'org.type', messages: ['property type should not exist'], rules: ['whitelistValidation'] },
      ]);
    });

    it('refuses a bureau registration, a region outside the jurisdiction and bad fields, with per-field messages', async () => {
      const body = newRegistration('enterprise');
      const bureau = await t.api
        .request('post', '/api/v1/auth/register')
        .send({ ...body, orgType: 'bureau' })
        .expect(400);
      expect(bureau.body.details[0].field).toBe('orgType');
      const region = await t.api
        .request('post', '/api/v1/auth/register')
        .send({ ...body, org: { ...body.org, regionCode: '110101' } })
        .expect(400);
      expect(region.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'org.regionCode' }] });
      const many = await t.api
        .request('post', '/api/v1/auth/register')
        .send({
          ...body,
          email: 'not-an-email',
          password: 'short',
          name: '',
          org: { ...body.org, name: 'x'.repeat(101) },
        })
        .expect(400);
      expect(many.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'email',
        'name',
        'org.name',
        'password',
      ]);
      const missingOrg = await t.api
        .request('post', '/api/v1/auth/register')
        .send({ ...body, org: undefined })
        .expect(400);
      expect(missingOrg.body.details[0].field).toBe('org');
    });

    it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
      const res = await t.api
        .request('post', '/api/v1/auth/register')
        .set('Content-Type', 'application/json')
        .send('{"email": "a@b.cn",')
        .expect(400);
      expect(res.body).toEqual({
        statusCode: 400,
        code: 'MALFORMED_JSON',
        message: 'The request body is not valid JSON',
      });
    });

    it('answers a body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
      const body = { ...newRegistration('enterprise'), name: 'x'.repeat(1_100_000) };
      const res = await t.api.request('post', '/api/v1/auth/register').send(body).expect(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('login', () => {
    it('logs in with the right password and records the time', async () => {
      const body = newRegistration('enterprise');
      await t.api.register(body);
      const res = await t.api
        .request('post', '/api/v1/auth/login')
        .send({ email: body.email, password: body.password })
        .expect(200);
      expect(res.body).toMatchObject({
        accessToken: expect.any(String),
        user: { email: body.email, organisation: { type: 'enterprise' } },
      });
      expect(res.body.user.lastLoginAt).toEqual(expect.any(String));
    });

    it('answers 401 INVALID_CREDENTIALS for a wrong password and for an unknown email alike', async () => {
      const body = newRegistration('enterprise');
      await t.api.register(body);
      const wrong = await t.api
        .request('post', '/api/v1/auth/login')
        .send({ email: body.email, password: 'wrong-password' })
        .expect(401);
      const unknown = await t.api
        .request('post', '/api/v1/auth/login')
        .send({ email: uniqueEmail('nobody'), password: 'wrong-password' })
        .expect(401);
      expect(wrong.body).toEqual({
        statusCode: 401,
        code: 'INVALID_CREDENTIALS',
        message: 'Email or password is wrong',
      });
      expect(unknown.body).toEqual(wrong.body);
    });

    it('limits failed logins to 10 per account from one address per 15 minutes (429), other accounts unaffected', async () => {
      const body = newRegistration('provider');
      await t.api.register(body);
      // Without TRUST_PROXY (the default) a forged X-Forwarded-For does not make a new address.
      for (let i = 0; i < 10; i++) {
        await t.api
          .request('post', '/api/v1/auth/login')
          .set('X-Forwarded-For', `203.0.113.${i}`)
          .send({ email: body.email, password: `wrong-${i}` })
          .expect(401);
      }
      const blocked = await t.api
        .request('post', '/api/v1/auth/login')
        .send({ email: body.email, password: body.password })
        .expect(429);
      expect(blocked.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(800);
      expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(900);
      const other = newRegistration('provider');
      await t.api.register(other);
      await t.api.login(other.email);
    });

    it('counts failures only since the last successful login', async () => {
      const body = newRegistration('enterprise');
      await t.api.register(body);
      for (let i = 0; i < 9; i++) {
        await t.api
          .request('post', '/api/v1/auth/login')
          .send({ email: body.email, password: 'wrong-password' })
          .expect(401);
      }
      await t.api.login(body.email);
      for (let i = 0; i < 9; i++) {
        await t.api
          .request('post', '/api/v1/auth/login')
          .send({ email: body.email, password: 'wrong-password' })
          .expect(401);
      }
      await t.api.login(body.email);
    });

    it('does not throttle anything else: 30 quick GET /me answer 200', async () => {
      const session = await t.api.enterprise();
      const statuses = await Promise.all(
        Array.from({ length: 30 }, () => session.get('/api/v1/me').then((r) => r.status)),
      );
      expect(new Set(statuses)).toEqual(new Set([200]));
    });
  });

  describe('tokens', () => {
    it('answers 401 without a token, with a malformed one and with one signed by another secret', async () => {
      const none = await t.api.request('get', '/api/v1/me').expect(401);
      expect(none.body.code).toBe('INVALID_TOKEN');
      await t.api.request('get', '/api/v1/me').set('Authorization', 'Bearer not.a.jwt').expect(401);
      await t.api.request('get', '/api/v1/me').set('Authorization', 'Basic abc').expect(401);
      const forged =
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ.' +
        'c2lnbmF0dXJlLWJ5LWFub3RoZXItc2VjcmV0';
      await t.api.request('get', '/api/v1/me').set('Authorization', `Bearer ${forged}`).expect(401);
    });
  });

  describe('bureau users', () => {
    it('an admin creates reviewer, finance and admin users who can log in with their roles', async () => {
      const admin = await t.api.bureauAdmin();
      const email = uniqueEmail('reviewer');
      const res = await admin
        .post('/api/v1/bureau/users', {
          email,
          password: TEST_PASSWORD,
          name: '李审核',
          roles: ['reviewer', 'finance'],
        })
        .expect(201);
      expect(res.body).toMatchObject({
        email,
        roles: ['reviewer', 'finance'],
        organisation: { type: 'bureau', id: admin.orgId },
      });
      const reviewer = await t.api.login(email);
      const me = await reviewer.get('/api/v1/me').expect(200);
      expect(me.body.roles).toEqual(['reviewer', 'finance']);
      const list = await admin.get('/api/v1/bureau/users').expect(200);
      expect(list.body.map((u: { email: string }) => u.email)).toEqual(
        expect.arrayContaining([email, admin.user.email]),
      );
    });

    it('refuses enterprises, providers, reviewers and finance users (403), and anonymous callers (401)', async () => {
      const callers = [
        await t.api.enterprise(),
        await t.api.provider(),
        await t.api.bureauUser('reviewer'),
        await t.api.bureauUser('finance'),
      ];
      const before = await count('app_user');
      for (const caller of callers) {
        const res = await caller
          .post('/api/v1/bureau/users', {
            email: uniqueEmail('x'),
            password: TEST_PASSWORD,
            name: '越权',
            roles: ['admin'],
          })
          .expect(403);
        expect(res.body.code).toBe('FORBIDDEN_ROLE');
        await caller.get('/api/v1/bureau/users').expect(403);
      }
      await t.api
        .request('post', '/api/v1/bureau/users')
        .send({ email: uniqueEmail('x'), password: TEST_PASSWORD, name: '匿名', roles: ['admin'] })
        .expect(401);
      expect(await count('app_user')).toBe(before);
    });

    it('validates roles and refuses a taken email', async () => {
      const admin = await t.api.bureauAdmin();
      for (const roles of [[], ['owner'], ['reviewer', 'reviewer'], 'admin']) {
        const res = await admin
          .post('/api/v1/bureau/users', { email: uniqueEmail('r'), password: TEST_PASSWORD, name: '某人', roles })
          .expect(400);
        expect(res.body.details[0].field).toBe('roles');
      }
      const enterprise = await t.api.enterprise();
      const taken = await admin
        .post('/api/v1/bureau/users', {
          email: enterprise.user.email,
          password: TEST_PASSWORD,
          name: '重复',
          roles: ['reviewer'],
        })
        .expect(409);
      expect(taken.body.code).toBe('EMAIL_TAKEN');
    });

    it('records registrations and bureau-user creation in the audit log, readable by the bureau only', async () => {
      const admin = await t.api.bureauAdmin();
      const enterprise = await t.api.enterprise();
      const reviewer = await t.api.bureauUser('reviewer');

      const registered = await reviewer
        .get(`/api/v1/audit-events?entityType=user&entityId=${enterprise.user.id}`)
        .expect(200);
      expect(registered.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
      expect(registered.body.items[0]).toMatchObject({
        entityType: 'user',
        entityId: enterprise.user.id,
        action: 'registered',
        actorId: enterprise.user.id,
        orgId: enterprise.orgId,
        before: null,
        after: { email: enterprise.user.email, orgType: 'enterprise', roles: ['owner'] },
      });
      expect(registered.body.items[0].after.passwordHash).toBeUndefined();

      const created = await admin.get(`/api/v1/audit-events?entityType=user&entityId=${reviewer.user.id}`).expect(200);
      expect(created.body.items[0]).toMatchObject({
        action: 'created',
        actorId: admin.user.id,
        orgId: admin.orgId,
        after: { roles: ['reviewer'] },
      });

      await enterprise.get('/api/v1/audit-events').expect(403);
      await (await t.api.provider()).get('/api/v1/audit-events').expect(403);
      await t.api.request('get', '/api/v1/audit-events').expect(401);
      const bad = await admin.get('/api/v1/audit-events?entityType=spaceship&pageSize=1000').expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['entityType', 'pageSize']);
    });
  });
});

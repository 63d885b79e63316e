import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import type request from 'supertest';
import { FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import { newListing, newProviderProfile, newRegistration, TEST_PASSWORD, uniqueEmail } from './support/factories.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';

// Rows that any of the refused requests below could have written.
const TABLES = [
  'organisation',
  'app_user',
  'provider',
  'enterprise',
  'listing',
  'tier_claim',
  'service_order',
  'order_message',
  'audit_event',
  'idempotency_key',
] as const;

describe('input that is refused: a clear 4xx, never a 500, nothing written', () => {
  let t: TestApp;
  let reviewer: TestSession;
  let admin: TestSession;
  /** A pool member with a draft listing and an order from `enterprise`. */
  let member: TestSession;
  /** A provider in draft with a complete profile (editable). */
  let draft: TestSession;
  let enterprise: TestSession;
  let listingId: string;
  let orderId: string;
  let claimId: string;
  const clock = new FixedClock(new Date('2026-11-22T02:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp({ clock });
    reviewer = await t.api.bureauUser('reviewer');
    admin = await t.api.bureauAdmin();
    const market = new Marketplace(t.api, reviewer);
    const order = await market.orderIn('requested');
    ({ enterprise, provider: member } = order);
    orderId = order.id;
    listingId = (await member.post('/api/v1/listings', newListing()).expect(201)).body.id;
    draft = await t.api.provider();
    await draft.patch('/api/v1/providers/me', newProviderProfile()).expect(200);
    await enterprise
      .patch('/api/v1/enterprises/me', { industry: '通用设备制造业', employeeCount: 120, revenueBand: '5000万-1亿元' })
      .expect(200);
    const claim = { tier: 'srdi', certificateNo: 'ZJ-2024-0001', year: 2024 };
    claimId = (await enterprise.post('/api/v1/enterprises/me/tier-claims', claim).expect(201)).body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every row count and every object the refused requests aimed at, as the API shows them. */
  async function snapshot(): Promise<Record<string, unknown>> {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      counts[table] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    }
    return {
      counts,
      draft: (await draft.get('/api/v1/providers/me').expect(200)).body,
      member: (await member.get('/api/v1/providers/me').expect(200)).body,
      listing: (await member.get(`/api/v1/listings/${listingId}`).expect(200)).body,
      enterprise: (await enterprise.get('/api/v1/enterprises/me').expect(200)).body,
      messages: (await enterprise.get(`/api/v1/orders/${orderId}/messages`).expect(200)).body,
    };
  }

  /** Runs the requests, each answering `status` with `code` (and naming `field` when given), and checks nothing changed. */
  async function expectRefused(
    cases: Array<{ send: () => request.Test; field?: string }>,
    status = 400,
    code = 'VALIDATION_FAILED',
  ): Promise<void> {
    const before = await snapshot();
    for (const [index, { send, field }] of cases.entries()) {
      const res = await send();
      const details = (res.body.details ?? []) as Array<{ field: string }>;
      // The case's index is in what is compared, so a failure says which one it was.
      const seen = {
        case: index,
        status: res.status,
        code: res.body.code,
        statusCode: res.body.statusCode,
        fields: details.map((d) => d.field),
      };
      expect(seen).toMatchObject({
        status,
        statusCode: status,
        code,
        ...(field && { fields: expect.arrayContaining([field]) }),
      });
    }
    expect(await snapshot()).toEqual(before);
  }

  /** A request with a JSON body sent as is (supertest would lose `__proto__` keys and deep nesting is easier as text). */
  const rawJson = (session: TestSession | null, method: 'post' | 'patch' | 'get', path: string, json: string) =>
    (session ? session.request(method, path) : t.api.request(method, path))
      .set('Content-Type', 'application/json')
      .send(json);

  const listingJson = JSON.stringify(newListing());
  const withKey = (json: string, key: string) => `${json.slice(0, -1)},"${key}":{"polluted":true}}`;

  it('refuses __proto__, constructor and prototype keys at any depth of a body or query', async () => {
    const qualification = (key: string) =>
      `{"kind":"专利代理机构执业许可证","number":"33107","issuer":"国家知识产权局","validUntil":"2028-12-31","${key}":{"x":1}}`;
    const registration = JSON.stringify(newRegistration('enterprise'));
    await expectRefused([
      {
        send: () => rawJson(member, 'post', '/api/v1/listings', withKey(listingJson, '__proto__')),
        field: '__proto__',
      },
      {
        send: () => rawJson(member, 'post', '/api/v1/listings', withKey(listingJson, 'constructor')),
        field: 'constructor',
      },
      {
        send: () => rawJson(member, 'post', '/api/v1/listings', withKey(listingJson, 'prototype')),
        field: 'prototype',
      },
      {
        send: () =>
          rawJson(member, 'patch', `/api/v1/listings/${listingId}`, '{"title":"新标题","__proto__":{"title":"x"}}'),
        field: '__proto__',
      },
      {
        send: () =>
          rawJson(draft, 'patch', '/api/v1/providers/me', `{"qualifications":[${qualification('__proto__')}]}`),
        field: 'qualifications.0.__proto__',
      },
      {
        send: () =>
          rawJson(
            null,
            'post',
            '/api/v1/auth/register',
            registration.replace('"org":{', '"org":{"constructor":{"a":1},'),
          ),
        field: 'org.constructor',
      },
      {
        send: () => rawJson(enterprise, 'patch', '/api/v1/enterprises/me', '{"industry":"制造业","prototype":{"a":1}}'),
        field: 'prototype',
      },
      { send: () => t.api.request('get', '/api/v1/search/listings?q=专利&__proto__=1'), field: '__proto__' },
      { send: () => member.get('/api/v1/providers/me/listings?constructor=1'), field: 'constructor' },
    ]);
  });

  it('refuses NUL characters and unpaired surrogates in any string, the login email included', async () => {
    const registration = newRegistration('provider');
    await expectRefused([
      { send: () => draft.patch('/api/v1/providers/me', { contactName: '陈\u0000晓' }), field: 'contactName' },
      { send: () => draft.patch('/api/v1/providers/me', { introduction: '专注\ud800' }), field: 'introduction' },
      { send: () => member.post('/api/v1/listings', newListing({ title: '专利\u0000' })), field: 'title' },
      { send: () => member.post('/api/v1/listings', newListing({ tags: ['ok', '\udc00'] })), field: 'tags.1' },
      { send: () => member.patch(`/api/v1/listings/${listingId}`, { description: 'a\ud800b' }), field: 'description' },
      { send: () => enterprise.post('/api/v1/orders', { listingId, requirement: '需求\u0000' }), field: 'requirement' },
      {
        // An idempotent POST keeps no key for input it refuses.
        send: () =>
          enterprise
            .post('/api/v1/orders', { listingId, requirement: '需求\ud800' })
            .set('Idempotency-Key', 'bad-input-surrogate'),
        field: 'requirement',
      },
      {
        send: () =>
          t.api
            .request('post', '/api/v1/auth/register')
            .send({ ...registration, org: { ...registration.org, name: '\ud800' } }),
        field: 'org.name',
      },
      {
        send: () => t.api.request('post', '/api/v1/auth/register').send({ ...registration, name: '王\u0000磊' }),
        field: 'name',
      },
      {
        send: () =>
          enterprise.post('/api/v1/enterprises/me/tier-claims', {
            tier: 'srdi',
            certificateNo: 'ZJ\u0000',
            year: 2024,
          }),
        field: 'certificateNo',
      },
      {
        send: () =>
          admin.post('/api/v1/bureau/users', {
            email: uniqueEmail(),
            password: TEST_PASSWORD,
            name: '李\ud800',
            roles: ['reviewer'],
          }),
        field: 'name',
      },
      { send: () => enterprise.post(`/api/v1/orders/${orderId}/messages`, { body: '你好\ud800' }), field: 'body' },
      { send: () => member.post(`/api/v1/orders/${orderId}/messages`, { body: '\u0000' }), field: 'body' },
      {
        send: () =>
          t.api.request('post', '/api/v1/auth/login').send({ email: `\ud800${uniqueEmail()}`, password: 'x' }),
        field: 'email',
      },
      { send: () => t.api.request('get', `/api/v1/search/listings?q=${encodeURIComponent('专利\u0000')}`), field: 'q' },
      { send: () => member.patch('/api/v1/listings/%00', { title: '新标题' }), field: 'id' },
    ]);
  });

  it('refuses text that is only whitespace or zero-width characters where a value is required', async () => {
    const registration = newRegistration('enterprise');
    await expectRefused([
      { send: () => member.post('/api/v1/listings', newListing({ title: '\u200b\u200c' })), field: 'title' },
      { send: () => member.post('/api/v1/listings', newListing({ tags: ['\u200d'] })), field: 'tags' },
      { send: () => member.patch(`/api/v1/listings/${listingId}`, { unit: '\ufeff ' }), field: 'unit' },
      { send: () => draft.patch('/api/v1/providers/me', { contactName: ' \u200b\u2060 ' }), field: 'contactName' },
      { send: () => enterprise.patch('/api/v1/enterprises/me', { industry: '\u3000\u200b' }), field: 'industry' },
      {
        send: () => enterprise.post('/api/v1/orders', { listingId, requirement: '\u200b\n\u200b' }),
        field: 'requirement',
      },
      { send: () => enterprise.post(`/api/v1/orders/${orderId}/messages`, { body: '\u200b' }), field: 'body' },
      {
        send: () => t.api.request('post', '/api/v1/auth/register').send({ ...registration, name: '\u200c' }),
        field: 'name',
      },
      {
        send: () =>
          enterprise.post('/api/v1/enterprises/me/tier-claims', { tier: 'srdi', certificateNo: '\u200b', year: 2024 }),
        field: 'certificateNo',
      },
    ]);
  });

  it('refuses bodies nested more than 32 levels before they reach the transformer', async () => {
    const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
    const deepArray = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;
    await expectRefused([
      { send: () => rawJson(member, 'post', '/api/v1/listings', deep(5000)) },
      { send: () => rawJson(member, 'post', '/api/v1/listings', `{"title":${deepArray(5000)}}`) },
      { send: () => rawJson(member, 'patch', `/api/v1/listings/${listingId}`, `{"tags":${deepArray(33)}}`) },
      { send: () => rawJson(draft, 'patch', '/api/v1/providers/me', `{"qualifications":${deepArray(5000)}}`) },
      { send: () => rawJson(null, 'post', '/api/v1/auth/register', deep(5000)) },
      {
        send: () =>
          rawJson(enterprise, 'post', '/api/v1/orders', `{"listingId":"${listingId}","requirement":${deep(5000)}}`).set(
            'Idempotency-Key',
            'bad-input-deep',
          ),
      },
      { send: () => rawJson(enterprise, 'patch', '/api/v1/enterprises/me', deep(10_000)) },
    ]);
  });

  it('refuses null for a field a PATCH may leave out but not empty', async () => {
    const providerFields = [
      'name',
      'regionCode',
      'legalRepresentative',
      'contactName',
      'contactPhone',
      'address',
      'introduction',
      'categories',
      'qualifications',
      'staffCount',
    ];
    const listingFields = [
      'title',
      'description',
      'category',
      'tags',
      'priceModel',
      'unit',
      'deliveryDays',
      'regionCodes',
      'srdiSpecial',
      'voucherEligible',
    ];
    const enterpriseFields = [
      'name',
      'legalRepresentative',
      'contactPhone',
      'industry',
      'employeeCount',
      'revenueBand',
    ];
    await expectRefused([
      ...providerFields.map((field) => ({
        send: () => draft.patch('/api/v1/providers/me', { [field]: null }),
        field,
      })),
      ...listingFields.map((field) => ({
        send: () => member.patch(`/api/v1/listings/${listingId}`, { [field]: null }),
        field,
      })),
      ...enterpriseFields.map((field) => ({
        send: () => enterprise.patch('/api/v1/enterprises/me', { [field]: null }),
        field,
      })),
    ]);
    // null still means "no price" where the contract says so.
    const quote = (await member.post('/api/v1/listings', newListing()).expect(201)).body.id;
    const res = await member.patch(`/api/v1/listings/${quote}`, { priceModel: 'quote', priceFen: null }).expect(200);
    expect(res.body).toMatchObject({ priceModel: 'quote', priceFen: null });
  });

  it('refuses dates that do not exist', async () => {
    const qualification = (validUntil: string) => ({
      qualifications: [{ kind: '专利代理机构执业许可证', number: '33107', issuer: '国家知识产权局', validUntil }],
    });
    await expectRefused([
      {
        send: () => reviewer.post(`/api/v1/tier-claims/${claimId}/verify`, { validUntil: '2026-02-31' }),
        field: 'validUntil',
      },
      {
        send: () => reviewer.post(`/api/v1/tier-claims/${claimId}/verify`, { validUntil: '0000-01-01' }),
        field: 'validUntil',
      },
      {
        send: () =>
          reviewer.post(`/api/v1/tier-claims/${claimId}/reject`, { reason: '证书无效', validUntil: '2025-02-29' }),
        field: 'validUntil',
      },
      {
        send: () => draft.patch('/api/v1/providers/me', qualification('2025-02-29')),
        field: 'qualifications.0.validUntil',
      },
      {
        send: () => draft.patch('/api/v1/providers/me', qualification('2026-04-31')),
        field: 'qualifications.0.validUntil',
      },
      {
        send: () => draft.patch('/api/v1/providers/me', qualification('0000-01-01')),
        field: 'qualifications.0.validUntil',
      },
    ]);
    const claims = (await enterprise.get('/api/v1/enterprises/me').expect(200)).body.tierClaims;
    expect(claims).toEqual([expect.objectContaining({ id: claimId, status: 'pending', validUntil: null })]);
  });

  it('answers a request line or headers over 16 KB with 431 and the error contract, not a bare status line', async () => {
    const huge = 'a'.repeat(20_000);
    await expectRefused(
      [
        { send: () => t.api.request('get', `/api/v1/search/listings?q=${huge}`) },
        { send: () => member.get(`/api/v1/listings/${listingId}?${huge}=1`) },
        { send: () => member.post('/api/v1/listings', newListing()).set('X-Padding', huge) },
        {
          send: () =>
            rawJson(enterprise, 'patch', '/api/v1/enterprises/me', '{"industry":"制造业"}').set('X-Padding', huge),
        },
      ],
      431,
      'HEADERS_TOO_LARGE',
    );
  });

  it('refuses a token without exp, or with a missing or non-UUID sub, with 401', async () => {
    const jwt = t.app.get(JwtService);
    const ttl = { expiresIn: 3600 };
    const tokens = await Promise.all([
      jwt.signAsync({ sub: member.user.id }), // never expires
      jwt.signAsync({}, ttl),
      jwt.signAsync({ sub: 'admin' }, ttl),
      jwt.signAsync({ sub: 42 }, ttl),
      jwt.signAsync({ sub: `${member.user.id}'` }, ttl),
    ]);
    const as = (token: string, method: 'get' | 'post' | 'patch', path: string) =>
      t.api.request(method, path).set('Authorization', `Bearer ${token}`);
    await expectRefused(
      tokens.flatMap((token) => [
        { send: () => as(token, 'get', '/api/v1/me') },
        { send: () => as(token, 'post', '/api/v1/listings').send(newListing()) },
        { send: () => as(token, 'patch', '/api/v1/providers/me').send({ contactName: '冒名' }) },
        { send: () => as(token, 'post', `/api/v1/orders/${orderId}/messages`).send({ body: '冒名' }) },
      ]),
      401,
      'INVALID_TOKEN',
    );
    // The same user with a token that expires is let in.
    const good = await jwt.signAsync({ sub: member.user.id }, ttl);
    await as(good, 'get', '/api/v1/me').expect(200);
  });
});

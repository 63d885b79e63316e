import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_FAILED_LOGINS, MAX_FAILED_LOGINS_PER_ADDRESS } from '@app/identity';
import { createTestApp, type TestApp } from './support/app.js';
import { newRegistration, TEST_PASSWORD, uniqueEmail } from './support/factories.js';

// Behind one proxy (TRUST_PROXY=1) the caller's address is the last X-Forwarded-For hop, so one
// test process can speak from many addresses.
describe('rate limits per caller address: failed logins and registrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '1', REGISTRATIONS_PER_HOUR: '5' } });
  });
  afterAll(async () => {
    await t.close();
  });

  const login = (address: string, email: string, password: string) =>
    t.api.request('post', '/api/v1/auth/login').set('X-Forwarded-For', address).send({ email, password });
  const register = (address: string, body = newRegistration('enterprise')) =>
    t.api.request('post', '/api/v1/auth/register').set('X-Forwarded-For', address).send(body);

  it('wrong passwords for a bureau user from one address block that address, not the user', async () => {
    const email = uniqueEmail('reviewer');
    const admin = await t.api.bureauAdmin();
    await admin.post('/api/v1/bureau/users', { email, password: TEST_PASSWORD, name: '审核员', roles: ['reviewer'] });
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login('203.0.113.7', email, `guess-${i}`).expect(401);
    const blocked = await login('203.0.113.7', email, TEST_PASSWORD).expect(429);
    expect(blocked.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(800);
    // The reviewer at the bureau's own address logs in as usual, and may still fail a few times itself.
    await login('198.51.100.20', email, 'typo').expect(401);
    await login('198.51.100.20', email, TEST_PASSWORD).expect(200);
  });

  it(`blocks an address after ${MAX_FAILED_LOGINS_PER_ADDRESS} failed logins to any accounts (password spraying); other addresses are unaffected`, async () => {
    const victim = newRegistration('provider');
    await register('198.51.100.30', victim).expect(201);
    // Unknown accounts count too: a sprayer need not know which emails exist.
    for (let i = 0; i < MAX_FAILED_LOGINS_PER_ADDRESS; i++) {
      await login('203.0.113.9', uniqueEmail(`spray${i}`), 'Password123!').expect(401);
    }
    expect((await login('203.0.113.9', victim.email, TEST_PASSWORD).expect(429)).body.code).toBe(
      'TOO_MANY_LOGIN_ATTEMPTS',
    );
    await login('198.51.100.31', victim.email, TEST_PASSWORD).expect(200);
  }, 60_000);

  it('believes only the hop the trusted proxy added: a forged X-Forwarded-For prefix does not give a new address', async () => {
    const email = uniqueEmail('forged');
    await register('198.51.100.40', newRegistration('enterprise', { email })).expect(201);
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await login(`10.0.0.${i}, 203.0.113.50`, email, `guess-${i}`).expect(401);
    }
    await login('10.9.9.9, 203.0.113.50', email, TEST_PASSWORD).expect(429);
  });

  it('accepts REGISTRATIONS_PER_HOUR registrations from one address, then 429 with Retry-After and nothing written', async () => {
    for (let i = 0; i < 5; i++) await register('203.0.113.60').expect(201);
    const count = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM app_user'))[0].n as number;
    const before = await count();
    const refused = await register('203.0.113.60').expect(429);
    expect(refused.body).toMatchObject({
      code: 'TOO_MANY_REGISTRATIONS',
      details: { retryAfterSeconds: expect.any(Number) },
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500);
    expect(await count()).toBe(before);
    await register('203.0.113.61').expect(201);
  });
});

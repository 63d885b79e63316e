import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './support/app.js';

describe('platform: health, categories, regions, OpenAPI, HTTP hygiene', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /health answers 200 with the database checked', async () => {
    const res = await t.api.request('get', '/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('GET /api/v1/categories lists the 11 seeded categories with Chinese names, in order', async () => {
    const res = await t.api.request('get', '/api/v1/categories').expect(200);
    expect(res.body).toHaveLength(11);
    expect(res.body.slice(0, 3)).toEqual([
      { code: 'tech_innovation', name: '技术创新' },
      { code: 'ip', name: '知识产权' },
      { code: 'digital', name: '数字化转型' },
    ]);
    expect(res.body.map((c: { code: string }) => c.code)).toEqual([
      'tech_innovation',
      'ip',
      'digital',
      'energy_carbon',
      'finance',
      'market',
      'consulting',
      'industry_matching',
      'testing',
      'talent',
      'legal_tax',
    ]);
  });

  it('GET /api/v1/regions gives Ningbo 330200 and its ten districts and counties', async () => {
    const res = await t.api.request('get', '/api/v1/regions').expect(200);
    expect(res.body.root).toBe('330200');
    expect(res.body.items).toHaveLength(11);
    expect(res.body.items).toContainEqual({ code: '330200', name: '宁波市', parent: null });
    expect(res.body.items).toContainEqual({ code: '330212', name: '鄞州区', parent: '330200' });
    expect(res.body.items.filter((r: { parent: string | null }) => r.parent === '330200')).toHaveLength(10);
  });

  it('serves the OpenAPI document with every route of the running app, and the UI', async () => {
    const res = await t.api.request('get', '/api/docs-json').expect(200);
    const paths = Object.keys(res.body.paths).sort();
    expect(paths).toEqual(
      [
        '/health',
        '/api/v1/categories',
        '/api/v1/regions',
        '/api/v1/auth/register',
        '/api/v1/auth/login',
        '/api/v1/me',
        '/api/v1/bureau/users',
        '/api/v1/bureau/users/{id}/deactivate',
        '/api/v1/bureau/users/{id}/reactivate',
        '/api/v1/bureau/uscc-contests',
        '/api/v1/audit-events',
        '/api/v1/providers/me',
        '/api/v1/providers/me/submit',
        '/api/v1/providers',
        '/api/v1/providers/{id}',
        '/api/v1/providers/{id}/approve',
        '/api/v1/providers/{id}/return',
        '/api/v1/providers/{id}/reject',
        '/api/v1/providers/{id}/suspend',
        '/api/v1/providers/{id}/reinstate',
        '/api/v1/providers/{id}/remove',
        '/api/v1/pool/applications',
        '/api/v1/providers/me/listings',
        '/api/v1/listings',
        '/api/v1/listings/{id}',
        '/api/v1/listings/{id}/publish',
        '/api/v1/listings/{id}/unpublish',
        '/api/v1/listings/{id}/take-down',
        '/api/v1/search/listings',
        '/api/v1/enterprises/me',
        '/api/v1/enterprises/me/tier-claims',
        '/api/v1/tier-claims',
        '/api/v1/tier-claims/{id}/verify',
        '/api/v1/tier-claims/{id}/reject',
        '/api/v1/orders',
        '/api/v1/orders/{id}',
        '/api/v1/orders/{id}/quote',
        '/api/v1/orders/{id}/accept',
        '/api/v1/orders/{id}/decline',
        '/api/v1/orders/{id}/confirm',
        '/api/v1/orders/{id}/cancel',
        '/api/v1/orders/{id}/payments',
        '/api/v1/orders/{id}/payments/offline',
        '/api/v1/orders/{id}/start',
        '/api/v1/orders/{id}/deliver',
        '/api/v1/orders/{id}/accept-delivery',
        '/api/v1/orders/{id}/dispute',
        '/api/v1/orders/{id}/resolve',
        '/api/v1/orders/{id}/messages',
        '/api/v1/payments/stripe/webhook',
        '/api/v1/voucher-programs',
        '/api/v1/voucher-programs/{id}',
        '/api/v1/voucher-programs/{id}/open',
        '/api/v1/voucher-programs/{id}/close',
        '/api/v1/voucher-programs/{id}/applications',
        '/api/v1/voucher-programs/{id}/bulk-issue',
        '/api/v1/voucher-programs/{id}/ledger-check',
        '/api/v1/voucher-applications',
        '/api/v1/voucher-applications/{id}/approve',
        '/api/v1/voucher-applications/{id}/reject',
        '/api/v1/vouchers',
        '/api/v1/vouchers/{id}',
        '/api/v1/vouchers/{id}/revoke',
        '/api/v1/orders/{id}/rating',
        '/api/v1/ratings/{id}/reply',
        '/api/v1/ratings/{id}/hide',
        '/api/v1/providers/{id}/ratings',
        '/api/v1/providers/me/standing',
        '/api/v1/redemption-claims',
        '/api/v1/redemption-claims/{id}',
        '/api/v1/redemption-claims/{id}/approve',
        '/api/v1/redemption-claims/{id}/reject',
        '/api/v1/settlement-batches',
        '/api/v1/settlement-batches/{id}',
        '/api/v1/settlement-batches/{id}/mark-paid',
        '/api/v1/settlement-batches/{id}/export',
        '/api/v1/notifications',
        '/api/v1/notifications/{id}/read',
        '/api/v1/notifications/read-all',
        '/api/v1/stats/overview',
        '/api/v1/award-rounds',
        '/api/v1/award-rounds/{id}',
        '/api/v1/award-rounds/{id}/compute',
        '/api/v1/award-rounds/{id}/results',
        '/api/v1/award-rounds/{id}/results/{providerId}',
        '/api/v1/awards/{year}',
        '/api/v1/award-rounds/{id}/export',
        '/api/v1/award-rounds/{id}/finalize',
        '/api/v1/award-rounds/{id}/objections',
        '/api/v1/award-rounds/{id}/objections/{objectionId}/resolve',
        '/api/v1/award-rounds/{id}/publish',
        '/api/v1/demands',
        '/api/v1/demands/{id}',
        '/api/v1/demands/{id}/publish',
        '/api/v1/demands/{id}/close',
        '/api/v1/demands/{id}/suggested-providers',
        '/api/v1/demands/{id}/proposals',
        '/api/v1/proposals/{id}',
        '/api/v1/proposals/{id}/withdraw',
        '/api/v1/proposals/{id}/accept',
        '/api/v1/matchmaking-events',
        '/api/v1/matchmaking-events/{id}',
        '/api/v1/matchmaking-events/{id}/registrations',
        '/api/v1/matchmaking-events/{id}/meetings',
        '/api/v1/meetings/{id}/outcome',
      ].sort(),
    );
    expect(res.body.paths['/api/v1/me'].get.security).toEqual([{ bearer: [] }]);
    expect(res.body.components.schemas.RegisterDto.required).toEqual(
      expect.arrayContaining(['email', 'password', 'name', 'orgType', 'org']),
    );
    const pageSchemas = ['AuditEventPage', 'ProviderPage', 'ApplicationPage'].map(
      (name) => res.body.components.schemas[name],
    );
    expect(pageSchemas.map((schema) => schema.properties.items.items.$ref)).toEqual([
      '#/components/schemas/AuditEventView',
      '#/components/schemas/PublicProviderView',
      '#/components/schemas/ProviderProfileView',
    ]);
    const ui = await t.api.request('get', '/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('answers unknown routes with 404 NOT_FOUND in the error contract', async () => {
    const res = await t.api.request('get', '/api/v1/nothing-here').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('sets security headers (helmet) and a request id, reusing a sane caller-given one', async () => {
    const res = await t.api.request('get', '/health').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.api.request('get', '/health').set('X-Request-Id', 'trace-123').expect(200);
    expect(given.headers['x-request-id']).toBe('trace-123');
    const hostile = await t.api.request('get', '/health').set('X-Request-Id', 'a b<script>').expect(200);
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('platform: another jurisdiction from REGIONS_FILE', () => {
  it('serves the regions of the configured file, with no code change', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'srdi-regions-')), 'hangzhou.json');
    writeFileSync(
      file,
      JSON.stringify({
        root: '330100',
        regions: [
          { code: '330100', name: '杭州市', parent: null },
          { code: '330106', name: '西湖区', parent: '330100' },
        ],
      }),
    );
    const t = await createTestApp({ env: { REGIONS_FILE: file } });
    try {
      const res = await t.api.request('get', '/api/v1/regions').expect(200);
      expect(res.body).toEqual({
        root: '330100',
        items: [
          { code: '330100', name: '杭州市', parent: null },
          { code: '330106', name: '西湖区', parent: '330100' },
        ],
      });
      // Registration follows the jurisdiction: a Hangzhou district is accepted, a Ningbo one is not.
      const { newRegistration } = await import('./support/factories.js');
      await t.api
        .request('post', '/api/v1/auth/register')
        .send(newRegistration('enterprise', { org: { regionCode: '330106' } }))
        .expect(201);
      await t.api
        .request('post', '/api/v1/auth/register')
        .send(newRegistration('enterprise', { org: { regionCode: '330212' } }))
        .expect(400);
    } finally {
      await t.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoDataService } from '../apps/api/src/demo/demo-data.service.js';
import { DEMO_LISTINGS } from '../apps/api/src/demo/demo-listings.js';
import { demoProviderAccounts } from '../apps/api/src/demo/demo-pool.js';
import { createTestApp, type TestApp } from './support/app.js';

describe('demo data: a realistic Ningbo pool with searchable listings, loaded once', () => {
  let t: TestApp;
  const approved = new Set(
    demoProviderAccounts('provider@demo.srdi.local')
      .filter((p) => p.approved)
      .map((p) => p.email),
  );
  const visible = DEMO_LISTINGS.filter((l) => !l.status && approved.has(l.provider));

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoDataService).loadOnce();
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const search = async (query: string) =>
    (await t.api.request('get', `/api/v1/search/listings?${query}`).expect(200)).body;

  it('has 60+ listings, and search shows exactly the published ones of approved providers', async () => {
    expect(DEMO_LISTINGS.length).toBeGreaterThanOrEqual(60);
    const all = await search('pageSize=100');
    expect(all.total).toBe(visible.length);
    expect(all.items.map((i: { title: string }) => i.title).sort()).toEqual(visible.map((l) => l.title).sort());
    expect((await t.api.request('get', '/api/v1/providers').expect(200)).body.total).toBe(approved.size);
  });

  it('covers every category with at least four searchable listings', async () => {
    const categories = (await t.api.request('get', '/api/v1/categories').expect(200)).body;
    const facets = (await search('pageSize=1')).facets.category;
    for (const c of categories as Array<{ code: string }>) expect(facets[c.code]).toBeGreaterThanOrEqual(4);
  });

  it('answers everyday Chinese queries', async () => {
    for (const q of ['专利', '数字化转型', '碳排放', '融资', 'MES', 'ISO9001']) {
      expect((await search(`q=${encodeURIComponent(q)}`)).total).toBeGreaterThan(0);
    }
  });

  it('has enterprises with verified tiers, one claim to review, and orders in every waiting state', async () => {
    const e = await t.api.login('enterprise@demo.srdi.local', 'demo-password-2026');
    expect((await e.get('/api/v1/enterprises/me').expect(200)).body.tier).toMatchObject({ tier: 'srdi' });
    const reviewer = await t.api.login('reviewer@demo.srdi.local', 'demo-password-2026');
    expect((await reviewer.get('/api/v1/tier-claims').expect(200)).body.total).toBe(1);
    const orders = (await reviewer.get('/api/v1/orders?pageSize=100').expect(200)).body.items;
    const states = new Set(orders.map((o: { status: string }) => o.status));
    for (const s of [
      'requested',
      'quoted',
      'confirmed',
      'in_progress',
      'delivered',
      'completed',
      'disputed',
      'cancelled',
      'declined',
    ]) {
      expect(states).toContain(s);
    }
    const served = (await search(`q=${encodeURIComponent('ISO9001')}`)).items[0];
    expect(served.servedCount).toBeGreaterThanOrEqual(2);
  });

  it('loads each step once', async () => {
    await t.app.get(DemoDataService).loadOnce();
    expect((await search('pageSize=1')).total).toBe(visible.length);
  });
});

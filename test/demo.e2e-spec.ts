import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { shanghaiDate } from '@app/shared';
import { DemoDataService } from '../apps/api/src/demo/demo-data.service.js';
import { DEMO_LISTINGS } from '../apps/api/src/demo/demo-listings.js';
import { demoProviderAccounts } from '../apps/api/src/demo/demo-pool.js';
import { DEMO_PASSWORD } from '../apps/api/src/demo/demo-steps.js';
import { createTestApp, type TestApp } from './support/app.js';

/** Every email a text names, with numbered runs (`provider01..15@demo.srdi.local`) spelled out. */
function emailsNamedIn(text: string): Set<string> {
  const emails = new Set<string>();
  for (const [, local, from, to, domain] of text.matchAll(/([\w.+-]*?)(\d+)\.\.(\d+)(@[\w.-]+\w)/g)) {
    for (let i = Number(from); i <= Number(to); i++)
      emails.add(`${local}${String(i).padStart(from.length, '0')}${domain}`);
  }
  for (const [email] of text.matchAll(/[\w.+-]+@[\w.-]+\w/g)) if (!email.includes('..')) emails.add(email);
  return emails;
}

describe('demo data: a realistic Ningbo pool with searchable listings, loaded once', () => {
  let t: TestApp;
  let banner: string[];
  const approved = new Set(
    demoProviderAccounts('provider@demo.srdi.local')
      .filter((p) => p.approved)
      .map((p) => p.email),
  );
  const visible = DEMO_LISTINGS.filter((l) => !l.status && approved.has(l.provider));
  const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));

  beforeAll(async () => {
    t = await createTestApp();
    banner = await t.app.get(DemoDataService).loadOnce();
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

  it('has an open voucher programme with vouchers held, consumed, released and revoked, claims in every state, two batches and a ledger that checks', async () => {
    const admin = await t.api.login('demo-admin@demo.srdi.local', DEMO_PASSWORD);
    const [program] = (await admin.get('/api/v1/voucher-programs').expect(200)).body.items;
    // Held: a confirmed diagnosis; consumed: four completed orders (9,000 + 10,000 + 400 + 6,000 CNY).
    expect(program).toMatchObject({
      status: 'open',
      heldFen: 1_400_000,
      consumedFen: 2_540_000,
      redeemedFen: 2_500_000,
      paidFen: 900_000,
    });
    const vouchers = (await admin.get(`/api/v1/vouchers?programId=${program.id}&pageSize=100`).expect(200)).body.items;
    expect(new Set(vouchers.map((v: { status: string }) => v.status))).toEqual(new Set(['active', 'revoked']));
    expect(vouchers.some((v: { consumedFen: number }) => v.consumedFen > 0)).toBe(true);
    expect((await admin.get(`/api/v1/voucher-programs/${program.id}/ledger-check`).expect(200)).body).toMatchObject({
      ok: true,
    });
    const reviewer = await t.api.login('reviewer@demo.srdi.local', DEMO_PASSWORD);
    const claims = (await reviewer.get('/api/v1/redemption-claims?pageSize=100').expect(200)).body.items;
    expect(claims.map((c: { status: string }) => c.status).sort()).toEqual(['approved', 'batched', 'paid', 'rejected']);
    expect(claims.some((c: { riskFlags: unknown[] }) => c.riskFlags.length > 0)).toBe(true);
    const finance = await t.api.login('finance@demo.srdi.local', DEMO_PASSWORD);
    const batches = (await finance.get('/api/v1/settlement-batches').expect(200)).body.items;
    expect(batches.map((b: { status: string }) => b.status).sort()).toEqual(['created', 'paid']);
    const e = await t.api.login('enterprise@demo.srdi.local', DEMO_PASSWORD);
    const own = (await e.get('/api/v1/vouchers').expect(200)).body.items;
    expect(own.length).toBeGreaterThanOrEqual(1);
    const applications = (await e.get('/api/v1/voucher-applications').expect(200)).body.items;
    expect(applications.find((a: { status: string }) => a.status === 'rejected')).toMatchObject({
      reason: expect.any(String),
    });
  });

  it('rates every completed order, with outcomes, one reply and one rating hidden (its enterprise sees why)', async () => {
    const reviewer = await t.api.login('reviewer@demo.srdi.local', DEMO_PASSWORD);
    const completed = (await reviewer.get('/api/v1/orders?status=completed&pageSize=100').expect(200)).body.items;
    const ratings = [];
    for (const o of completed as Array<{ id: string; completedAt: string }>) {
      const res = await reviewer.get(`/api/v1/orders/${o.id}/rating`);
      // The awards step's history of past years leaves some orders unrated on purpose (too few ratings).
      if (res.status === 404 && shanghaiDate(new Date(o.completedAt)) < `${thisYear}-01-01`) continue;
      expect(res.status).toBe(200);
      ratings.push(res.body);
    }
    expect(ratings.filter((r) => r.hidden)).toHaveLength(1);
    expect(ratings.filter((r) => r.reply)).toHaveLength(1);
    expect(ratings.some((r) => r.outcomes)).toBe(true);
    const replied = ratings.find((r) => r.reply);
    const page = (await t.api.request('get', `/api/v1/providers/${replied.providerId}/ratings`).expect(200)).body;
    const visible = ratings.filter((r) => r.providerId === replied.providerId && !r.hidden);
    expect(page).toMatchObject({ count: visible.length, total: visible.length });
    const profile = (await t.api.request('get', `/api/v1/providers/${replied.providerId}`).expect(200)).body;
    expect([profile.rating, profile.ratingCount]).toEqual([page.average, page.count]);
  });

  it("has last year's award round computed (ranked, and ineligible with reasons) over orders and ratings dated in that year", async () => {
    const admin = await t.api.login('demo-admin@demo.srdi.local', DEMO_PASSWORD);
    const rounds = (await admin.get('/api/v1/award-rounds').expect(200)).body.items as Array<{
      id: string;
      year: number;
      status: string;
    }>;
    expect(rounds.map((r) => [r.year, r.status]).sort()).toEqual([
      [thisYear - 2, 'published'],
      [thisYear - 1, 'computed'],
    ]);
    const last = rounds.find((r) => r.year === thisYear - 1)!;
    const results = (await admin.get(`/api/v1/award-rounds/${last.id}/results`).expect(200)).body;
    expect(results.ranked.length).toBeGreaterThanOrEqual(2);
    expect(results.awardedFen).toBeGreaterThan(0);
    expect(results.awardedFen).toBeLessThanOrEqual(results.budgetFen);
    for (const r of results.ranked) {
      expect(r.facts.served).toBeGreaterThanOrEqual(3);
      expect(r.facts.ratingCount).toBeGreaterThanOrEqual(3);
    }
    expect(results.ineligible.length).toBeGreaterThanOrEqual(1);
    for (const r of results.ineligible) expect(r.reasons.length).toBeGreaterThanOrEqual(1);
    // Each kind of reason the demo sets up: too few served, too few ratings, admitted after 30 Jun, suspended.
    const codes = new Set(results.ineligible.flatMap((r: { reasonCodes: string[] }) => r.reasonCodes));
    for (const code of ['SERVED_TOO_FEW', 'RATINGS_TOO_FEW', 'ADMITTED_LATE', 'SUSPENDED_IN_YEAR']) {
      expect(codes).toContain(code);
    }
    const late = results.ineligible.find((r: { reasonCodes: string[] }) => r.reasonCodes.includes('ADMITTED_LATE'));
    expect(late).toMatchObject({ facts: { served: 3, ratingCount: 3 }, reasonCodes: ['ADMITTED_LATE'] });
    // The demo provider login sees where it stood, explained.
    const provider = await t.api.login('provider@demo.srdi.local', DEMO_PASSWORD);
    const own = (await provider.get(`/api/v1/award-rounds/${last.id}/results/${provider.orgId}`).expect(200)).body;
    expect(own).toMatchObject({ kind: 'ranked', providerId: provider.orgId });
    // The banner says what was loaded.
    expect(banner).toContain(
      `评选: ${thisYear - 1} 年度已计算（${results.ranked.length} 家入围，${results.ineligible.length} 家不符合条件）, ` +
        `${thisYear - 2} 年度已公示；try /api/v1/awards/${thisYear - 2}`,
    );
  });

  it('publishes the round of the year before last: anyone reads its list', async () => {
    const list = (await t.api.request('get', `/api/v1/awards/${thisYear - 2}`).expect(200)).body;
    expect(list).toMatchObject({ year: thisYear - 2, status: 'published' });
    expect(list.ranked.length).toBeGreaterThanOrEqual(2);
    expect(list.ranked[0]).toMatchObject({ rank: 1, providerName: expect.any(String) });
    expect(list.ineligibleCount).toBeGreaterThanOrEqual(1);
    await t.api.request('get', `/api/v1/awards/${thisYear - 1}`).expect(404);
  });

  it('lists every account that can log in, in the start banner and the README, with its role', async () => {
    const users: Array<{ email: string; roles: string[] }> = await t.dataSource.query(
      'SELECT email, roles FROM app_user ORDER BY email',
    );
    expect(users.length).toBeGreaterThanOrEqual(20);
    const emails = users.map((u) => u.email).sort();
    const named = emailsNamedIn(banner.join('\n'));
    expect([...named].sort()).toEqual(emails);
    const readme = emailsNamedIn(readFileSync('README.md', 'utf8'));
    expect(emails.filter((e) => !readme.has(e))).toEqual([]);
    expect(banner[0]).toContain(DEMO_PASSWORD);

    for (const { email, roles } of users) {
      const session = await t.api.login(email, DEMO_PASSWORD);
      expect(session.user.roles).toEqual(roles);
      // The banner's line for the login says what it is: the bureau admin, a bureau role, or the owner of an organisation.
      const label = roles.includes('admin')
        ? 'bureau admin'
        : roles.includes('owner')
          ? session.user.organisation.type
          : roles.join();
      expect(banner.find((line) => emailsNamedIn(line).has(email))?.trim()).toMatch(new RegExp(`^${label} `));
    }
  }, 60_000);

  it('has matchmaking: open demands with proposals, a matched one with its order, a past event that converted, an upcoming one', async () => {
    const enterprise = await t.api.login('enterprise@demo.srdi.local', DEMO_PASSWORD);
    const own = (await enterprise.get('/api/v1/demands?pageSize=100').expect(200)).body.items;
    expect(own.map((d: { status: string }) => d.status).sort()).toEqual(['draft', 'open']);
    expect(own.find((d: { status: string }) => d.status === 'open').proposalCount).toBe(2);
    const reviewer = await t.api.login('reviewer@demo.srdi.local', DEMO_PASSWORD);
    const all = (await reviewer.get('/api/v1/demands?pageSize=100').expect(200)).body.items as Array<{
      status: string;
      category: string;
      orderId: string | null;
    }>;
    expect(new Set(all.filter((d) => d.status === 'open').map((d) => d.category))).toEqual(
      new Set(['digital', 'energy_carbon', 'ip']),
    );
    const matched = all.filter((d) => d.status === 'matched');
    expect(matched).toHaveLength(1);
    expect((await reviewer.get(`/api/v1/orders/${matched[0].orderId}`).expect(200)).body.status).toBe('quoted');
    // Anyone reads the public demand.
    expect((await t.api.request('get', '/api/v1/demands').expect(200)).body.total).toBe(1);

    const stats = (await reviewer.get('/api/v1/stats/overview').expect(200)).body;
    expect(stats.demands).toMatchObject({ posted: 4, matched: 1 });
    const [past] = (await t.api.request('get', '/api/v1/matchmaking-events?when=past').expect(200)).body.items;
    const [upcoming] = (await t.api.request('get', '/api/v1/matchmaking-events?when=upcoming').expect(200)).body.items;
    expect(stats.events.byEvent.find((e: { eventId: string }) => e.eventId === past.id)).toMatchObject({
      meetings: 3,
      meetingsHeld: 2,
    });
    // Conversions: the demo's booking after the event, and every other demo order of a pair that met (all
    // demo orders are made at load time), counted here from the orders and meetings the bureau sees.
    const event = (await reviewer.get(`/api/v1/matchmaking-events/${past.id}`).expect(200)).body;
    const page = (await reviewer.get('/api/v1/orders?pageSize=100').expect(200)).body;
    expect(page.total).toBeLessThanOrEqual(100); // every order is on the page
    const orders = page.items as Array<{
      enterpriseId: string;
      providerId: string;
      createdAt: string;
      confirmedAt: string | null;
    }>;
    const DAY = 24 * 3600 * 1000;
    const expected = (
      event.meetings as Array<{ held: boolean; enterpriseId: string; providerId: string; startsAt: string }>
    )
      .filter((meeting) => meeting.held)
      .reduce((n, meeting) => {
        const [from, to] = [Date.parse(meeting.startsAt), Date.parse(meeting.startsAt) + 90 * DAY];
        const within = (at: string | null) => at !== null && Date.parse(at) >= from && Date.parse(at) < to;
        return (
          n +
          orders.filter(
            (o) =>
              o.enterpriseId === meeting.enterpriseId &&
              o.providerId === meeting.providerId &&
              within(o.createdAt) &&
              within(o.confirmedAt),
          ).length
        );
      }, 0);
    expect(expected).toBeGreaterThanOrEqual(1);
    expect(stats.events.byEvent.find((e: { eventId: string }) => e.eventId === past.id).conversions).toBe(expected);
    expect(upcoming.title).toBe('数字化转型专题供需对接会');
  });

  it('loads each step once', async () => {
    await t.app.get(DemoDataService).loadOnce();
    expect((await search('pageSize=1')).total).toBe(visible.length);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './support/app.js';
import type { TestSession } from './support/session.js';

type Event = {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  actorId: string | null;
  orgId: string | null;
  createdAt: string;
};
type Page = { items: Event[]; total: number; page: number; pageSize: number };

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

/** GET /audit-events filters (DOMAIN.md §8): by entity, actor, organisation, action and time, newest first. */
describe('audit log filters: GET /audit-events', () => {
  let t: TestApp;
  let admin: TestSession;
  let first: TestSession;
  let second: TestSession;
  let early: TestSession;
  let late: TestSession;
  let between: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.api.bureauAdmin();
    first = await t.api.bureauUser('reviewer');
    second = await t.api.bureauUser('reviewer');
    early = await t.api.poolMember(first);
    await pause();
    between = new Date().toISOString();
    await pause();
    late = await t.api.poolMember(second);
    await second.post(`/api/v1/providers/${late.orgId}/suspend`, { reason: '资质材料存疑' }).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const events = async (query: Record<string, string | number>, as: TestSession = admin) =>
    (await as.get('/api/v1/audit-events').query(query).expect(200)).body as Page;
  const summary = (page: Page) => page.items.map((e) => `${e.entityType} ${e.action}`);

  it('filters by actor: only what that user did, newest first', async () => {
    const page = await events({ actorId: second.user.id });
    // Approval also verifies the organisation's USCC, in the same transaction (so at the same instant).
    expect(summary(page)[0]).toBe('provider suspended');
    expect(summary(page).slice(1).sort()).toEqual(['organisation licence_verified', 'provider approved']);
    expect(page.items.every((e) => e.actorId === second.user.id && e.entityId === late.orgId)).toBe(true);
    expect(page.total).toBe(3);
  });

  it("filters by the acting user's organisation and by action, alone or with the entity", async () => {
    const own = await events({ orgId: early.orgId });
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((e) => e.orgId === early.orgId)).toBe(true);
    expect(summary(own)).toContain('provider submitted');
    const approvals = await events({ action: 'approved' });
    expect(approvals.items.map((e) => e.entityId)).toEqual([late.orgId, early.orgId]);
    const one = await events({ entityType: 'provider', entityId: late.orgId, action: 'suspended' });
    expect(one.items.map((e) => [e.actorId, e.action])).toEqual([[second.user.id, 'suspended']]);
    expect((await events({ action: 'approved', actorId: first.user.id })).items.map((e) => e.entityId)).toEqual([
      early.orgId,
    ]);
  });

  it('filters by time: from inclusive, to exclusive', async () => {
    const after = await events({ from: between, pageSize: 100 });
    const before = await events({ to: between, pageSize: 100 });
    const all = await events({ pageSize: 100 });
    expect(after.total + before.total).toBe(all.total);
    expect(after.items.every((e) => e.createdAt >= between)).toBe(true);
    expect(before.items.every((e) => e.createdAt < between)).toBe(true);
    expect(summary(await events({ from: between, entityType: 'provider', action: 'approved' }))).toEqual([
      'provider approved',
    ]);
    // An event's own instant: from it includes the event, to it excludes it.
    const [suspension] = (await events({ action: 'suspended' })).items;
    const at = suspension!.createdAt;
    expect((await events({ from: at, action: 'suspended' })).items.map((e) => e.id)).toEqual([suspension!.id]);
    expect((await events({ to: at, action: 'suspended' })).total).toBe(0);
    const zoned = new Date(Date.parse(between) + 8 * 3600 * 1000).toISOString().replace('Z', '+08:00');
    expect((await events({ from: zoned, pageSize: 100 })).total).toBe(after.total);
  });

  it('pages the filtered events newest first with the total', async () => {
    const all = await events({ entityType: 'provider', pageSize: 100 });
    expect(all.total).toBeGreaterThan(3);
    const times = all.items.map((e) => e.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const second = await events({ entityType: 'provider', page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 2 });
    expect(second.items.map((e) => e.id)).toEqual(all.items.slice(2, 4).map((e) => e.id));
  });

  it.each([
    [{ actorId: 'someone' }, 'actorId'],
    [{ orgId: '123' }, 'orgId'],
    [{ entityId: 'x' }, 'entityId'],
    [{ from: '2026-13-01T00:00:00Z' }, 'from'],
    [{ from: '2026-03-01' }, 'from'],
    [{ from: '2026-03-01T00:00:00' }, 'from'],
    [{ to: 'yesterday' }, 'to'],
    [{ from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }, 'to'],
    [{ from: '2026-03-01T00:00:00Z', to: '2026-03-01T08:00:00+08:00' }, 'to'],
    [{ action: 'DROP TABLE' }, 'action'],
    [{ entityType: 'planet' }, 'entityType'],
  ])('refuses %j with 400 on %s', async (query, field) => {
    const res = await admin.get('/api/v1/audit-events').query(query);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('is for bureau users only', async () => {
    await t.api.request('get', '/api/v1/audit-events').expect(401);
    await early.get('/api/v1/audit-events').expect(403);
  });
});

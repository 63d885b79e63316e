import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type NewNotification, NotificationsService } from '@app/notifications';
import { FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import type { TestSession } from './support/session.js';

describe('in-app notifications: per organisation, newest first, read and read-all, dedupe keys', () => {
  let t: TestApp;
  let notifications: NotificationsService;
  let enterprise: TestSession;
  let other: TestSession;
  // created_at comes from this clock: each notification is a minute after the one before.
  const clock = new FixedClock(new Date('2026-11-22T02:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp({ clock });
    notifications = t.app.get(NotificationsService);
    enterprise = await t.api.enterprise();
    other = await t.api.provider();
  });
  afterAll(async () => {
    await t?.close();
  });

  const notify = (n: Partial<NewNotification> & { orgId: string }) =>
    t.dataSource.transaction((em) =>
      notifications.notify(em, { kind: 'rate_order', title: '请评价已完成的服务', body: '订单已完成，请评价。', ...n }),
    );

  /** Sends `count` notifications to the organisation, a minute apart; their ids oldest first. */
  async function sendSeveral(orgId: string, count: number, kind = 'rating_received'): Promise<string[]> {
    const subjects: string[] = [];
    for (let i = 0; i < count; i++) {
      clock.advance(60_000);
      const subjectId = randomUUID();
      expect(await notify({ orgId, kind, title: `第${i + 1}条通知`, link: `/orders/${subjectId}`, subjectId })).toBe(
        true,
      );
      subjects.push(subjectId);
    }
    const rows: Array<{ id: string; subject_id: string }> = await t.dataSource.query(
      'SELECT id, subject_id FROM notification WHERE subject_id = ANY($1)',
      [subjects],
    );
    return subjects.map((s) => rows.find((r) => r.subject_id === s)!.id);
  }

  it("lists the organisation's notifications newest first, paginated, with the unread count", async () => {
    const ids = await sendSeveral(enterprise.orgId, 5);

    const first = await enterprise.get('/api/v1/notifications?pageSize=2').expect(200);
    expect(first.body).toMatchObject({ total: 5, page: 1, pageSize: 2, unread: 5 });
    expect(first.body.items.map((n: { id: string }) => n.id)).toEqual([ids[4], ids[3]]);
    expect(first.body.items[0]).toEqual({
      id: ids[4],
      kind: 'rating_received',
      title: '第5条通知',
      body: '订单已完成，请评价。',
      link: expect.stringMatching(/^\/orders\/[0-9a-f-]{36}$/),
      subjectId: expect.any(String),
      createdAt: clock.now().toISOString(),
      readAt: null,
      readBy: null,
    });

    const third = await enterprise.get('/api/v1/notifications?page=3&pageSize=2').expect(200);
    expect(third.body.items.map((n: { id: string }) => n.id)).toEqual([ids[0]]);
    expect(third.body).toMatchObject({ total: 5, page: 3, unread: 5 });
  });

  it('another organisation sees none of them and cannot mark one read (404)', async () => {
    const res = await other.get('/api/v1/notifications').expect(200);
    expect(res.body).toMatchObject({ items: [], total: 0, unread: 0 });

    const [mine] = (await enterprise.get('/api/v1/notifications').expect(200)).body.items;
    const refused = await other.post(`/api/v1/notifications/${mine.id}/read`).expect(404);
    expect(refused.body.code).toBe('NOT_FOUND');
    await other.post(`/api/v1/notifications/${randomUUID()}/read`).expect(404);
    await other.post('/api/v1/notifications/not-a-uuid/read').expect(404);
    // Still unread for its own organisation.
    expect((await enterprise.get('/api/v1/notifications').expect(200)).body.unread).toBe(5);
  });

  it('marks one read (idempotently: the first reader and time are kept); the unread filter and count follow', async () => {
    const before = (await enterprise.get('/api/v1/notifications').expect(200)).body;
    const target = before.items[1];
    clock.advance(60_000);
    const readAt = clock.now().toISOString();

    const read = await enterprise.post(`/api/v1/notifications/${target.id}/read`).expect(200);
    expect(read.body).toMatchObject({ id: target.id, readAt, readBy: enterprise.user.id });

    clock.advance(60_000);
    const again = await enterprise.post(`/api/v1/notifications/${target.id}/read`).expect(200);
    expect(again.body).toMatchObject({ readAt, readBy: enterprise.user.id });

    const unread = await enterprise.get('/api/v1/notifications?unread=true').expect(200);
    expect(unread.body).toMatchObject({ total: 4, unread: 4 });
    expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(target.id);
    const all = await enterprise.get('/api/v1/notifications?unread=false').expect(200);
    expect(all.body).toMatchObject({ total: 5, unread: 4 });
    expect(all.body.items.find((n: { id: string }) => n.id === target.id).readAt).toBe(readAt);

    const bad = await enterprise.get('/api/v1/notifications?unread=yes').expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('read-all marks every unread one and answers how many; again, none', async () => {
    const res = await enterprise.post('/api/v1/notifications/read-all').expect(200);
    expect(res.body).toEqual({ updated: 4 });
    expect((await enterprise.post('/api/v1/notifications/read-all').expect(200)).body).toEqual({ updated: 0 });

    const list = await enterprise.get('/api/v1/notifications').expect(200);
    expect(list.body).toMatchObject({ total: 5, unread: 0 });
    expect(list.body.items.every((n: { readAt: string | null }) => n.readAt !== null)).toBe(true);
    expect((await enterprise.get('/api/v1/notifications?unread=true').expect(200)).body.total).toBe(0);
  });

  it("every user of the organisation sees the bureau's notifications; one reading it reads it for all", async () => {
    const reviewer = await t.api.bureauUser('reviewer');
    const finance = await t.api.bureauUser('finance');
    const [id] = await sendSeveral(reviewer.orgId, 1, 'rating_hidden');

    expect(
      (await finance.get('/api/v1/notifications').expect(200)).body.items.map((n: { id: string }) => n.id),
    ).toEqual([id]);
    await reviewer.post(`/api/v1/notifications/${id}/read`).expect(200);
    const seen = await finance.get('/api/v1/notifications').expect(200);
    expect(seen.body).toMatchObject({ unread: 0, items: [{ id, readBy: reviewer.user.id }] });
  });

  it('a dedupe key creates one notification, even from 10 concurrent transactions', async () => {
    const org = await t.api.enterprise();
    const dedupeKey = `rate_order:${randomUUID()}`;
    const created = await Promise.all(Array.from({ length: 10 }, () => notify({ orgId: org.orgId, dedupeKey })));
    expect(created.filter(Boolean)).toHaveLength(1);
    expect(await notify({ orgId: org.orgId, dedupeKey })).toBe(false);

    const list = await org.get('/api/v1/notifications').expect(200);
    expect(list.body).toMatchObject({ total: 1, unread: 1, items: [{ kind: 'rate_order' }] });
  });

  it('notifyMany inserts a batch at once, skipping keys that exist or repeat in the batch', async () => {
    const org = await t.api.enterprise();
    const key = `rating_replied:${randomUUID()}`;
    expect(await notify({ orgId: org.orgId, dedupeKey: key })).toBe(true);
    const base = { orgId: org.orgId, kind: 'rating_replied', title: '服务机构回复了您的评价', body: '感谢您的评价。' };
    const created = await t.dataSource.transaction((em) =>
      notifications.notifyMany(em, [
        { ...base, dedupeKey: key },
        { ...base, dedupeKey: `${key}:2` },
        { ...base, dedupeKey: `${key}:2` },
        base,
        base,
      ]),
    );
    expect(created).toBe(3);
    expect(await t.dataSource.transaction((em) => notifications.notifyMany(em, []))).toBe(0);
    expect((await org.get('/api/v1/notifications').expect(200)).body.total).toBe(4);
  });

  it("is written in the caller's transaction: rolled back with it", async () => {
    const org = await t.api.enterprise();
    await expect(
      t.dataSource.transaction(async (em) => {
        await notifications.notify(em, { orgId: org.orgId, kind: 'rate_order', title: '请评价', body: '…' });
        throw new Error('the change it tells about failed');
      }),
    ).rejects.toThrow('the change it tells about failed');
    expect((await org.get('/api/v1/notifications').expect(200)).body.total).toBe(0);
  });

  it('answers 401 without a login', async () => {
    await t.api.request('get', '/api/v1/notifications').expect(401);
    await t.api.request('post', `/api/v1/notifications/${randomUUID()}/read`).expect(401);
    await t.api.request('post', '/api/v1/notifications/read-all').expect(401);
  });
});

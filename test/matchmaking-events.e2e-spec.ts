import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EventsService } from '@app/matchmaking';
import { FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import { seededRandom, shuffle } from './support/seeded.js';
import type { TestSession } from './support/session.js';

const MINUTE = 60_000;
const DAY = 24 * 3600 * 1000;
const V1 = '/api/v1';
/** 2026-12-01 10:00 in Shanghai: every event below lies ahead of it. */
const START = new Date('2026-12-01T02:00:00Z');

/** An instant on a day of December 2026, Shanghai time. */
const at = (day: number, hhmm: string) => `2026-12-${String(day).padStart(2, '0')}T${hhmm}:00+08:00`;

type Row = { enterprise_id: string; provider_id: string; starts_at: Date; minutes: number };

/**
 * Matchmaking events (对接活动, DOMAIN.md §9) through HTTP: the bureau creates events, enterprises
 * and pool providers register up to each kind's capacity (also under 50 parallel requests), the
 * bureau schedules 1:1 meetings with no party in two at once across events (also under 50
 * parallel requests), records outcomes once a meeting has started, and counts the orders between
 * a held meeting's pair within 90 days as the event's conversions.
 */
describe('matchmaking events: registrations, meetings, outcomes, conversions (real PostgreSQL, fixed clock)', () => {
  let t: TestApp;
  let m: Marketplace;
  let admin: TestSession;
  let reviewer: TestSession;
  const clock = new FixedClock(START);
  const random = seededRandom(20_261_201);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await t.api.bureauAdmin();
    reviewer = await t.api.bureauUser('reviewer');
    m = new Marketplace(t.api, reviewer);
  });
  afterAll(async () => {
    await t?.close();
  });

  const eventBody = (overrides: Record<string, unknown> = {}) => ({
    title: '专精特新企业知识产权服务对接会',
    description: '面向专精特新中小企业的专利布局一对一洽谈。',
    startsAt: at(15, '09:00'),
    endsAt: at(15, '17:00'),
    place: '宁波市鄞州区科技大厦 3 楼',
    online: false,
    categories: ['ip'],
    enterpriseCapacity: 20,
    providerCapacity: 10,
    ...overrides,
  });

  async function newEvent(overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await admin.post(`${V1}/matchmaking-events`, eventBody(overrides)).expect(201);
    return res.body.id;
  }

  const register = (session: TestSession, eventId: string) =>
    session.post(`${V1}/matchmaking-events/${eventId}/registrations`);

  async function registered(eventId: string, ...sessions: TestSession[]): Promise<void> {
    for (const s of sessions) await register(s, eventId).expect(201);
  }

  const schedule = (eventId: string, enterprise: TestSession, provider: TestSession, startsAt: string, minutes = 30) =>
    admin.post(`${V1}/matchmaking-events/${eventId}/meetings`, {
      enterpriseId: enterprise.orgId,
      providerId: provider.orgId,
      startsAt,
      minutes,
    });

  async function several<T>(count: number, make: () => Promise<T>): Promise<T[]> {
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(await make());
    return out;
  }

  /** Pairs of meetings in the database sharing a party and overlapping in time. */
  async function doubleBooked(): Promise<number> {
    const rows: Row[] = await t.dataSource.query('SELECT enterprise_id, provider_id, starts_at, minutes FROM meeting');
    const end = (r: Row) => r.starts_at.getTime() + r.minutes * MINUTE;
    let clashes = 0;
    for (let i = 0; i < rows.length; i++)
      for (let j = i + 1; j < rows.length; j++) {
        const [a, b] = [rows[i], rows[j]];
        const shareParty = a.enterprise_id === b.enterprise_id || a.provider_id === b.provider_id;
        if (shareParty && a.starts_at.getTime() < end(b) && b.starts_at.getTime() < end(a)) clashes++;
      }
    return clashes;
  }

  describe('who may do what', () => {
    it('only an admin creates an event; anyone lists and views it', async () => {
      const enterprise = await t.api.enterprise();
      const provider = await m.provider();
      const finance = await t.api.bureauUser('finance');
      const path = `${V1}/matchmaking-events`;
      await t.api.request('post', path).send(eventBody()).expect(401);
      for (const s of [enterprise, provider, reviewer, finance]) {
        const res = await s.post(path, eventBody()).expect(403);
        expect(res.body.code).toBe('FORBIDDEN_ROLE');
      }
      const created = await admin.post(path, eventBody()).expect(201);
      expect(created.body).toMatchObject({
        status: 'upcoming',
        title: '专精特新企业知识产权服务对接会',
        startsAt: '2026-12-15T01:00:00.000Z',
        endsAt: '2026-12-15T09:00:00.000Z',
        categories: ['ip'],
        registered: { enterprise: 0, provider: 0 },
        registrations: [],
        meetings: [],
        figures: { registrations: { enterprise: 0, provider: 0 }, meetings: 0, meetingsHeld: 0, conversions: 0 },
      });
      const anonymous = await t.api.request('get', `${path}/${created.body.id}`).expect(200);
      expect(anonymous.body).toMatchObject({ id: created.body.id, registeredByMe: false });
      expect(anonymous.body).not.toHaveProperty('meetings');
      expect(anonymous.body).not.toHaveProperty('registrations');
      expect(anonymous.body).not.toHaveProperty('figures');
      const list = await t.api.request('get', `${path}?pageSize=100`).expect(200);
      expect(list.body.items.map((e: { id: string }) => e.id)).toContain(created.body.id);
      await t.api.request('get', `${path}/00000000-0000-4000-8000-000000000000`).expect(404);
      await t.api.request('get', `${path}/not-a-uuid`).expect(404);
    });

    it('refuses bad events with codes: end before start, unknown categories, an event already over, unknown keys', async () => {
      const path = `${V1}/matchmaking-events`;
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ endsAt: at(15, '08:00') }, 'endsAt'],
        [{ categories: ['no_such_category'] }, 'categories'],
        [{ startsAt: '2026-11-01T09:00:00+08:00', endsAt: '2026-11-01T12:00:00+08:00' }, 'endsAt'],
        [{ startsAt: '2026-02-30T09:00:00+08:00' }, 'startsAt'],
        [{ startsAt: '2026-12-15' }, 'startsAt'],
        [{ enterpriseCapacity: -1 }, 'enterpriseCapacity'],
        [{ providerCapacity: 1.5 }, 'providerCapacity'],
        [{ title: '' }, 'title'],
      ];
      for (const [overrides, field] of cases) {
        const res = await admin.post(path, eventBody(overrides)).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      }
      const unknownKey = await admin.post(path, { ...eventBody(), organiser: 'x' }).expect(400);
      expect(unknownKey.body.code).toBe('VALIDATION_FAILED');
    });

    it('enterprises and approved providers register; the bureau, unapproved providers and strangers cannot', async () => {
      const eventId = await newEvent();
      const path = `${V1}/matchmaking-events/${eventId}/registrations`;
      await t.api.request('post', path).expect(401);
      for (const role of ['admin', 'reviewer', 'finance'] as const) {
        const s = role === 'admin' ? admin : await t.api.bureauUser(role);
        await s.post(path).expect(403);
      }
      const applicant = await t.api.provider();
      const refused = await applicant.post(path).expect(409);
      expect(refused.body.code).toBe('PROVIDER_NOT_APPROVED');
      const enterprise = await t.api.enterprise();
      const provider = await m.provider();
      await enterprise.post(`${V1}/matchmaking-events/00000000-0000-4000-8000-000000000000/registrations`).expect(404);
      const mine = await register(enterprise, eventId).expect(201);
      expect(mine.body).toMatchObject({ eventId, orgId: enterprise.orgId, orgType: 'enterprise' });
      await register(provider, eventId).expect(201);
      const again = await register(enterprise, eventId).expect(409);
      expect(again.body.code).toBe('ALREADY_REGISTERED');
      const seen = await enterprise.get(`${V1}/matchmaking-events/${eventId}`).expect(200);
      expect(seen.body).toMatchObject({
        registered: { enterprise: 1, provider: 1 },
        registeredByMe: true,
        meetings: [],
      });
      expect(seen.body).not.toHaveProperty('registrations');
      const bureau = await reviewer.get(`${V1}/matchmaking-events/${eventId}`).expect(200);
      expect(bureau.body.registrations).toHaveLength(2);
      expect(bureau.body.registrations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            orgId: enterprise.orgId,
            orgType: 'enterprise',
            name: enterprise.user.organisation.name,
          }),
          expect.objectContaining({
            orgId: provider.orgId,
            orgType: 'provider',
            name: provider.user.organisation.name,
          }),
        ]),
      );
    });

    it('registrations close when the event ends (EVENT_ENDED), by the clock', async () => {
      const eventId = await newEvent({ startsAt: at(2, '09:00'), endsAt: at(2, '12:00') });
      const enterprise = await t.api.enterprise();
      const saved = clock.now();
      clock.set(new Date(at(2, '12:00')));
      try {
        const res = await register(enterprise, eventId).expect(409);
        expect(res.body.code).toBe('EVENT_ENDED');
        const past = await t.api.request('get', `${V1}/matchmaking-events?when=past&pageSize=100`).expect(200);
        expect(past.body.items.map((e: { id: string }) => e.id)).toContain(eventId);
        const upcoming = await t.api.request('get', `${V1}/matchmaking-events?when=upcoming&pageSize=100`).expect(200);
        expect(upcoming.body.items.map((e: { id: string }) => e.id)).not.toContain(eventId);
      } finally {
        clock.set(saved);
      }
      await t.api.request('get', `${V1}/matchmaking-events?when=soon`).expect(400);
    });

    it('only an admin schedules; both parties must be registered and the slot within the event', async () => {
      const eventId = await newEvent();
      const enterprise = await t.api.enterprise();
      const provider = await m.provider();
      const stranger = await m.provider();
      await registered(eventId, enterprise, provider);
      const body = {
        enterpriseId: enterprise.orgId,
        providerId: provider.orgId,
        startsAt: at(15, '10:00'),
        minutes: 30,
      };
      const path = `${V1}/matchmaking-events/${eventId}/meetings`;
      await t.api.request('post', path).send(body).expect(401);
      for (const s of [enterprise, provider, reviewer]) await s.post(path, body).expect(403);
      const unregistered = await schedule(eventId, enterprise, stranger, at(15, '10:00')).expect(409);
      expect(unregistered.body).toMatchObject({ code: 'NOT_REGISTERED', details: { parties: ['provider'] } });
      // Roles swapped: the provider is not registered as an enterprise.
      const swapped = await schedule(eventId, provider, enterprise, at(15, '10:00')).expect(409);
      expect(swapped.body).toMatchObject({ code: 'NOT_REGISTERED', details: { parties: ['enterprise', 'provider'] } });
      for (const [startsAt, minutes] of [
        [at(15, '08:45'), 30],
        [at(15, '16:45'), 30],
        [at(16, '10:00'), 30],
      ] as const) {
        const res = await schedule(eventId, enterprise, provider, startsAt, minutes).expect(422);
        expect(res.body.code).toBe('SLOT_OUTSIDE_EVENT');
      }
      for (const minutes of [4, 241, 30.5]) {
        const res = await schedule(eventId, enterprise, provider, at(15, '10:00'), minutes).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
      await admin.post(`${V1}/matchmaking-events/00000000-0000-4000-8000-000000000000/meetings`, body).expect(404);
      const meeting = await schedule(eventId, enterprise, provider, at(15, '16:30')).expect(201);
      expect(meeting.body).toMatchObject({
        eventId,
        status: 'scheduled',
        enterpriseId: enterprise.orgId,
        enterpriseName: enterprise.user.organisation.name,
        providerId: provider.orgId,
        startsAt: '2026-12-15T08:30:00.000Z',
        endsAt: '2026-12-15T09:00:00.000Z',
        held: null,
      });
      // Each party is told, in Chinese, with the console's link to the event.
      for (const [party, side] of [
        [enterprise, 'enterprise'],
        [provider, 'provider'],
      ] as const) {
        const inbox = await party.get(`${V1}/notifications?pageSize=100`).expect(200);
        expect(inbox.body.items).toContainEqual(
          expect.objectContaining({ kind: 'meeting_scheduled', link: `/${side}/events/${eventId}` }),
        );
      }
      const audit = await reviewer.get(`${V1}/audit-events?entityType=meeting&entityId=${meeting.body.id}`).expect(200);
      expect(audit.body.items).toEqual([expect.objectContaining({ action: 'schedule', actorId: admin.user.id })]);
    });

    it('a participant sees its own meetings only; the bureau sees all', async () => {
      const eventId = await newEvent();
      const [e1, e2] = await several(2, () => t.api.enterprise());
      const [p1, p2] = await several(2, () => m.provider());
      await registered(eventId, e1, e2, p1, p2);
      const mine = await schedule(eventId, e1, p1, at(15, '10:00')).expect(201);
      const theirs = await schedule(eventId, e2, p2, at(15, '10:00')).expect(201);
      const meetingsOf = async (s: TestSession) =>
        (await s.get(`${V1}/matchmaking-events/${eventId}`).expect(200)).body.meetings.map((x: { id: string }) => x.id);
      expect(await meetingsOf(e1)).toEqual([mine.body.id]);
      expect(await meetingsOf(p2)).toEqual([theirs.body.id]);
      expect((await meetingsOf(admin)).sort()).toEqual([mine.body.id, theirs.body.id].sort());
      const outsider = await (await t.api.enterprise()).get(`${V1}/matchmaking-events/${eventId}`).expect(200);
      expect(outsider.body).not.toHaveProperty('meetings');
    });
  });

  describe('capacity under concurrency', () => {
    it('50 parallel registrations: exactly capacity succeed, the rest are EVENT_FULL', async () => {
      const capacity = 5 + Math.floor(random() * 30);
      const eventId = await newEvent({ enterpriseCapacity: capacity, providerCapacity: 0 });
      const enterprises = await several(50, () => t.api.enterprise());
      const answers = await Promise.all(shuffle(enterprises, random).map((e) => register(e, eventId)));
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(capacity);
      expect(answers.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
        Array.from({ length: 50 - capacity }, () => 'EVENT_FULL'),
      );
      const [{ n }] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1',
        [eventId],
      );
      expect(n).toBe(capacity);
      // A provider capacity of 0 takes no provider.
      const provider = await m.provider();
      expect((await register(provider, eventId).expect(409)).body.code).toBe('EVENT_FULL');
    });
  });

  describe('no party in two meetings at once', () => {
    it('50 parallel overlapping requests for one enterprise: exactly one is scheduled', async () => {
      const eventId = await newEvent();
      const enterprise = await t.api.enterprise();
      const providers = await several(5, () => m.provider());
      await registered(eventId, enterprise, ...providers);
      // Every start between 13:00 and 13:29 for 30 minutes: any two overlap.
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => {
          const provider = providers[Math.floor(random() * providers.length)];
          const minute = String(Math.floor(random() * 30)).padStart(2, '0');
          return schedule(eventId, enterprise, provider, at(15, `13:${minute}`));
        }),
      );
      expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
      const refused = answers.filter((r) => r.status !== 201);
      expect(refused.map((r) => [r.status, r.body.code, r.body.details.party])).toEqual(
        Array.from({ length: 49 }, () => [409, 'MEETING_CONFLICT', 'enterprise']),
      );
      expect(await doubleBooked()).toBe(0);
    });

    it('50 parallel requests over several parties and slots never double-book anyone', async () => {
      const eventId = await newEvent();
      const enterprises = await several(4, () => t.api.enterprise());
      const providers = await several(4, () => m.provider());
      await registered(eventId, ...enterprises, ...providers);
      const starts = ['14:00', '14:20', '14:40', '15:00', '15:10'];
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          schedule(
            eventId,
            enterprises[Math.floor(random() * enterprises.length)],
            providers[Math.floor(random() * providers.length)],
            at(15, starts[Math.floor(random() * starts.length)]),
            [20, 30, 45][Math.floor(random() * 3)],
          ),
        ),
      );
      expect(answers.every((r) => r.status === 201 || (r.status === 409 && r.body.code === 'MEETING_CONFLICT'))).toBe(
        true,
      );
      expect(answers.filter((r) => r.status === 201).length).toBeGreaterThan(1);
      expect(await doubleBooked()).toBe(0);
      const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM meeting WHERE event_id = $1', [eventId]);
      expect(n).toBe(answers.filter((r) => r.status === 201).length);
    });

    it('MEETING_CONFLICT across two events, naming the party; back-to-back meetings are fine', async () => {
      const first = await newEvent({ startsAt: at(20, '09:00'), endsAt: at(20, '12:00') });
      const second = await newEvent({ startsAt: at(20, '10:00'), endsAt: at(20, '17:00') });
      const [e1, e2] = await several(2, () => t.api.enterprise());
      const [p1, p2] = await several(2, () => m.provider());
      await registered(first, e1, p1);
      await registered(second, e1, e2, p1, p2);
      await schedule(first, e1, p1, at(20, '10:30'), 60).expect(201);
      const enterpriseClash = await schedule(second, e1, p2, at(20, '11:00')).expect(409);
      expect(enterpriseClash.body).toMatchObject({
        code: 'MEETING_CONFLICT',
        details: { party: 'enterprise', orgId: e1.orgId },
      });
      const providerClash = await schedule(second, e2, p1, at(20, '11:15')).expect(409);
      expect(providerClash.body).toMatchObject({
        code: 'MEETING_CONFLICT',
        details: { party: 'provider', orgId: p1.orgId },
      });
      await schedule(second, e1, p2, at(20, '11:30')).expect(201);
      await schedule(second, e2, p1, at(20, '10:00'), 30).expect(201);
      expect(await doubleBooked()).toBe(0);
    });
  });

  describe('outcomes and conversions', () => {
    it('an outcome is refused before the meeting starts, recorded once after, and audited', async () => {
      const eventId = await newEvent({ startsAt: at(22, '09:00'), endsAt: at(22, '12:00') });
      const enterprise = await t.api.enterprise();
      const provider = await m.provider();
      await registered(eventId, enterprise, provider);
      const meeting = (await schedule(eventId, enterprise, provider, at(22, '10:00')).expect(201)).body;
      const path = `${V1}/meetings/${meeting.id}/outcome`;
      const saved = clock.now();
      try {
        clock.set(new Date(new Date(at(22, '10:00')).getTime() - MINUTE));
        await t.api.request('post', path).send({ held: true }).expect(401);
        for (const s of [enterprise, provider, reviewer]) await s.post(path, { held: true }).expect(403);
        const early = await admin.post(path, { held: true }).expect(409);
        expect(early.body.code).toBe('MEETING_NOT_STARTED');
        // The console learns from the server's clock whether a meeting has started.
        const startedOf = async () =>
          (await admin.get(`${V1}/matchmaking-events/${eventId}`).expect(200)).body.meetings[0].started;
        expect(await startedOf()).toBe(false);
        await admin.post(path, { held: 'yes' }).expect(400);
        await admin.post(`${V1}/meetings/00000000-0000-4000-8000-000000000000/outcome`, { held: true }).expect(404);
        clock.advance(MINUTE);
        expect(await startedOf()).toBe(true);
        const done = await admin.post(path, { held: true, note: '双方达成初步合作意向' }).expect(200);
        expect(done.body).toMatchObject({
          status: 'held',
          held: true,
          started: true,
          outcomeNote: '双方达成初步合作意向',
        });
        // The bureau's list carries what each event came to; nobody else's does.
        const listed = async (who: TestSession | null) =>
          (
            (who
              ? await who.get(`${V1}/matchmaking-events?pageSize=100`)
              : await t.api.request('get', `${V1}/matchmaking-events?pageSize=100`)
            ).body.items as Array<{ id: string; figures?: unknown }>
          ).find((e) => e.id === eventId);
        expect((await listed(reviewer))!.figures).toMatchObject({ meetings: 1, meetingsHeld: 1, conversions: 0 });
        for (const who of [enterprise, provider, null]) expect((await listed(who))!.figures).toBeUndefined();
        const again = await admin.post(path, { held: false }).expect(409);
        expect(again.body.code).toBe('OUTCOME_RECORDED');
      } finally {
        clock.set(saved);
      }
      const audit = await reviewer.get(`${V1}/audit-events?entityType=meeting&entityId=${meeting.id}`).expect(200);
      expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['record_outcome', 'schedule']);
    });

    it("counts the pair's orders confirmed within 90 days of a held meeting, not later ones nor other pairs'", async () => {
      const eventId = await newEvent({ startsAt: at(10, '09:00'), endsAt: at(10, '17:00') });
      const [e1, e2] = await several(2, () => t.api.enterprise());
      const [p1, p2] = await several(2, () => m.provider());
      await registered(eventId, e1, e2, p1, p2);
      const held = (await schedule(eventId, e1, p1, at(10, '10:00')).expect(201)).body;
      const notHeld = (await schedule(eventId, e2, p2, at(10, '10:00')).expect(201)).body;
      const listing1 = await m.listing(p1);
      const listing2 = await m.listing(p2);
      const saved = clock.now();
      const meetingStart = new Date(at(10, '10:00')).getTime();
      const confirmedOrder = async (enterprise: TestSession, provider: TestSession, listingId: string) => {
        const order = await m.order(enterprise, listingId);
        await provider.post(`${V1}/orders/${order.id}/accept`).expect(200);
      };
      try {
        clock.set(new Date(meetingStart + 8 * 60 * MINUTE));
        await admin.post(`${V1}/meetings/${held.id}/outcome`, { held: true }).expect(200);
        await admin.post(`${V1}/meetings/${notHeld.id}/outcome`, { held: false }).expect(200);
        // Within 90 days: counted for the held pair (twice), not for the pair whose meeting was not held.
        clock.set(new Date(meetingStart + 10 * DAY));
        await confirmedOrder(e1, p1, listing1.id);
        await confirmedOrder(e2, p2, listing2.id);
        clock.set(new Date(meetingStart + 90 * DAY - MINUTE));
        await confirmedOrder(e1, p1, listing1.id);
        // Requested but never confirmed: not counted.
        await m.order(e1, listing1.id);
        // Another enterprise with the same provider: not the pair.
        await confirmedOrder(await t.api.enterprise(), p1, listing1.id);
        // After 90 days: not counted.
        clock.set(new Date(meetingStart + 90 * DAY));
        await confirmedOrder(e1, p1, listing1.id);
      } finally {
        clock.set(saved);
      }
      const bureau = await admin.get(`${V1}/matchmaking-events/${eventId}`).expect(200);
      expect(bureau.body.figures).toEqual({
        registrations: { enterprise: 2, provider: 2 },
        meetings: 2,
        meetingsHeld: 1,
        conversions: 2,
      });
      const stats = await t.app.get(EventsService).statistics();
      expect(stats.find((s) => s.eventId === eventId)).toMatchObject({ meetingsHeld: 1, conversions: 2 });
      const overview = await reviewer.get(`${V1}/stats/overview`).expect(200);
      expect(overview.body.events.byEvent).toContainEqual({
        eventId,
        title: '专精特新企业知识产权服务对接会',
        startsAt: '2026-12-10T01:00:00.000Z',
        registrations: { enterprise: 2, provider: 2 },
        meetings: 2,
        meetingsHeld: 1,
        conversions: 2,
      });
      expect(overview.body.events.totals).toMatchObject({
        events: overview.body.events.byEvent.length,
        conversions: 2,
      });
    });
  });
});

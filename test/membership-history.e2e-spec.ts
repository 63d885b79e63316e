import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@app/database';
import { ProvidersService } from '@app/providers';
import { FixedClock, shanghaiDate } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import { newProviderProfile } from './support/factories.js';
import type { TestSession } from './support/session.js';

type Action = 'submit' | 'approve' | 'return' | 'reject' | 'suspend' | 'reinstate' | 'remove';
/** [status, from, to] with ISO instants; `to` null for the open period. */
type Period = [string, string, string | null];

const DAY = 24 * 3600 * 1000;
const iso = (d: Date) => d.toISOString();

describe('provider membership history (pool periods for the awards)', () => {
  let t: TestApp;
  let reviewer: TestSession;
  const clock = new FixedClock(new Date('2024-01-02T01:00:00Z'));
  const service = () => t.app.get(ProvidersService);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    reviewer = await t.api.bureauUser('reviewer');
  });
  afterAll(async () => {
    await t.close();
  });

  async function history(providerId: string): Promise<Period[]> {
    const periods = await service().membershipHistory(t.dataSource.manager, providerId);
    return periods.map((p) => [p.status, iso(p.fromAt), p.toAt && iso(p.toAt)]);
  }

  async function act(p: TestSession, action: Action, expected = 200) {
    return action === 'submit'
      ? p.post('/api/v1/providers/me/submit').expect(expected)
      : reviewer.post(`/api/v1/providers/${p.orgId}/${action}`, { reason: '测试理由' }).expect(expected);
  }

  /** A provider whose profile is made at `start`, then takes each step at its instant (through HTTP). */
  async function journey(start: string, steps: Array<[string, Action]>): Promise<TestSession> {
    clock.set(new Date(start));
    const p = await t.api.provider();
    await p.patch('/api/v1/providers/me', newProviderProfile()).expect(200);
    for (const [at, action] of steps) {
      clock.set(new Date(at));
      await act(p, action);
    }
    return p;
  }

  it('every transition closes the open period at the clock time and opens the next, from the draft on', async () => {
    const p = await journey('2024-01-02T01:00:00Z', [
      ['2024-01-03T02:00:00Z', 'submit'],
      ['2024-01-04T02:00:00Z', 'return'],
      ['2024-01-05T02:00:00Z', 'submit'],
      ['2024-01-08T02:00:00Z', 'approve'],
      ['2024-05-01T02:00:00Z', 'suspend'],
      ['2024-06-01T02:00:00Z', 'reinstate'],
      ['2024-10-01T02:00:00Z', 'remove'],
      ['2025-10-01T02:00:00Z', 'submit'], // re-applies 12 months after the removal
      ['2025-10-02T02:00:00Z', 'approve'],
    ]);
    const expected: Period[] = [
      ['draft', '2024-01-02T01:00:00.000Z', '2024-01-03T02:00:00.000Z'],
      ['submitted', '2024-01-03T02:00:00.000Z', '2024-01-04T02:00:00.000Z'],
      ['returned', '2024-01-04T02:00:00.000Z', '2024-01-05T02:00:00.000Z'],
      ['submitted', '2024-01-05T02:00:00.000Z', '2024-01-08T02:00:00.000Z'],
      ['approved', '2024-01-08T02:00:00.000Z', '2024-05-01T02:00:00.000Z'],
      ['suspended', '2024-05-01T02:00:00.000Z', '2024-06-01T02:00:00.000Z'],
      ['approved', '2024-06-01T02:00:00.000Z', '2024-10-01T02:00:00.000Z'],
      ['removed', '2024-10-01T02:00:00.000Z', '2025-10-01T02:00:00.000Z'],
      ['submitted', '2025-10-01T02:00:00.000Z', '2025-10-02T02:00:00.000Z'],
      ['approved', '2025-10-02T02:00:00.000Z', null],
    ];
    expect(await history(p.orgId)).toEqual(expected);

    // The same statuses, in the same order, as the audit log's transitions.
    const trail: Array<{ before: { status: string }; after: { status: string } }> = await t.dataSource.query(
      `SELECT before, after FROM audit_event
       WHERE entity_type = 'provider' AND entity_id = $1 AND action <> 'profile_updated' ORDER BY created_at, id`,
      [p.orgId],
    );
    expect([trail[0].before.status, ...trail.map((e) => e.after.status)]).toEqual(expected.map(([s]) => s));

    // A refused transition changes nothing.
    clock.set(new Date('2025-10-03T02:00:00Z'));
    await act(p, 'reinstate', 409);
    await reviewer.post(`/api/v1/providers/${p.orgId}/suspend`, {}).expect(400);
    expect(await history(p.orgId)).toEqual(expected);

    const y2024 = (await service().membershipFacts(t.dataSource.manager, 2024)).get(p.orgId);
    expect(y2024).toEqual({
      providerId: p.orgId,
      admittedAt: new Date('2024-01-08T02:00:00Z'),
      approved: false, // removed on 31 Dec 2024
      suspendedInYear: true,
    });
    const y2025 = (await service().membershipFacts(t.dataSource.manager, 2025)).get(p.orgId);
    expect(y2025).toEqual({
      providerId: p.orgId,
      admittedAt: new Date('2024-01-08T02:00:00Z'), // the first admission, not the re-admission
      approved: true,
      suspendedInYear: false,
    });
  });

  it('the period is written in the transition transaction: a failing listener undoes both', async () => {
    const p = await journey('2025-02-01T02:00:00Z', [
      ['2025-02-02T02:00:00Z', 'submit'],
      ['2025-02-03T02:00:00Z', 'approve'],
    ]);
    const before = await history(p.orgId);
    let fail = true;
    service().registerMembershipListener({
      onMembershipChanged: async (_em, change) => {
        if (change.providerId === p.orgId && fail) throw new Error('listings could not be hidden');
      },
      onFactsChanged: async () => undefined,
    });
    clock.set(new Date('2025-03-01T02:00:00Z'));
    await act(p, 'suspend', 500);
    expect(await history(p.orgId)).toEqual(before);
    fail = false;
    await act(p, 'suspend');
    expect(await history(p.orgId)).toEqual([
      ...before.slice(0, -1),
      ['approved', '2025-02-03T02:00:00.000Z', '2025-03-01T02:00:00.000Z'],
      ['suspended', '2025-03-01T02:00:00.000Z', null],
    ]);
  });

  describe('membershipFacts for 2025 (Asia/Shanghai), one query for every provider', () => {
    const members: Record<string, TestSession> = {};

    beforeAll(async () => {
      const scenarios: Record<string, () => Promise<TestSession>> = {
        earlyAdmission: () =>
          journey('2025-03-09T02:00:00Z', [
            ['2025-03-09T03:00:00Z', 'submit'],
            ['2025-03-10T02:00:00Z', 'approve'],
          ]),
        // 23:59:59 on 30 Jun in Shanghai, and 00:00 on 1 Jul.
        admittedLastSecondOfJune: () =>
          journey('2025-06-29T02:00:00Z', [
            ['2025-06-29T03:00:00Z', 'submit'],
            ['2025-06-30T15:59:59Z', 'approve'],
          ]),
        admittedFirstOfJuly: () =>
          journey('2025-06-29T02:00:00Z', [
            ['2025-06-29T03:00:00Z', 'submit'],
            ['2025-06-30T16:00:00Z', 'approve'],
          ]),
        suspendedWithinYear: () =>
          journey('2024-04-30T02:00:00Z', [
            ['2024-04-30T03:00:00Z', 'submit'],
            ['2024-05-01T02:00:00Z', 'approve'],
            ['2025-08-01T02:00:00Z', 'suspend'],
            ['2025-09-01T02:00:00Z', 'reinstate'],
          ]),
        suspendedYearBeforeOnly: () =>
          journey('2024-01-31T02:00:00Z', [
            ['2024-01-31T03:00:00Z', 'submit'],
            ['2024-02-01T02:00:00Z', 'approve'],
            ['2024-10-01T02:00:00Z', 'suspend'],
            ['2024-12-15T02:00:00Z', 'reinstate'],
          ]),
        // Reinstated at 00:00 on 1 Jan 2025 in Shanghai: not suspended at any time in 2025.
        reinstatedAtNewYear: () =>
          journey('2024-01-31T02:00:00Z', [
            ['2024-01-31T03:00:00Z', 'submit'],
            ['2024-02-01T02:00:00Z', 'approve'],
            ['2024-12-20T02:00:00Z', 'suspend'],
            ['2024-12-31T16:00:00Z', 'reinstate'],
          ]),
        // One second into 2025 in Shanghai: a suspension running into the year counts.
        suspensionRunsIntoYear: () =>
          journey('2024-01-31T02:00:00Z', [
            ['2024-01-31T03:00:00Z', 'submit'],
            ['2024-02-01T02:00:00Z', 'approve'],
            ['2024-12-20T02:00:00Z', 'suspend'],
            ['2024-12-31T16:00:01Z', 'reinstate'],
          ]),
        stillSuspended: () =>
          journey('2024-01-31T02:00:00Z', [
            ['2024-01-31T03:00:00Z', 'submit'],
            ['2024-02-01T02:00:00Z', 'approve'],
            ['2025-11-01T02:00:00Z', 'suspend'],
          ]),
        removedInYear: () =>
          journey('2024-01-31T02:00:00Z', [
            ['2024-01-31T03:00:00Z', 'submit'],
            ['2024-02-01T02:00:00Z', 'approve'],
            ['2025-10-01T02:00:00Z', 'remove'],
          ]),
        applicantOnly: () => journey('2025-04-01T00:00:00Z', [['2025-04-01T01:00:00Z', 'submit']]),
      };
      for (const [name, make] of Object.entries(scenarios)) members[name] = await make();
      clock.set(new Date('2026-02-01T02:00:00Z')); // the awards of 2025 are computed in 2026
    });

    const factsOf = async (year: number, at?: Date) => {
      const all = await service().membershipFacts(t.dataSource.manager, year, at);
      return (name: string) => all.get(members[name].orgId);
    };

    it('admission: the first approval, with 30 Jun judged in Shanghai time', async () => {
      const facts = await factsOf(2025);
      const admittedBy30Jun = (name: string) => {
        const at = facts(name)?.admittedAt;
        return at ? shanghaiDate(at) <= '2025-06-30' : null;
      };
      expect(facts('earlyAdmission')?.admittedAt).toEqual(new Date('2025-03-10T02:00:00Z'));
      expect(admittedBy30Jun('earlyAdmission')).toBe(true);
      expect(admittedBy30Jun('admittedLastSecondOfJune')).toBe(true);
      expect(admittedBy30Jun('admittedFirstOfJuly')).toBe(false);
      expect(facts('admittedFirstOfJuly')?.admittedAt).toEqual(new Date('2025-06-30T16:00:00Z'));
      expect(admittedBy30Jun('suspendedWithinYear')).toBe(true);
      expect(facts('applicantOnly')).toEqual({
        providerId: members.applicantOnly.orgId,
        admittedAt: null,
        approved: false,
        suspendedInYear: false,
      });
    });

    it('suspended at any time in the year: within it or running into it, not only the year before', async () => {
      const facts = await factsOf(2025);
      const suspended = Object.fromEntries(Object.keys(members).map((n) => [n, facts(n)?.suspendedInYear]));
      expect(suspended).toEqual({
        earlyAdmission: false,
        admittedLastSecondOfJune: false,
        admittedFirstOfJuly: false,
        suspendedWithinYear: true,
        suspendedYearBeforeOnly: false,
        reinstatedAtNewYear: false,
        suspensionRunsIntoYear: true,
        stillSuspended: true,
        removedInYear: false,
        applicantOnly: false,
      });
      const facts2024 = await factsOf(2024);
      expect(facts2024('suspendedYearBeforeOnly')?.suspendedInYear).toBe(true);
      expect(facts2024('suspendedWithinYear')?.suspendedInYear).toBe(false);
      expect(facts2024('reinstatedAtNewYear')?.suspendedInYear).toBe(true);
    });

    it('approved on 31 Dec when computed after the year, at now during it, or at a given instant', async () => {
      const endOfYear = await factsOf(2025);
      const approved = Object.fromEntries(Object.keys(members).map((n) => [n, endOfYear(n)?.approved]));
      expect(approved).toEqual({
        earlyAdmission: true,
        admittedLastSecondOfJune: true,
        admittedFirstOfJuly: true,
        suspendedWithinYear: true,
        suspendedYearBeforeOnly: true,
        reinstatedAtNewYear: true,
        suspensionRunsIntoYear: true,
        stillSuspended: false,
        removedInYear: false,
        applicantOnly: false,
      });
      const midAugust = new Date('2025-08-15T02:00:00Z');
      expect((await factsOf(2025, midAugust))('suspendedWithinYear')?.approved).toBe(false);
      clock.set(midAugust);
      expect((await factsOf(2025))('suspendedWithinYear')?.approved).toBe(false);
      expect((await factsOf(2025))('removedInYear')?.approved).toBe(true);
      clock.set(new Date('2026-02-01T02:00:00Z'));
    });
  });

  describe('concurrency: at most one open period per provider', () => {
    const contiguous = (periods: Period[]) =>
      periods.every(([, , to], i) => (i === periods.length - 1 ? to === null : to === periods[i + 1][1]));

    it('two transitions at once on one provider queue on its row lock and leave one open period', async () => {
      clock.set(new Date('2026-02-01T02:00:00Z'));
      for (let i = 0; i < 4; i++) {
        const p = await t.api.poolMember(reviewer);
        clock.advance(DAY);
        const [suspend, remove] = await Promise.all([
          reviewer.post(`/api/v1/providers/${p.orgId}/suspend`, { reason: '并发' }),
          reviewer.post(`/api/v1/providers/${p.orgId}/remove`, { reason: '并发' }),
        ]);
        expect(remove.status).toBe(200); // removal is allowed from approved and from suspended
        expect([200, 409]).toContain(suspend.status);
        const periods = await history(p.orgId);
        expect(periods.filter(([, , to]) => to === null)).toEqual([['removed', iso(clock.now()), null]]);
        expect(contiguous(periods)).toBe(true);
        expect(periods.map(([s]) => s)).toEqual(
          suspend.status === 200
            ? ['draft', 'submitted', 'approved', 'suspended', 'removed']
            : ['draft', 'submitted', 'approved', 'removed'],
        );

        const q = await t.api.poolMember(reviewer);
        const both = await Promise.all([
          reviewer.post(`/api/v1/providers/${q.orgId}/suspend`, { reason: '并发' }),
          reviewer.post(`/api/v1/providers/${q.orgId}/suspend`, { reason: '并发' }),
        ]);
        expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
        const qPeriods = await history(q.orgId);
        expect(qPeriods.map(([s, , to]) => [s, to === null])).toEqual([
          ['draft', false],
          ['submitted', false],
          ['approved', false],
          ['suspended', true],
        ]);
      }
    });

    it('the first requests of a new provider open its draft period once', async () => {
      const p = await t.api.provider();
      await Promise.all([
        p.get('/api/v1/providers/me').expect(200),
        p.get('/api/v1/providers/me').expect(200),
        p.patch('/api/v1/providers/me', { staffCount: 3 }).expect(200),
      ]);
      expect(await history(p.orgId)).toEqual([['draft', iso(clock.now()), null]]);
    });

    it('the database refuses a second open period (ux_provider_membership_open)', async () => {
      const p = await t.api.poolMember(reviewer);
      await expect(
        t.dataSource.query(
          `INSERT INTO provider_membership (provider_id, status, from_at) VALUES ($1, 'approved', now())`,
          [p.orgId],
        ),
      ).rejects.toThrow(/ux_provider_membership_open/);
      await expect(
        t.dataSource.query(
          `UPDATE provider_membership SET to_at = from_at - interval '1 second' WHERE provider_id = $1 AND to_at IS NULL`,
          [p.orgId],
        ),
      ).rejects.toThrow(/ck_provider_membership_order/);
    });
  });

  it('every provider of this database has one open period, in its current status, and no gap or overlap', async () => {
    const wrongOpen = await t.dataSource.query(
      `SELECT p.id, p.status, count(m.id)::int AS open, min(m.status) AS "openStatus"
       FROM provider p LEFT JOIN provider_membership m ON m.provider_id = p.id AND m.to_at IS NULL
       GROUP BY p.id, p.status
       HAVING count(m.id) <> 1 OR min(m.status) <> p.status`,
    );
    expect(wrongOpen).toEqual([]);
    const gaps = await t.dataSource.query(
      `SELECT provider_id FROM (
         SELECT provider_id, to_at,
                lead(from_at) OVER (PARTITION BY provider_id ORDER BY from_at, to_at NULLS LAST) AS next_from
         FROM provider_membership) x
       WHERE to_at IS DISTINCT FROM next_from`,
    );
    expect(gaps).toEqual([]);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM provider');
    expect(n).toBeGreaterThan(20);
  });

  describe('backfill: a database from before the history gets it from the audit log', () => {
    let admin: pg.Client;
    let dbName: string;
    let db: DataSource;
    const ids = {
      trail: randomUUID(),
      tie: randomUUID(),
      approvedNoEvents: randomUUID(),
      suspendedNoEvents: randomUUID(),
      draftNoEvents: randomUUID(),
      trailBehindRow: randomUUID(),
      removedTrail: randomUUID(),
    };
    const orphan = randomUUID(); // audit events of a provider row that does not exist
    /** The upgraded database's periods of a provider, by SQL (that data source knows no entities). */
    const periods = async (providerId: string): Promise<Period[]> =>
      (
        await db.query(
          `SELECT status, from_at, to_at FROM provider_membership WHERE provider_id = $1
           ORDER BY from_at, to_at NULLS LAST`,
          [providerId],
        )
      ).map((r: { status: string; from_at: Date; to_at: Date | null }) => [
        r.status,
        iso(r.from_at),
        r.to_at && iso(r.to_at),
      ]);

    beforeAll(async () => {
      const base = process.env.SRDI_TEST_PG as string;
      admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      dbName = `test_backfill_${randomBytes(6).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${dbName}`);
      const url = `${base}/${dbName}`;
      const first = MIGRATIONS.findIndex((m) => m.name.startsWith('ProviderMembership'));
      expect(first).toBeGreaterThan(0);

      // The schema as it was before provider_membership.
      const old = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS.slice(0, first) });
      await old.initialize();
      await old.runMigrations({ transaction: 'all' });
      expect(await old.query(`SELECT to_regclass('provider_membership') AS t`)).toEqual([{ t: null }]);

      const provider = (
        id: string,
        status: string,
        createdAt: string,
        extra: { admittedAt?: string; submittedAt?: string; decidedAt?: string } = {},
      ) =>
        old.query(
          `INSERT INTO provider (id, name, uscc, region_code, status, created_at, admitted_at, submitted_at, last_decision)
           VALUES ($1, '旧服务机构', '91330212MA2X000000', '330212', $2, $3, $4, $5, $6)`,
          [
            id,
            status,
            createdAt,
            extra.admittedAt ?? null,
            extra.submittedAt ?? null,
            extra.decidedAt ? { action: 'x', reason: null, at: extra.decidedAt, byUserId: randomUUID() } : null,
          ],
        );
      // As ProvidersService recorded transitions: action, before/after { status }, created_at by the database.
      const event = (
        entityId: string,
        action: string,
        before: object | null,
        after: object | null,
        at: string,
        options: { id?: string; entityType?: string } = {},
      ) =>
        old.query(
          `INSERT INTO audit_event (id, entity_type, entity_id, action, before, after, created_at)
           VALUES (coalesce($1, gen_random_uuid()), $2, $3, $4, $5, $6, $7)`,
          [options.id ?? null, options.entityType ?? 'provider', entityId, action, before, after, at],
        );
      const move = (id: string, action: string, from: string, to: string, at: string, eventId?: string) =>
        event(id, action, { status: from }, { status: to }, at, { id: eventId });

      await provider(ids.trail, 'approved', '2024-01-05T00:00:00Z', {
        admittedAt: '2024-02-01T00:00:00Z',
        submittedAt: '2024-01-10T00:00:00Z',
        decidedAt: '2025-04-01T00:00:00Z',
      });
      // Inserted out of order: the backfill orders by created_at.
      await move(ids.trail, 'suspended', 'approved', 'suspended', '2025-03-01T00:00:00Z');
      await move(ids.trail, 'submitted', 'draft', 'submitted', '2024-01-10T00:00:00Z');
      await move(ids.trail, 'approved', 'submitted', 'approved', '2024-02-01T00:00:00Z');
      await move(ids.trail, 'reinstated', 'suspended', 'approved', '2025-04-01T00:00:00Z');
      await event(ids.trail, 'profile_updated', { staffCount: 3 }, { staffCount: 5 }, '2024-03-01T00:00:00Z');
      await event(ids.trail, 'profile_updated', { name: 'a' }, { name: 'b' }, '2025-03-15T00:00:00Z');
      // Another entity type with a status, under the same id: not the pool.
      await event(ids.trail, 'published', { status: 'draft' }, { status: 'published' }, '2024-06-01T00:00:00Z', {
        entityType: 'listing',
      });

      // Two events at one instant: the id breaks the tie.
      await provider(ids.tie, 'returned', '2024-03-01T00:00:00Z', { decidedAt: '2024-03-02T00:00:00Z' });
      await move(
        ids.tie,
        'returned',
        'submitted',
        'returned',
        '2024-03-02T00:00:00Z',
        'ffffffff-0000-4000-8000-000000000000',
      );
      await move(
        ids.tie,
        'submitted',
        'draft',
        'submitted',
        '2024-03-02T00:00:00Z',
        '00000000-0000-4000-8000-000000000000',
      );

      await provider(ids.removedTrail, 'submitted', '2023-01-01T00:00:00Z', { admittedAt: '2023-02-01T00:00:00Z' });
      await move(ids.removedTrail, 'submitted', 'draft', 'submitted', '2023-01-15T00:00:00Z');
      await move(ids.removedTrail, 'approved', 'submitted', 'approved', '2023-02-01T00:00:00Z');
      await move(ids.removedTrail, 'removed', 'approved', 'removed', '2024-02-01T00:00:00Z');
      await move(ids.removedTrail, 'submitted', 'removed', 'submitted', '2025-02-01T00:00:00Z');

      // No audit events: rebuilt from the row.
      await provider(ids.approvedNoEvents, 'approved', '2024-02-20T00:00:00Z', { admittedAt: '2024-03-01T00:00:00Z' });
      await provider(ids.suspendedNoEvents, 'suspended', '2024-02-20T00:00:00Z', {
        admittedAt: '2024-03-01T00:00:00Z',
        decidedAt: '2025-05-01T00:00:00Z',
      });
      await provider(ids.draftNoEvents, 'draft', '2024-06-01T00:00:00Z');

      // The trail ends approved, the row says suspended (a change that missed its event): the row wins now.
      await provider(ids.trailBehindRow, 'suspended', '2024-01-01T00:00:00Z', {
        admittedAt: '2024-01-03T00:00:00Z',
        decidedAt: '2025-06-01T00:00:00Z',
      });
      await move(ids.trailBehindRow, 'submitted', 'draft', 'submitted', '2024-01-02T00:00:00Z');
      await move(ids.trailBehindRow, 'approved', 'submitted', 'approved', '2024-01-03T00:00:00Z');

      await move(orphan, 'submitted', 'draft', 'submitted', '2024-01-02T00:00:00Z');
      await old.destroy();

      // Upgrade: the remaining migrations, as the API runs them on start.
      db = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS });
      await db.initialize();
      await db.runMigrations({ transaction: 'all' });
    });

    afterAll(async () => {
      await db?.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    });

    it('walks status-changing audit events in (created_at, id) order, from the draft at creation', async () => {
      expect(await periods(ids.trail)).toEqual([
        ['draft', '2024-01-05T00:00:00.000Z', '2024-01-10T00:00:00.000Z'],
        ['submitted', '2024-01-10T00:00:00.000Z', '2024-02-01T00:00:00.000Z'],
        ['approved', '2024-02-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z'],
        ['suspended', '2025-03-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z'],
        ['approved', '2025-04-01T00:00:00.000Z', null],
      ]);
      expect(await periods(ids.tie)).toEqual([
        ['draft', '2024-03-01T00:00:00.000Z', '2024-03-02T00:00:00.000Z'],
        ['submitted', '2024-03-02T00:00:00.000Z', '2024-03-02T00:00:00.000Z'],
        ['returned', '2024-03-02T00:00:00.000Z', null],
      ]);
      expect(await periods(ids.removedTrail)).toEqual([
        ['draft', '2023-01-01T00:00:00.000Z', '2023-01-15T00:00:00.000Z'],
        ['submitted', '2023-01-15T00:00:00.000Z', '2023-02-01T00:00:00.000Z'],
        ['approved', '2023-02-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z'],
        ['removed', '2024-02-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'],
        ['submitted', '2025-02-01T00:00:00.000Z', null],
      ]);
      const [{ n }] = await db.query('SELECT count(*)::int AS n FROM provider_membership WHERE provider_id = $1', [
        orphan,
      ]);
      expect(n).toBe(0);
    });

    it('providers without events get their current status from the row; the row wins over a short trail', async () => {
      expect(await periods(ids.approvedNoEvents)).toEqual([['approved', '2024-03-01T00:00:00.000Z', null]]);
      expect(await periods(ids.suspendedNoEvents)).toEqual([
        ['approved', '2024-03-01T00:00:00.000Z', '2025-05-01T00:00:00.000Z'],
        ['suspended', '2025-05-01T00:00:00.000Z', null],
      ]);
      expect(await periods(ids.draftNoEvents)).toEqual([['draft', '2024-06-01T00:00:00.000Z', null]]);
      expect(await periods(ids.trailBehindRow)).toEqual([
        ['draft', '2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z'],
        ['submitted', '2024-01-02T00:00:00.000Z', '2024-01-03T00:00:00.000Z'],
        ['approved', '2024-01-03T00:00:00.000Z', '2025-06-01T00:00:00.000Z'],
        ['suspended', '2025-06-01T00:00:00.000Z', null],
      ]);
    });

    it('the backfilled history answers the awards, and the schema is the entities’ own', async () => {
      const facts = await service().membershipFacts(db.manager, 2025, new Date('2025-12-31T15:59:59.999Z'));
      expect(facts.get(ids.trail)).toMatchObject({
        admittedAt: new Date('2024-02-01T00:00:00Z'),
        approved: true,
        suspendedInYear: true,
      });
      expect(facts.get(ids.approvedNoEvents)).toMatchObject({ approved: true, suspendedInYear: false });
      expect(facts.get(ids.suspendedNoEvents)).toMatchObject({
        admittedAt: new Date('2024-03-01T00:00:00Z'),
        approved: false,
        suspendedInYear: true,
      });
      expect(facts.get(ids.removedTrail)).toMatchObject({ approved: false, suspendedInYear: false });
      expect(facts.size).toBe(Object.keys(ids).length);
      expect(await db.showMigrations()).toBe(false);
    });
  });
});

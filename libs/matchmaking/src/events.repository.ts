import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { EventRegistration, MatchmakingEvent, Meeting, type RegistrationKind } from './event.entity.js';

/** The longest meeting (ck_meeting_minutes): a meeting overlapping a slot starts at most this long before it. */
const MAX_MEETING_MS = 240 * 60_000;

export type EventsWhen = 'upcoming' | 'past';

/** Registrations of an event by kind. */
export type KindCounts = Record<RegistrationKind, number>;

/** A (pair, event) with a held meeting: the first held meeting's start opens the pair's conversion window. */
export interface HeldPair {
  eventId: string;
  enterpriseId: string;
  providerId: string;
  firstHeldAt: Date;
}

/** Named queries of matchmaking events (its tables only: `matchmaking_event`, `event_registration`, `meeting`). */
@Injectable()
export class EventsRepository {
  byId(em: EntityManager, id: string): Promise<MatchmakingEvent | null> {
    return em.findOneBy(MatchmakingEvent, { id });
  }

  /** The event row locked (FOR UPDATE): registrations of one event queue here, so capacity is counted over committed rows. */
  lockEvent(em: EntityManager, id: string): Promise<MatchmakingEvent | null> {
    return em.findOne(MatchmakingEvent, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save<T extends MatchmakingEvent | EventRegistration | Meeting>(em: EntityManager, row: T): Promise<T> {
    return em.save(row);
  }

  /**
   * A page of events: `upcoming` (not ended) soonest first, `past` latest first; neither: the
   * upcoming ones soonest first, then the past ones latest first.
   */
  async page(
    em: EntityManager,
    now: Date,
    when: EventsWhen | undefined,
    window: { skip: number; take: number },
  ): Promise<[MatchmakingEvent[], number]> {
    const filter = when === 'upcoming' ? 'WHERE ends_at > $1' : when === 'past' ? 'WHERE ends_at <= $1' : '';
    const [{ total }] = await em.query(
      `SELECT count(*)::int AS total FROM matchmaking_event ${filter}`,
      filter ? [now] : [],
    );
    const rows: Array<{ id: string }> = await em.query(
      `SELECT id FROM matchmaking_event ${filter}
       ORDER BY (ends_at <= $1), CASE WHEN ends_at > $1 THEN starts_at END ASC, starts_at DESC, id
       OFFSET $2 LIMIT $3`,
      [now, window.skip, window.take],
    );
    if (rows.length === 0) return [[], total];
    const events = await em.findBy(MatchmakingEvent, { id: In(rows.map((r) => r.id)) });
    const byId = new Map(events.map((e) => [e.id, e]));
    return [rows.map((r) => byId.get(r.id)!), total];
  }

  /** Every event (the bureau's statistics), latest first. */
  all(em: EntityManager): Promise<MatchmakingEvent[]> {
    return em.find(MatchmakingEvent, { order: { startsAt: 'DESC', id: 'ASC' } });
  }

  /** Registrations per event and kind, for these events (zeros included). */
  async kindCounts(em: EntityManager, eventIds: string[]): Promise<Map<string, KindCounts>> {
    const counts = new Map(eventIds.map((id) => [id, { enterprise: 0, provider: 0 }]));
    if (eventIds.length === 0) return counts;
    const rows: Array<{ eventId: string; orgType: RegistrationKind; count: number }> = await em.query(
      `SELECT event_id AS "eventId", org_type AS "orgType", count(*)::int AS count
       FROM event_registration WHERE event_id = ANY($1::uuid[]) GROUP BY event_id, org_type`,
      [eventIds],
    );
    for (const r of rows) counts.get(r.eventId)![r.orgType] = r.count;
    return counts;
  }

  /** How many of `kind` are registered for the event (call with the event locked). */
  countOfKind(em: EntityManager, eventId: string, kind: RegistrationKind): Promise<number> {
    return em.countBy(EventRegistration, { eventId, orgType: kind });
  }

  registration(em: EntityManager, eventId: string, orgId: string): Promise<EventRegistration | null> {
    return em.findOneBy(EventRegistration, { eventId, orgId });
  }

  /** Which of these events the organisation is registered for. */
  async registeredAmong(em: EntityManager, orgId: string, eventIds: string[]): Promise<Set<string>> {
    if (eventIds.length === 0) return new Set();
    const rows = await em.find(EventRegistration, {
      select: { eventId: true },
      where: { orgId, eventId: In(eventIds) },
    });
    return new Set(rows.map((r) => r.eventId));
  }

  registrationsOf(em: EntityManager, eventId: string): Promise<EventRegistration[]> {
    return em.find(EventRegistration, { where: { eventId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The event's meetings in time order; with `orgId`, only that party's. */
  meetingsOf(em: EntityManager, eventId: string, orgId?: string): Promise<Meeting[]> {
    const where = orgId
      ? [
          { eventId, enterpriseId: orgId },
          { eventId, providerId: orgId },
        ]
      : { eventId };
    return em.find(Meeting, { where, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  meeting(em: EntityManager, id: string, lock = false): Promise<Meeting | null> {
    return em.findOne(Meeting, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /**
   * Scheduling for these parties queues here (advisory locks, in sorted order so two requests never
   * wait on each other crosswise), so a clash check sees every meeting committed before it.
   */
  async lockParties(em: EntityManager, orgIds: string[]): Promise<void> {
    for (const id of [...new Set(orgIds)].sort()) {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`meeting-party:${id}`]);
    }
  }

  /**
   * Meetings of either party, in any event, that may overlap [startsAt, endsAt): those starting
   * before its end and at most the longest meeting before its start (ix_meeting_enterprise,
   * ix_meeting_provider); the exact overlap is the rules' (meetingClash).
   */
  partiesMeetingsAround(
    em: EntityManager,
    parties: { enterpriseId: string; providerId: string },
    startsAt: Date,
    endsAt: Date,
  ): Promise<Meeting[]> {
    return em.query(
      `SELECT id, event_id AS "eventId", enterprise_id AS "enterpriseId", provider_id AS "providerId",
              starts_at AS "startsAt", minutes
       FROM meeting
       WHERE (enterprise_id = $1 OR provider_id = $2) AND starts_at < $3 AND starts_at > $4
       ORDER BY starts_at, id`,
      [parties.enterpriseId, parties.providerId, endsAt, new Date(startsAt.getTime() - MAX_MEETING_MS)],
    );
  }

  /** Meetings and held meetings per event, for these events (zeros included). */
  async meetingCounts(em: EntityManager, eventIds: string[]): Promise<Map<string, { meetings: number; held: number }>> {
    const counts = new Map(eventIds.map((id) => [id, { meetings: 0, held: 0 }]));
    if (eventIds.length === 0) return counts;
    const rows: Array<{ eventId: string; meetings: number; held: number }> = await em.query(
      `SELECT event_id AS "eventId", count(*)::int AS meetings, count(*) FILTER (WHERE held)::int AS held
       FROM meeting WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
      [eventIds],
    );
    for (const r of rows) counts.set(r.eventId, { meetings: r.meetings, held: r.held });
    return counts;
  }

  /** Each pair with a held meeting at each of these events, with the start of its first held meeting there. */
  heldPairs(em: EntityManager, eventIds: string[]): Promise<HeldPair[]> {
    if (eventIds.length === 0) return Promise.resolve([]);
    return em.query(
      `SELECT event_id AS "eventId", enterprise_id AS "enterpriseId", provider_id AS "providerId",
              min(starts_at) AS "firstHeldAt"
       FROM meeting WHERE event_id = ANY($1::uuid[]) AND held
       GROUP BY event_id, enterprise_id, provider_id
       ORDER BY event_id, enterprise_id, provider_id`,
      [eventIds],
    );
  }
}

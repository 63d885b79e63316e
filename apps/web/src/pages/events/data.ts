import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api, ok } from '../../api/client';
import type { Schema } from '../../api/types';

export type EventSummary = Schema<'EventSummaryView'>;
export type MatchmakingEvent = Schema<'EventView'>;
export type Meeting = Schema<'MeetingView'>;
export type Registration = Schema<'RegistrationView'>;
export type EventPhase = EventSummary['status'];
export type Side = 'enterprise' | 'provider';
export type When = 'upcoming' | 'past';

/** Query keys: every event query starts with `matchmaking-events`, so one invalidation refreshes them all. */
export const eventKeys = {
  all: ['matchmaking-events'] as const,
  list: (when: When, page: number) => ['matchmaking-events', 'list', when, page] as const,
  one: (id: string) => ['matchmaking-events', 'one', id] as const,
};

export const PAGE_SIZE = 20;

export function useEvents(when: When, page: number) {
  return useQuery({
    queryKey: eventKeys.list(when, page),
    queryFn: () =>
      ok(api.GET('/api/v1/matchmaking-events', { params: { query: { when, page, pageSize: PAGE_SIZE } } })),
  });
}

export function useEvent(id: string) {
  return useQuery({
    queryKey: eventKeys.one(id),
    queryFn: () => ok(api.GET('/api/v1/matchmaking-events/{id}', { params: { path: { id } } })),
  });
}

export const EVENT_PHASE: Record<EventPhase, { text: string; color: string }> = {
  upcoming: { text: '报名中', color: 'blue' },
  ongoing: { text: '进行中', color: 'green' },
  ended: { text: '已结束', color: 'default' },
};

export const MEETING_STATUS: Record<Meeting['status'], { text: string; color: string }> = {
  scheduled: { text: '已安排', color: 'blue' },
  held: { text: '已举行', color: 'green' },
  not_held: { text: '未举行', color: 'default' },
};

export const SIDE_NAME: Record<Side, string> = { enterprise: '企业', provider: '服务机构' };

/** Places left for one kind of participant (never below 0). */
export const seatsLeft = (e: EventSummary, side: Side): number =>
  Math.max(0, (side === 'enterprise' ? e.enterpriseCapacity : e.providerCapacity) - e.registered[side]);

// Asia/Shanghai has no daylight saving: its wall clock is always UTC+8.
const SHANGHAI_MS = 8 * 3600_000;
export const MINUTE_MS = 60_000;

/** An instant's Shanghai wall clock as "YYYY-MM-DDTHH:mm". */
const wall = (at: string | number | Date) => new Date(new Date(at).getTime() + SHANGHAI_MS).toISOString().slice(0, 16);

/** "09:30" in Shanghai. */
export const clock = (at: string | number | Date) => wall(at).slice(11, 16);
/** "12/15" in Shanghai. */
export const monthDay = (at: string | number | Date) => wall(at).slice(5, 10).replace('-', '/');
/** "12/15 09:30" (or "09:30" when `withDay` is false). */
export const slotLabel = (at: string | number | Date, withDay: boolean) =>
  withDay ? `${monthDay(at)} ${clock(at)}` : clock(at);

/** What a picker shows, read as Beijing time (whatever the browser's zone): "2026-12-15T09:00:00+08:00". */
export const beijingInstant = (d: Dayjs) => `${d.format('YYYY-MM-DDTHH:mm')}:00+08:00`;

/** An event's time: "2026/12/15 09:00 – 17:00" or across days "2026/12/15 09:00 – 2026/12/16 12:00". */
export function eventTime(e: { startsAt: string; endsAt: string }): string {
  const [from, to] = [wall(e.startsAt), wall(e.endsAt)];
  const show = (w: string) => `${w.slice(0, 10).replaceAll('-', '/')} ${w.slice(11, 16)}`;
  return from.slice(0, 10) === to.slice(0, 10) ? `${show(from)} – ${to.slice(11, 16)}` : `${show(from)} – ${show(to)}`;
}

/** Whether the event spans more than one Shanghai day (slot labels then carry the day). */
export const multiDay = (e: { startsAt: string; endsAt: string }) =>
  wall(e.startsAt).slice(0, 10) !== wall(new Date(e.endsAt).getTime() - 1).slice(0, 10);

/** The event's place, marked when it is online. */
export const placeText = (e: { place: string; online: boolean }) => (e.online ? `线上：${e.place}` : e.place);

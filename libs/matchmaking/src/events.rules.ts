/**
 * Matchmaking events (对接活动, DOMAIN.md §9) as pure rules: an event's phase, who may still
 * register, whether a meeting's slot fits its event, when an outcome may be recorded, and the window
 * in which a held meeting's orders count.
 */
import { hasRoom, type Slot } from './matchmaking.rules.js';

export type EventPhase = 'upcoming' | 'ongoing' | 'ended';
export type MeetingStatus = 'scheduled' | 'held' | 'not_held';

/** Orders between a held meeting's pair count as the event's outcome for 90 days from its start. */
export const CONVERSION_WINDOW_MS = 90 * 24 * 3600 * 1000;

interface EventTime {
  startsAt: Date;
  endsAt: Date;
}

export function eventPhase(event: EventTime, now: Date): EventPhase {
  if (now < event.startsAt) return 'upcoming';
  return now < event.endsAt ? 'ongoing' : 'ended';
}

/**
 * Why this organisation may not register now, or null: registrations close when the event ends;
 * a party registers once; each kind has its own capacity.
 */
export function registrationRefusal(
  event: EventTime & { capacity: number },
  registered: number,
  alreadyRegistered: boolean,
  now: Date,
): 'EVENT_ENDED' | 'ALREADY_REGISTERED' | 'EVENT_FULL' | null {
  if (eventPhase(event, now) === 'ended') return 'EVENT_ENDED';
  if (alreadyRegistered) return 'ALREADY_REGISTERED';
  if (!hasRoom(registered, event.capacity)) return 'EVENT_FULL';
  return null;
}

export const meetingEnd = (slot: Slot): Date => new Date(slot.startsAt.getTime() + slot.minutes * 60_000);

/** A meeting lies wholly within its event's time. */
export const slotWithinEvent = (slot: Slot, event: EventTime): boolean =>
  slot.startsAt >= event.startsAt && meetingEnd(slot) <= event.endsAt;

/** An outcome is recorded once, after the meeting has started. */
export function outcomeRefusal(
  meeting: { startsAt: Date; held: boolean | null },
  now: Date,
): 'MEETING_NOT_STARTED' | 'OUTCOME_RECORDED' | null {
  if (now < meeting.startsAt) return 'MEETING_NOT_STARTED';
  if (meeting.held !== null) return 'OUTCOME_RECORDED';
  return null;
}

export const meetingStatus = (held: boolean | null): MeetingStatus =>
  held === null ? 'scheduled' : held ? 'held' : 'not_held';

/** The window [from, to) in which the pair's confirmed orders count: 90 days from its (first) held meeting's start. */
export const conversionWindow = (heldAt: Date): { from: Date; to: Date } => ({
  from: heldAt,
  to: new Date(heldAt.getTime() + CONVERSION_WINDOW_MS),
});

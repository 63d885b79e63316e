import { ConflictError, DomainError } from '@app/shared';

const MESSAGES = {
  EVENT_FULL: 'The event has no places left for your kind of organisation',
  ALREADY_REGISTERED: 'Your organisation is already registered for this event',
  EVENT_ENDED: 'The event has ended',
  NOT_REGISTERED: 'Both parties must be registered for the event',
  MEETING_CONFLICT: 'A party already has a meeting at that time',
  MEETING_NOT_STARTED: "A meeting's outcome is recorded once it has started",
  OUTCOME_RECORDED: "The meeting's outcome is already recorded",
} as const;

export type EventRefusal = keyof typeof MESSAGES;

/** 409: the event or the meeting does not allow this now. */
export class EventRefusedError extends ConflictError {
  constructor(code: EventRefusal, details?: unknown) {
    super(code, MESSAGES[code], details);
  }
}

/** 403: only providers approved in the pool take part in events. */
/** 422: a meeting's slot must lie within its event's time. */
export class SlotOutsideEventError extends DomainError {
  constructor(event: { startsAt: Date; endsAt: Date }) {
    super(422, 'SLOT_OUTSIDE_EVENT', "The meeting's time must lie within the event's time", {
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
    });
  }
}

import { describe, expect, it } from '@jest/globals';
import {
  conversionWindow,
  eventPhase,
  meetingStatus,
  outcomeRefusal,
  registrationRefusal,
  slotWithinEvent,
} from './events.rules.js';

const at = (hhmm: string, day = '15') => new Date(`2026-12-${day}T${hhmm}:00+08:00`);
const event = { startsAt: at('09:00'), endsAt: at('12:00') };

describe('eventPhase', () => {
  it.each([
    ['08:59', 'upcoming'],
    ['09:00', 'ongoing'],
    ['11:59', 'ongoing'],
    ['12:00', 'ended'],
  ] as const)('at %s: %s', (now, phase) => {
    expect(eventPhase(event, at(now))).toBe(phase);
  });
});

describe('registrationRefusal', () => {
  // now, registered of the kind, capacity, already registered -> refusal
  it.each([
    ['08:00', 0, 2, false, null],
    ['10:00', 1, 2, false, null],
    ['10:00', 2, 2, false, 'EVENT_FULL'],
    ['10:00', 0, 0, false, 'EVENT_FULL'],
    ['10:00', 2, 2, true, 'ALREADY_REGISTERED'],
    ['12:00', 0, 2, false, 'EVENT_ENDED'],
    ['12:00', 0, 2, true, 'EVENT_ENDED'],
  ] as const)('at %s with %i of %i registered (already: %s): %s', (now, registered, capacity, already, refusal) => {
    expect(registrationRefusal({ ...event, capacity }, registered, already, at(now))).toBe(refusal);
  });
});

describe('slotWithinEvent', () => {
  it.each([
    ['09:00', 30, true],
    ['11:30', 30, true],
    ['11:31', 30, false],
    ['08:59', 30, false],
    ['09:00', 180, true],
    ['09:00', 181, false],
  ] as const)('%s for %i minutes: %s', (start, minutes, within) => {
    expect(slotWithinEvent({ startsAt: at(start), minutes }, event)).toBe(within);
  });
});

describe('outcomeRefusal', () => {
  it.each([
    ['09:59', null, 'MEETING_NOT_STARTED'],
    ['10:00', null, null],
    ['18:00', null, null],
    ['18:00', true, 'OUTCOME_RECORDED'],
    ['18:00', false, 'OUTCOME_RECORDED'],
  ] as const)('at %s, held %s: %s', (now, held, refusal) => {
    expect(outcomeRefusal({ startsAt: at('10:00'), held }, at(now))).toBe(refusal);
  });
  it.each([
    [null, 'scheduled'],
    [true, 'held'],
    [false, 'not_held'],
  ] as const)('a meeting with held %s is %s', (held, status) => {
    expect(meetingStatus(held)).toBe(status);
  });
});

describe('conversionWindow', () => {
  it('is 90 days from the meeting start, end exclusive', () => {
    expect(conversionWindow(at('10:00', '01'))).toEqual({
      from: new Date('2026-12-01T02:00:00Z'),
      to: new Date('2027-03-01T02:00:00Z'),
    });
  });
});

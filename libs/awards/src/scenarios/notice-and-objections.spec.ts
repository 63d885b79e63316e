import { describe, expect, it } from '@jest/globals';
import {
  answerRefusal,
  answerTransition,
  AWARD_NOTICE_RULES,
  type AwardNoticeAction,
  noticeEndsAt,
  noticeLastDay,
  noticeRefusal,
  objectionRefusal,
  type RoundState,
} from '../award-notice.rules.js';
import type { AwardRoundStatus } from '../award-round.entity.js';

/**
 * Scenario: the public notice (公示) of DOMAIN.md §7. Published at 10:00 on 2 Dec (Shanghai) with
 * the default 7 days, objections are taken through 9 Dec; finalising waits for the end of the
 * notice and for an answer to every objection; an upheld objection sends the round back to
 * `computed`; a final round takes nothing more.
 */
const PUBLISHED_AT = new Date('2026-12-02T02:00:00Z');
const ENDS_AT = new Date('2026-12-09T16:00:00Z'); // 10 Dec 00:00 in Shanghai
const published: RoundState = { status: 'published', noticeEndsAt: ENDS_AT, computePending: false };
const at = (status: AwardRoundStatus, extra: Partial<RoundState> = {}): RoundState => ({
  status,
  noticeEndsAt: null,
  computePending: false,
  ...extra,
});

describe('scenario: notice and objections', () => {
  it.each([
    ['10:00 on 2 Dec, 7 days', '2026-12-02T02:00:00Z', 7, '2026-12-09T16:00:00.000Z', '2026-12-09'],
    ['one minute before midnight, 7 days', '2026-12-02T15:59:00Z', 7, '2026-12-09T16:00:00.000Z', '2026-12-09'],
    ['at midnight, 7 days (a new day)', '2026-12-02T16:00:00Z', 7, '2026-12-10T16:00:00.000Z', '2026-12-10'],
    ['over the year end, 5 days', '2026-12-30T01:00:00Z', 5, '2027-01-04T16:00:00.000Z', '2027-01-04'],
    ['0 days: through the day of publication', '2026-12-02T02:00:00Z', 0, '2026-12-02T16:00:00.000Z', '2026-12-02'],
  ])('the notice published %s ends at the following midnight in Shanghai', (_, published, days, ends, lastDay) => {
    const end = noticeEndsAt(new Date(published), days);
    expect(end.toISOString()).toBe(ends);
    expect(noticeLastDay(end)).toBe(lastDay);
    expect(end.getTime() - new Date(published).getTime()).toBeGreaterThanOrEqual(days * 24 * 3600 * 1000);
  });

  it('each step moves the status its rule says, with its effects', () => {
    expect(AWARD_NOTICE_RULES).toEqual({
      publish: { from: 'computed', to: 'published', effects: ['open_notice', 'notify_published'] },
      uphold: { from: 'published', to: 'computed', effects: ['close_notice'] },
      finalize: { from: 'published', to: 'final', effects: ['stamp_final', 'notify_final'] },
    });
  });

  it.each<[string, AwardNoticeAction, RoundState, Date, number, string | null]>([
    ['publish a computed round', 'publish', at('computed'), PUBLISHED_AT, 0, null],
    ['publish a draft', 'publish', at('draft'), PUBLISHED_AT, 0, 'INVALID_STATE'],
    [
      'publish while a compute job waits',
      'publish',
      at('computed', { computePending: true }),
      PUBLISHED_AT,
      0,
      'AWARD_COMPUTE_PENDING',
    ],
    ['publish a published round', 'publish', published, PUBLISHED_AT, 0, 'INVALID_STATE'],
    ['publish a final round', 'publish', at('final'), PUBLISHED_AT, 0, 'INVALID_STATE'],
    ['finalise during the notice', 'finalize', published, new Date(ENDS_AT.getTime() - 1), 0, 'AWARD_NOTICE_NOT_ENDED'],
    ['finalise at its end, an objection open', 'finalize', published, ENDS_AT, 1, 'AWARD_OBJECTIONS_OPEN'],
    ['finalise at its end, all answered', 'finalize', published, ENDS_AT, 0, null],
    ['finalise a computed round', 'finalize', at('computed'), ENDS_AT, 0, 'INVALID_STATE'],
    ['finalise a final round', 'finalize', at('final'), ENDS_AT, 0, 'INVALID_STATE'],
  ])('%s', (_, action, round, now, open, code) => {
    expect(noticeRefusal(action, round, now, open)?.code ?? null).toBe(code);
  });

  it.each<[string, RoundState, Date, string | null]>([
    ['during the notice', published, PUBLISHED_AT, null],
    ['in its last millisecond', published, new Date(ENDS_AT.getTime() - 1), null],
    ['at its end', published, ENDS_AT, 'AWARD_NOTICE_CLOSED'],
    ['before publication', at('computed'), PUBLISHED_AT, 'AWARD_NOTICE_CLOSED'],
    ['after finalising', at('final'), ENDS_AT, 'AWARD_NOTICE_CLOSED'],
  ])('an objection lodged %s', (_, round, now, code) => {
    expect(objectionRefusal(round, now)?.code ?? null).toBe(code);
  });

  it.each<[string, 'open' | 'upheld' | 'dismissed', AwardRoundStatus, string | null]>([
    ['an open objection of a published round', 'open', 'published', null],
    ['an open objection after another was upheld (round computed)', 'open', 'computed', null],
    ['an answered objection', 'dismissed', 'published', 'OBJECTION_ANSWERED'],
    ['an objection of a final round', 'open', 'final', 'INVALID_STATE'],
  ])('answering %s', (_, status, roundStatus, code) => {
    expect(answerRefusal({ status }, { status: roundStatus })?.code ?? null).toBe(code);
  });

  it.each<['upheld' | 'dismissed', AwardRoundStatus, 'uphold' | null]>([
    ['upheld', 'published', 'uphold'],
    ['upheld', 'computed', null],
    ['dismissed', 'published', null],
  ])('an answer %s while the round is %s moves it by %s', (outcome, status, transition) => {
    expect(answerTransition(outcome, { status })).toBe(transition);
  });
});

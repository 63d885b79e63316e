import { shanghaiDate } from '@app/shared';
import type { AwardRoundStatus } from './award-round.entity.js';

/**
 * The public notice of an award round (公示), DOMAIN.md §7: publish -> objections during the notice
 * days -> finalise. Pure rules: what each step needs, what it changes, and when the notice ends.
 */

export type AwardNoticeAction = 'publish' | 'uphold' | 'finalize';

/** What a step does besides moving the status (applied in one place, AwardNoticeService). */
export type AwardNoticeEffect =
  | 'open_notice' // stamp published_at and notice_ends_at
  | 'close_notice' // clear published_at and notice_ends_at (an upheld objection: recompute, then publish again)
  | 'stamp_final' // stamp finalized_at
  | 'notify_published' // tell every provider of the round its result and how to object
  | 'notify_final'; // tell every provider of the round the final result

export interface AwardNoticeRule {
  from: AwardRoundStatus;
  to: AwardRoundStatus;
  effects: readonly AwardNoticeEffect[];
}

export const AWARD_NOTICE_RULES: Readonly<Record<AwardNoticeAction, AwardNoticeRule>> = {
  publish: { from: 'computed', to: 'published', effects: ['open_notice', 'notify_published'] },
  uphold: { from: 'published', to: 'computed', effects: ['close_notice'] },
  finalize: { from: 'published', to: 'final', effects: ['stamp_final', 'notify_final'] },
};

const DAY_MS = 24 * 3600 * 1000;

/**
 * The notice ends at midnight (Asia/Shanghai) after `noticeDays` whole days following the day of
 * publication: published on 2 Dec with 7 days, objections are taken until 9 Dec 24:00. The day of
 * publication is not counted (it is rarely a whole day), so the notice is never shorter than promised.
 */
export function noticeEndsAt(publishedAt: Date, noticeDays: number): Date {
  const day = shanghaiDate(publishedAt);
  const startOfDay = new Date(`${day}T00:00:00+08:00`).getTime();
  return new Date(startOfDay + (noticeDays + 1) * DAY_MS);
}

/** The last day of the notice as people write it (YYYY-MM-DD, Asia/Shanghai). */
export function noticeLastDay(endsAt: Date): string {
  return shanghaiDate(new Date(endsAt.getTime() - 1));
}

export type NoticeRefusal =
  | { code: 'INVALID_STATE'; status: AwardRoundStatus }
  | { code: 'AWARD_COMPUTE_PENDING' }
  | { code: 'AWARD_NOTICE_NOT_ENDED'; endsAt: Date }
  | { code: 'AWARD_OBJECTIONS_OPEN'; open: number }
  | { code: 'AWARD_NOTICE_CLOSED'; endsAt: Date | null };

export interface RoundState {
  status: AwardRoundStatus;
  noticeEndsAt: Date | null;
  /** The round's compute job is queued or running. */
  computePending: boolean;
}

/** Why `action` cannot be taken now (null: it can). `openObjections` counts unanswered objections of the round. */
export function noticeRefusal(
  action: AwardNoticeAction,
  round: RoundState,
  now: Date,
  openObjections: number,
): NoticeRefusal | null {
  const rule = AWARD_NOTICE_RULES[action];
  if (round.status !== rule.from) return { code: 'INVALID_STATE', status: round.status };
  if (action === 'publish' && round.computePending) return { code: 'AWARD_COMPUTE_PENDING' };
  if (action === 'finalize') {
    if (round.noticeEndsAt && now < round.noticeEndsAt)
      return { code: 'AWARD_NOTICE_NOT_ENDED', endsAt: round.noticeEndsAt };
    if (openObjections > 0) return { code: 'AWARD_OBJECTIONS_OPEN', open: openObjections };
  }
  return null;
}

/** Objections are lodged while the round is published and its notice has not ended. */
export function objectionRefusal(round: RoundState, now: Date): NoticeRefusal | null {
  if (round.status !== 'published') return { code: 'AWARD_NOTICE_CLOSED', endsAt: round.noticeEndsAt };
  if (round.noticeEndsAt && now >= round.noticeEndsAt)
    return { code: 'AWARD_NOTICE_CLOSED', endsAt: round.noticeEndsAt };
  return null;
}

export const OBJECTION_OUTCOMES = ['upheld', 'dismissed'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];
export type ObjectionStatus = 'open' | ObjectionOutcome;

/**
 * Answering an objection: only an open one, in a round that is not final. An upheld objection of a
 * published round returns the round to `computed` (rule `uphold`); upheld while the round is already
 * back in `computed` (another objection was upheld first) changes no status.
 */
export function answerRefusal(
  objection: { status: ObjectionStatus },
  round: { status: AwardRoundStatus },
):
  { code: 'OBJECTION_ANSWERED'; status: ObjectionStatus } | { code: 'INVALID_STATE'; status: AwardRoundStatus } | null {
  if (objection.status !== 'open') return { code: 'OBJECTION_ANSWERED', status: objection.status };
  if (round.status === 'final') return { code: 'INVALID_STATE', status: round.status };
  return null;
}

/** The round transition an answer causes, if any. */
export function answerTransition(outcome: ObjectionOutcome, round: { status: AwardRoundStatus }): 'uphold' | null {
  return outcome === 'upheld' && round.status === 'published' ? 'uphold' : null;
}

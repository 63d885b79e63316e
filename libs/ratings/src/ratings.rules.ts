import type { FieldError } from '@app/shared';

/** Satisfaction ratings (满意度) and measured effectiveness (成效), DOMAIN.md §6, as pure functions. */

export const DIMENSIONS = ['overall', 'professionalism', 'timeliness', 'effectiveness', 'value'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const DAY = 24 * 3600 * 1000;
/** An enterprise rates a completed order within 30 days of completion… */
export const RATING_WINDOW_MS = 30 * DAY;
/** …and may edit its rating for 7 days after giving it. */
export const EDIT_WINDOW_MS = 7 * DAY;
/** The reminder to rate goes out 3 days after completion if no rating came. */
export const REMINDER_AFTER_MS = 3 * DAY;

export type RateRefusal = 'ORDER_NOT_COMPLETED' | 'RATING_WINDOW_CLOSED';

export function checkRate(order: { status: string; completedAt: Date | null }, now: Date): RateRefusal | null {
  if (order.status !== 'completed' || !order.completedAt) return 'ORDER_NOT_COMPLETED';
  if (now.getTime() > order.completedAt.getTime() + RATING_WINDOW_MS) return 'RATING_WINDOW_CLOSED';
  return null;
}

export type EditRefusal = 'RATING_EDIT_WINDOW_CLOSED' | 'RATING_HIDDEN';

export function checkEdit(rating: { createdAt: Date; hidden: boolean }, now: Date): EditRefusal | null {
  if (rating.hidden) return 'RATING_HIDDEN';
  if (now.getTime() > rating.createdAt.getTime() + EDIT_WINDOW_MS) return 'RATING_EDIT_WINDOW_CLOSED';
  return null;
}

type OutcomeKind = 'count' | 'level' | 'amount' | 'fen';

/** Measurable outcomes by the listing's category; `note` is allowed for every category. */
export const OUTCOME_KEYS: Record<string, Record<string, OutcomeKind>> = {
  ip: { patentsFiled: 'count', patentsGranted: 'count', trademarks: 'count' },
  digital: { maturityBefore: 'level', maturityAfter: 'level' },
  energy_carbon: { energySavedTce: 'amount', co2SavedT: 'amount' },
  finance: { financingRaisedFen: 'fen' },
  market: { newContracts: 'count', newCustomers: 'count' },
};

const MAX_AMOUNT = 1e9;
const MAX_FEN = 1e13;

/**
 * Outcome validation: only the keys of the order's category (and `note`); counts and fen are
 * non-negative integers, levels integers 1-5, amounts (tonnes) non-negative with at most 3
 * decimals; `note` a string of at most 500 characters.
 */
export function outcomeProblems(category: string, outcomes: Record<string, unknown>): FieldError[] {
  // Own keys only: `toString`, `constructor`… of Object.prototype are not outcomes.
  const allowed = Object.hasOwn(OUTCOME_KEYS, category) ? OUTCOME_KEYS[category] : {};
  const problems: FieldError[] = [];
  const add = (key: string, message: string) => problems.push({ field: `outcomes.${key}`, messages: [message] });
  for (const [key, value] of Object.entries(outcomes)) {
    if (key === 'note') {
      if (typeof value !== 'string' || value.trim().length === 0 || value.length > 500)
        add(key, 'note must be text of 1-500 characters');
      continue;
    }
    const kind = Object.hasOwn(allowed, key) ? allowed[key] : undefined;
    if (!kind) {
      add(key, `${key} is not an outcome of category ${category}`);
      continue;
    }
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (kind === 'level'
        ? Number.isInteger(value) && value >= 1 && value <= 5
        : kind === 'amount'
          ? // The 3-decimal rounding gives back the same number (value * 1000 is inexact above ~1e8).
            value >= 0 && value <= MAX_AMOUNT && Number(value.toFixed(3)) === value
          : Number.isInteger(value) && value >= 0 && value <= (kind === 'fen' ? MAX_FEN : MAX_AMOUNT));
    if (!ok) add(key, KIND_MESSAGES[kind](key));
  }
  if (Object.keys(outcomes).length > 12) problems.push({ field: 'outcomes', messages: ['too many outcomes'] });
  return problems;
}

const KIND_MESSAGES: Record<OutcomeKind, (key: string) => string> = {
  count: (k) => `${k} must be a whole number, 0 or more`,
  level: (k) => `${k} must be a level from 1 to 5`,
  amount: (k) => `${k} must be a number, 0 or more, with at most 3 decimals`,
  fen: (k) => `${k} must be a whole number of fen, 0 or more`,
};

/**
 * The public average: plain mean of visible `overall` scores, to 2 decimals, half up; 0 when unrated.
 * `sum * 100 / count` keeps halves exact (41 / 40 * 100 is 102.49999… in floating point).
 */
export const averageOf = (sum: number, count: number): number =>
  count > 0 ? Math.round((sum * 100) / count) / 100 : 0;

import { date } from '../../../format';

/** A round's resolved configuration (every default filled in by the API). */
export interface RoundConfig {
  weights: { served: number; satisfaction: number; effectiveness: number };
  priorWeight: number;
  minServed: number;
  minRatings: number;
  minOrderFen: number;
  admittedBy: string;
  noticeDays: number;
  tiers: Array<{ fromRank: number; toRank: number; amountFen: number }>;
}

export const configOf = (config: Record<string, unknown>): RoundConfig => config as unknown as RoundConfig;

/** The notice ends at the instant after its last day: show that last day ("2026/01/17"). */
export const noticeLastDay = (noticeEndsAt: string | null | undefined): string =>
  noticeEndsAt ? date(new Date(Date.parse(noticeEndsAt) - 1)) : '—';

/** A score or figure to at most 4 decimal places (62.5, 33.3333, 100). */
export const figure = (x: number | null | undefined): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : String(+x.toFixed(4));

/** Weight 0.35 -> "35%". */
export const weightPercent = (w: number): string => `${+(w * 100).toFixed(2)}%`;

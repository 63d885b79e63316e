/**
 * The configuration of an annual award round (优质服务机构评选), DOMAIN.md §7: every field optional,
 * defaults below, and the checks a round's configuration must pass before it is saved or computed.
 */

export interface AwardWeights {
  served: number;
  satisfaction: number;
  effectiveness: number;
}

/** Ranks `fromRank..toRank` (inclusive, from 1) each receive `amountFen`. */
export interface AwardTier {
  fromRank: number;
  toRank: number;
  amountFen: number;
}

export interface AwardConfig {
  weights: AwardWeights;
  /** `C`: how many votes of the field's mean every provider starts with. */
  priorWeight: number;
  minServed: number;
  minRatings: number;
  /** Orders below this agreed price do not count (applied by the caller's SQL). */
  minOrderFen: number;
  /** `MM-DD`: admitted to the pool on or before this day of the award year (Asia/Shanghai). */
  admittedBy: string;
  noticeDays: number;
  tiers: AwardTier[];
}

/** What a round's `config` may hold: any field missing (or null) takes its default. */
export interface AwardConfigInput {
  weights?: Partial<AwardWeights> | null;
  priorWeight?: number | null;
  minServed?: number | null;
  minRatings?: number | null;
  minOrderFen?: number | null;
  admittedBy?: string | null;
  noticeDays?: number | null;
  tiers?: readonly AwardTier[] | null;
}

/** No provider receives more than 500,000 CNY in a round. */
export const AWARD_CAP_FEN = 50_000_000;
/** The weights must sum to 1 within this (0.7 + 0.2 + 0.1 is 0.9999999999999999 in floating point). */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

const DEFAULTS: AwardConfig = {
  weights: { served: 0.4, satisfaction: 0.35, effectiveness: 0.25 },
  priorWeight: 5,
  minServed: 3,
  minRatings: 3,
  minOrderFen: 100_000,
  admittedBy: '06-30',
  noticeDays: 7,
  tiers: [
    { fromRank: 1, toRank: 3, amountFen: 50_000_000 },
    { fromRank: 4, toRank: 6, amountFen: 30_000_000 },
    { fromRank: 7, toRank: 10, amountFen: 10_000_000 },
  ],
};

/** A fresh copy of the defaults (the caller may change it freely). */
export function defaultConfig(): AwardConfig {
  return resolveConfig({});
}

/**
 * Fills every missing field with its default. `weights` is filled field by field, so
 * `{ weights: { served: 0.5 } }` keeps satisfaction 0.35 and effectiveness 0.25 (and then fails
 * the sum check: the bureau must say what it takes the weight from). The answer shares nothing
 * with the input or the defaults.
 */
export function resolveConfig(input?: AwardConfigInput | null): AwardConfig {
  const c = input ?? {};
  const w = c.weights ?? {};
  return {
    weights: {
      served: w.served ?? DEFAULTS.weights.served,
      satisfaction: w.satisfaction ?? DEFAULTS.weights.satisfaction,
      effectiveness: w.effectiveness ?? DEFAULTS.weights.effectiveness,
    },
    priorWeight: c.priorWeight ?? DEFAULTS.priorWeight,
    minServed: c.minServed ?? DEFAULTS.minServed,
    minRatings: c.minRatings ?? DEFAULTS.minRatings,
    minOrderFen: c.minOrderFen ?? DEFAULTS.minOrderFen,
    admittedBy: c.admittedBy ?? DEFAULTS.admittedBy,
    noticeDays: c.noticeDays ?? DEFAULTS.noticeDays,
    tiers: (c.tiers ?? DEFAULTS.tiers).map((t) => ({ fromRank: t.fromRank, toRank: t.toRank, amountFen: t.amountFen })),
  };
}

export type AwardConfigProblemCode =
  | 'AWARD_WEIGHTS_INVALID'
  | 'AWARD_TIERS_INVALID'
  | 'AWARD_ABOVE_CAP'
  | 'AWARD_BUDGET_EXCEEDED'
  | 'AWARD_ADMITTED_BY_INVALID'
  | 'AWARD_CONFIG_INVALID';

export interface AwardConfigProblem {
  code: AwardConfigProblemCode;
  message: string;
  details: Record<string, unknown>;
}

/** What is wrong with one tier, by its index in `tiers`. */
export interface TierProblem {
  index: number;
  problem: 'RANK_NOT_POSITIVE_INTEGER' | 'FROM_AFTER_TO' | 'AMOUNT_NOT_FEN' | 'OVERLAP';
  /** For OVERLAP: the index of the tier it overlaps. */
  with?: number;
}

const isFen = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isRank = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A valid `MM-DD`. `02-29` is accepted: admission is compared as dates (`YYYY-MM-DD` <=
 * `Y-02-29`), which in a year without 29 Feb means "on or before 28 Feb", as a reader expects.
 */
export function isValidMonthDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{2}-\d{2}$/.test(value)) return false;
  const month = Number(value.slice(0, 2));
  const day = Number(value.slice(3, 5));
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

/** Problems of the tiers themselves: each must be a rank range with an amount in fen, none overlapping. */
export function tierProblems(tiers: readonly AwardTier[]): TierProblem[] {
  const problems: TierProblem[] = [];
  const wellFormed: number[] = [];
  tiers.forEach((t, index) => {
    const ranksOk = isRank(t.fromRank) && isRank(t.toRank);
    if (!ranksOk) problems.push({ index, problem: 'RANK_NOT_POSITIVE_INTEGER' });
    else if (t.fromRank > t.toRank) problems.push({ index, problem: 'FROM_AFTER_TO' });
    if (!isFen(t.amountFen)) problems.push({ index, problem: 'AMOUNT_NOT_FEN' });
    if (ranksOk && t.fromRank <= t.toRank) wellFormed.push(index);
  });
  // Overlaps among the well-formed ranges: sorted by start, each must start after the last end.
  const byStart = [...wellFormed].sort((a, b) => tiers[a].fromRank - tiers[b].fromRank || a - b);
  let reach = -1; // index of the tier reaching furthest so far
  for (const index of byStart) {
    if (reach >= 0 && tiers[index].fromRank <= tiers[reach].toRank) {
      problems.push({ index: Math.max(index, reach), problem: 'OVERLAP', with: Math.min(index, reach) });
    }
    if (reach < 0 || tiers[index].toRank > tiers[reach].toRank) reach = index;
  }
  return problems.sort((a, b) => a.index - b.index || (a.problem < b.problem ? -1 : a.problem > b.problem ? 1 : 0));
}

/**
 * What every awarded rank costs together: Σ (toRank - fromRank + 1) x amountFen over the
 * well-formed tiers (exact, in bigint: a typo of a rank can make it huge).
 */
export function tiersTotalFen(tiers: readonly AwardTier[]): bigint {
  let total = 0n;
  for (const t of tiers) {
    if (isRank(t.fromRank) && isRank(t.toRank) && t.fromRank <= t.toRank && isFen(t.amountFen)) {
      total += BigInt(t.toRank - t.fromRank + 1) * BigInt(t.amountFen);
    }
  }
  return total;
}

/**
 * Everything that makes a configuration unusable for a round with this budget, as stable codes
 * with details (empty when it is fine). One entry per code, in a fixed order. `budgetFen` may be
 * `Infinity` to check everything but the budget.
 */
export function configProblems(config: AwardConfig, budgetFen: number): AwardConfigProblem[] {
  const problems: AwardConfigProblem[] = [];
  const { weights } = config;

  const values: unknown[] = [weights?.served, weights?.satisfaction, weights?.effectiveness];
  const numbers = values.every((v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0);
  // Added in this fixed order, so the same weights always give the same sum.
  const sum = numbers ? (values as number[]).reduce((a, b) => a + b, 0) : null;
  if (sum === null || !(Math.abs(sum - 1) <= WEIGHT_SUM_TOLERANCE)) {
    problems.push({
      code: 'AWARD_WEIGHTS_INVALID',
      message: 'The weights of served, satisfaction and effectiveness must each be 0 or more and sum to 1',
      details: { weights: { ...weights }, sum },
    });
  }

  const tiers = Array.isArray(config.tiers) ? config.tiers : [];
  const tiersWrong = Array.isArray(config.tiers) ? tierProblems(tiers) : [];
  if (!Array.isArray(config.tiers) || tiersWrong.length > 0) {
    problems.push({
      code: 'AWARD_TIERS_INVALID',
      message:
        'Each award tier needs whole ranks from 1 with fromRank <= toRank and an amount in whole fen, and tiers must not overlap',
      details: { problems: tiersWrong },
    });
  }

  const aboveCap = tiers
    .map((t, index) => ({ index, amountFen: t.amountFen }))
    .filter((t) => typeof t.amountFen === 'number' && t.amountFen > AWARD_CAP_FEN);
  if (aboveCap.length > 0) {
    problems.push({
      code: 'AWARD_ABOVE_CAP',
      message: `No provider may receive more than ${AWARD_CAP_FEN} fen (500,000 CNY)`,
      details: { capFen: AWARD_CAP_FEN, tiers: aboveCap },
    });
  }

  const total = tiersTotalFen(tiers);
  if (isFen(budgetFen) && total > BigInt(budgetFen)) {
    problems.push({
      code: 'AWARD_BUDGET_EXCEEDED',
      message: 'The award tiers together cost more than the round budget',
      // Number(): exact up to 2^53 fen, which every real configuration is far below.
      details: { budgetFen, totalFen: Number(total) },
    });
  }

  if (!isValidMonthDay(config.admittedBy)) {
    problems.push({
      code: 'AWARD_ADMITTED_BY_INVALID',
      message: 'admittedBy must be a day of the year written MM-DD, e.g. 06-30',
      details: { admittedBy: config.admittedBy },
    });
  }

  const fields: Array<[string, unknown, boolean]> = [
    [
      'priorWeight',
      config.priorWeight,
      typeof config.priorWeight === 'number' && Number.isFinite(config.priorWeight) && config.priorWeight >= 0,
    ],
    ['minServed', config.minServed, isCount(config.minServed)],
    ['minRatings', config.minRatings, isCount(config.minRatings)],
    ['minOrderFen', config.minOrderFen, isFen(config.minOrderFen)],
    ['noticeDays', config.noticeDays, isRank(config.noticeDays)],
  ];
  if (budgetFen !== Infinity) fields.push(['budgetFen', budgetFen, isFen(budgetFen)]);
  const wrong = fields.filter(([, , ok]) => !ok).map(([field, value]) => ({ field, value }));
  if (wrong.length > 0) {
    problems.push({
      code: 'AWARD_CONFIG_INVALID',
      message:
        'priorWeight must be a number of 0 or more, minServed and minRatings whole numbers of 0 or more, minOrderFen whole fen, noticeDays a whole number of days from 1, and the budget whole fen',
      details: { fields: wrong },
    });
  }
  return problems;
}

/** Thrown when a round is computed with a configuration `configProblems` refuses. */
export class AwardConfigRefused extends Error {
  constructor(readonly problems: AwardConfigProblem[]) {
    super(`The award configuration is not usable: ${problems.map((p) => p.code).join(', ')}`);
    this.name = 'AwardConfigRefused';
  }
}

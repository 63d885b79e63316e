import { shanghaiDate } from '@app/shared';
import {
  AwardConfigRefused,
  configProblems,
  resolveConfig,
  type AwardConfig,
  type AwardConfigInput,
  type AwardTier,
  type AwardWeights,
} from './awards.config.js';

/**
 * Annual quality-provider awards (优质服务机构评选), DOMAIN.md §7, as pure functions: the facts
 * of each provider (aggregated by SQL elsewhere) in, a ranked, explained and deterministic result out.
 *
 * Determinism: the facts are sorted by provider id and each provider's votes by their scores
 * before any arithmetic, so the same facts in any order give bit-identical figures. Satisfaction
 * `Q` and effectiveness `E` are kept to 9 decimal places, and scores are compared to 9 decimal
 * places, so that floating-point noise (about 1e-15) never decides a rank nor turns two equal
 * figures into a 0-to-100 spread; everything after `Q` and `E` is computed from the figures the
 * result shows, so anyone can recompute it from the snapshot.
 */

/** Satisfaction, effectiveness and compared scores are kept to this many decimal places. */
export const AWARD_FIGURE_DECIMALS = 9;

/** Rounds half away from zero (figures are never negative) to `AWARD_FIGURE_DECIMALS` places. */
export function awardFigure(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

// ---------------------------------------------------------------------------------------------
// Input

/**
 * One enterprise's vote for one provider in the year: the mean of its visible ratings of that
 * provider's counted orders (一企一票: several orders rated by one enterprise count once).
 */
export interface EnterpriseVote {
  enterpriseId: string;
  /** Mean `overall` score of the enterprise's ratings, 1..5. */
  overall: number;
  /** Mean `effectiveness` score, 1..5, or null when the enterprise gave none. */
  effectiveness: number | null;
}

/**
 * What the caller knows of one provider for year Y, counting only orders completed in Y at an
 * agreed price of at least `minOrderFen` between unrelated parties, and their visible ratings.
 * Give every provider with a counted vote in Y, whatever its status: `m` and `me` are the means
 * over all of them.
 */
export interface ProviderAwardFacts {
  providerId: string;
  /** First admission to the pool, or null if never admitted. */
  admittedAt: Date | null;
  /** An approved member when computed (on 31 Dec of Y when computed after Y): the caller decides. */
  approvedAtCompute: boolean;
  suspendedInYear: boolean;
  fraudRejectedClaimInYear: boolean;
  /** `S`: distinct enterprises with a counted completed order. */
  served: number;
  /** One per rating enterprise. */
  votes: readonly EnterpriseVote[];
}

/** One rating of one order, as the caller reads it, for `enterpriseVotes`. */
export interface OrderRatingScores {
  enterpriseId: string;
  overall: number;
  effectiveness: number | null;
}

/**
 * One enterprise, one vote: groups order ratings by enterprise and takes the mean of each score
 * (what the caller's SQL does with `GROUP BY enterprise_id`; here for reference and specs).
 * Sorted by enterprise id.
 */
export function enterpriseVotes(ratings: readonly OrderRatingScores[]): EnterpriseVote[] {
  const groups = new Map<string, { n: number; sum: number; ne: number; sume: number }>();
  const sorted = [...ratings].sort(
    (a, b) =>
      compareIds(a.enterpriseId, b.enterpriseId) ||
      a.overall - b.overall ||
      (a.effectiveness ?? 0) - (b.effectiveness ?? 0),
  );
  for (const r of sorted) {
    const g = groups.get(r.enterpriseId) ?? { n: 0, sum: 0, ne: 0, sume: 0 };
    g.n += 1;
    g.sum += r.overall;
    if (r.effectiveness !== null) {
      g.ne += 1;
      g.sume += r.effectiveness;
    }
    groups.set(r.enterpriseId, g);
  }
  return [...groups].map(([enterpriseId, g]) => ({
    enterpriseId,
    overall: g.sum / g.n,
    effectiveness: g.ne > 0 ? g.sume / g.ne : null,
  }));
}

/** Facts the caller got wrong (a programming error, not a user's): duplicate ids, scores out of 1..5… */
export class AwardFactsInvalid extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AwardFactsInvalid';
  }
}

// ---------------------------------------------------------------------------------------------
// Output

/** `S`, `n`, `Q`, `E` (API.md: `facts.served, ratingCount, satisfaction, effectiveness`). */
export interface AwardFacts {
  served: number;
  ratingCount: number;
  satisfaction: number;
  effectiveness: number;
}

/** The vote sums behind `Q` and `E`: `n`, `sum`, `ne`, `sume`. */
export interface AwardTally {
  ratingCount: number;
  ratingSum: number;
  effectivenessCount: number;
  effectivenessSum: number;
}

export interface AwardTriple {
  served: number;
  satisfaction: number;
  effectiveness: number;
}

export interface AwardRange {
  min: number;
  max: number;
}

/** The min and max of each figure over the eligible field (what normalisation maps to 0 and 100). */
export interface AwardRanges {
  served: AwardRange;
  satisfaction: AwardRange;
  effectiveness: AwardRange;
}

/** Which rule, after an equal score (to 9 places), put a provider before the next one. */
export type TieBreakRule = 'HIGHER_SATISFACTION' | 'MORE_SERVED' | 'EARLIER_ADMISSION' | 'PROVIDER_ID';

export interface RankedProvider {
  providerId: string;
  rank: number;
  /** 0..100, unrounded. */
  score: number;
  awardFen: number;
  facts: AwardFacts;
  normalized: AwardTriple;
  /** `normalized` x weights; they add up to `score`. */
  parts: AwardTriple;
  /** Present when the score equals the next provider's: the rule that put this one first. */
  tieBreak?: TieBreakRule;
  tally: AwardTally;
  admittedAt: string;
}

export type IneligibilityCode =
  | 'NOT_APPROVED'
  | 'NOT_ADMITTED'
  | 'ADMITTED_LATE'
  | 'SERVED_TOO_FEW'
  | 'RATINGS_TOO_FEW'
  | 'FRAUD_REJECTED_CLAIM'
  | 'SUSPENDED_IN_YEAR';

export interface IneligibilityReason {
  code: IneligibilityCode;
  /** In words a provider understands (Chinese). */
  message: string;
  details?: Record<string, number | string>;
}

export interface IneligibleProvider {
  providerId: string;
  /** Every reason, in a fixed order. */
  reasons: IneligibilityReason[];
  facts: AwardFacts;
  tally: AwardTally;
  admittedAt: string | null;
}

export interface AwardRoundResult {
  year: number;
  /** Mean `overall` over every vote counted for any provider in Y (0 when there is none). */
  m: number;
  /** Mean `effectiveness` over every such vote (0 when there is none). */
  me: number;
  /** The prior weight. */
  C: number;
  eligibleCount: number;
  /** Votes behind `m` and `me`. */
  voteCount: number;
  effectivenessVoteCount: number;
  /** Null when no provider is eligible. */
  ranges: AwardRanges | null;
  config: AwardConfig;
  ranked: RankedProvider[];
  /** By provider id. */
  ineligible: IneligibleProvider[];
}

// ---------------------------------------------------------------------------------------------
// Computation

/** Code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Tallied {
  providerId: string;
  admittedAt: Date | null;
  input: ProviderAwardFacts;
  tally: AwardTally;
}

interface Scored extends Tallied {
  facts: AwardFacts;
}

function checkedYear(year: number): number {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new AwardFactsInvalid(`year ${year} is not a calendar year`);
  return year;
}

const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 5;

function tallyOne(f: ProviderAwardFacts): Tallied {
  const where = `provider ${f.providerId}`;
  if (!Number.isSafeInteger(f.served) || f.served < 0)
    throw new AwardFactsInvalid(`${where}: served must be a whole number, 0 or more`);
  if (f.admittedAt !== null && !(f.admittedAt instanceof Date && Number.isFinite(f.admittedAt.getTime())))
    throw new AwardFactsInvalid(`${where}: admittedAt must be a date or null`);
  const seen = new Set<string>();
  for (const v of f.votes) {
    if (seen.has(v.enterpriseId))
      throw new AwardFactsInvalid(`${where}: enterprise ${v.enterpriseId} votes twice (one enterprise, one vote)`);
    seen.add(v.enterpriseId);
    if (!isScore(v.overall) || !(v.effectiveness === null || isScore(v.effectiveness)))
      throw new AwardFactsInvalid(`${where}: the vote of enterprise ${v.enterpriseId} is not a score from 1 to 5`);
  }
  // Summed in a fixed order of the scores themselves: the same votes always give the same sums.
  const votes = [...f.votes].sort(
    (a, b) =>
      a.overall - b.overall ||
      (a.effectiveness ?? 0) - (b.effectiveness ?? 0) ||
      compareIds(a.enterpriseId, b.enterpriseId),
  );
  const tally: AwardTally = { ratingCount: 0, ratingSum: 0, effectivenessCount: 0, effectivenessSum: 0 };
  for (const v of votes) {
    tally.ratingCount += 1;
    tally.ratingSum += v.overall;
    if (v.effectiveness !== null) {
      tally.effectivenessCount += 1;
      tally.effectivenessSum += v.effectiveness;
    }
  }
  return { providerId: f.providerId, admittedAt: f.admittedAt, input: f, tally };
}

/** The facts sorted by provider id and tallied, with the field means `m` and `me`. */
function tallyAll(facts: readonly ProviderAwardFacts[]) {
  const sorted = [...facts].sort((a, b) => compareIds(a.providerId, b.providerId));
  for (let i = 0; i < sorted.length; i++) {
    if (typeof sorted[i].providerId !== 'string' || sorted[i].providerId.length === 0)
      throw new AwardFactsInvalid('every provider needs a providerId');
    if (i > 0 && sorted[i].providerId === sorted[i - 1].providerId)
      throw new AwardFactsInvalid(`provider ${sorted[i].providerId} is given twice`);
  }
  const tallied = sorted.map(tallyOne);
  let n = 0;
  let sum = 0;
  let ne = 0;
  let sume = 0;
  for (const t of tallied) {
    n += t.tally.ratingCount;
    sum += t.tally.ratingSum;
    ne += t.tally.effectivenessCount;
    sume += t.tally.effectivenessSum;
  }
  // No vote at all: every provider's Q is then m whatever m is, so the choice changes no score or rank.
  const m = n > 0 ? sum / n : 0;
  const me = ne > 0 ? sume / ne : 0;
  return { tallied, m, me, voteCount: n, effectivenessVoteCount: ne };
}

/**
 * The Bayesian mean `(C*prior + sum) / (C + count)` to 9 places: few votes are pulled towards the
 * field's mean. With `C = 0` and no vote it is the prior (nothing is known either way).
 */
export function shrunkMean(C: number, prior: number, sum: number, count: number): number {
  if (C + count === 0) return awardFigure(prior);
  return awardFigure((C * prior + sum) / (C + count));
}

function score(t: Tallied, C: number, m: number, me: number): Scored {
  return {
    ...t,
    facts: {
      served: t.input.served,
      ratingCount: t.tally.ratingCount,
      satisfaction: shrunkMean(C, m, t.tally.ratingSum, t.tally.ratingCount),
      effectiveness: shrunkMean(C, me, t.tally.effectivenessSum, t.tally.effectivenessCount),
    },
  };
}

/** The last day of admission for year Y, `Y-MM-DD`. */
export function admissionDeadline(year: number, admittedBy: string): string {
  return `${year}-${admittedBy}`;
}

/** Admitted on or before `admittedBy` of Y, by the calendar day in Asia/Shanghai. */
export function admittedInTime(admittedAt: Date, year: number, admittedBy: string): boolean {
  return shanghaiDate(admittedAt) <= admissionDeadline(year, admittedBy);
}

/** Every reason a provider cannot take part in the round, in a fixed order; empty when eligible. */
export function ineligibilityReasons(
  facts: ProviderAwardFacts,
  ratingCount: number,
  config: AwardConfig,
  year: number,
): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  const deadline = admissionDeadline(year, config.admittedBy);
  if (!facts.approvedAtCompute)
    reasons.push({
      code: 'NOT_APPROVED',
      message: `不是资源池在册机构（以评选计算时为准；${year} 年结束后计算的，以 ${year}-12-31 为准）`,
    });
  if (facts.admittedAt === null)
    reasons.push({
      code: 'NOT_ADMITTED',
      message: `没有获准入池的记录（须不晚于 ${deadline} 入池）`,
      details: { admittedBy: deadline },
    });
  else if (!admittedInTime(facts.admittedAt, year, config.admittedBy)) {
    const admitted = shanghaiDate(facts.admittedAt);
    reasons.push({
      code: 'ADMITTED_LATE',
      message: `入池日期 ${admitted}，晚于 ${deadline}`,
      details: { admittedOn: admitted, admittedBy: deadline },
    });
  }
  if (facts.served < config.minServed)
    reasons.push({
      code: 'SERVED_TOO_FEW',
      message: `服务企业 ${facts.served} 家，少于 ${config.minServed} 家`,
      details: { served: facts.served, minServed: config.minServed },
    });
  if (ratingCount < config.minRatings)
    reasons.push({
      code: 'RATINGS_TOO_FEW',
      message: `评价企业 ${ratingCount} 家，少于 ${config.minRatings} 家（同一企业多次评价只计 1 家）`,
      details: { ratingCount, minRatings: config.minRatings },
    });
  if (facts.fraudRejectedClaimInYear)
    reasons.push({ code: 'FRAUD_REJECTED_CLAIM', message: `${year} 年有兑付申请因材料造假被驳回` });
  if (facts.suspendedInYear) reasons.push({ code: 'SUSPENDED_IN_YEAR', message: `${year} 年内曾被暂停资格` });
  return reasons;
}

/** `100*(x-min)/(max-min)`, and 100 for all when `max = min`. */
export function normalise(x: number, range: AwardRange): number {
  return range.max === range.min ? 100 : (100 * (x - range.min)) / (range.max - range.min);
}

function rangeOf(values: number[]): AwardRange {
  let min = values[0];
  let max = values[0];
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/** The award for a rank: the amount of the tier holding it, or 0 (gaps between tiers are allowed). */
export function awardForRank(rank: number, tiers: readonly AwardTier[]): number {
  const tier = tiers.find((t) => t.fromRank <= rank && rank <= t.toRank);
  return tier ? tier.amountFen : 0;
}

const admittedTime = (d: Date | null) => (d === null ? Number.POSITIVE_INFINITY : d.getTime());

interface RankKey {
  providerId: string;
  score: number;
  facts: AwardFacts;
  admittedAt: Date | null;
}

/**
 * Rank order: score descending (to 9 places), then higher Q, then higher S, then earlier admission,
 * then provider id ascending: a total order, so no two providers ever share a rank.
 */
export function compareForRank(a: RankKey, b: RankKey): number {
  return (
    awardFigure(b.score) - awardFigure(a.score) ||
    b.facts.satisfaction - a.facts.satisfaction ||
    b.facts.served - a.facts.served ||
    admittedTime(a.admittedAt) - admittedTime(b.admittedAt) ||
    compareIds(a.providerId, b.providerId)
  );
}

/** Which rule put `a` before `b`, when their scores are equal to 9 places. */
export function tieBreakBetween(a: RankKey, b: RankKey): TieBreakRule | undefined {
  if (awardFigure(a.score) !== awardFigure(b.score)) return undefined;
  if (a.facts.satisfaction !== b.facts.satisfaction) return 'HIGHER_SATISFACTION';
  if (a.facts.served !== b.facts.served) return 'MORE_SERVED';
  if (admittedTime(a.admittedAt) !== admittedTime(b.admittedAt)) return 'EARLIER_ADMISSION';
  return 'PROVIDER_ID';
}

/** Normalises, weighs and ranks a field (already in provider id order). */
function rankField(field: Scored[], config: AwardConfig): { ranked: RankedProvider[]; ranges: AwardRanges | null } {
  if (field.length === 0) return { ranked: [], ranges: null };
  const ranges: AwardRanges = {
    served: rangeOf(field.map((p) => p.facts.served)),
    satisfaction: rangeOf(field.map((p) => p.facts.satisfaction)),
    effectiveness: rangeOf(field.map((p) => p.facts.effectiveness)),
  };
  const w: AwardWeights = config.weights;
  const scored = field.map((p) => {
    const normalized: AwardTriple = {
      served: normalise(p.facts.served, ranges.served),
      satisfaction: normalise(p.facts.satisfaction, ranges.satisfaction),
      effectiveness: normalise(p.facts.effectiveness, ranges.effectiveness),
    };
    const parts: AwardTriple = {
      served: w.served * normalized.served,
      satisfaction: w.satisfaction * normalized.satisfaction,
      effectiveness: w.effectiveness * normalized.effectiveness,
    };
    return { p, normalized, parts, score: parts.served + parts.satisfaction + parts.effectiveness };
  });
  const key = (s: (typeof scored)[number]): RankKey => ({
    providerId: s.p.providerId,
    score: s.score,
    facts: s.p.facts,
    admittedAt: s.p.admittedAt,
  });
  scored.sort((a, b) => compareForRank(key(a), key(b)));
  const ranked = scored.map((s, i): RankedProvider => {
    const rank = i + 1;
    const item: RankedProvider = {
      providerId: s.p.providerId,
      rank,
      score: s.score,
      awardFen: awardForRank(rank, config.tiers),
      facts: s.p.facts,
      normalized: s.normalized,
      parts: s.parts,
      tally: s.p.tally,
      // An eligible provider always has an admission date; a standing "as if eligible" may not.
      admittedAt: s.p.admittedAt === null ? '' : s.p.admittedAt.toISOString(),
    };
    const next = scored[i + 1];
    const tie = next ? tieBreakBetween(key(s), key(next)) : undefined;
    if (tie) item.tieBreak = tie;
    return item;
  });
  return { ranked, ranges };
}

function usableConfig(input: AwardConfigInput | undefined | null): AwardConfig {
  const config = resolveConfig(input);
  const problems = configProblems(config, Infinity);
  if (problems.length > 0) throw new AwardConfigRefused(problems);
  return config;
}

/**
 * Computes a round for year Y: facts tallied, eligibility with every reason, scores normalised
 * over the eligible providers, ranks and awards. Same facts, in any order: same result, bit for bit.
 * Throws `AwardConfigRefused` for a configuration `configProblems` refuses (the budget is the
 * caller's to check) and `AwardFactsInvalid` for malformed facts.
 */
export function computeRound(
  facts: readonly ProviderAwardFacts[],
  config: AwardConfigInput | undefined | null,
  year: number,
): AwardRoundResult {
  const cfg = usableConfig(config);
  checkedYear(year);
  const { tallied, m, me, voteCount, effectivenessVoteCount } = tallyAll(facts);
  const C = cfg.priorWeight;
  const eligible: Scored[] = [];
  const ineligible: IneligibleProvider[] = [];
  for (const t of tallied) {
    const s = score(t, C, m, me);
    const reasons = ineligibilityReasons(t.input, t.tally.ratingCount, cfg, year);
    if (reasons.length === 0) eligible.push(s);
    else
      ineligible.push({
        providerId: s.providerId,
        reasons,
        facts: s.facts,
        tally: s.tally,
        admittedAt: s.admittedAt === null ? null : s.admittedAt.toISOString(),
      });
  }
  const { ranked, ranges } = rankField(eligible, cfg);
  return {
    year,
    m,
    me,
    C,
    eligibleCount: eligible.length,
    voteCount,
    effectivenessVoteCount,
    ranges,
    config: cfg,
    ranked,
    ineligible,
  };
}

// ---------------------------------------------------------------------------------------------
// Explanations (Chinese, for the provider)

/** Up to 4 decimal places, trailing zeros dropped: 62.5, 33.3333, 100. */
export function formatFigure(x: number): string {
  const fixed = (Math.round(x * 1e4) / 1e4).toFixed(4);
  return fixed.replace(/\.?0+$/, '');
}

/** Fen as yuan with thousands separators: 50000000 -> "500,000 元", 12345 -> "123.45 元". */
export function formatYuan(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`} 元`;
}

const percent = (w: number) => `${formatFigure(w * 100)}%`;

/** Why a tied provider is placed first (`won`) or after (`lost`), in a provider's words. */
const TIE_WORDS: Record<TieBreakRule, { won: string; lost: string }> = {
  HIGHER_SATISFACTION: { won: '因满意度更高排在其前', lost: '因对方满意度更高排在其后' },
  MORE_SERVED: {
    won: '满意度也相同，因服务企业更多排在其前',
    lost: '满意度也相同，因对方服务企业更多排在其后',
  },
  EARLIER_ADMISSION: {
    won: '满意度和服务企业数也相同，因入池更早排在其前',
    lost: '满意度和服务企业数也相同，因对方入池更早排在其后',
  },
  PROVIDER_ID: {
    won: '满意度、服务企业数和入池时间也都相同，按机构编号顺序排在其前',
    lost: '满意度、服务企业数和入池时间也都相同，按机构编号顺序排在其后',
  },
};

function tierWords(tiers: readonly AwardTier[]): string {
  const paid = tiers.filter((t) => t.amountFen > 0).sort((a, b) => a.fromRank - b.fromRank);
  if (paid.length === 0) return '本轮没有设奖励名次';
  return paid
    .map(
      (t) => `第 ${t.fromRank === t.toRank ? t.fromRank : `${t.fromRank}-${t.toRank}`} 名各 ${formatYuan(t.amountFen)}`,
    )
    .join('；');
}

function countingRule(config: AwardConfig, year: number): string {
  return `服务企业和评价按 ${year} 年完成、成交价不低于 ${formatYuan(config.minOrderFen)}且双方无关联关系的订单计算，同一企业多次评价只计 1 票（取平均分），被隐藏的评价不计。`;
}

function figureSentences(
  facts: AwardFacts,
  tally: AwardTally,
  normalized: AwardTriple,
  parts: AwardTriple,
  ranges: AwardRanges,
  round: { m: number; me: number; C: number },
  w: AwardWeights,
): string[] {
  const rangeWords = (r: AwardRange, unit: string) =>
    r.max === r.min
      ? `符合条件的机构此项相同，均计 100 分`
      : `最低 ${formatFigure(r.min)} ${unit}计 0 分，最高 ${formatFigure(r.max)} ${unit}计 100 分`;
  const { C, m, me } = round;
  return [
    `服务企业：${facts.served} 家；标准化得分 ${formatFigure(normalized.served)}（${rangeWords(ranges.served, '家')}），权重 ${percent(w.served)}，计 ${formatFigure(parts.served)} 分。`,
    `满意度：${formatFigure(facts.satisfaction)}（${tally.ratingCount} 家企业评价，总分 ${formatFigure(tally.ratingSum)}；以全体平均 ${formatFigure(m)} 按 ${formatFigure(C)} 票先验加权：(${formatFigure(C)}×${formatFigure(m)} + ${formatFigure(tally.ratingSum)}) ÷ (${formatFigure(C)} + ${tally.ratingCount})）；标准化得分 ${formatFigure(normalized.satisfaction)}（${rangeWords(ranges.satisfaction, '')}），权重 ${percent(w.satisfaction)}，计 ${formatFigure(parts.satisfaction)} 分。`,
    `成效：${formatFigure(facts.effectiveness)}（${tally.effectivenessCount} 家企业评价，总分 ${formatFigure(tally.effectivenessSum)}；以全体平均 ${formatFigure(me)} 按 ${formatFigure(C)} 票先验加权：(${formatFigure(C)}×${formatFigure(me)} + ${formatFigure(tally.effectivenessSum)}) ÷ (${formatFigure(C)} + ${tally.effectivenessCount})）；标准化得分 ${formatFigure(normalized.effectiveness)}（${rangeWords(ranges.effectiveness, '')}），权重 ${percent(w.effectiveness)}，计 ${formatFigure(parts.effectiveness)} 分。`,
  ];
}

export interface TieBreakNote {
  /** The rank of the provider it was tied with. */
  withRank: number;
  rule: TieBreakRule;
  /** True when the rule put this provider first. */
  won: boolean;
}

export interface RankedExplanation {
  kind: 'ranked';
  providerId: string;
  year: number;
  rank: number;
  eligibleCount: number;
  score: number;
  awardFen: number;
  facts: AwardFacts;
  tally: AwardTally;
  normalized: AwardTriple;
  parts: AwardTriple;
  weights: AwardWeights;
  round: { m: number; me: number; C: number };
  ranges: AwardRanges;
  ties: TieBreakNote[];
  sentences: string[];
}

export interface IneligibleExplanation {
  kind: 'ineligible';
  providerId: string;
  year: number;
  facts: AwardFacts;
  tally: AwardTally;
  reasons: IneligibilityReason[];
  sentences: string[];
}

export type AwardExplanation = RankedExplanation | IneligibleExplanation;

/** A provider's result in words and figures; null when it is not in the round at all. */
export function explain(providerId: string, result: AwardRoundResult): AwardExplanation | null {
  const { year, config } = result;
  const round = { m: result.m, me: result.me, C: result.C };
  const index = result.ranked.findIndex((r) => r.providerId === providerId);
  if (index >= 0) {
    const item = result.ranked[index];
    const ranges = result.ranges as AwardRanges;
    const ties: TieBreakNote[] = [];
    const before = result.ranked[index - 1];
    if (before?.tieBreak) ties.push({ withRank: before.rank, rule: before.tieBreak, won: false });
    if (item.tieBreak) ties.push({ withRank: item.rank + 1, rule: item.tieBreak, won: true });
    const sentences = [
      `${year} 年度优质服务机构评选：您在 ${result.eligibleCount} 家符合条件的服务机构中排名第 ${item.rank} 名，综合得分 ${formatFigure(item.score)} 分（满分 100）。`,
      ...figureSentences(item.facts, item.tally, item.normalized, item.parts, ranges, round, config.weights),
      ...ties.map((t) => `与第 ${t.withRank} 名综合得分相同，${TIE_WORDS[t.rule][t.won ? 'won' : 'lost']}。`),
      item.awardFen > 0
        ? `获奖励 ${formatYuan(item.awardFen)}（奖励名次：${tierWords(config.tiers)}）。`
        : `第 ${item.rank} 名不在奖励名次内，本轮无奖励（奖励名次：${tierWords(config.tiers)}）。`,
      countingRule(config, year),
    ];
    return {
      kind: 'ranked',
      providerId,
      year,
      rank: item.rank,
      eligibleCount: result.eligibleCount,
      score: item.score,
      awardFen: item.awardFen,
      facts: item.facts,
      tally: item.tally,
      normalized: item.normalized,
      parts: item.parts,
      weights: config.weights,
      round,
      ranges,
      ties,
      sentences,
    };
  }
  const out = result.ineligible.find((r) => r.providerId === providerId);
  if (!out) return null;
  return {
    kind: 'ineligible',
    providerId,
    year,
    facts: out.facts,
    tally: out.tally,
    reasons: out.reasons,
    sentences: [
      `${year} 年度优质服务机构评选：您不符合参评条件，原因如下：`,
      ...out.reasons.map((r, i) => `${i + 1}. ${r.message}。`),
      `您的数据（仅供参考）：服务企业 ${out.facts.served} 家，评价企业 ${out.facts.ratingCount} 家，满意度 ${formatFigure(out.facts.satisfaction)}，成效 ${formatFigure(out.facts.effectiveness)}。`,
      countingRule(config, year),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Where I stand, during the year

export interface StandingGap {
  code: IneligibilityCode;
  message: string;
  /** Whether the provider can still meet this condition this year. */
  fixable: boolean;
  have?: number;
  need?: number;
  missing?: number;
}

export interface StandingPosition {
  /** True when the provider is not (yet) eligible and is placed among the field as if it were. */
  asIfEligible: boolean;
  rank: number;
  /** Providers in the field this position is among (the eligible ones, plus this one if it is not). */
  fieldSize: number;
  score: number;
  normalized: AwardTriple;
  parts: AwardTriple;
  /** What the rank would be paid if the year ended today (never while not eligible). */
  awardFen: number;
  /** The nearest better rank that is paid, its current score and the points missing (0 on a lost tie). */
  nextAward: { rank: number; score: number; gap: number } | null;
}

export interface AwardStanding {
  providerId: string;
  year: number;
  eligible: boolean;
  reasons: IneligibilityReason[];
  gaps: StandingGap[];
  facts: AwardFacts;
  tally: AwardTally;
  round: { m: number; me: number; C: number; eligibleCount: number };
  ranges: AwardRanges;
  position: StandingPosition;
  sentences: string[];
}

function gapOf(reason: IneligibilityReason, year: number, config: AwardConfig): StandingGap {
  const deadline = admissionDeadline(year, config.admittedBy);
  switch (reason.code) {
    case 'SERVED_TOO_FEW': {
      const have = Number(reason.details?.served);
      const need = config.minServed;
      return {
        code: reason.code,
        message: `服务企业 ${have} 家，还差 ${need - have} 家达到 ${need} 家`,
        fixable: true,
        have,
        need,
        missing: need - have,
      };
    }
    case 'RATINGS_TOO_FEW': {
      const have = Number(reason.details?.ratingCount);
      const need = config.minRatings;
      return {
        code: reason.code,
        message: `评价企业 ${have} 家，还差 ${need - have} 家达到 ${need} 家（同一企业多次评价只计 1 家）`,
        fixable: true,
        have,
        need,
        missing: need - have,
      };
    }
    case 'NOT_APPROVED':
      return { code: reason.code, message: `目前不是资源池在册机构（评选时须在册）`, fixable: true };
    case 'NOT_ADMITTED':
      return {
        code: reason.code,
        message: `尚未获准入池；须不晚于 ${deadline} 获准入池才能参加本年度评选`,
        fixable: true,
      };
    case 'ADMITTED_LATE':
      return { code: reason.code, message: `${reason.message}，不能参加 ${year} 年度评选`, fixable: false };
    case 'FRAUD_REJECTED_CLAIM':
    case 'SUSPENDED_IN_YEAR':
      return { code: reason.code, message: `${reason.message}，不能参加 ${year} 年度评选`, fixable: false };
  }
}

/**
 * "Where I stand" during year Y (API: GET /providers/me/standing): the provider's facts so far,
 * its score parts against the current eligible field, its provisional rank and award, and what
 * it still lacks. A provider not yet eligible is placed among the field as if it were
 * (`position.asIfEligible`), so it sees what meeting the conditions would bring. `facts` are the
 * live facts of every provider (as for `computeRound`) and must include this one.
 */
export function standing(
  facts: readonly ProviderAwardFacts[],
  providerId: string,
  config: AwardConfigInput | undefined | null,
  year: number,
): AwardStanding {
  const cfg = usableConfig(config);
  checkedYear(year);
  const { tallied, m, me } = tallyAll(facts);
  const C = cfg.priorWeight;
  const own = tallied.find((t) => t.providerId === providerId);
  if (!own) throw new AwardFactsInvalid(`provider ${providerId} is not among the facts`);
  let eligibleCount = 0;
  let ownReasons: IneligibilityReason[] = [];
  const field: Scored[] = [];
  for (const t of tallied) {
    const reasons = ineligibilityReasons(t.input, t.tally.ratingCount, cfg, year);
    if (reasons.length === 0) eligibleCount += 1;
    if (t === own) ownReasons = reasons;
    if (reasons.length === 0 || t === own) field.push(score(t, C, m, me));
  }
  const eligible = ownReasons.length === 0;
  const { ranked, ranges } = rankField(field, cfg);
  const index = ranked.findIndex((r) => r.providerId === providerId);
  const item = ranked[index];
  let nextAward: StandingPosition['nextAward'] = null;
  for (let i = index - 1; i >= 0; i--) {
    if (ranked[i].awardFen > 0) {
      nextAward = { rank: ranked[i].rank, score: ranked[i].score, gap: Math.max(0, ranked[i].score - item.score) };
      break;
    }
  }
  const position: StandingPosition = {
    asIfEligible: !eligible,
    rank: item.rank,
    fieldSize: ranked.length,
    score: item.score,
    normalized: item.normalized,
    parts: item.parts,
    awardFen: eligible ? item.awardFen : 0,
    nextAward: item.awardFen > 0 ? null : nextAward,
  };
  const gaps = ownReasons.map((r) => gapOf(r, year, cfg));
  const round = { m, me, C, eligibleCount };
  const sentences: string[] = [];
  if (eligible) {
    sentences.push(
      `按目前数据，您在 ${ranked.length} 家符合条件的服务机构中暂列第 ${item.rank} 名，得分 ${formatFigure(item.score)} 分${item.awardFen > 0 ? `，若年度结束时仍如此可获奖励 ${formatYuan(item.awardFen)}` : ''}。`,
    );
  } else {
    sentences.push(`按目前数据，您尚不符合 ${year} 年度评选条件：`);
    sentences.push(...gaps.map((g, i) => `${i + 1}. ${g.message}。`));
    sentences.push(
      `假如符合条件，您在 ${ranked.length} 家机构中将暂列第 ${item.rank} 名，得分 ${formatFigure(item.score)} 分${item.awardFen > 0 ? `，该名次奖励 ${formatYuan(item.awardFen)}` : ''}。`,
    );
  }
  sentences.push(
    ...figureSentences(item.facts, item.tally, item.normalized, item.parts, ranges as AwardRanges, round, cfg.weights),
  );
  if (position.nextAward) {
    const { rank, score: target, gap } = position.nextAward;
    sentences.push(
      gap > 0
        ? `离最近的奖励名次第 ${rank} 名（目前 ${formatFigure(target)} 分）还差 ${formatFigure(gap)} 分。`
        : `与最近的奖励名次第 ${rank} 名得分相同，按并列规则排在其后。`,
    );
  }
  sentences.push(`以上为 ${year} 年截至目前的临时结果，年度结果以评选计算为准。`);
  sentences.push(countingRule(cfg, year));
  return {
    providerId,
    year,
    eligible,
    reasons: ownReasons,
    gaps,
    facts: item.facts,
    tally: item.tally,
    round,
    ranges: ranges as AwardRanges,
    position,
    sentences,
  };
}

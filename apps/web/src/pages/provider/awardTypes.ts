/**
 * The shapes of GET /providers/me/standing and GET /award-rounds/:id/results/:providerId, which the
 * OpenAPI document leaves open (`additionalProperties`): as libs/awards/src/awards.rules.ts builds them.
 */

export interface AwardTriple {
  served: number;
  satisfaction: number;
  effectiveness: number;
}

export interface AwardFacts {
  served: number;
  ratingCount: number;
  satisfaction: number;
  effectiveness: number;
}

export interface AwardTally {
  ratingCount: number;
  ratingSum: number;
  effectivenessCount: number;
  effectivenessSum: number;
}

export interface StandingGap {
  code: string;
  message: string;
  fixable: boolean;
  have?: number;
  need?: number;
  missing?: number;
}

export interface AwardStanding {
  providerId: string;
  year: number;
  eligible: boolean;
  gaps: StandingGap[];
  facts: AwardFacts;
  tally: AwardTally;
  round: { m: number; me: number; C: number; eligibleCount: number };
  position: {
    asIfEligible: boolean;
    rank: number;
    fieldSize: number;
    score: number;
    normalized: AwardTriple;
    parts: AwardTriple;
    awardFen: number;
    nextAward: { rank: number; score: number; gap: number } | null;
  };
  sentences: string[];
  asOf: string;
  config: {
    weights: AwardTriple;
    minServed: number;
    minRatings: number;
    minOrderFen: number;
    admittedBy: string;
  };
  roundStatus: string | null;
}

export interface AwardExplanation {
  kind: 'ranked' | 'ineligible';
  providerId: string;
  year: number;
  rank?: number;
  eligibleCount?: number;
  score?: number;
  awardFen?: number;
  facts: AwardFacts;
  sentences: string[];
}

/** 12.3456 -> "12.35" (figures as the API words them, to 2 places). */
export const figure = (n: number | null | undefined): string =>
  typeof n === 'number' && Number.isFinite(n) ? String(Math.round(n * 100) / 100) : '—';

export const percent = (w: number): string => `${Math.round(w * 100)}%`;

import { ApiProperty } from '@nestjs/swagger';
import { PageViewOf } from '@app/shared';
import type { AwardJobStatus, AwardRound, AwardRoundStatus } from './award-round.entity.js';
import { AWARD_JOB_STATUSES, AWARD_ROUND_STATUSES } from './award-round.entity.js';
import type { AwardConfig } from './awards.config.js';
import type {
  AwardFacts,
  AwardRoundResult,
  AwardTally,
  AwardTriple,
  IneligibilityCode,
  IneligibilityReason,
  TieBreakRule,
} from './awards.rules.js';

const OBJECT = { type: 'object', additionalProperties: true } as const;

/** A round in a list: everything but its (large) result. */
export class AwardRoundSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty({ description: 'Integer fen' }) budgetFen: number;
  @ApiProperty({ ...OBJECT, description: 'The resolved configuration (every default filled in)' })
  config: AwardConfig;
  @ApiProperty({ enum: AWARD_ROUND_STATUSES }) status: AwardRoundStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) computedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Put on public notice' })
  publishedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Objections taken until then' })
  noticeEndsAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finalizedAt: Date | null;
  @ApiProperty({ enum: AWARD_JOB_STATUSES, nullable: true, description: 'The compute job; null: never queued' })
  jobStatus: AwardJobStatus | null;
  @ApiProperty({ type: Number, nullable: true, description: '0..100 while the compute job runs' })
  jobPercent: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last compute job failed' })
  jobError: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) jobUpdatedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class AwardRoundPage extends PageViewOf(AwardRoundSummaryView) {}

/** A round with its stored result (as `computeRound` answered it; null until computed). */
export class AwardRoundView extends AwardRoundSummaryView {
  @ApiProperty({ type: String, nullable: true, description: 'sha256 of the inputs' }) inputHash: string | null;
  @ApiProperty({ ...OBJECT, nullable: true }) result: AwardRoundResult | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
}

export class AwardFactsView implements AwardFacts {
  @ApiProperty({ description: '`S`: distinct enterprises served' }) served: number;
  @ApiProperty({ description: '`n`: rating enterprises (one vote each)' }) ratingCount: number;
  @ApiProperty({ description: '`Q`' }) satisfaction: number;
  @ApiProperty({ description: '`E`' }) effectiveness: number;
}

export class AwardTripleView implements AwardTriple {
  @ApiProperty() served: number;
  @ApiProperty() satisfaction: number;
  @ApiProperty() effectiveness: number;
}

export class RankedAwardView {
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty({ type: String, nullable: true }) providerName: string | null;
  @ApiProperty() rank: number;
  @ApiProperty({ description: '0..100, unrounded' }) score: number;
  @ApiProperty({ description: 'Integer fen' }) awardFen: number;
  @ApiProperty({ type: AwardFactsView }) facts: AwardFacts;
  @ApiProperty({ type: AwardTripleView, description: 'Min-max normalised to 0..100' }) normalized: AwardTriple;
  @ApiProperty({ type: AwardTripleView, description: 'normalized x weights; they add up to score' })
  parts: AwardTriple;
  @ApiProperty({ ...OBJECT, description: 'Vote counts and sums behind satisfaction and effectiveness' })
  tally: AwardTally;
  @ApiProperty({
    required: false,
    enum: ['HIGHER_SATISFACTION', 'MORE_SERVED', 'EARLIER_ADMISSION', 'PROVIDER_ID'],
    description: 'When the score equals the next one’s: the rule that put this provider first',
  })
  tieBreak?: TieBreakRule;
  @ApiProperty({ description: 'Admitted to the pool (ISO instant)' }) admittedAt: string;
}

export class IneligibleAwardView {
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty({ type: String, nullable: true }) providerName: string | null;
  @ApiProperty({ type: [String], description: 'Every reason, in words (Chinese)' }) reasons: string[];
  @ApiProperty({ type: [String], description: 'The same reasons as stable codes, in the same order' })
  reasonCodes: IneligibilityCode[];
  @ApiProperty({ type: 'array', items: OBJECT, description: '`{ code, message, details? }` per reason' })
  reasonDetails: IneligibilityReason[];
  @ApiProperty({ type: AwardFactsView }) facts: AwardFacts;
  @ApiProperty(OBJECT) tally: AwardTally;
  @ApiProperty({ type: String, nullable: true }) admittedAt: string | null;
}

/** API.md "award results": ranked and ineligible, with the round figures they were computed with. */
export class AwardResultsView {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: AWARD_ROUND_STATUSES }) status: AwardRoundStatus;
  @ApiProperty() budgetFen: number;
  @ApiProperty({ description: 'Sum of the awards, integer fen' }) awardedFen: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) computedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) inputHash: string | null;
  @ApiProperty() eligibleCount: number;
  @ApiProperty({ description: '`m`: mean overall over every counted vote' }) m: number;
  @ApiProperty({ description: '`me`: mean effectiveness over every counted vote' }) me: number;
  @ApiProperty({ description: '`C`: the prior weight' }) C: number;
  @ApiProperty({ ...OBJECT, description: 'The configuration the round was computed with' }) config: AwardConfig;
  @ApiProperty({ type: [RankedAwardView] }) ranked: RankedAwardView[];
  @ApiProperty({ type: [IneligibleAwardView] }) ineligible: IneligibleAwardView[];
}

export const roundSummaryView = (r: AwardRound): AwardRoundSummaryView => ({
  id: r.id,
  year: r.year,
  budgetFen: r.budgetFen,
  config: r.config,
  status: r.status,
  computedAt: r.computedAt,
  publishedAt: r.publishedAt,
  noticeEndsAt: r.noticeEndsAt,
  finalizedAt: r.finalizedAt,
  jobStatus: r.jobStatus,
  jobPercent: r.jobPercent,
  jobError: r.jobError,
  jobUpdatedAt: r.jobUpdatedAt,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const roundView = (r: AwardRound): AwardRoundView => ({
  ...roundSummaryView(r),
  inputHash: r.inputHash,
  result: r.result,
  createdBy: r.createdBy,
});

/** The stored result of a computed round as API.md shapes it; `names` by provider id. */
export function resultsView(
  round: AwardRound,
  result: AwardRoundResult,
  names: ReadonlyMap<string, string>,
): AwardResultsView {
  return {
    roundId: round.id,
    year: round.year,
    status: round.status,
    budgetFen: round.budgetFen,
    awardedFen: result.ranked.reduce((sum, r) => sum + r.awardFen, 0),
    computedAt: round.computedAt,
    inputHash: round.inputHash,
    eligibleCount: result.eligibleCount,
    m: result.m,
    me: result.me,
    C: result.C,
    config: result.config,
    ranked: result.ranked.map((r) => ({
      providerId: r.providerId,
      providerName: names.get(r.providerId) ?? null,
      rank: r.rank,
      score: r.score,
      awardFen: r.awardFen,
      facts: r.facts,
      normalized: r.normalized,
      parts: r.parts,
      tally: r.tally,
      ...(r.tieBreak ? { tieBreak: r.tieBreak } : {}),
      admittedAt: r.admittedAt,
    })),
    ineligible: result.ineligible.map((r) => ({
      providerId: r.providerId,
      providerName: names.get(r.providerId) ?? null,
      reasons: r.reasons.map((reason) => reason.message),
      reasonCodes: r.reasons.map((reason) => reason.code),
      reasonDetails: r.reasons,
      facts: r.facts,
      tally: r.tally,
      admittedAt: r.admittedAt,
    })),
  };
}

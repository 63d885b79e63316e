import { ApiProperty } from '@nestjs/swagger';
import type { AwardObjection } from './award-objection.entity.js';
import { AWARD_ROUND_STATUSES, type AwardRoundStatus } from './award-round.entity.js';
import type { ObjectionStatus } from './award-notice.rules.js';
import type { AwardFacts } from './awards.rules.js';
import { AwardFactsView } from './awards.views.js';

export class AwardObjectionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['open', 'upheld', 'dismissed'] }) status: ObjectionStatus;
  @ApiProperty({ type: String, nullable: true, description: 'The admin’s reason for the outcome' })
  answer: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export const objectionView = (o: AwardObjection): AwardObjectionView => ({
  id: o.id,
  roundId: o.roundId,
  providerId: o.providerId,
  reason: o.reason,
  status: o.status,
  answer: o.answer,
  answeredAt: o.answeredAt,
  createdAt: o.createdAt,
});

export class PublicAwardEntryView {
  @ApiProperty() rank: number;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty({ type: String, nullable: true }) providerName: string | null;
  @ApiProperty({ description: '0..100' }) score: number;
  @ApiProperty({ description: 'Integer fen' }) awardFen: number;
  @ApiProperty({ type: AwardFactsView }) facts: AwardFacts;
}

/** GET /awards/:year: the published (on notice) or final list, for anyone. Ineligible providers are not named. */
export class PublicAwardsView {
  @ApiProperty({ format: 'uuid', description: 'The round (a provider reads its explanation and objects with it)' })
  roundId: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: AWARD_ROUND_STATUSES.filter((s) => s === 'published' || s === 'final') })
  status: AwardRoundStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: Date | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Objections are taken until this instant',
  })
  noticeEndsAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finalizedAt: Date | null;
  @ApiProperty({ description: 'Integer fen' }) budgetFen: number;
  @ApiProperty({ description: 'Sum of the awards, integer fen' }) awardedFen: number;
  @ApiProperty({ description: 'Eligible providers ranked' }) eligibleCount: number;
  @ApiProperty({ description: 'Providers that took part but did not meet the conditions' }) ineligibleCount: number;
  @ApiProperty({ type: [PublicAwardEntryView], description: 'Every eligible provider, by rank' })
  ranked: PublicAwardEntryView[];
}

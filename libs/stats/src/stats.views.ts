import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { PROVIDER_STATUSES } from '@app/providers';
import { LISTING_STATUSES } from '@app/listings';
import { EventStatisticsView } from '@app/matchmaking';
import { ORDER_STATUSES } from '@app/orders';

const countsOf = (statuses: readonly string[]): ApiPropertyOptions => ({
  type: 'object',
  description: `Every status, zero when none: ${statuses.join(', ')}`,
  additionalProperties: { type: 'integer' },
  example: Object.fromEntries(statuses.map((s) => [s, 0])),
});

export class PoolCategoryCount {
  @ApiProperty({ example: 'ip' }) category: string;
  @ApiProperty({ example: '知识产权' }) name: string;
  @ApiProperty({ description: 'Approved providers serving the category (a provider counts in each of its categories)' })
  approved: number;
}

export class PoolStats {
  @ApiProperty({ example: 100, description: 'The pool target ("over 100 providers")' }) target: number;
  @ApiProperty({ description: 'Pool members: providers in `approved`' }) members: number;
  @ApiProperty({ description: 'max(0, target - members)' }) shortOfTarget: number;
  @ApiProperty({ description: 'members / target in basis points, floored (10000 = target reached)' })
  reachedBp: number;
  @ApiProperty(countsOf(PROVIDER_STATUSES)) byStatus: Record<string, number>;
  @ApiProperty({ type: [PoolCategoryCount], description: 'Every catalog category, in catalog order' })
  byCategory: PoolCategoryCount[];
}

export class ListingStats {
  @ApiProperty() total: number;
  @ApiProperty(countsOf(LISTING_STATUSES)) byStatus: Record<string, number>;
}

export class OrderStats {
  @ApiProperty() total: number;
  @ApiProperty(countsOf(ORDER_STATUSES)) byStatus: Record<string, number>;
}

export class VoucherBurnDownMonthView {
  @ApiProperty({ example: '2026-03', description: 'Calendar month in Asia/Shanghai' }) month: string;
  @ApiProperty({ description: "The month's consume rows of the ledger" }) consumedFen: number;
  @ApiProperty({ description: "The month's redeem rows of the ledger (claims approved)" }) redeemedFen: number;
  @ApiProperty() cumulativeConsumedFen: number;
  @ApiProperty() cumulativeRedeemedFen: number;
}

export class VoucherProgramStats {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['draft', 'open', 'closed'] }) status: string;
  @ApiProperty() budgetFen: number;
  @ApiProperty({ description: 'Face values issued less expired and revoked' }) committedFen: number;
  @ApiProperty() heldFen: number;
  @ApiProperty() consumedFen: number;
  @ApiProperty({ description: 'Approved, batched or paid claims' }) redeemedFen: number;
  @ApiProperty() paidFen: number;
  @ApiProperty({ description: 'budget - committed' }) remainingFen: number;
  @ApiProperty({
    type: [VoucherBurnDownMonthView],
    description: 'Every month of the validity window (widened to any month with movement), oldest first',
  })
  burnDown: VoucherBurnDownMonthView[];
}

export class VoucherTotals {
  @ApiProperty() budgetFen: number;
  @ApiProperty() committedFen: number;
  @ApiProperty() heldFen: number;
  @ApiProperty() consumedFen: number;
  @ApiProperty() redeemedFen: number;
  @ApiProperty() paidFen: number;
  @ApiProperty() remainingFen: number;
}

export class VoucherStats {
  @ApiProperty({ type: [VoucherProgramStats], description: 'Every programme, newest year first' })
  programs: VoucherProgramStats[];
  @ApiProperty({ type: VoucherTotals, description: 'Sums over every programme' }) totals: VoucherTotals;
}

export class SatisfactionStats {
  @ApiProperty({ example: 4.5, description: 'Plain average of visible `overall` scores, 2 decimals; 0 when none' })
  average: number;
  @ApiProperty({ description: 'Visible ratings (hidden ones excluded)' }) count: number;
}

export class AwardYearStats {
  @ApiProperty() year: number;
  @ApiProperty({
    enum: ['computed', 'published', 'final'],
    description: 'The round’s status (figures final only when final)',
  })
  status: string;
  @ApiProperty({ description: 'Providers ranked with an award above 0' }) awardedProviders: number;
  @ApiProperty({ description: 'Sum of the awards, integer fen' }) awardedFen: number;
}

export class AwardStats {
  @ApiProperty({
    type: [AwardYearStats],
    description: 'Every round with results (computed, published or final), newest year first',
  })
  byYear: AwardYearStats[];
}

export class DemandCategoryStats {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Demands published (open, matched, closed or expired)' }) posted: number;
  @ApiProperty() open: number;
  @ApiProperty() matched: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median hours from publishing to the first proposal, of the demands that got one',
  })
  medianHoursToFirstProposal: number | null;
}

export class DemandStats {
  @ApiProperty() posted: number;
  @ApiProperty() matched: number;
  @ApiProperty({ type: [DemandCategoryStats], description: 'Categories with demands posted' })
  byCategory: DemandCategoryStats[];
}

export class MatchmakingEventTotals {
  @ApiProperty() events: number;
  @ApiProperty() meetings: number;
  @ApiProperty() meetingsHeld: number;
  @ApiProperty({ description: "Orders between held meetings' pairs within 90 days" }) conversions: number;
}

export class MatchmakingEventStats {
  @ApiProperty({ type: [EventStatisticsView], description: 'Every event, latest first' })
  byEvent: EventStatisticsView[];
  @ApiProperty({ type: MatchmakingEventTotals }) totals: MatchmakingEventTotals;
}

/** GET /stats/overview: the bureau's figures of the pool, the marketplace, vouchers, satisfaction and awards. */
export class StatsOverview {
  @ApiProperty() generatedAt: Date;
  @ApiProperty({ type: PoolStats }) pool: PoolStats;
  @ApiProperty({ type: ListingStats }) listings: ListingStats;
  @ApiProperty({ type: OrderStats }) orders: OrderStats;
  @ApiProperty({ type: VoucherStats }) vouchers: VoucherStats;
  @ApiProperty({ type: SatisfactionStats }) satisfaction: SatisfactionStats;
  @ApiProperty({ type: AwardStats }) awards: AwardStats;
  @ApiProperty({ type: DemandStats, description: 'Matchmaking demands (供需对接)' }) demands: DemandStats;
  @ApiProperty({ type: MatchmakingEventStats, description: 'Matchmaking events (对接活动) and what they came to' })
  events: MatchmakingEventStats;
}

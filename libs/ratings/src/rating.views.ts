import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { PageViewOf } from '@app/shared';
import type { Rating, RatingSummary } from './rating.entity.js';
import { averageOf, DIMENSIONS } from './ratings.rules.js';

export class RatingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for an order without a listing' })
  listingId: string | null;
  @ApiProperty() category: string;
  @ApiProperty() overall: number;
  @ApiProperty() professionalism: number;
  @ApiProperty() timeliness: number;
  @ApiProperty() effectiveness: number;
  @ApiProperty() value: number;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) outcomes: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true, description: "The provider's reply (once)" }) reply: string | null;
  @ApiProperty({ type: String, nullable: true }) repliedAt: string | null;
  @ApiProperty() hidden: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why the bureau hid it (its enterprise and the bureau see it)',
  })
  hiddenReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Until then the enterprise may edit it' }) editableUntil:
    string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export function ratingView(r: Rating, editableUntil: Date | null): RatingView {
  return {
    id: r.id,
    orderId: r.orderId,
    providerId: r.providerId,
    listingId: r.listingId,
    category: r.category,
    overall: r.overall,
    professionalism: r.professionalism,
    timeliness: r.timeliness,
    effectiveness: r.effectiveness,
    value: r.value,
    comment: r.comment,
    outcomes: r.outcomes,
    reply: r.reply,
    repliedAt: r.repliedAt?.toISOString() ?? null,
    hidden: r.hidden,
    hiddenReason: r.hiddenReason,
    editableUntil: editableUntil?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/**
 * A public rating: what anyone sees on the provider's page (no hidden ones, no reasons). The order
 * is its parties' and the bureau's business (another's answers 404): its id goes only to the bureau
 * and the rated provider (`withOrder`).
 */
export function publicRatingView(
  r: Rating,
  withOrder: boolean,
): Omit<PublicRatingView, 'hiddenReason' | 'editableUntil'> {
  const { hiddenReason: _h, editableUntil: _e, orderId, ...view } = ratingView(r, null);
  return withOrder ? { ...view, orderId } : view;
}

export class RatingFiguresView {
  @ApiProperty({ description: 'Plain mean of visible overall scores, 2 decimals; 0 when unrated' }) average: number;
  @ApiProperty() count: number;
  @ApiProperty({ example: { '1': 0, '2': 0, '3': 1, '4': 3, '5': 8 } }) distribution: Record<string, number>;
  @ApiProperty({ example: { overall: 4.58, professionalism: 4.5 }, description: 'Average of each dimension' })
  dimensions: Record<string, number>;
  @ApiProperty({
    description: 'Outcome totals: patents filed and granted, energy and CO2 saved, financing raised, new contracts…',
  })
  outcomes: Record<string, number>;
}

export function figuresOf(summary: RatingSummary | null): RatingFiguresView {
  const count = summary?.count ?? 0;
  const sums = summary?.sums ?? {};
  return {
    average: averageOf(sums.overall ?? 0, count),
    count,
    distribution: summary?.distribution ?? { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, averageOf(sums[d] ?? 0, count)])),
    outcomes: summary?.outcomes ?? {},
  };
}

export class PublicRatingView extends OmitType(RatingView, ['orderId'] as const) {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only for the bureau and the rated provider' }) orderId?: string;
}

export class ProviderRatingsView extends PageViewOf(PublicRatingView) {
  @ApiProperty() average: number;
  @ApiProperty() count: number;
  @ApiProperty() distribution: Record<string, number>;
  @ApiProperty() dimensions: Record<string, number>;
  @ApiProperty() outcomes: Record<string, number>;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageViewOf } from '@app/shared';
import type { Listing } from './listing.entity.js';
import { LISTING_STATUSES, PRICE_MODELS } from './listings.rules.js';

export class ListingDecisionView {
  @ApiProperty({ example: 'taken_down' }) action: string;
  @ApiPropertyOptional({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ListingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiPropertyOptional({ description: 'On GET /listings/:id: the provider as the directory shows it' })
  providerName?: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() category: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ enum: PRICE_MODELS }) priceModel: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) priceFen: number | null;
  @ApiProperty() unit: string;
  @ApiProperty() deliveryDays: number;
  @ApiProperty({ type: [String] }) regionCodes: string[];
  @ApiProperty() srdiSpecial: boolean;
  @ApiProperty() voucherEligible: boolean;
  @ApiProperty({ enum: LISTING_STATUSES }) status: string;
  @ApiPropertyOptional({
    type: ListingDecisionView,
    nullable: true,
    description: 'Owner and bureau only: the last take-down or automatic unpublish, with its reason',
  })
  lastDecision?: ListingDecisionView | null;
  @ApiProperty() servedCount: number;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ListingPage extends PageViewOf(ListingView) {}

/** The listing as anyone sees it; `withDecision` for its owner and the bureau. */
export function listingView(l: Listing, withDecision: boolean): ListingView {
  const view: ListingView = {
    id: l.id,
    providerId: l.providerId,
    title: l.title,
    description: l.description,
    category: l.category,
    tags: l.tags,
    priceModel: l.priceModel,
    priceFen: l.priceFen,
    unit: l.unit,
    deliveryDays: l.deliveryDays,
    regionCodes: l.regionCodes,
    srdiSpecial: l.srdiSpecial,
    voucherEligible: l.voucherEligible,
    status: l.status,
    servedCount: l.servedCount,
    publishedAt: l.publishedAt?.toISOString() ?? null,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
  if (withDecision) {
    view.lastDecision = l.lastDecision
      ? { action: l.lastDecision.action, reason: l.lastDecision.reason, at: l.lastDecision.at }
      : null;
  }
  return view;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEMAND_STATUSES, PROPOSAL_STATUSES } from './matchmaking.rules.js';
import type { Demand, Proposal } from './demand.entity.js';

export class MyProposalView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status: string;
}

export class DemandView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId: string;
  @ApiProperty({ type: String, nullable: true, description: 'Shown to signed-in viewers' }) enterpriseName:
    string | null;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() category: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ type: Number, nullable: true }) budgetMinFen: number | null;
  @ApiProperty({ type: Number, nullable: true }) budgetMaxFen: number | null;
  @ApiProperty({ example: '2027-01-31' }) deadline: string;
  @ApiProperty({ description: 'The end of the deadline day (Asia/Shanghai)' }) expiresAt: string;
  @ApiProperty() voucherIntended: boolean;
  @ApiProperty({ enum: ['pool', 'public'] }) visibility: string;
  @ApiProperty({ enum: DEMAND_STATUSES }) status: string;
  @ApiProperty({ description: 'Proposals standing or decided (withdrawn ones not counted)' }) proposalCount: number;
  @ApiProperty({ type: String, nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) firstProposalAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Matched, closed or expired then' }) decidedAt:
    string | null;
  @ApiProperty({ type: String, nullable: true }) closeReason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) acceptedProposalId: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'Its owner, the chosen provider and the bureau',
  })
  orderId: string | null;
  @ApiPropertyOptional({ type: MyProposalView, nullable: true, description: "A provider's own proposal on it" })
  myProposal?: MyProposalView | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class DemandPageView {
  @ApiProperty({ type: [DemandView] }) items: DemandView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class ProposalView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) demandId: string;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty() providerName: string;
  @ApiProperty({ description: 'Average rating, 0 when unrated' }) providerRating: number;
  @ApiProperty() providerRatingCount: number;
  @ApiProperty({ description: 'Enterprises served' }) providerServedCount: number;
  @ApiProperty() priceFen: number;
  @ApiProperty() deliveryDays: number;
  @ApiProperty() note: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) listingId: string | null;
  @ApiProperty({ type: String, nullable: true }) listingTitle: string | null;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class ProposalListView {
  @ApiProperty({ type: [ProposalView] }) items: ProposalView[];
}

export class AcceptedProposalView {
  @ApiProperty({ format: 'uuid', description: 'The order, in quoted at the proposal price' }) orderId: string;
  @ApiProperty({ type: ProposalView }) proposal: ProposalView;
}

export class SuggestedProviderView {
  @ApiProperty() rank: number;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty() providerName: string;
  @ApiProperty({ type: [String], description: "The demand's words found in its published listings" })
  matchedWords: string[];
  @ApiProperty({ description: 'Its published listings in the category serving the region' }) listings: number;
  @ApiProperty() rating: number;
  @ApiProperty() ratingCount: number;
  @ApiProperty({ description: 'Enterprises served' }) servedCount: number;
  @ApiProperty({ description: 'Why it is suggested, in Chinese' }) reason: string;
}

export class SuggestedProvidersView {
  @ApiProperty({ type: [SuggestedProviderView] }) items: SuggestedProviderView[];
  @ApiProperty({ type: String, nullable: true, description: 'When the top 10 were notified' }) notifiedAt:
    string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function demandView(
  d: Demand,
  extra: {
    enterpriseName: string | null;
    proposalCount: number;
    showOrder: boolean;
    myProposal?: MyProposalView | null;
  },
): DemandView {
  return {
    id: d.id,
    enterpriseId: d.enterpriseId,
    enterpriseName: extra.enterpriseName,
    title: d.title,
    description: d.description,
    category: d.category,
    regionCode: d.regionCode,
    budgetMinFen: d.budgetMinFen,
    budgetMaxFen: d.budgetMaxFen,
    deadline: d.deadline,
    expiresAt: d.expiresAt.toISOString(),
    voucherIntended: d.voucherIntended,
    visibility: d.visibility,
    status: d.status,
    proposalCount: extra.proposalCount,
    publishedAt: iso(d.publishedAt),
    firstProposalAt: iso(d.firstProposalAt),
    decidedAt: iso(d.decidedAt),
    closeReason: d.closeReason,
    acceptedProposalId: d.acceptedProposalId,
    orderId: extra.showOrder ? d.orderId : null,
    ...(extra.myProposal !== undefined ? { myProposal: extra.myProposal } : {}),
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

export function proposalView(
  p: Proposal,
  provider: { name: string; rating: number; ratingCount: number; servedCount: number } | undefined,
): ProposalView {
  return {
    id: p.id,
    demandId: p.demandId,
    providerId: p.providerId,
    providerName: provider?.name ?? '',
    providerRating: provider?.rating ?? 0,
    providerRatingCount: provider?.ratingCount ?? 0,
    providerServedCount: provider?.servedCount ?? 0,
    priceFen: p.priceFen,
    deliveryDays: p.deliveryDays,
    note: p.note,
    listingId: p.listingId,
    listingTitle: p.listingTitle,
    status: p.status,
    decidedAt: iso(p.decidedAt),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

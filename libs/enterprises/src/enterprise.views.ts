import { ApiProperty } from '@nestjs/swagger';
import { PageViewOf } from '@app/shared';
import type { Enterprise, TierClaim } from './enterprise.entity.js';
import { CLAIM_STATUSES, SRDI_TIERS } from './enterprises.rules.js';

export class TierClaimView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId: string;
  @ApiProperty({ enum: SRDI_TIERS }) tier: string;
  @ApiProperty() certificateNo: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true, example: '2027-12-31' }) validUntil: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected' }) reason: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
  @ApiProperty() createdAt: string;
}

export class TierClaimPage extends PageViewOf(TierClaimView) {}

/** What a reviewer sees of a claim: the claim and who claims it. */
export class TierClaimReviewView extends TierClaimView {
  @ApiProperty() enterpriseName: string;
  @ApiProperty() enterpriseUscc: string;
}

export class TierClaimReviewPage extends PageViewOf(TierClaimReviewView) {}

export class CurrentTierView {
  @ApiProperty({ enum: SRDI_TIERS }) tier: string;
  @ApiProperty({ example: '2027-12-31' }) validUntil: string;
  @ApiProperty({ format: 'uuid' }) claimId: string;
}

export class EnterpriseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() uscc: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ type: String, nullable: true }) legalRepresentative: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPhone: string | null;
  @ApiProperty({ type: String, nullable: true }) industry: string | null;
  @ApiProperty({ type: Number, nullable: true }) employeeCount: number | null;
  @ApiProperty({ type: String, nullable: true }) revenueBand: string | null;
  @ApiProperty({ type: CurrentTierView, nullable: true, description: 'The verified tier valid today, or null' })
  tier: CurrentTierView | null;
  @ApiProperty({ type: [TierClaimView], description: 'Every claim, newest first' })
  tierClaims: TierClaimView[];
}

export function claimView(c: TierClaim): TierClaimView {
  return {
    id: c.id,
    enterpriseId: c.enterpriseId,
    tier: c.tier,
    certificateNo: c.certificateNo,
    year: c.year,
    status: c.status,
    validUntil: c.validUntil,
    reason: c.reason,
    decidedAt: c.decidedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
  };
}

export function enterpriseView(
  e: Enterprise,
  claims: TierClaim[],
  tier: (TierClaim & { validUntil: string }) | null,
): EnterpriseView {
  return {
    id: e.id,
    name: e.name,
    uscc: e.uscc,
    regionCode: e.regionCode,
    legalRepresentative: e.legalRepresentative,
    contactPhone: e.contactPhone,
    industry: e.industry,
    employeeCount: e.employeeCount,
    revenueBand: e.revenueBand,
    tier: tier ? { tier: tier.tier, validUntil: tier.validUntil, claimId: tier.id } : null,
    tierClaims: claims.map(claimView),
  };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageViewOf } from '@app/shared';
import { type AdmissionCheck, PROVIDER_STATUSES, type ProviderStatus, type Qualification } from './providers.rules.js';
import type { Provider } from './provider.entity.js';

export class QualificationView {
  @ApiProperty() kind: string;
  @ApiProperty() number: string;
  @ApiProperty() issuer: string;
  @ApiProperty({ example: '2028-12-31' }) validUntil: string;
}

export class LastDecisionView {
  @ApiProperty({ example: 'returned' }) action: string;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty() at: string;
}

export class AdmissionCheckView {
  @ApiProperty({
    enum: ['USCC_VALID', 'USCC_UNIQUE_IN_POOL', 'USCC_UNCONTESTED', 'HAS_CATEGORY', 'QUALIFICATIONS_VALID'],
  })
  code: AdmissionCheck['code'];
  @ApiProperty() passed: boolean;
  @ApiProperty() detail: string;
}

/** What everyone may see of an approved provider. */
export class PublicProviderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PROVIDER_STATUSES }) status: ProviderStatus;
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty() regionCode: string;
  @ApiProperty({ nullable: true, type: String }) introduction: string | null;
  @ApiProperty({ type: [QualificationView] }) qualifications: Qualification[];
  @ApiProperty({ nullable: true, type: Number }) staffCount: number | null;
  @ApiProperty({ nullable: true, type: Date }) admittedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Average overall rating (1-5), null before any rating' })
  rating: number | null;
  @ApiProperty() ratingCount: number;
  @ApiProperty({ description: 'Enterprises served (completed orders)' }) servedCount: number;
}

/** The provider's own profile, and what a reviewer sees of an application. */
export class ProviderProfileView extends PublicProviderView {
  @ApiProperty() uscc: string;
  @ApiProperty({ nullable: true, type: String }) legalRepresentative: string | null;
  @ApiProperty({ nullable: true, type: String }) contactName: string | null;
  @ApiProperty({ nullable: true, type: String }) contactPhone: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ nullable: true, type: LastDecisionView }) lastDecision: LastDecisionView | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Date,
    description: 'After a rejection or removal: earliest re-submission',
  })
  reapplyAfter: Date | null;
  @ApiProperty({ type: [AdmissionCheckView], description: 'The admission checks of DOMAIN.md §1' })
  checks: AdmissionCheck[];
}

export class ProviderPage extends PageViewOf(PublicProviderView) {}

export class ApplicationPage extends PageViewOf(ProviderProfileView) {}

export function publicView(p: Provider): PublicProviderView {
  return {
    id: p.id,
    name: p.name,
    status: p.status,
    categories: p.categories,
    regionCode: p.regionCode,
    introduction: p.introduction,
    qualifications: p.qualifications,
    staffCount: p.staffCount,
    admittedAt: p.admittedAt,
    rating: p.ratingCount > 0 ? Math.round((p.ratingSum * 100) / p.ratingCount) / 100 : null,
    ratingCount: p.ratingCount,
    servedCount: p.servedCount,
  };
}

export function profileView(p: Provider, checks: AdmissionCheck[]): ProviderProfileView {
  return {
    ...publicView(p),
    uscc: p.uscc,
    legalRepresentative: p.legalRepresentative,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    address: p.address,
    submittedAt: p.submittedAt,
    lastDecision: p.lastDecision && {
      action: p.lastDecision.action,
      reason: p.lastDecision.reason,
      at: p.lastDecision.at,
    },
    reapplyAfter: p.reapplyAfter,
    checks,
  };
}

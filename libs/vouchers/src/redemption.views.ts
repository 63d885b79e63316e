import { ApiProperty } from '@nestjs/swagger';
import { PageViewOf } from '@app/shared';
import { CLAIM_STATUSES, type RedemptionClaim, type SettlementBatch } from './redemption.entity.js';

export class RiskFlagView {
  @ApiProperty({ example: 'QUICK_DELIVERY' }) code: string;
  @ApiProperty({ example: 'Delivered 5 hours after the order was confirmed' }) detail: string;
}

export class RedemptionClaimView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty({ type: String, nullable: true }) providerName: string | null;
  @ApiProperty({ format: 'uuid' }) enterpriseId: string;
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty({ format: 'uuid' }) voucherId: string;
  @ApiProperty({ description: 'The consumed voucher part of the order, integer fen' }) amountFen: number;
  @ApiProperty() invoiceNo: string;
  @ApiProperty() invoiceAmountFen: number;
  @ApiProperty() contractNo: string;
  @ApiProperty() reportSummary: string;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected' }) reason: string | null;
  @ApiProperty({ description: 'Rejected as final: the amount is forfeited, no new claim for the order' })
  final: boolean;
  @ApiProperty({
    type: [RiskFlagView],
    required: false,
    description: 'Bureau only: what the reviewer should look at (computed at submission)',
  })
  riskFlags?: RiskFlagView[];
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) batchId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When the batch it is in was paid' }) paidAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The bank reference of that payment' })
  bankReference: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
}

export class RedemptionClaimPage extends PageViewOf(RedemptionClaimView) {}

/** A claim as `bureau` (with the risk flags) or its provider (without them) sees it. */
export function claimView(
  c: RedemptionClaim,
  options: { bureau: boolean; providerName?: string | null; batch?: SettlementBatch | null },
): RedemptionClaimView {
  return {
    id: c.id,
    orderId: c.orderId,
    providerId: c.providerId,
    providerName: options.providerName ?? null,
    enterpriseId: c.enterpriseId,
    programId: c.programId,
    voucherId: c.voucherId,
    amountFen: c.amountFen,
    invoiceNo: c.invoiceNo,
    invoiceAmountFen: c.invoiceAmountFen,
    contractNo: c.contractNo,
    reportSummary: c.reportSummary,
    status: c.status,
    reason: c.reason,
    final: c.final,
    ...(options.bureau ? { riskFlags: c.riskFlags } : {}),
    batchId: c.batchId,
    paidAt: c.status === 'paid' ? (options.batch?.paidAt?.toISOString() ?? null) : null,
    bankReference: c.status === 'paid' ? (options.batch?.bankReference ?? null) : null,
    createdAt: c.createdAt.toISOString(),
    decidedAt: c.decidedAt?.toISOString() ?? null,
  };
}

export class SettlementBatchView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['created', 'paid'] }) status: string;
  @ApiProperty() totalFen: number;
  @ApiProperty() claimCount: number;
  @ApiProperty({ type: String, nullable: true }) bankReference: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) paidBy: string | null;
  @ApiProperty({ type: String, nullable: true }) paidAt: string | null;
  @ApiProperty({ type: [RedemptionClaimView], required: false, description: 'GET /settlement-batches/:id' })
  claims?: RedemptionClaimView[];
}

export class SettlementBatchPage extends PageViewOf(SettlementBatchView) {}

export function batchView(b: SettlementBatch, claims?: RedemptionClaimView[]): SettlementBatchView {
  return {
    id: b.id,
    status: b.status,
    totalFen: b.totalFen,
    claimCount: b.claimCount,
    bankReference: b.bankReference,
    createdBy: b.createdBy,
    createdAt: b.createdAt.toISOString(),
    paidBy: b.paidBy,
    paidAt: b.paidAt?.toISOString() ?? null,
    ...(claims ? { claims } : {}),
  };
}

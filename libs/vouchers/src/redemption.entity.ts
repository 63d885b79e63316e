import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '@app/database';

export const CLAIM_STATUSES = ['submitted', 'approved', 'rejected', 'batched', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface RiskFlag {
  code: string;
  detail: string;
}

/** A provider's claim (兑付申请) for the voucher part of one completed order. */
@Entity('redemption_claim')
@Index('ix_redemption_claim_status', ['status', 'createdAt'])
@Index('ix_redemption_claim_provider', ['providerId', 'createdAt'])
@Index('ix_redemption_claim_order', ['orderId'])
// One live claim per order: a rejected, correctable claim leaves room for one new claim.
@Index('ux_redemption_claim_live_order', ['orderId'], { unique: true, where: `"status" <> 'rejected'` })
export class RedemptionClaim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ name: 'voucher_id', type: 'uuid' })
  voucherId: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  /** The consumed voucher part of the order. */
  @Column({ name: 'amount_fen', type: 'bigint', transformer: fenTransformer })
  amountFen: number;

  /** Unique across the whole system (ux_redemption_claim_invoice, on the trimmed upper-case number). */
  @Index('ux_redemption_claim_invoice', { synchronize: false })
  @Column({ name: 'invoice_no', type: 'varchar', length: 50 })
  invoiceNo: string;

  @Column({ name: 'invoice_amount_fen', type: 'bigint', transformer: fenTransformer })
  invoiceAmountFen: number;

  @Column({ name: 'contract_no', type: 'varchar', length: 100 })
  contractNo: string;

  @Column({ name: 'report_summary', type: 'varchar', length: 2000 })
  reportSummary: string;

  @Column({ type: 'varchar', length: 10, default: 'submitted' })
  status: ClaimStatus;

  @Column({ name: 'risk_flags', type: 'jsonb', default: () => "'[]'" })
  riskFlags: RiskFlag[];

  @Column({ type: 'varchar', length: 2000, nullable: true })
  reason: string | null;

  /** A rejection that forfeits the amount (fraud): no new claim for the order. */
  @Column({ name: 'final', type: 'boolean', default: false })
  final: boolean;

  @Column({ name: 'batch_id', type: 'uuid', nullable: true })
  batchId: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Approved claims paid together by finance (结算批次): exported, then marked paid with the bank reference. */
@Entity('settlement_batch')
export class SettlementBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 8, default: 'created' })
  status: 'created' | 'paid';

  @Column({ name: 'total_fen', type: 'bigint', transformer: fenTransformer })
  totalFen: number;

  @Column({ name: 'claim_count', type: 'int' })
  claimCount: number;

  @Column({ name: 'bank_reference', type: 'varchar', length: 100, nullable: true })
  bankReference: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'paid_by', type: 'uuid', nullable: true })
  paidBy: string | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

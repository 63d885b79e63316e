import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '@app/database';
import type { LedgerKind, ProgramStatus, VoucherStatus } from './vouchers.rules.js';

/** A service voucher programme (服务券项目) of the bureau: its budget and what it pays for. */
@Entity('voucher_program')
@Check(
  'ck_voucher_program_budget',
  'committed_fen >= 0 AND committed_fen <= budget_fen AND coverage_bp BETWEEN 1 AND 10000',
)
export class VoucherProgram {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ name: 'budget_fen', type: 'bigint', transformer: fenTransformer })
  budgetFen: number;

  /** Share of the agreed price a voucher pays, in basis points (5000 = 50%). */
  @Column({ name: 'coverage_bp', type: 'int' })
  coverageBp: number;

  @Column({ name: 'max_face_value_fen', type: 'bigint', transformer: fenTransformer })
  maxFaceValueFen: number;

  @Column({ name: 'per_enterprise_cap_fen', type: 'bigint', transformer: fenTransformer })
  perEnterpriseCapFen: number;

  @Column({ type: 'varchar', length: 32, array: true })
  categories: string[];

  @Column({ type: 'varchar', length: 20, array: true })
  tiers: string[];

  @Column({ name: 'apply_from', type: 'date' })
  applyFrom: string;

  @Column({ name: 'apply_until', type: 'date' })
  applyUntil: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil: string;

  @Column({ type: 'varchar', length: 8, default: 'draft' })
  status: ProgramStatus;

  /** Face values issued less what expired or was revoked unused; never above the budget (a CHECK too). */
  @Column({ name: 'committed_fen', type: 'bigint', default: 0, transformer: fenTransformer })
  committedFen: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An enterprise's application for a voucher of a programme, decided by a reviewer. */
@Entity('voucher_application')
@Index('ix_voucher_application_status', ['status', 'createdAt'])
@Index('ix_voucher_application_program', ['programId', 'enterpriseId'])
export class VoucherApplication {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ name: 'requested_fen', type: 'bigint', transformer: fenTransformer })
  requestedFen: number;

  @Column({ type: 'varchar', length: 2000 })
  purpose: string;

  @Column({ type: 'varchar', length: 10, default: 'submitted' })
  status: 'submitted' | 'approved' | 'rejected';

  @Column({ type: 'varchar', length: 2000, nullable: true })
  reason: string | null;

  @Column({ name: 'voucher_id', type: 'uuid', nullable: true })
  voucherId: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A voucher issued to one enterprise; its money is always in exactly one bucket (CHECKs in the database). */
@Entity('voucher')
@Check(
  'ck_voucher_buckets',
  `available_fen >= 0 AND held_fen >= 0 AND consumed_fen >= 0 AND expired_fen >= 0 AND revoked_fen >= 0
   AND face_value_fen > 0 AND available_fen + held_fen + consumed_fen + expired_fen + revoked_fen = face_value_fen`,
)
@Index('ix_voucher_program', ['programId'])
@Index('ix_voucher_enterprise', ['enterpriseId', 'programId'])
export class Voucher {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ux_voucher_code', { unique: true })
  @Column({ type: 'varchar', length: 14 })
  code: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ name: 'face_value_fen', type: 'bigint', transformer: fenTransformer })
  faceValueFen: number;

  @Column({ name: 'available_fen', type: 'bigint', transformer: fenTransformer })
  availableFen: number;

  @Column({ name: 'held_fen', type: 'bigint', default: 0, transformer: fenTransformer })
  heldFen: number;

  @Column({ name: 'consumed_fen', type: 'bigint', default: 0, transformer: fenTransformer })
  consumedFen: number;

  @Column({ name: 'expired_fen', type: 'bigint', default: 0, transformer: fenTransformer })
  expiredFen: number;

  @Column({ name: 'revoked_fen', type: 'bigint', default: 0, transformer: fenTransformer })
  revokedFen: number;

  @Column({ type: 'varchar', length: 8, default: 'active' })
  status: VoucherStatus;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy: string | null;
}

/** The part of a voucher held by one order (one voucher per order). */
@Entity('voucher_hold')
@Check('ck_voucher_hold_amount', 'amount_fen >= 0')
export class VoucherHold {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'voucher_id', type: 'uuid' })
  @Index('ix_voucher_hold_voucher')
  voucherId: string;

  @Index('ux_voucher_hold_order', { unique: true })
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: fenTransformer })
  amountFen: number;

  @Column({ type: 'varchar', length: 10, default: 'held' })
  status: 'held' | 'released' | 'consumed';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Every movement of voucher money, append-only (a trigger refuses UPDATE and DELETE). */
@Entity('voucher_ledger')
@Check('ck_voucher_ledger_amount', 'amount_fen > 0')
@Index('ix_voucher_ledger_voucher', ['voucherId', 'id'])
@Index('ix_voucher_ledger_program', ['programId', 'id'])
export class VoucherLedgerEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ name: 'voucher_id', type: 'uuid' })
  voucherId: string;

  @Column({ type: 'varchar', length: 8 })
  kind: LedgerKind;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: fenTransformer })
  amountFen: number;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId: string | null;

  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}

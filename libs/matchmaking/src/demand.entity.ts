import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { fenTransformer } from '@app/database';
import type { DemandStatus, DemandVisibility, ProposalStatus } from './matchmaking.rules.js';

/** An enterprise's need (需求), answered by pool providers' proposals (DOMAIN.md §9). */
@Entity('demand')
@Index('ix_demand_enterprise', ['enterpriseId', 'createdAt'])
@Index('ix_demand_category', ['category', 'status', 'publishedAt'])
@Index('ix_demand_open_expiry', ['expiresAt'], { where: `status = 'open'` })
@Check(
  'ck_demand_budget',
  `(budget_min_fen IS NULL OR budget_min_fen >= 0) AND (budget_max_fen IS NULL OR budget_max_fen >= 0) AND (budget_min_fen IS NULL OR budget_max_fen IS NULL OR budget_min_fen <= budget_max_fen)`,
)
@Check('ck_demand_status', `status IN ('draft', 'open', 'matched', 'closed', 'expired')`)
@Check('ck_demand_visibility', `visibility IN ('pool', 'public')`)
export class Demand {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_demand' })
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 4000 })
  description: string;

  @Column({ type: 'varchar', length: 32 })
  category: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'budget_min_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  budgetMinFen: number | null;

  @Column({ name: 'budget_max_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  budgetMaxFen: number | null;

  /** The last day proposals are taken (YYYY-MM-DD, Asia/Shanghai). */
  @Column({ type: 'date' })
  deadline: string;

  /** The end of the deadline's day: the worker expires an open demand then. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'voucher_intended', type: 'boolean', default: false })
  voucherIntended: boolean;

  @Column({ type: 'varchar', length: 8 })
  visibility: DemandVisibility;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: DemandStatus;

  /** Segmented words of the title (A) and description (B), GIN-indexed in the migration. */
  @Index('ix_demand_tsv', { synchronize: false })
  @Column({ type: 'tsvector', select: false })
  tsv: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'first_proposal_at', type: 'timestamptz', nullable: true })
  firstProposalAt: Date | null;

  /** When it was matched, closed or expired. */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'close_reason', type: 'varchar', length: 500, nullable: true })
  closeReason: string | null;

  @Column({ name: 'accepted_proposal_id', type: 'uuid', nullable: true })
  acceptedProposalId: string | null;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId: string | null;

  /** When the suggested providers were notified (once). */
  @Column({ name: 'suggested_at', type: 'timestamptz', nullable: true })
  suggestedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A pool provider's answer to a demand: one per provider and demand. */
@Entity('proposal')
@Index('ix_proposal_provider', ['providerId', 'createdAt'])
@Unique('uq_proposal_demand_provider', ['demandId', 'providerId'])
@Check('ck_proposal_price', 'price_fen > 0')
@Check('ck_proposal_days', 'delivery_days BETWEEN 1 AND 365')
@Check('ck_proposal_status', `status IN ('submitted', 'withdrawn', 'accepted', 'declined')`)
export class Proposal {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_proposal' })
  id: string;

  @Column({ name: 'demand_id', type: 'uuid' })
  demandId: string;

  @ManyToOne(() => Demand, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'demand_id', foreignKeyConstraintName: 'fk_proposal_demand' })
  demand?: Relation<Demand>;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ name: 'price_fen', type: 'bigint', transformer: fenTransformer })
  priceFen: number;

  @Column({ name: 'delivery_days', type: 'int' })
  deliveryDays: number;

  @Column({ type: 'varchar', length: 2000 })
  note: string;

  @Column({ name: 'listing_id', type: 'uuid', nullable: true })
  listingId: string | null;

  @Column({ name: 'listing_title', type: 'varchar', length: 100, nullable: true })
  listingTitle: string | null;

  @Column({ type: 'varchar', length: 16, default: 'submitted' })
  status: ProposalStatus;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '@app/database';

/** An enterprise's rating (满意度评价) of one completed order, with measured outcomes (成效). */
@Entity('rating')
@Check(
  'ck_rating_scores',
  'overall BETWEEN 1 AND 5 AND professionalism BETWEEN 1 AND 5 AND timeliness BETWEEN 1 AND 5 AND effectiveness BETWEEN 1 AND 5 AND value BETWEEN 1 AND 5',
)
@Index('ix_rating_provider', ['providerId', 'createdAt'])
@Index('ix_rating_listing', ['listingId'])
// The awards' year scan (RatingsRepository.awardVotes): visible ratings by their order's completion.
@Index('ix_rating_award_year', ['orderCompletedAt'], { where: 'NOT "hidden"' })
export class Rating {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ux_rating_order', { unique: true })
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  /** Null when the order had no listing (agreed on a matchmaking proposal). */
  @Column({ name: 'listing_id', type: 'uuid', nullable: true })
  listingId: string | null;

  @Column({ type: 'varchar', length: 32 })
  category: string;

  /** The order's completion, copied when rated (the awards count ratings by it without reading orders). */
  @Column({ name: 'order_completed_at', type: 'timestamptz' })
  orderCompletedAt: Date;

  /** The order's agreed price, copied when rated (the awards' minimum order price). */
  @Column({ name: 'order_price_fen', type: 'bigint', transformer: fenTransformer })
  orderPriceFen: number;

  @Column({ type: 'smallint' })
  overall: number;

  @Column({ type: 'smallint' })
  professionalism: number;

  @Column({ type: 'smallint' })
  timeliness: number;

  @Column({ type: 'smallint' })
  effectiveness: number;

  @Column({ type: 'smallint' })
  value: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  /** Measured outcomes, keyed by the category (ratings.rules OUTCOME_KEYS). */
  @Column({ type: 'jsonb', nullable: true })
  outcomes: Record<string, number | string> | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  reply: string | null;

  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true })
  repliedAt: Date | null;

  @Column({ name: 'replied_by', type: 'uuid', nullable: true })
  repliedBy: string | null;

  /** Hidden by the bureau: kept (audited), excluded from every figure, awards included. */
  @Column({ type: 'boolean', default: false })
  hidden: boolean;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 2000, nullable: true })
  hiddenReason: string | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy: string | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /** From the app's clock: the edit window is measured from it. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Figures of the visible ratings of a provider or a listing, recomputed in each rating's transaction. */
@Entity('rating_summary')
export class RatingSummary {
  @PrimaryColumn({ name: 'subject_type', type: 'varchar', length: 8 })
  subjectType: 'provider' | 'listing';

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'int', default: 0 })
  count: number;

  /** Sums of each dimension's scores (overall, professionalism, timeliness, effectiveness, value). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  sums: Record<string, number>;

  /** How many visible ratings gave each overall score: { "1": n … "5": n }. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  distribution: Record<string, number>;

  /** Outcome totals (patents filed and granted, energy and CO2 saved, financing raised, new contracts…). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  outcomes: Record<string, number>;
}

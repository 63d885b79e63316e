import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '@app/database';
import type { OrderStatus, PriceModel } from './orders.rules.js';

/** A booking (预约) of a listing by an enterprise. Table `service_order`: ORDER is an SQL keyword. */
@Entity('service_order')
@Index('ix_order_enterprise', ['enterpriseId', 'createdAt'])
@Index('ix_order_provider', ['providerId', 'createdAt'])
@Index('ix_order_status', ['status'])
export class Order {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  /** Null for an order agreed on a matchmaking proposal without a listing (it carries the demand's category). */
  @Column({ name: 'listing_id', type: 'uuid', nullable: true })
  listingId: string | null;

  /** The listing as it was when ordered, or the demand's title. */
  @Column({ name: 'listing_title', type: 'varchar', length: 100 })
  listingTitle: string;

  @Column({ type: 'varchar', length: 32 })
  category: string;

  @Column({ name: 'price_model', type: 'varchar', length: 8 })
  priceModel: PriceModel;

  @Column({ name: 'listed_price_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  listedPriceFen: number | null;

  @Column({ type: 'varchar', length: 2000 })
  requirement: string;

  @Column({ type: 'varchar', length: 16, default: 'requested' })
  status: OrderStatus;

  @Column({ name: 'quoted_price_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  quotedPriceFen: number | null;

  @Column({ name: 'quoted_at', type: 'timestamptz', nullable: true })
  quotedAt: Date | null;

  /** Frozen when the order is confirmed. */
  @Column({ name: 'agreed_price_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  agreedPriceFen: number | null;

  /** 服务券 the vouchers context applies (none until it exists). */
  @Column({ name: 'voucher_id', type: 'uuid', nullable: true })
  voucherId: string | null;

  @Column({ name: 'voucher_fen', type: 'bigint', default: 0, transformer: fenTransformer })
  voucherFen: number;

  @Column({ name: 'copay_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  copayFen: number | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'delivery_summary', type: 'varchar', length: 2000, nullable: true })
  deliverySummary: string | null;

  @Index('ix_order_completed_at')
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** The enterprise user who accepted delivery. */
  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  /** When an unanswered request or quote expires (orders.rules `expiresAt`); indexed for the worker. */
  @Index('ix_order_expires_at')
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /**
   * The request that created the order (its user and Idempotency-Key, hashed): a retry that runs
   * again after a crash finds the order it already made instead of making a second one.
   */
  @Index('ux_order_request_key', { unique: true, where: '"request_key" IS NOT NULL' })
  @Column({ name: 'request_key', type: 'char', length: 64, nullable: true, select: false })
  requestKey: string | null;

  /** Set from the app's clock (the 7-day answer window is measured from it). */
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Who did what to an order, when: its history, shown to both parties. */
@Entity('order_event')
@Index('ix_order_event_order', ['orderId', 'id'])
export class OrderEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ type: 'varchar', length: 32 })
  action: string;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16, nullable: true })
  toStatus: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 16 })
  actorRole: string;

  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}

/** The message thread between the two parties of an order (the online matching channel). */
@Entity('order_message')
@Index('ix_order_message_order', ['orderId', 'createdAt'])
export class OrderMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ name: 'author_org_id', type: 'uuid' })
  authorOrgId: string;

  @Column({ type: 'varchar', length: 2000 })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}

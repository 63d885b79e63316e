import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { fenTransformer } from '@app/database';
import type { PaymentStatus } from './payments.rules.js';

export type PaymentMethod = 'stripe' | 'offline';
export type RefundStatus = 'requested' | 'submitted' | 'succeeded' | 'failed';
/** Cancelling an open PaymentIntent: requested in the order's transaction, sent after it; `failed`: it had already succeeded. */
export type CancelStatus = 'requested' | 'succeeded' | 'failed';

/** A co-pay payment of an order: a Stripe PaymentIntent, or a bank transfer the provider recorded. */
@Entity('payment')
@Index('ix_payment_order', ['orderId'])
@Index('ux_payment_intent', ['stripePaymentIntentId'], {
  unique: true,
  where: '"stripe_payment_intent_id" IS NOT NULL',
})
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ type: 'varchar', length: 8 })
  method: PaymentMethod;

  @Column({ type: 'varchar', length: 10 })
  status: PaymentStatus;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: fenTransformer })
  amountFen: number;

  @Column({ name: 'stripe_payment_intent_id', type: 'varchar', length: 255, nullable: true })
  stripePaymentIntentId: string | null;

  @Column({ name: 'client_secret', type: 'varchar', length: 255, nullable: true, select: false })
  clientSecret: string | null;

  /** Offline: the bank transfer reference the provider recorded. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'refunded_fen', type: 'bigint', default: 0, transformer: fenTransformer })
  refundedFen: number;

  @Column({ name: 'refund_status', type: 'varchar', length: 10, nullable: true })
  refundStatus: RefundStatus | null;

  @Column({ name: 'cancel_status', type: 'varchar', length: 10, nullable: true })
  cancelStatus: CancelStatus | null;

  /** What Stripe reported it took (in the smallest unit of `currency` of the event). */
  @Column({ name: 'received_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  receivedFen: number | null;

  /** Why a success did not count as paid (status `problem`), for the bureau. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  problem: string | null;

  @Column({ name: 'stripe_refund_id', type: 'varchar', length: 255, nullable: true })
  stripeRefundId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Stripe events already applied: the insert shares the transaction of the effect, so each applies once. */
@Entity('stripe_event')
export class StripeEvent {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  type: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}

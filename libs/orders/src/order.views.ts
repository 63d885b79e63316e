import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageViewOf } from '@app/shared';
import { PAYMENT_STATUSES, type PaymentSummary } from '@app/payments';
import type { Order, OrderEvent, OrderMessage } from './order.entity.js';
import { ORDER_STATUSES } from './orders.rules.js';

export class OrderEventView {
  @ApiProperty() action: string;
  @ApiProperty({ type: String, nullable: true }) fromStatus: string | null;
  @ApiProperty({ type: String, nullable: true }) toStatus: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) actorId: string | null;
  @ApiProperty({ enum: ['enterprise', 'provider', 'reviewer', 'system'] }) actorRole: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) detail: Record<string, unknown> | null;
  @ApiProperty() createdAt: string;
}

export class PaymentStateView {
  @ApiProperty({ type: String, nullable: true, enum: ['stripe', 'offline'] }) method: string | null;
  @ApiProperty({ type: String, nullable: true, enum: PAYMENT_STATUSES })
  status: string | null;
  @ApiProperty({ type: String, nullable: true }) refundStatus: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why a card payment did not count as paid (status problem)',
  })
  problem: string | null;
}

export class OrderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ORDER_STATUSES }) status: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId: string;
  @ApiProperty() enterpriseName: string;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty() providerName: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Null for an order agreed on a matchmaking proposal without a listing',
  })
  listingId: string | null;
  @ApiProperty() listingTitle: string;
  @ApiProperty() category: string;
  @ApiProperty({ enum: ['fixed', 'from', 'quote'] }) priceModel: string;
  @ApiProperty({ type: Number, nullable: true }) listedPriceFen: number | null;
  @ApiProperty() requirement: string;
  @ApiProperty({ type: Number, nullable: true }) quotedPriceFen: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Frozen at confirmation' }) agreedPriceFen: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) voucherId: string | null;
  @ApiProperty({ description: 'The part a service voucher pays' }) voucherFen: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Agreed price less the voucher part' }) copayFen:
    number | null;
  @ApiProperty({ description: 'Co-pay received and not refunded' }) paidFen: number;
  @ApiProperty() refundedFen: number;
  @ApiProperty({ type: PaymentStateView }) payment: PaymentStateView;
  @ApiProperty({ type: String, nullable: true }) deliverySummary: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'An unanswered request or quote expires then' })
  expiresAt: string | null;
  @ApiProperty({ type: String, nullable: true }) confirmedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) completedAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiPropertyOptional({ type: [OrderEventView], description: 'GET /orders/:id: the history, oldest first' })
  events?: OrderEventView[];
}

export class OrderPage extends PageViewOf(OrderView) {}

export class CardPaymentView {
  @ApiProperty({ description: 'For Stripe.js confirmCardPayment in the browser' }) clientSecret: string;
  @ApiProperty() amountFen: number;
}

export class OrderMessageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) authorId: string;
  @ApiProperty({ format: 'uuid' }) authorOrgId: string;
  @ApiProperty() body: string;
  @ApiProperty() createdAt: string;
}

export class OrderMessagePage extends PageViewOf(OrderMessageView) {}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function orderView(
  o: Order,
  pay: PaymentSummary,
  names: { enterprise: string; provider: string },
  events?: OrderEvent[],
): OrderView {
  return {
    id: o.id,
    status: o.status,
    enterpriseId: o.enterpriseId,
    enterpriseName: names.enterprise,
    providerId: o.providerId,
    providerName: names.provider,
    listingId: o.listingId,
    listingTitle: o.listingTitle,
    category: o.category,
    priceModel: o.priceModel,
    listedPriceFen: o.listedPriceFen,
    requirement: o.requirement,
    quotedPriceFen: o.quotedPriceFen,
    agreedPriceFen: o.agreedPriceFen,
    voucherId: o.voucherId,
    voucherFen: o.voucherFen,
    copayFen: o.copayFen,
    paidFen: pay.paidFen,
    refundedFen: pay.refundedFen,
    payment: { method: pay.method, status: pay.status, refundStatus: pay.refundStatus, problem: pay.problem },
    deliverySummary: o.deliverySummary,
    expiresAt: iso(o.expiresAt),
    confirmedAt: iso(o.confirmedAt),
    completedAt: iso(o.completedAt),
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    ...(events
      ? {
          events: events.map((e) => ({
            action: e.action,
            fromStatus: e.fromStatus,
            toStatus: e.toStatus,
            actorId: e.actorId,
            actorRole: e.actorRole,
            detail: e.detail,
            createdAt: e.createdAt.toISOString(),
          })),
        }
      : {}),
  };
}

export function messageView(m: OrderMessage): OrderMessageView {
  return {
    id: m.id,
    authorId: m.authorId,
    authorOrgId: m.authorOrgId,
    body: m.body,
    createdAt: m.createdAt.toISOString(),
  };
}

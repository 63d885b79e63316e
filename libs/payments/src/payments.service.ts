import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Stripe from 'stripe';
import { DataSource, type EntityManager, In } from 'typeorm';
import { isUniqueViolation } from '@app/database';
import { Payment, PAYMENT_STATUSES, type PaymentStatus, StripeEvent } from './payment.entity.js';
import { PAYMENT_GATEWAY, type PaymentGateway } from './payment-gateway.js';
import { CardPaymentsUnavailableError, PaymentProviderError, WebhookSignatureError } from './payments.errors.js';

/** What an order shows of its payments. */
export interface PaymentSummary {
  /** Co-pay received and not refunded. */
  paidFen: number;
  refundedFen: number;
  /** How the co-pay was (last) paid or is being paid. */
  method: 'stripe' | 'offline' | null;
  status: PaymentStatus | null;
  refundStatus: string | null;
}

export type PaymentChange = 'paid' | 'failed' | 'refunded';

/** Told of every payment change inside its transaction (orders write the event to the order's history). */
export interface PaymentListener {
  onPaymentChanged(
    em: EntityManager,
    change: { orderId: string; change: PaymentChange; amountFen: number; method: string },
  ): Promise<void>;
}

const rank = (s: PaymentStatus) => PAYMENT_STATUSES.indexOf(s);

/** Co-pay payments (Stripe card payments and recorded bank transfers), refunds and the Stripe webhook. */
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);
  private readonly listeners: PaymentListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway | null,
  ) {}

  registerListener(listener: PaymentListener): void {
    this.listeners.push(listener);
  }

  async summaries(em: EntityManager, orderIds: string[]): Promise<Map<string, PaymentSummary>> {
    const rows = orderIds.length
      ? await em.find(Payment, { where: { orderId: In(orderIds) }, order: { createdAt: 'ASC' } })
      : [];
    const result = new Map<string, PaymentSummary>();
    for (const id of orderIds) {
      const mine = rows.filter((p) => p.orderId === id);
      const settled = mine.filter((p) => p.status === 'succeeded' || p.status === 'refunded');
      const last = mine.at(-1);
      result.set(id, {
        paidFen: settled.reduce((sum, p) => sum + p.amountFen - p.refundedFen, 0),
        refundedFen: mine.reduce((sum, p) => sum + p.refundedFen, 0),
        method: last?.method ?? null,
        status: last?.status ?? null,
        refundStatus: last?.refundStatus ?? null,
      });
    }
    return result;
  }

  async paidFen(em: EntityManager, orderId: string): Promise<number> {
    return (await this.summaries(em, [orderId])).get(orderId)!.paidFen;
  }

  /**
   * A card payment of the co-pay: reuses the order's open PaymentIntent for the same amount, else
   * creates one (idempotency key = our payment id, so a retried request never makes two).
   */
  async startCardPayment(
    orderId: string,
    amountFen: number,
  ): Promise<{ clientSecret: string; amountFen: number; paymentId: string }> {
    if (!this.gateway) throw new CardPaymentsUnavailableError();
    // Find-or-create under a per-order lock: concurrent clicks share one payment, hence one
    // idempotency key, hence one PaymentIntent at Stripe.
    const payment = await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`copay:${orderId}`]);
      const open = await em.findOne(Payment, {
        where: { orderId, method: 'stripe', status: 'pending', amountFen },
        select: { id: true, clientSecret: true, stripePaymentIntentId: true },
        order: { createdAt: 'DESC' },
      });
      return open ?? (await em.save(Payment, { orderId, method: 'stripe', status: 'pending', amountFen }));
    });
    if (payment.clientSecret) return { clientSecret: payment.clientSecret, amountFen, paymentId: payment.id };
    let intent: { id: string; clientSecret: string };
    try {
      intent = await this.gateway.createCopayIntent({ orderId, amountFen, idempotencyKey: `copay-${payment.id}` });
    } catch (error) {
      this.logger.warn(`PaymentIntent for order ${orderId} failed: ${(error as Error).message}`);
      throw new PaymentProviderError((error as Error).message);
    }
    await this.dataSource.manager.update(Payment, payment.id, {
      stripePaymentIntentId: intent.id,
      clientSecret: intent.clientSecret,
    });
    return { clientSecret: intent.clientSecret, amountFen, paymentId: payment.id };
  }

  /** A bank transfer the provider confirms it received (always possible). */
  async recordOffline(
    em: EntityManager,
    input: { orderId: string; amountFen: number; reference: string; recordedBy: string },
  ): Promise<void> {
    await em.save(Payment, {
      orderId: input.orderId,
      method: 'offline',
      status: 'succeeded',
      amountFen: input.amountFen,
      reference: input.reference,
      recordedBy: input.recordedBy,
    });
    await this.notify(em, { orderId: input.orderId, change: 'paid', amountFen: input.amountFen, method: 'offline' });
  }

  /**
   * Refunds everything paid on an order, the way it was paid: a recorded bank transfer is refunded
   * at once (recorded), a card payment is marked for a Stripe refund that {@link submitRefunds}
   * sends after the caller's transaction commits. Returns the card payments to submit.
   */
  async requestRefunds(em: EntityManager, orderId: string): Promise<string[]> {
    const paid = await em.find(Payment, {
      where: { orderId, status: 'succeeded' },
      lock: { mode: 'pessimistic_write' },
    });
    const card: string[] = [];
    for (const p of paid) {
      if (p.method === 'offline') {
        await em.update(Payment, p.id, { status: 'refunded', refundedFen: p.amountFen, refundStatus: 'succeeded' });
        await this.notify(em, { orderId, change: 'refunded', amountFen: p.amountFen, method: 'offline' });
      } else if (!p.refundStatus) {
        await em.update(Payment, p.id, { refundStatus: 'requested' });
        card.push(p.id);
      }
    }
    return card;
  }

  /** Sends requested Stripe refunds (after commit; the worker retries what is left requested). */
  async submitRefunds(paymentIds?: string[]): Promise<number> {
    if (!this.gateway) return 0;
    const due = await this.dataSource.manager.find(Payment, {
      where: { refundStatus: 'requested', method: 'stripe', ...(paymentIds ? { id: In(paymentIds) } : {}) },
    });
    let sent = 0;
    for (const p of due) {
      try {
        const refund = await this.gateway.refund({
          paymentIntentId: p.stripePaymentIntentId!,
          amountFen: p.amountFen,
          idempotencyKey: `refund-${p.id}`,
        });
        await this.dataSource.manager.update(Payment, p.id, { refundStatus: 'submitted', stripeRefundId: refund.id });
        sent++;
      } catch (error) {
        this.logger.warn(`Refund of payment ${p.id} failed, will retry: ${(error as Error).message}`);
      }
    }
    return sent;
  }

  /**
   * A Stripe webhook: signature checked over the raw body (stale or tampered: 400, nothing
   * applied), then the event id is recorded in the same transaction as its effect, so a repeated
   * delivery does nothing; effects only move a payment forward, so any arrival order ends the same.
   */
  async handleStripeWebhook(
    rawBody: Buffer | undefined,
    signature: string | undefined,
  ): Promise<{ received: true; duplicate: boolean }> {
    if (!this.gateway) throw new CardPaymentsUnavailableError();
    if (!rawBody || !signature) throw new WebhookSignatureError('A signed Stripe event is required');
    let event: Stripe.Event;
    try {
      event = this.gateway.verifyEvent(rawBody, signature);
    } catch (error) {
      throw new WebhookSignatureError((error as Error).message);
    }
    try {
      return await this.dataSource.transaction(async (em) => {
        const inserted = await em
          .createQueryBuilder()
          .insert()
          .into(StripeEvent)
          .values({ id: event.id, type: event.type })
          .orIgnore()
          .returning('id')
          .execute();
        if (inserted.raw.length === 0) return { received: true as const, duplicate: true };
        await this.apply(em, event);
        return { received: true as const, duplicate: false };
      });
    } catch (error) {
      // Two deliveries of one event at the same moment: the loser has nothing to do.
      if (isUniqueViolation(error)) return { received: true, duplicate: true };
      throw error;
    }
  }

  private async apply(em: EntityManager, event: Stripe.Event): Promise<void> {
    if (event.type === 'payment_intent.succeeded' || event.type === 'payment_intent.payment_failed') {
      const intent = event.data.object;
      const to: PaymentStatus = event.type === 'payment_intent.succeeded' ? 'succeeded' : 'failed';
      await this.advance(em, intent.id, to, {
        ...(to === 'succeeded' ? { amountFen: intent.amount_received || intent.amount } : {}),
      });
    } else if (event.type === 'charge.refunded') {
      const charge = event.data.object;
      const intentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
      if (intentId) {
        await this.advance(em, intentId, 'refunded', {
          refundedFen: charge.amount_refunded,
          refundStatus: 'succeeded',
          amountFen: charge.amount_captured || charge.amount,
        });
      }
    }
  }

  /** Moves the payment of a PaymentIntent to `to` unless it is already there or further on. */
  private async advance(
    em: EntityManager,
    intentId: string,
    to: PaymentStatus,
    changes: Partial<Payment>,
  ): Promise<void> {
    const payment = await em.findOne(Payment, {
      where: { stripePaymentIntentId: intentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!payment) {
      this.logger.warn(`Stripe event for unknown PaymentIntent ${intentId} ignored`);
      return;
    }
    if (rank(to) <= rank(payment.status)) return;
    const wasPaid = payment.status === 'succeeded';
    await em.update(Payment, payment.id, { status: to, ...changes });
    const amountFen = changes.amountFen ?? payment.amountFen;
    // A refund that overtook its payment's success still reports the payment first.
    if (to === 'succeeded' || (to === 'refunded' && !wasPaid)) {
      await this.notify(em, { orderId: payment.orderId, change: 'paid', amountFen, method: 'stripe' });
    }
    if (to === 'failed')
      await this.notify(em, { orderId: payment.orderId, change: 'failed', amountFen, method: 'stripe' });
    if (to === 'refunded') {
      await this.notify(em, {
        orderId: payment.orderId,
        change: 'refunded',
        amountFen: changes.refundedFen ?? amountFen,
        method: 'stripe',
      });
    }
  }

  private async notify(em: EntityManager, change: Parameters<PaymentListener['onPaymentChanged']>[1]): Promise<void> {
    for (const listener of this.listeners) await listener.onPaymentChanged(em, change);
  }
}

import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Stripe from 'stripe';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '@app/database';
import { PAYMENT_GATEWAY, type PaymentGateway } from './payment-gateway.js';
import { CardPaymentsUnavailableError, WebhookEventInvalidError, WebhookSignatureError } from './payments.errors.js';
import { PaymentsRepository } from './payments.repository.js';
import { canAdvance, intentIdOf, isSurplusPayment, paymentChangeOf, stripeEventProblem } from './payments.rules.js';
import { paidOf, PaymentsService } from './payments.service.js';

/** The Stripe webhook: verified events moving card payments forward, each applied once. */
@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger(StripeWebhookService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PaymentsRepository,
    private readonly payments: PaymentsService,
    @Optional() @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway | null,
  ) {}

  /**
   * Signature checked over the raw body (stale or tampered: 400, nothing applied), then the event
   * id is recorded in the same transaction as its effect, so a repeated delivery does nothing;
   * effects only move a payment forward, so any arrival order ends the same. A success for an
   * order that ended, or whose co-pay is already paid, is refunded.
   */
  async handle(
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
    const problem = stripeEventProblem(event);
    if (problem) throw new WebhookEventInvalidError(problem);
    let refunds: string[] = [];
    let duplicate: boolean;
    try {
      duplicate = await this.dataSource.transaction(async (em) => {
        if (!(await this.repository.recordEvent(em, event))) return true;
        refunds = await this.apply(em, event);
        return false;
      });
    } catch (error) {
      // Two deliveries of one event at the same moment: the loser has nothing to do.
      if (isUniqueViolation(error)) return { received: true, duplicate: true };
      throw error;
    }
    if (refunds.length) await this.payments.submitRefunds(refunds);
    return { received: true, duplicate };
  }

  /** Applies one event; returns card payments to refund after commit. */
  private async apply(em: EntityManager, event: Stripe.Event): Promise<string[]> {
    const intentId = intentIdOf(event as never);
    if (!intentId) return [];
    const found = await this.repository.findOrderOfIntent(em, intentId);
    if (!found) {
      this.logger.warn(`Stripe event ${event.type} for unknown PaymentIntent ${intentId} ignored`);
      return [];
    }
    const order = await this.payments.orders.lockOrderForPayment(em, found.orderId);
    const all = await this.repository.lockOfOrder(em, found.orderId);
    const payment = all.find((p) => p.id === found.id)!;
    const plan = paymentChangeOf(event as never, payment);
    if (!plan || !canAdvance(payment.status, plan.to)) return [];
    const { to, ...changes } = plan;
    const before = payment.status;
    await this.repository.update(em, payment.id, { status: to, ...changes });
    const orderId = payment.orderId;
    const note = (change: Parameters<PaymentsService['notify']>[1]['change'], amountFen: number, reason?: string) =>
      this.payments.notify(em, { orderId, change, amountFen, method: 'stripe', ...(reason ? { reason } : {}) });

    // A refund that overtook its payment's success still reports the payment first.
    if (to === 'succeeded' || (to === 'refunded' && before !== 'succeeded' && before !== 'problem'))
      await note('paid', payment.amountFen);
    if (to === 'failed') await note('failed', payment.amountFen);
    if (to === 'cancelled') await note('cancelled', payment.amountFen);
    if (to === 'problem') await note('problem', plan.receivedFen ?? 0, plan.problem);
    if (to === 'refunded') await note('refunded', plan.refundedFen ?? payment.amountFen);

    // Money that arrived for an order that no longer takes it goes back the way it came.
    if ((to === 'succeeded' || to === 'problem') && !payment.refundStatus) {
      const paidBefore = paidOf(all.filter((p) => p.id !== payment.id));
      const surplus = to === 'succeeded' ? isSurplusPayment(order, paidBefore) : order.ended;
      if (surplus) {
        const reason = order.ended ? 'The order ended before this payment arrived' : 'The co-pay was already paid';
        return [await this.payments.markForRefund(em, { ...payment, status: to, ...changes }, reason)];
      }
    }
    return [];
  }
}

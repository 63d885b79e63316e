import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Payment, PaymentMethod } from './payment.entity.js';
import { PAYMENT_GATEWAY, type PaymentGateway } from './payment-gateway.js';
import { CardPaymentsUnavailableError, PaymentProviderError } from './payments.errors.js';
import { PaymentsRepository } from './payments.repository.js';
import { COUNTS_AS_PAID, type PaymentStatus } from './payments.rules.js';

/** What an order shows of its payments. */
export interface PaymentSummary {
  /** Co-pay received and not refunded. */
  paidFen: number;
  refundedFen: number;
  /** How the co-pay was (last) paid or is being paid. */
  method: PaymentMethod | null;
  status: PaymentStatus | null;
  refundStatus: string | null;
  /** Why the last card payment did not count as paid, when it did not. */
  problem: string | null;
}

export type PaymentChange = 'paid' | 'failed' | 'refunded' | 'refund_requested' | 'cancelled' | 'problem';

export interface PaymentChangeNotice {
  orderId: string;
  change: PaymentChange;
  amountFen: number;
  method: PaymentMethod;
  reason?: string;
}

/**
 * The orders context, as payments need it: it locks the order before any of its payments (the
 * lock order of every order transition) and is told of every change inside that transaction.
 */
export interface PaymentListener {
  lockOrderForPayment(em: EntityManager, orderId: string): Promise<{ ended: boolean; copayFen: number }>;
  onPaymentChanged(em: EntityManager, change: PaymentChangeNotice): Promise<void>;
}

/** Calls to Stripe decided inside an order's transaction, sent after it commits. */
export interface StripeCalls {
  cancels: string[];
  refunds: string[];
}

export const paidOf = (payments: Payment[]): number =>
  payments.filter((p) => COUNTS_AS_PAID.includes(p.status)).reduce((sum, p) => sum + p.amountFen - p.refundedFen, 0);

/** Co-pay payments (Stripe card payments and recorded bank transfers), their cancellation and refunds. */
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);
  private listener?: PaymentListener;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PaymentsRepository,
    @Optional() @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway | null,
  ) {}

  setListener(listener: PaymentListener): void {
    this.listener = listener;
  }

  get orders(): PaymentListener {
    if (!this.listener) throw new Error('The orders context has not registered with payments');
    return this.listener;
  }

  async summaries(em: EntityManager, orderIds: string[]): Promise<Map<string, PaymentSummary>> {
    const rows = await this.repository.ofOrders(em, orderIds);
    const result = new Map<string, PaymentSummary>();
    for (const id of orderIds) {
      const mine = rows.filter((p) => p.orderId === id);
      const last = mine.at(-1);
      result.set(id, {
        paidFen: paidOf(mine),
        refundedFen: mine.reduce((sum, p) => sum + p.refundedFen, 0),
        method: last?.method ?? null,
        status: last?.status ?? null,
        refundStatus: last?.refundStatus ?? null,
        problem: last?.problem ?? null,
      });
    }
    return result;
  }

  /** Under the order's lock: what is paid and which card payments are still open, with when they started. */
  async stateForOrder(em: EntityManager, orderId: string): Promise<{ paidFen: number; openCardSince: Date[] }> {
    const payments = await this.repository.lockOfOrder(em, orderId);
    return {
      paidFen: paidOf(payments),
      openCardSince: payments.filter(isOpenCard).map((p) => p.createdAt),
    };
  }

  /**
   * Under the order's lock: the card payment of the outstanding co-pay, reusing the open one for
   * the same amount (concurrent clicks share one payment, hence one PaymentIntent at Stripe).
   */
  async openCardPayment(
    em: EntityManager,
    orderId: string,
    amountFen: number,
    now: Date,
  ): Promise<{ paymentId: string; clientSecret: string | null }> {
    if (!this.gateway) throw new CardPaymentsUnavailableError();
    const open = await this.repository.openCardPayment(em, orderId, amountFen);
    if (open) return { paymentId: open.id, clientSecret: open.clientSecret };
    // Started at the app's clock: how long a card payment has been under way is a business rule.
    const created = await this.repository.insert(em, {
      orderId,
      method: 'stripe',
      status: 'pending',
      amountFen,
      createdAt: now,
    });
    return { paymentId: created.id, clientSecret: null };
  }

  /**
   * After the payment row committed: the PaymentIntent at Stripe (idempotency key = our payment id,
   * so a retried request never makes two). If the order ended meanwhile, the intent is cancelled.
   */
  async createIntent(paymentId: string, orderId: string, amountFen: number): Promise<string | null> {
    const gateway = this.gateway;
    if (!gateway) throw new CardPaymentsUnavailableError();
    let intent: { id: string; clientSecret: string };
    try {
      intent = await gateway.createCopayIntent({ orderId, amountFen, idempotencyKey: `copay-${paymentId}` });
    } catch (error) {
      this.logger.warn(`PaymentIntent for order ${orderId} failed: ${(error as Error).message}`);
      throw new PaymentProviderError((error as Error).message);
    }
    const { stillOpen } = await this.repository.attachIntent(this.dataSource.manager, paymentId, intent);
    if (stillOpen) return intent.clientSecret;
    await this.send({ cancels: [paymentId], refunds: [] });
    return null;
  }

  /** Under the order's lock: a bank transfer the provider confirms it received. */
  async recordOffline(
    em: EntityManager,
    input: { orderId: string; amountFen: number; reference: string; recordedBy: string; at: Date },
  ): Promise<void> {
    await this.repository.insert(em, {
      createdAt: input.at,
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
   * Under the order's lock: every open card payment is to be cancelled at Stripe. One whose intent
   * is still being created is cancelled here; its creator cancels the intent when it arrives.
   * Returns the cancellations to send after commit.
   */
  async cancelOpenPayments(em: EntityManager, orderId: string, reason: string): Promise<string[]> {
    const ids: string[] = [];
    for (const p of (await this.repository.lockOfOrder(em, orderId)).filter(isOpenCard)) {
      const withoutIntent = p.stripePaymentIntentId === null;
      await this.repository.update(em, p.id, {
        cancelStatus: 'requested',
        ...(withoutIntent ? { status: 'cancelled' as const } : {}),
      });
      await this.notify(em, { orderId, change: 'cancelled', amountFen: p.amountFen, method: 'stripe', reason });
      if (!withoutIntent) ids.push(p.id);
    }
    return ids;
  }

  /**
   * Under the order's lock: refunds everything received on the order, the way it was paid. A
   * recorded bank transfer is refunded at once (recorded); a card payment, or money Stripe took
   * that did not count (`problem`), is marked for a Stripe refund sent after commit.
   */
  async requestRefunds(em: EntityManager, orderId: string, reason: string): Promise<string[]> {
    const card: string[] = [];
    for (const p of await this.repository.lockOfOrder(em, orderId)) {
      if (p.status !== 'succeeded' && p.status !== 'problem') continue;
      if (p.method === 'offline') {
        await this.repository.update(em, p.id, {
          status: 'refunded',
          refundedFen: p.amountFen,
          refundStatus: 'succeeded',
        });
        await this.notify(em, { orderId, change: 'refunded', amountFen: p.amountFen, method: 'offline', reason });
      } else if (!p.refundStatus) {
        card.push(await this.markForRefund(em, p, reason));
      }
    }
    return card;
  }

  /** Marks one card payment for a Stripe refund (sent after commit) and says so in the order's history. */
  async markForRefund(em: EntityManager, p: Payment, reason: string): Promise<string> {
    await this.repository.update(em, p.id, { refundStatus: 'requested' });
    const amountFen = p.receivedFen ?? p.amountFen;
    await this.notify(em, { orderId: p.orderId, change: 'refund_requested', amountFen, method: 'stripe', reason });
    return p.id;
  }

  /** Sends the Stripe calls an order's transaction decided (after it committed). */
  async send(calls: StripeCalls): Promise<void> {
    if (calls.cancels.length) await this.submitCancellations(calls.cancels);
    if (calls.refunds.length) await this.submitRefunds(calls.refunds);
  }

  /** Sends requested Stripe refunds (after commit; the worker retries what is left requested). */
  async submitRefunds(paymentIds?: string[]): Promise<number> {
    const due = await this.repository.refundsToSend(this.dataSource.manager, paymentIds);
    return this.eachToStripe('Refund', due, async (gateway, p) => {
      const refund = await gateway.refund({
        paymentIntentId: p.stripePaymentIntentId!,
        amountFen: p.receivedFen ?? p.amountFen,
        idempotencyKey: `refund-${p.id}`,
      });
      await this.repository.update(this.dataSource.manager, p.id, {
        refundStatus: 'submitted',
        stripeRefundId: refund.id,
      });
    });
  }

  /**
   * Sends requested PaymentIntent cancellations (after commit; the worker retries). One Stripe
   * refuses because it already succeeded is left to the success webhook, which refunds it.
   */
  async submitCancellations(paymentIds?: string[]): Promise<number> {
    const due = await this.repository.cancellationsToSend(this.dataSource.manager, paymentIds);
    return this.eachToStripe('Cancelling', due, async (gateway, p) => {
      const outcome = await gateway.cancelIntent({
        paymentIntentId: p.stripePaymentIntentId!,
        idempotencyKey: `cancel-${p.id}`,
      });
      if (outcome === 'cancelled') await this.repository.markCancelled(this.dataSource.manager, p.id);
      else await this.repository.update(this.dataSource.manager, p.id, { cancelStatus: 'failed' });
    });
  }

  /** One Stripe call per payment; a failure is logged and left for the worker's next pass. */
  private async eachToStripe(
    what: string,
    payments: Payment[],
    call: (gateway: PaymentGateway, p: Payment) => Promise<void>,
  ): Promise<number> {
    if (!this.gateway) return 0;
    let sent = 0;
    for (const p of payments) {
      try {
        await call(this.gateway, p);
        sent++;
      } catch (error) {
        this.logger.warn(`${what} payment ${p.id} failed, will retry: ${(error as Error).message}`);
      }
    }
    return sent;
  }

  async notify(em: EntityManager, change: PaymentChangeNotice): Promise<void> {
    await this.orders.onPaymentChanged(em, change);
  }
}

/** A card payment the enterprise may still complete at Stripe. */
const isOpenCard = (p: Payment): boolean => p.method === 'stripe' && p.status === 'pending' && p.cancelStatus === null;

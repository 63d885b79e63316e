import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { type PaymentChangeNotice, type PaymentListener, PaymentsService } from '@app/payments';
import { type Actor, Clock, ForbiddenError, InvalidStateError, SYSTEM_ACTOR } from '@app/shared';
import { partyRole, visibleTo } from './order-access.js';
import type { Order } from './order.entity.js';
import { OrderViews } from './order-views.service.js';
import type { CardPaymentView, OrderView } from './order.views.js';
import { AlreadyPaidError, NothingToPayError, OrderEndedError, PaymentInProgressError } from './orders.errors.js';
import { OrdersRepository } from './orders.repository.js';
import { checkCardPayment, checkOfflinePayment, ENDED_WITHOUT_SERVICE } from './orders.rules.js';

/**
 * The co-pay of an order: paid once, by card (Stripe) or by a bank transfer the provider records;
 * and the orders side of every payment change (the order's lock first, then its history).
 */
@Injectable()
export class OrderPaymentsService implements OnModuleInit, PaymentListener {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OrdersRepository,
    private readonly views: OrderViews,
    private readonly payments: PaymentsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.payments.setListener(this);
  }

  /** The enterprise pays the outstanding co-pay of a confirmed order by card; never a paid one. */
  async startCardPayment(actor: Actor, id: string): Promise<CardPaymentView> {
    const started = await this.dataSource.transaction(async (em) => {
      const order = await this.lockConfirmed(em, actor, id, 'enterprise', 'pay');
      const { paidFen } = await this.payments.stateForOrder(em, id);
      const check = checkCardPayment(order.copayFen ?? 0, paidFen);
      if (!check.ok) throw check.error === 'ALREADY_PAID' ? new AlreadyPaidError() : new NothingToPayError();
      return {
        ...(await this.payments.openCardPayment(em, id, check.dueFen, this.clock.now())),
        amountFen: check.dueFen,
      };
    });
    if (started.clientSecret) return { clientSecret: started.clientSecret, amountFen: started.amountFen };
    const clientSecret = await this.payments.createIntent(started.paymentId, id, started.amountFen);
    // The order ended while the intent was being made; the intent is cancelled at Stripe.
    if (!clientSecret) throw new OrderEndedError();
    return { clientSecret, amountFen: started.amountFen };
  }

  /**
   * The provider records a bank transfer of the outstanding co-pay it received: not when it is
   * paid, not while the enterprise is paying by card; an abandoned card payment is cancelled first.
   */
  async recordOfflinePayment(actor: Actor, id: string, reference: string): Promise<OrderView> {
    const cancels: string[] = [];
    const view = await this.dataSource.transaction(async (em) => {
      const order = await this.lockConfirmed(em, actor, id, 'provider', 'record_payment');
      const state = await this.payments.stateForOrder(em, id);
      const copay = order.copayFen ?? 0;
      const now = this.clock.now();
      const check = checkOfflinePayment({
        copayFen: copay,
        paidFen: state.paidFen,
        openCardPaymentsStartedAt: state.openCardSince,
        now,
      });
      if (!check.ok) {
        if (check.error === 'ALREADY_PAID') throw new AlreadyPaidError();
        if (check.error === 'PAYMENT_IN_PROGRESS') throw new PaymentInProgressError();
        throw new NothingToPayError();
      }
      if (check.cancelCardPayments) {
        const why = 'The co-pay was paid by bank transfer instead';
        cancels.push(...(await this.payments.cancelOpenPayments(em, id, why)));
      }
      const amountFen = copay - state.paidFen;
      await this.payments.recordOffline(em, { orderId: id, amountFen, reference, recordedBy: actor.userId, at: now });
      await this.audit.record(em, actor, {
        entityType: 'order',
        entityId: id,
        action: 'payment_recorded',
        after: { method: 'offline', amountFen, reference },
      });
      return this.views.one(em, order);
    });
    await this.payments.send({ cancels, refunds: [] });
    return view;
  }

  async lockOrderForPayment(em: EntityManager, orderId: string): Promise<{ ended: boolean; copayFen: number }> {
    const order = await this.repository.lock(em, orderId);
    return { ended: !order || ENDED_WITHOUT_SERVICE.includes(order.status), copayFen: order?.copayFen ?? 0 };
  }

  /** Every payment change shows in the order's history; a payment problem also in the bureau's audit log. */
  async onPaymentChanged(em: EntityManager, change: PaymentChangeNotice): Promise<void> {
    if (change.change === 'problem') {
      await this.audit.record(em, SYSTEM_ACTOR, {
        entityType: 'order',
        entityId: change.orderId,
        action: 'payment_problem',
        reason: change.reason ?? null,
        after: { amountFen: change.amountFen, method: change.method },
      });
    }
    await this.repository.addEvent(em, {
      orderId: change.orderId,
      action: `payment_${change.change}`,
      actorRole: 'system',
      detail: {
        amountFen: change.amountFen,
        method: change.method,
        ...(change.reason ? { reason: change.reason } : {}),
      },
    });
  }

  private async lockConfirmed(
    em: EntityManager,
    actor: Actor,
    id: string,
    party: 'enterprise' | 'provider',
    action: string,
  ): Promise<Order> {
    const order = visibleTo(actor, await this.repository.lock(em, id));
    if (partyRole(actor, order) !== party) {
      const what =
        party === 'enterprise'
          ? 'Only the enterprise pays the co-pay'
          : 'Only the provider records a bank transfer it received';
      throw new ForbiddenError(what, 'FORBIDDEN_ROLE');
    }
    if (order.status !== 'confirmed') throw new InvalidStateError('order', order.status, action);
    return order;
  }
}

import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull, Not } from 'typeorm';
import { Payment, StripeEvent } from './payment.entity.js';

/** Named queries of the payments context (its tables only: `payment`, `stripe_event`). */
@Injectable()
export class PaymentsRepository {
  ofOrders(em: EntityManager, orderIds: string[]): Promise<Payment[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return em.find(Payment, { where: { orderId: In(orderIds) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The order's payments, locked (the caller holds the order's lock first, as every order transition does). */
  lockOfOrder(em: EntityManager, orderId: string): Promise<Payment[]> {
    return em.find(Payment, { where: { orderId }, order: { createdAt: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /** The open card payment for this amount that a repeated click reuses (one PaymentIntent per co-pay). */
  openCardPayment(em: EntityManager, orderId: string, amountFen: number): Promise<Payment | null> {
    return em.findOne(Payment, {
      where: { orderId, method: 'stripe', status: 'pending', cancelStatus: IsNull(), amountFen },
      select: { id: true, clientSecret: true, stripePaymentIntentId: true },
      order: { createdAt: 'DESC' },
    });
  }

  insert(em: EntityManager, payment: Partial<Payment>): Promise<Payment> {
    return em.save(Payment, payment);
  }

  update(em: EntityManager, id: string, changes: Partial<Payment>): Promise<unknown> {
    return em.update(Payment, id, changes);
  }

  /** Stores the PaymentIntent made for a payment and says whether the payment is still wanted. */
  async attachIntent(
    em: EntityManager,
    id: string,
    intent: { id: string; clientSecret: string },
  ): Promise<{ stillOpen: boolean }> {
    const [rows] = (await em.query(
      `UPDATE payment SET stripe_payment_intent_id = $2, client_secret = $3, updated_at = now()
       WHERE id = $1 RETURNING status, cancel_status`,
      [id, intent.id, intent.clientSecret],
    )) as [Array<{ status: string; cancel_status: string | null }>, number];
    return { stillOpen: rows[0]?.status === 'pending' && rows[0]?.cancel_status === null };
  }

  findOrderOfIntent(em: EntityManager, intentId: string): Promise<Pick<Payment, 'id' | 'orderId'> | null> {
    return em.findOne(Payment, { where: { stripePaymentIntentId: intentId }, select: { id: true, orderId: true } });
  }

  /** Records a Stripe event id; false when it was already applied (a repeated delivery). */
  async recordEvent(em: EntityManager, event: { id: string; type: string }): Promise<boolean> {
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(StripeEvent)
      .values({ id: event.id, type: event.type })
      .orIgnore()
      .returning('id')
      .execute();
    return inserted.raw.length > 0;
  }

  refundsToSend(em: EntityManager, ids?: string[]): Promise<Payment[]> {
    return em.find(Payment, {
      where: { refundStatus: 'requested', method: 'stripe', ...(ids ? { id: In(ids) } : {}) },
    });
  }

  cancellationsToSend(em: EntityManager, ids?: string[]): Promise<Payment[]> {
    return em.find(Payment, {
      where: {
        cancelStatus: 'requested',
        stripePaymentIntentId: Not(IsNull()),
        ...(ids ? { id: In(ids) } : {}),
      },
    });
  }

  /** Stripe cancelled the intent; a payment the webhook moved on meanwhile keeps its status. */
  async markCancelled(em: EntityManager, id: string): Promise<void> {
    await em.query(
      `UPDATE payment SET cancel_status = 'succeeded', updated_at = now(),
              status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE status END
       WHERE id = $1`,
      [id],
    );
  }
}

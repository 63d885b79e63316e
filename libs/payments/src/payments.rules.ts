/**
 * A payment's states, ranked: a Stripe event only ever moves a payment up, so events arriving
 * late, twice or out of order end in the same place (a late "failed" never undoes "succeeded").
 * `problem`: Stripe took an amount or currency other than the co-pay; it does not count as paid.
 */
export const PAYMENT_STATUSES = ['pending', 'failed', 'cancelled', 'problem', 'succeeded', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const canAdvance = (from: PaymentStatus, to: PaymentStatus): boolean =>
  PAYMENT_STATUSES.indexOf(to) > PAYMENT_STATUSES.indexOf(from);

/** Money received and not refunded counts towards the co-pay only from these states. */
export const COUNTS_AS_PAID: readonly PaymentStatus[] = ['succeeded', 'refunded'];

/** The parts of a Stripe event we read (PaymentIntent or Charge objects). */
export interface StripeEventLike {
  type: string;
  data: {
    object: {
      id: string;
      amount?: number;
      amount_received?: number;
      amount_captured?: number;
      amount_refunded?: number;
      currency?: string;
      payment_intent?: string | { id: string } | null;
    };
  };
}

export interface PaymentChangePlan {
  to: PaymentStatus;
  receivedFen?: number;
  refundedFen?: number;
  problem?: string;
  cancelStatus?: 'succeeded';
  refundStatus?: 'succeeded';
}

/** The PaymentIntent an event is about, or null for events we do not handle. */
export function intentIdOf(event: StripeEventLike): string | null {
  const object = event.data.object;
  if (event.type.startsWith('payment_intent.')) return object.id;
  if (event.type === 'charge.refunded') {
    const pi = object.payment_intent;
    return typeof pi === 'string' ? pi : (pi?.id ?? null);
  }
  return null;
}

/**
 * What a Stripe event does to the payment of its PaymentIntent (before the rank check). A success
 * must be exactly the co-pay in CNY; anything else is a problem the bureau sees, not a payment.
 */
export function paymentChangeOf(event: StripeEventLike, expected: { amountFen: number }): PaymentChangePlan | null {
  const object = event.data.object;
  switch (event.type) {
    case 'payment_intent.succeeded': {
      const received = object.amount_received ?? 0;
      const currency = object.currency ?? '';
      if (currency !== 'cny' || received !== expected.amountFen) {
        return {
          to: 'problem',
          receivedFen: received,
          problem: `Stripe received ${received} ${currency || '(no currency)'}; the co-pay is ${expected.amountFen} cny`,
        };
      }
      return { to: 'succeeded', receivedFen: received };
    }
    case 'payment_intent.payment_failed':
      return { to: 'failed' };
    case 'payment_intent.canceled':
      return { to: 'cancelled', cancelStatus: 'succeeded' };
    case 'charge.refunded':
      return { to: 'refunded', refundedFen: object.amount_refunded ?? 0, refundStatus: 'succeeded' };
    default:
      return null;
  }
}

/**
 * Money that just arrived and must go back: the order ended without the service, or its co-pay
 * was already paid another way (a co-pay is paid once).
 */
export function isSurplusPayment(order: { ended: boolean; copayFen: number }, paidBeforeFen: number): boolean {
  return order.ended || paidBeforeFen >= order.copayFen;
}

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

// Stripe's ids (evt_…, pi_…, ch_…): letters, digits and underscores, within the 255 of stripe_event.id.
const STRIPE_ID = /^[A-Za-z0-9_]{1,255}$/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFen = (value: unknown) => value === undefined || (Number.isSafeInteger(value) && (value as number) >= 0);

/**
 * What is wrong with a signed event's content (null: nothing), checked before any of it is read or
 * stored: an id and a type, `data.object` an object, and in the fields we read, Stripe ids,
 * amounts in whole non-negative fen and a currency code. A signature proves who sent it, not its shape.
 */
export function stripeEventProblem(event: unknown): string | null {
  if (!isRecord(event)) return 'the event is not an object';
  if (typeof event.id !== 'string' || !STRIPE_ID.test(event.id)) return 'the event has no valid id';
  if (typeof event.type !== 'string' || !/^[a-z_.]{1,100}$/.test(event.type)) return 'the event has no valid type';
  const object = isRecord(event.data) ? event.data.object : undefined;
  if (!isRecord(object)) return 'the event has no data.object';
  if (!event.type.startsWith('payment_intent.') && event.type !== 'charge.refunded') return null;
  if (typeof object.id !== 'string' || !STRIPE_ID.test(object.id)) return 'data.object.id is not a Stripe id';
  for (const field of ['amount', 'amount_received', 'amount_captured', 'amount_refunded'] as const) {
    if (!isFen(object[field])) return `data.object.${field} is not a whole non-negative amount`;
  }
  if (object.currency !== undefined && (typeof object.currency !== 'string' || !/^[a-z]{3}$/i.test(object.currency)))
    return 'data.object.currency is not a currency code';
  const pi = object.payment_intent;
  const intent = isRecord(pi) ? pi.id : pi;
  if (intent !== undefined && intent !== null && (typeof intent !== 'string' || !STRIPE_ID.test(intent)))
    return 'data.object.payment_intent is not a Stripe id';
  return null;
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

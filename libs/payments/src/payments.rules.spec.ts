import { describe, expect, it } from '@jest/globals';
import {
  canAdvance,
  intentIdOf,
  isSurplusPayment,
  PAYMENT_STATUSES,
  type PaymentStatus,
  paymentChangeOf,
  type StripeEventLike,
  stripeEventProblem,
} from './payments.rules.js';

const event = (type: string, object: Partial<StripeEventLike['data']['object']>): StripeEventLike => ({
  type,
  data: { object: { id: 'pi_1', ...object } },
});

describe('payment states only move forward', () => {
  // Written out by hand: which status may follow which (rows: from, columns: to).
  const FORWARD: Record<PaymentStatus, PaymentStatus[]> = {
    pending: ['failed', 'cancelled', 'problem', 'succeeded', 'refunded'],
    failed: ['cancelled', 'problem', 'succeeded', 'refunded'],
    cancelled: ['problem', 'succeeded', 'refunded'],
    problem: ['succeeded', 'refunded'],
    succeeded: ['refunded'],
    refunded: [],
  };
  const pairs = PAYMENT_STATUSES.flatMap((from) => PAYMENT_STATUSES.map((to) => [from, to] as const));
  it.each(pairs)('%s -> %s', (from, to) => {
    expect(canAdvance(from, to)).toBe(FORWARD[from].includes(to));
  });
});

describe('Stripe event -> payment change', () => {
  const expected = { amountFen: 450000 };
  it.each([
    [
      'a success of exactly the co-pay in cny',
      event('payment_intent.succeeded', { amount: 450000, amount_received: 450000, currency: 'cny' }),
      { to: 'succeeded', receivedFen: 450000 },
    ],
    [
      'a success of another amount',
      event('payment_intent.succeeded', { amount: 450000, amount_received: 1, currency: 'cny' }),
      { to: 'problem', receivedFen: 1, problem: 'Stripe received 1 cny; the co-pay is 450000 cny' },
    ],
    [
      'a success in another currency',
      event('payment_intent.succeeded', { amount: 450000, amount_received: 450000, currency: 'usd' }),
      { to: 'problem', receivedFen: 450000, problem: 'Stripe received 450000 usd; the co-pay is 450000 cny' },
    ],
    [
      'a success without amount_received (the amount asked is not what was taken)',
      event('payment_intent.succeeded', { amount: 450000, currency: 'cny' }),
      { to: 'problem', receivedFen: 0, problem: 'Stripe received 0 cny; the co-pay is 450000 cny' },
    ],
    ['a failure', event('payment_intent.payment_failed', { amount: 450000 }), { to: 'failed' }],
    ['a cancellation', event('payment_intent.canceled', {}), { to: 'cancelled', cancelStatus: 'succeeded' }],
    [
      'a refund',
      event('charge.refunded', { id: 'ch_1', payment_intent: 'pi_1', amount_refunded: 450000 }),
      { to: 'refunded', refundedFen: 450000, refundStatus: 'succeeded' },
    ],
    ['an event we do not handle', event('payment_intent.created', {}), null],
  ])('%s', (_case, e, plan) => {
    expect(paymentChangeOf(e, expected)).toEqual(plan);
  });

  it.each([
    [event('payment_intent.succeeded', { id: 'pi_9' }), 'pi_9'],
    [event('charge.refunded', { id: 'ch_1', payment_intent: 'pi_8' }), 'pi_8'],
    [event('charge.refunded', { id: 'ch_1', payment_intent: { id: 'pi_7' } }), 'pi_7'],
    [event('charge.refunded', { id: 'ch_1', payment_intent: null }), null],
    [event('customer.created', { id: 'cus_1' }), null],
  ])('the PaymentIntent of %j is %s', (e, id) => {
    expect(intentIdOf(e)).toBe(id);
  });
});

describe('money that arrives and must go back', () => {
  it.each([
    ['the order ended', { ended: true, copayFen: 450000 }, 0, true],
    ['the co-pay was already paid another way', { ended: false, copayFen: 450000 }, 450000, true],
    ['nothing is owed (not yet priced)', { ended: false, copayFen: 0 }, 0, true],
    ['the co-pay is still owed', { ended: false, copayFen: 450000 }, 0, false],
  ])('%s: refund %s', (_case, order, paidBefore, surplus) => {
    expect(isSurplusPayment(order, paidBefore)).toBe(surplus);
  });
});

describe('a signed event is read only when it has the shape of a Stripe event', () => {
  const succeeded = (object: Record<string, unknown>, top: Record<string, unknown> = {}) => ({
    id: 'evt_1',
    type: 'payment_intent.succeeded',
    data: { object: { id: 'pi_1', amount_received: 450000, currency: 'cny', ...object } },
    ...top,
  });

  it('accepts the events Stripe sends, and any well-formed event of a type we do not handle', () => {
    expect(stripeEventProblem(succeeded({}))).toBeNull();
    expect(stripeEventProblem(succeeded({ payment_intent: { id: 'pi_1' } }, { type: 'charge.refunded' }))).toBeNull();
    expect(stripeEventProblem({ id: 'evt_2', type: 'customer.created', data: { object: { id: 5 } } })).toBeNull();
  });

  it.each([
    ['not an object', []],
    ['no id', succeeded({}, { id: undefined })],
    ['a NUL in the id', succeeded({}, { id: 'evt_\u0000' })],
    ['an id longer than 255', succeeded({}, { id: `evt_${'x'.repeat(300)}` })],
    ['a number as type', succeeded({}, { type: 5 })],
    ['no data', succeeded({}, { data: null })],
    ['data.object a string', succeeded({}, { data: { object: 'x' } })],
    ['an array as the intent id', succeeded({ id: [] })],
    ['a fractional amount', succeeded({ amount_received: 1.5 })],
    ['a negative amount', succeeded({ amount_refunded: -1 }, { type: 'charge.refunded' })],
    ['an amount beyond 2^53', succeeded({ amount_received: 1e20 })],
    ['an amount as text', succeeded({ amount_received: '450000' })],
    ['a currency that is not a code', succeeded({ currency: 5 })],
    ['a payment_intent that is not an id', succeeded({ payment_intent: { id: 5 } }, { type: 'charge.refunded' })],
  ])('refuses an event with %s', (_, event) => {
    expect(stripeEventProblem(event)).toEqual(expect.any(String));
  });
});

import { describe, expect, it } from '@jest/globals';
import {
  ANSWER_WINDOW_MS,
  CARD_PAYMENT_WINDOW_MS,
  canAcceptAtListedPrice,
  canQuote,
  checkCardPayment,
  checkOfflinePayment,
  copayFen,
  ENDED_WITHOUT_SERVICE,
  endedBecause,
  expiresAt,
  isCopaySettled,
  isExpired,
  nextOrderState,
  ORDER_ACTIONS,
  ORDER_RULES,
  ORDER_STATUSES,
  type OrderAction,
  type OrderRole,
  type OrderStatus,
  quoteFloorFen,
} from './orders.rules.js';

const ROLES: OrderRole[] = ['enterprise', 'provider', 'reviewer', 'system'];
const TEXT = { reason: '理由', summary: '交付说明' };

// Every allowed (state, action, role), where it leads and what it causes, written out by hand
// from DOMAIN.md §4-5. Every way an order ends without the service cancels an open card payment,
// refunds what was paid and releases its voucher hold: a missing effect here is money kept for an
// order that ended. Every completion consumes the hold.
const END = ['cancel_open_payment', 'refund_paid', 'release_voucher'];
const COMPLETE = ['recount_served', 'consume_voucher'];
const ALLOWED: Array<[OrderStatus, OrderAction, OrderRole, OrderStatus, string[]]> = [
  ['requested', 'quote', 'provider', 'quoted', []],
  ['quoted', 'quote', 'provider', 'quoted', []],
  ['requested', 'accept', 'provider', 'confirmed', ['fix_listed_price']],
  ['requested', 'decline', 'provider', 'declined', END],
  ['quoted', 'decline', 'provider', 'declined', END],
  ['quoted', 'confirm', 'enterprise', 'confirmed', ['hold_voucher', 'fix_quoted_price']],
  ['requested', 'cancel', 'enterprise', 'cancelled', END],
  ['quoted', 'cancel', 'enterprise', 'cancelled', END],
  ['confirmed', 'cancel', 'enterprise', 'cancelled', END],
  ['requested', 'cancel', 'provider', 'cancelled', END],
  ['quoted', 'cancel', 'provider', 'cancelled', END],
  ['confirmed', 'cancel', 'provider', 'cancelled', END],
  ['confirmed', 'start', 'provider', 'in_progress', []],
  ['in_progress', 'deliver', 'provider', 'delivered', []],
  ['delivered', 'accept_delivery', 'enterprise', 'completed', COMPLETE],
  ['in_progress', 'dispute', 'enterprise', 'disputed', []],
  ['delivered', 'dispute', 'enterprise', 'disputed', []],
  ['disputed', 'resolve_completed', 'reviewer', 'completed', COMPLETE],
  ['disputed', 'resolve_cancelled', 'reviewer', 'cancelled', END],
  ['requested', 'expire', 'system', 'expired', END],
  ['quoted', 'expire', 'system', 'expired', END],
];

describe('order state machine', () => {
  it.each(ALLOWED)('%s --%s by %s--> %s causing %j', (from, action, role, to, effects) => {
    expect(nextOrderState(from, action, role, 'x')).toEqual({ ok: true, to, effects });
  });

  it('every transition into a state that ends without the service cancels open card payments, refunds and releases', () => {
    for (const [, , , to, effects] of ALLOWED.filter(([, , , to]) => ENDED_WITHOUT_SERVICE.includes(to))) {
      expect({ to, effects }).toEqual({ to, effects: END });
    }
    expect(ENDED_WITHOUT_SERVICE).toEqual(['declined', 'cancelled', 'expired']);
  });

  it.each([
    ['cancelled', 'The order was cancelled'],
    ['declined', 'The provider declined the order'],
    ['expired', 'The order expired unanswered'],
  ] as const)('money of a %s order goes back saying: %s', (status, why) => {
    expect(endedBecause(status)).toBe(why);
  });

  // Every other combination of state x action x role is refused: the role first, then the state.
  const refused = ORDER_STATUSES.flatMap((status) =>
    ORDER_ACTIONS.flatMap((action) =>
      ROLES.filter((role) => !ALLOWED.some(([s, a, r]) => s === status && a === action && r === role)).map(
        (role) => [status, action, role] as const,
      ),
    ),
  );
  it.each(refused)('refuses %s --%s by %s', (status, action, role) => {
    const error = ORDER_RULES[action].roles.includes(role) ? 'INVALID_STATE' : 'FORBIDDEN_ROLE';
    expect(nextOrderState(status, action, role, 'x')).toEqual({ ok: false, error });
  });

  it('the table above covers every allowed transition of the rules', () => {
    const fromRules = ORDER_ACTIONS.flatMap((a) =>
      ORDER_RULES[a].roles.flatMap((r) => ORDER_RULES[a].from.map((s) => `${s} ${a} ${r}`)),
    );
    expect(fromRules.sort()).toEqual(ALLOWED.map(([s, a, r]) => `${s} ${a} ${r}`).sort());
  });

  it.each([
    ['requested', 'decline', 'provider', 'REASON_REQUIRED'],
    ['confirmed', 'cancel', 'enterprise', 'REASON_REQUIRED'],
    ['delivered', 'dispute', 'enterprise', 'REASON_REQUIRED'],
    ['disputed', 'resolve_cancelled', 'reviewer', 'REASON_REQUIRED'],
    ['in_progress', 'deliver', 'provider', 'SUMMARY_REQUIRED'],
  ] as const)('%s --%s by %s needs text: %s', (status, action, role, error) => {
    expect(nextOrderState(status, action, role, null)).toEqual({ ok: false, error });
    expect(nextOrderState(status, action, role, '  ')).toEqual({ ok: false, error });
    expect(nextOrderState(status, action, role, TEXT.reason).ok).toBe(true);
  });
});

describe('prices, co-pay and expiry', () => {
  it('quotes fit quote and from listings; accepting at the listed price fits fixed and from', () => {
    expect([canQuote('fixed'), canQuote('from'), canQuote('quote')]).toEqual([false, true, true]);
    expect([canAcceptAtListedPrice('fixed'), canAcceptAtListedPrice('from'), canAcceptAtListedPrice('quote')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it.each([
    [450000, 0, 450000],
    [450000, 200000, 250000],
    [100000, 100000, 0],
    [100000, 150000, 0],
  ])('co-pay of %i with a voucher part of %i is %i', (price, voucher, copay) => {
    expect(copayFen(price, voucher)).toBe(copay);
  });

  it('start needs the co-pay paid in full, or none owed', () => {
    expect(isCopaySettled(0, 0)).toBe(true);
    expect(isCopaySettled(100, 99)).toBe(false);
    expect(isCopaySettled(100, 100)).toBe(true);
  });

  const created = new Date('2026-11-01T00:00:00Z');
  const quoted = new Date('2026-11-05T00:00:00Z');
  it('a request expires 7 days after it was made, a quote 7 days after it was given', () => {
    expect(expiresAt({ status: 'requested', createdAt: created, quotedAt: null })).toEqual(
      new Date(created.getTime() + ANSWER_WINDOW_MS),
    );
    expect(expiresAt({ status: 'quoted', createdAt: created, quotedAt: quoted })).toEqual(
      new Date(quoted.getTime() + ANSWER_WINDOW_MS),
    );
    for (const status of ['confirmed', 'in_progress', 'completed', 'cancelled'] as const) {
      expect(expiresAt({ status, createdAt: created, quotedAt: quoted })).toBeNull();
    }
  });

  it('expires at exactly 7 days, not a millisecond before', () => {
    const order = { status: 'requested' as const, createdAt: created, quotedAt: null };
    expect(isExpired(order, new Date(created.getTime() + ANSWER_WINDOW_MS - 1))).toBe(false);
    expect(isExpired(order, new Date(created.getTime() + ANSWER_WINDOW_MS))).toBe(true);
  });
});

describe('quotes and paying the co-pay once', () => {
  it.each([
    ['from', 50000, 50000],
    ['from', null, 1],
    ['quote', null, 1],
  ] as const)('a quote on a %s listing listed at %s starts at %i fen', (model, listed, floor) => {
    expect(quoteFloorFen(model, listed)).toBe(floor);
  });

  it.each([
    [0, 0, { ok: false, error: 'NOTHING_TO_PAY' }],
    [450000, 450000, { ok: false, error: 'ALREADY_PAID' }],
    [450000, 500000, { ok: false, error: 'ALREADY_PAID' }],
    [450000, 0, { ok: true, dueFen: 450000 }],
    [450000, 50000, { ok: true, dueFen: 400000 }],
  ])('a card payment on a co-pay of %i with %i paid: %j', (copay, paid, expected) => {
    expect(checkCardPayment(copay, paid)).toEqual(expected);
  });

  const now = new Date('2026-12-01T10:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  it.each([
    ['no co-pay', 0, 0, [], { ok: false, error: 'NOTHING_TO_PAY' }],
    ['paid by bank transfer already', 450000, 450000, [], { ok: false, error: 'ALREADY_PAID' }],
    ['paid by card already', 450000, 450000, [ago(1)], { ok: false, error: 'ALREADY_PAID' }],
    ['a card payment started just now', 450000, 0, [ago(1000)], { ok: false, error: 'PAYMENT_IN_PROGRESS' }],
    [
      'a card payment started a moment inside the window',
      450000,
      0,
      [ago(CARD_PAYMENT_WINDOW_MS - 1)],
      { ok: false, error: 'PAYMENT_IN_PROGRESS' },
    ],
    [
      'an abandoned card payment (the window passed)',
      450000,
      0,
      [ago(CARD_PAYMENT_WINDOW_MS)],
      { ok: true, cancelCardPayments: true },
    ],
    [
      'one abandoned and one recent card payment',
      450000,
      0,
      [ago(CARD_PAYMENT_WINDOW_MS * 2), ago(5)],
      { ok: false, error: 'PAYMENT_IN_PROGRESS' },
    ],
    ['nothing paid, no card payment', 450000, 0, [], { ok: true, cancelCardPayments: false }],
  ] as const)('a bank transfer record with %s', (_case, copay, paid, open, expected) => {
    expect(checkOfflinePayment({ copayFen: copay, paidFen: paid, openCardPaymentsStartedAt: [...open], now })).toEqual(
      expected,
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import {
  ANSWER_WINDOW_MS,
  canAcceptAtListedPrice,
  canQuote,
  copayFen,
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
} from './orders.rules.js';

const ROLES: OrderRole[] = ['enterprise', 'provider', 'reviewer', 'system'];
const TEXT = { reason: '理由', summary: '交付说明' };

// Every allowed (state, action, role) and where it leads, written out by hand from DOMAIN.md §4.
const ALLOWED: Array<[OrderStatus, OrderAction, OrderRole, OrderStatus]> = [
  ['requested', 'quote', 'provider', 'quoted'],
  ['quoted', 'quote', 'provider', 'quoted'],
  ['requested', 'accept', 'provider', 'confirmed'],
  ['requested', 'decline', 'provider', 'declined'],
  ['quoted', 'decline', 'provider', 'declined'],
  ['quoted', 'confirm', 'enterprise', 'confirmed'],
  ['requested', 'cancel', 'enterprise', 'cancelled'],
  ['quoted', 'cancel', 'enterprise', 'cancelled'],
  ['confirmed', 'cancel', 'enterprise', 'cancelled'],
  ['requested', 'cancel', 'provider', 'cancelled'],
  ['quoted', 'cancel', 'provider', 'cancelled'],
  ['confirmed', 'cancel', 'provider', 'cancelled'],
  ['confirmed', 'start', 'provider', 'in_progress'],
  ['in_progress', 'deliver', 'provider', 'delivered'],
  ['delivered', 'accept_delivery', 'enterprise', 'completed'],
  ['in_progress', 'dispute', 'enterprise', 'disputed'],
  ['delivered', 'dispute', 'enterprise', 'disputed'],
  ['disputed', 'resolve_completed', 'reviewer', 'completed'],
  ['disputed', 'resolve_cancelled', 'reviewer', 'cancelled'],
  ['requested', 'expire', 'system', 'expired'],
  ['quoted', 'expire', 'system', 'expired'],
];

describe('order state machine', () => {
  it.each(ALLOWED)('%s --%s by %s--> %s', (from, action, role, to) => {
    expect(nextOrderState(from, action, role, 'x')).toEqual({ ok: true, to });
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

/** Order (预约) states of DOMAIN.md §4. */
export const ORDER_STATUSES = [
  'requested',
  'quoted',
  'confirmed',
  'in_progress',
  'delivered',
  'completed',
  'disputed',
  'declined',
  'cancelled',
  'expired',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTIONS = [
  'quote',
  'accept',
  'decline',
  'confirm',
  'cancel',
  'start',
  'deliver',
  'accept_delivery',
  'dispute',
  'resolve_completed',
  'resolve_cancelled',
  'expire',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

export type OrderRole = 'enterprise' | 'provider' | 'reviewer' | 'system';

/**
 * What a transition causes beyond the status, applied by the service in the transition's
 * transaction (card calls to Stripe are sent after it commits and retried by the worker).
 */
export type OrderEffect =
  /** Freeze the listed price as the agreed price (accept). */
  | 'fix_listed_price'
  /** Freeze the quote the enterprise named as the agreed price (confirm). */
  | 'fix_quoted_price'
  /** Cancel any card payment still open at Stripe. */
  | 'cancel_open_payment'
  /** Refund every payment received, the way it was paid. */
  | 'refund_paid'
  /** Hold the voucher part of the agreed price (a confirmed quote; listed prices hold at creation). */
  | 'hold_voucher'
  /** Return the voucher hold to the voucher's available money. */
  | 'release_voucher'
  /** Turn the voucher hold into consumed money (the provider may then claim it). */
  | 'consume_voucher'
  /** Recount the enterprises served by the provider and the listing. */
  | 'recount_served';

/** The effects of ending an order that does not go ahead: no money may stay with it. */
const END_WITHOUT_SERVICE: OrderEffect[] = ['cancel_open_payment', 'refund_paid', 'release_voucher'];
// Recount before consuming: the provider's row is locked before the voucher's, the order in which
// order creation takes them (provider FOR SHARE, then the voucher), so the two never deadlock.
const COMPLETE: OrderEffect[] = ['recount_served', 'consume_voucher'];

interface Rule {
  roles: OrderRole[];
  from: OrderStatus[];
  to: OrderStatus;
  /** The body must say why (reason) or what (summary). */
  needs?: 'reason' | 'summary';
  effects?: OrderEffect[];
}

export const ORDER_RULES: Record<OrderAction, Rule> = {
  // A provider may revise its quote until the enterprise confirms.
  quote: { roles: ['provider'], from: ['requested', 'quoted'], to: 'quoted' },
  accept: { roles: ['provider'], from: ['requested'], to: 'confirmed', effects: ['fix_listed_price'] },
  decline: {
    roles: ['provider'],
    from: ['requested', 'quoted'],
    to: 'declined',
    needs: 'reason',
    effects: END_WITHOUT_SERVICE,
  },
  confirm: { roles: ['enterprise'], from: ['quoted'], to: 'confirmed', effects: ['hold_voucher', 'fix_quoted_price'] },
  cancel: {
    roles: ['enterprise', 'provider'],
    from: ['requested', 'quoted', 'confirmed'],
    to: 'cancelled',
    needs: 'reason',
    effects: END_WITHOUT_SERVICE,
  },
  start: { roles: ['provider'], from: ['confirmed'], to: 'in_progress' },
  deliver: { roles: ['provider'], from: ['in_progress'], to: 'delivered', needs: 'summary' },
  accept_delivery: { roles: ['enterprise'], from: ['delivered'], to: 'completed', effects: COMPLETE },
  dispute: { roles: ['enterprise'], from: ['in_progress', 'delivered'], to: 'disputed', needs: 'reason' },
  resolve_completed: {
    roles: ['reviewer'],
    from: ['disputed'],
    to: 'completed',
    needs: 'reason',
    effects: COMPLETE,
  },
  resolve_cancelled: {
    roles: ['reviewer'],
    from: ['disputed'],
    to: 'cancelled',
    needs: 'reason',
    effects: END_WITHOUT_SERVICE,
  },
  expire: { roles: ['system'], from: ['requested', 'quoted'], to: 'expired', effects: END_WITHOUT_SERVICE },
};

export type OrderTransition =
  | { ok: true; to: OrderStatus; effects: OrderEffect[] }
  | { ok: false; error: 'FORBIDDEN_ROLE' | 'INVALID_STATE' | 'REASON_REQUIRED' | 'SUMMARY_REQUIRED' };

/** Who may do what from which state: role first, then state, then the required text. */
export function nextOrderState(
  status: OrderStatus,
  action: OrderAction,
  role: OrderRole,
  text: string | null = null,
): OrderTransition {
  const rule = ORDER_RULES[action];
  if (!rule.roles.includes(role)) return { ok: false, error: 'FORBIDDEN_ROLE' };
  if (!rule.from.includes(status)) return { ok: false, error: 'INVALID_STATE' };
  if (rule.needs && !text?.trim())
    return { ok: false, error: rule.needs === 'reason' ? 'REASON_REQUIRED' : 'SUMMARY_REQUIRED' };
  return { ok: true, to: rule.to, effects: rule.effects ?? [] };
}

/** States of an order that ended without the service: any money that still arrives goes back. */
export const ENDED_WITHOUT_SERVICE: readonly OrderStatus[] = ['declined', 'cancelled', 'expired'];

/** Why money goes back, in the order's history. */
export function endedBecause(status: OrderStatus): string {
  if (status === 'declined') return 'The provider declined the order';
  if (status === 'expired') return 'The order expired unanswered';
  return status === 'cancelled' ? 'The order was cancelled' : `The order is ${status}`;
}

/** A quote on a `from` listing starts at its listed price; other quotes are any positive amount. */
export function quoteFloorFen(model: PriceModel, listedPriceFen: number | null): number {
  return model === 'from' ? (listedPriceFen ?? 1) : 1;
}

export type CardPaymentCheck = { ok: true; dueFen: number } | { ok: false; error: 'ALREADY_PAID' | 'NOTHING_TO_PAY' };

/** The enterprise may start a card payment for what is left of the co-pay, never for a paid one. */
export function checkCardPayment(copay: number, paidFen: number): CardPaymentCheck {
  if (copay === 0) return { ok: false, error: 'NOTHING_TO_PAY' };
  if (paidFen >= copay) return { ok: false, error: 'ALREADY_PAID' };
  return { ok: true, dueFen: copay - paidFen };
}

/** A card payment counts as under way for this long after it was started; after that it may be set aside. */
export const CARD_PAYMENT_WINDOW_MS = 30 * 60 * 1000;

export type OfflinePaymentCheck =
  | { ok: true; cancelCardPayments: boolean }
  | { ok: false; error: 'ALREADY_PAID' | 'PAYMENT_IN_PROGRESS' | 'NOTHING_TO_PAY' };

/**
 * Whether the provider may record a bank transfer for the co-pay. A co-pay is paid once: not after
 * it is paid, and not while the enterprise is paying by card. A card payment started longer ago
 * than the window was abandoned: it is cancelled at Stripe first (and refunded if it still succeeds).
 */
export function checkOfflinePayment(input: {
  copayFen: number;
  paidFen: number;
  openCardPaymentsStartedAt: Date[];
  now: Date;
}): OfflinePaymentCheck {
  if (input.copayFen === 0) return { ok: false, error: 'NOTHING_TO_PAY' };
  if (input.paidFen >= input.copayFen) return { ok: false, error: 'ALREADY_PAID' };
  const open = input.openCardPaymentsStartedAt;
  if (open.some((at) => input.now.getTime() - at.getTime() < CARD_PAYMENT_WINDOW_MS))
    return { ok: false, error: 'PAYMENT_IN_PROGRESS' };
  return { ok: true, cancelCardPayments: open.length > 0 };
}

export type PriceModel = 'fixed' | 'from' | 'quote';

/** Quotes are for `quote` listings and for `from` listings priced above the start; a fixed price is not negotiated. */
export const canQuote = (model: PriceModel): boolean => model !== 'fixed';
/** Accepting confirms at the listed price, which a `quote` listing does not have. */
export const canAcceptAtListedPrice = (model: PriceModel): boolean => model !== 'quote';

export const ANSWER_WINDOW_MS = 7 * 24 * 3600 * 1000;

/**
 * When an unanswered order expires: a request 7 days after it was made (the provider did not
 * answer), a quote 7 days after it was given (the enterprise did not confirm); otherwise never.
 */
export function expiresAt(order: { status: OrderStatus; createdAt: Date; quotedAt: Date | null }): Date | null {
  if (order.status === 'requested') return new Date(order.createdAt.getTime() + ANSWER_WINDOW_MS);
  if (order.status === 'quoted' && order.quotedAt) return new Date(order.quotedAt.getTime() + ANSWER_WINDOW_MS);
  return null;
}

export function isExpired(order: { status: OrderStatus; createdAt: Date; quotedAt: Date | null }, now: Date): boolean {
  const at = expiresAt(order);
  return at !== null && now.getTime() >= at.getTime();
}

/** Co-pay owed by the enterprise: the agreed price less the voucher part (never below zero). */
export function copayFen(agreedPriceFen: number, voucherFen: number): number {
  return Math.max(0, agreedPriceFen - voucherFen);
}

/** `start` needs the co-pay paid in full, or no co-pay at all. */
export const isCopaySettled = (copay: number, paid: number): boolean => copay === 0 || paid >= copay;

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

interface Rule {
  roles: OrderRole[];
  from: OrderStatus[];
  to: OrderStatus;
  /** The body must say why (reason) or what (summary). */
  needs?: 'reason' | 'summary';
}

export const ORDER_RULES: Record<OrderAction, Rule> = {
  // A provider may revise its quote until the enterprise confirms.
  quote: { roles: ['provider'], from: ['requested', 'quoted'], to: 'quoted' },
  accept: { roles: ['provider'], from: ['requested'], to: 'confirmed' },
  decline: { roles: ['provider'], from: ['requested', 'quoted'], to: 'declined', needs: 'reason' },
  confirm: { roles: ['enterprise'], from: ['quoted'], to: 'confirmed' },
  cancel: {
    roles: ['enterprise', 'provider'],
    from: ['requested', 'quoted', 'confirmed'],
    to: 'cancelled',
    needs: 'reason',
  },
  start: { roles: ['provider'], from: ['confirmed'], to: 'in_progress' },
  deliver: { roles: ['provider'], from: ['in_progress'], to: 'delivered', needs: 'summary' },
  accept_delivery: { roles: ['enterprise'], from: ['delivered'], to: 'completed' },
  dispute: { roles: ['enterprise'], from: ['in_progress', 'delivered'], to: 'disputed', needs: 'reason' },
  resolve_completed: { roles: ['reviewer'], from: ['disputed'], to: 'completed', needs: 'reason' },
  resolve_cancelled: { roles: ['reviewer'], from: ['disputed'], to: 'cancelled', needs: 'reason' },
  expire: { roles: ['system'], from: ['requested', 'quoted'], to: 'expired' },
};

export type OrderTransition =
  | { ok: true; to: OrderStatus }
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
  return { ok: true, to: rule.to };
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

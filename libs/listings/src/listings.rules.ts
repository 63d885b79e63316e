/** 服务产品 listing states: a draft is published by its owner, unpublished and re-published; a reviewer may take it down. */
export const LISTING_STATUSES = ['draft', 'published', 'unpublished', 'taken_down'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const LISTING_ACTIONS = ['publish', 'unpublish', 'take_down'] as const;
export type ListingAction = (typeof LISTING_ACTIONS)[number];

export const PRICE_MODELS = ['fixed', 'from', 'quote'] as const;
export type PriceModel = (typeof PRICE_MODELS)[number];

type Role = 'owner' | 'reviewer';

const TRANSITIONS: Record<ListingAction, { role: Role; from: ListingStatus[]; to: ListingStatus; reason: boolean }> = {
  publish: { role: 'owner', from: ['draft', 'unpublished'], to: 'published', reason: false },
  unpublish: { role: 'owner', from: ['published'], to: 'unpublished', reason: false },
  // Taken down for good: the provider may not re-publish it (a new listing goes through the same checks).
  take_down: { role: 'reviewer', from: ['published', 'unpublished'], to: 'taken_down', reason: true },
};

export type TransitionResult =
  { ok: true; to: ListingStatus } | { ok: false; error: 'FORBIDDEN_ROLE' | 'INVALID_STATE' | 'REASON_REQUIRED' };

/** Who may do what from which state; role first, then state, then the reason. */
export function nextListingStatus(
  status: ListingStatus,
  action: ListingAction,
  role: Role,
  reason: string | null,
): TransitionResult {
  const rule = TRANSITIONS[action];
  if (rule.role !== role) return { ok: false, error: 'FORBIDDEN_ROLE' };
  if (!rule.from.includes(status)) return { ok: false, error: 'INVALID_STATE' };
  if (rule.reason && !reason?.trim()) return { ok: false, error: 'REASON_REQUIRED' };
  return { ok: true, to: rule.to };
}

/** The owner may edit anything but a taken-down listing. */
export const isListingEditable = (status: ListingStatus): boolean => status !== 'taken_down';

/** Found in search: published, by a provider in good standing. */
export const isSearchable = (status: ListingStatus, providerStatus: string): boolean =>
  status === 'published' && providerStatus === 'approved';

/** A price is required for `fixed` and `from` and must be absent for `quote`; null when fine, else the problem. */
export function priceProblem(model: PriceModel, priceFen: number | null | undefined): string | null {
  if (model === 'quote') return priceFen == null ? null : 'priceFen must be empty when priceModel is quote';
  return priceFen == null ? `priceFen is required when priceModel is ${model}` : null;
}

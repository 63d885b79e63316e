/**
 * Matchmaking (供需对接, DOMAIN.md §9) as pure rules: the demand's states, who may see and answer
 * a demand, proposals, event capacity, meeting clashes and the order of suggested providers.
 */

export const DEMAND_STATUSES = ['draft', 'open', 'matched', 'closed', 'expired'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export const DEMAND_ACTIONS = ['publish', 'close', 'match', 'expire'] as const;
export type DemandAction = (typeof DEMAND_ACTIONS)[number];

/** `owner`: the enterprise that posted it; `system`: the worker (expiry at the deadline). */
export type DemandRole = 'owner' | 'system';

/**
 * What a transition causes besides the status: `notify_suggested` tells the top suggested providers
 * (once), `decline_standing` declines every proposal still standing and tells its provider.
 */
export type DemandEffect = 'notify_suggested' | 'decline_standing';

const DEMAND_RULES: Record<
  DemandAction,
  { roles: DemandRole[]; from: DemandStatus[]; to: DemandStatus; effects: DemandEffect[] }
> = {
  publish: { roles: ['owner'], from: ['draft'], to: 'open', effects: ['notify_suggested'] },
  // An owner may withdraw a draft or an open demand; a decided one stays as it ended.
  close: { roles: ['owner'], from: ['draft', 'open'], to: 'closed', effects: ['decline_standing'] },
  // Accepting a proposal matches the demand; the other proposals are declined.
  match: { roles: ['owner'], from: ['open'], to: 'matched', effects: ['decline_standing'] },
  expire: { roles: ['system'], from: ['open'], to: 'expired', effects: ['decline_standing'] },
};

export type DemandTransition =
  { ok: true; to: DemandStatus; effects: DemandEffect[] } | { ok: false; error: 'FORBIDDEN_ROLE' | 'INVALID_STATE' };

export function nextDemandState(status: DemandStatus, action: DemandAction, role: DemandRole): DemandTransition {
  const rule = DEMAND_RULES[action];
  if (!rule.roles.includes(role)) return { ok: false, error: 'FORBIDDEN_ROLE' };
  if (!rule.from.includes(status)) return { ok: false, error: 'INVALID_STATE' };
  return { ok: true, to: rule.to, effects: rule.effects };
}

/** A draft's content may change; once published it is what providers answered. */
export const isDemandEditable = (status: DemandStatus): boolean => status === 'draft';

/**
 * The instant a demand with this deadline (a date, YYYY-MM-DD, Asia/Shanghai) expires: the end of
 * that day, midnight after it in UTC+8.
 */
export function deadlineInstant(deadline: string): Date {
  const [y, m, d] = deadline.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1) - 8 * 3600 * 1000);
}

/** Why a demand cannot be published now, or null: its deadline must still be ahead and its budget range in order. */
export function publishRefusal(
  demand: { deadline: string; budgetMinFen: number | null; budgetMaxFen: number | null },
  now: Date,
): 'DEADLINE_PASSED' | 'BUDGET_RANGE_INVALID' | null {
  if (deadlineInstant(demand.deadline) <= now) return 'DEADLINE_PASSED';
  if (demand.budgetMinFen !== null && demand.budgetMaxFen !== null && demand.budgetMinFen > demand.budgetMaxFen)
    return 'BUDGET_RANGE_INVALID';
  return null;
}

export type DemandVisibility = 'pool' | 'public';

/** Who asks to see a demand. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'enterprise'; orgId: string }
  | { kind: 'provider'; orgId: string; approved: boolean; categories: readonly string[]; status?: string }
  | { kind: 'bureau' };

/**
 * DOMAIN.md §9: the owner and the bureau see every demand of theirs / every demand; others see
 * only open or decided ones, never drafts: a `public` demand anyone, a `pool` demand approved
 * providers of its category. Anyone else is told it does not exist (404).
 */
export function canSeeDemand(
  viewer: Viewer,
  demand: { enterpriseId: string; status: DemandStatus; visibility: DemandVisibility; category: string },
): boolean {
  if (viewer.kind === 'bureau') return true;
  if (viewer.kind === 'enterprise' && viewer.orgId === demand.enterpriseId) return true;
  if (demand.status === 'draft') return false;
  if (demand.visibility === 'public') return true;
  return viewer.kind === 'provider' && viewer.approved && viewer.categories.includes(demand.category);
}

/** Why this provider may not propose on this demand, or null. */
export function proposalRefusal(
  provider: { approved: boolean; categories: readonly string[] },
  demand: { status: DemandStatus; category: string },
): 'PROVIDER_NOT_APPROVED' | 'CATEGORY_NOT_SERVED' | 'DEMAND_NOT_OPEN' | null {
  if (!provider.approved) return 'PROVIDER_NOT_APPROVED';
  if (!provider.categories.includes(demand.category)) return 'CATEGORY_NOT_SERVED';
  if (demand.status !== 'open') return 'DEMAND_NOT_OPEN';
  return null;
}

export const PROPOSAL_STATUSES = ['submitted', 'withdrawn', 'accepted', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A proposal may be edited, withdrawn or accepted while it stands and its demand is open (undecided). */
export const isProposalOpen = (proposal: ProposalStatus, demand: DemandStatus): boolean =>
  proposal === 'submitted' && demand === 'open';

/** Registrations stop at the event's capacity for the party's kind. */
export const hasRoom = (registered: number, capacity: number): boolean => registered < capacity;

/** A meeting's time: from `startsAt` for `minutes`. */
export interface Slot {
  startsAt: Date;
  minutes: number;
}

/** Whether two slots share any instant (a meeting ending at 10:00 and one starting then do not). */
export function overlaps(a: Slot, b: Slot): boolean {
  const aEnd = a.startsAt.getTime() + a.minutes * 60_000;
  const bEnd = b.startsAt.getTime() + b.minutes * 60_000;
  return a.startsAt.getTime() < bEnd && b.startsAt.getTime() < aEnd;
}

/**
 * The party of a new meeting already in another meeting at that time ('enterprise' first), or
 * null: no party is in two meetings at once.
 */
export function meetingClash(
  meeting: Slot & { enterpriseId: string; providerId: string },
  existing: ReadonlyArray<Slot & { enterpriseId: string; providerId: string }>,
): 'enterprise' | 'provider' | null {
  const clashing = existing.filter((m) => overlaps(m, meeting));
  if (clashing.some((m) => m.enterpriseId === meeting.enterpriseId)) return 'enterprise';
  if (clashing.some((m) => m.providerId === meeting.providerId)) return 'provider';
  return null;
}

/** One approved provider of the demand's category serving its region, with why it may fit. */
export interface SuggestionCandidate {
  providerId: string;
  /** The demand's words found in the provider's published listings. */
  matchedWords: readonly string[];
  rating: number;
  servedCount: number;
}

export const SUGGESTION_LIMIT = 10;

/**
 * Suggested providers in order: more of the demand's words in their listings first, then the
 * higher rating, then more enterprises served, then the id (a stable order for equal facts).
 */
export function rankSuggestions(candidates: readonly SuggestionCandidate[]): SuggestionCandidate[] {
  return [...candidates]
    .sort(
      (a, b) =>
        b.matchedWords.length - a.matchedWords.length ||
        b.rating - a.rating ||
        b.servedCount - a.servedCount ||
        (a.providerId < b.providerId ? -1 : a.providerId > b.providerId ? 1 : 0),
    )
    .slice(0, SUGGESTION_LIMIT);
}

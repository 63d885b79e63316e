/** Pool membership (资源池 入池/出池, 有进有出) as pure rules: DOMAIN.md §1. */

export const PROVIDER_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'returned',
  'rejected',
  'suspended',
  'removed',
] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

export const POOL_ACTIONS = ['submit', 'approve', 'return', 'reject', 'suspend', 'reinstate', 'remove'] as const;
export type PoolAction = (typeof POOL_ACTIONS)[number];

/** Who acts: the provider's own user, or a bureau reviewer. */
export type PoolActorRole = 'provider' | 'reviewer';

interface Transition {
  from: readonly ProviderStatus[];
  to: ProviderStatus;
  by: PoolActorRole;
  reasonRequired: boolean;
}

export const TRANSITIONS: Record<PoolAction, Transition> = {
  submit: {
    from: ['draft', 'returned', 'rejected', 'removed'],
    to: 'submitted',
    by: 'provider',
    reasonRequired: false,
  },
  approve: { from: ['submitted'], to: 'approved', by: 'reviewer', reasonRequired: false },
  return: { from: ['submitted'], to: 'returned', by: 'reviewer', reasonRequired: true },
  reject: { from: ['submitted'], to: 'rejected', by: 'reviewer', reasonRequired: true },
  suspend: { from: ['approved'], to: 'suspended', by: 'reviewer', reasonRequired: true },
  reinstate: { from: ['suspended'], to: 'approved', by: 'reviewer', reasonRequired: false },
  remove: { from: ['approved', 'suspended'], to: 'removed', by: 'reviewer', reasonRequired: true },
};

/** Past tense used in the audit log and in `lastDecision.action`. */
export const ACTION_RECORDED: Record<PoolAction, string> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  reject: 'rejected',
  suspend: 'suspended',
  reinstate: 'reinstated',
  remove: 'removed',
};

export type TransitionResult =
  { ok: true; to: ProviderStatus } | { ok: false; error: 'FORBIDDEN_ROLE' | 'INVALID_STATE' | 'REASON_REQUIRED' };

/** The next status for `action` by `role` from `status`, or why it is refused (role first, then state, then reason). */
export function nextStatus(
  status: ProviderStatus,
  action: PoolAction,
  role: PoolActorRole,
  reason?: string | null,
): TransitionResult {
  const t = TRANSITIONS[action];
  if (t.by !== role) return { ok: false, error: 'FORBIDDEN_ROLE' };
  if (!t.from.includes(status)) return { ok: false, error: 'INVALID_STATE' };
  if (t.reasonRequired && !reason?.trim()) return { ok: false, error: 'REASON_REQUIRED' };
  return { ok: true, to: t.to };
}

/** A rejected provider may submit again 30 days after the decision; a removed one 12 months after. */
export function reapplyAfter(status: ProviderStatus, decidedAt: Date): Date | null {
  if (status === 'rejected') return new Date(decidedAt.getTime() + 30 * 24 * 3600 * 1000);
  if (status === 'removed') {
    const d = new Date(decidedAt);
    d.setUTCFullYear(d.getUTCFullYear() + 1);
    return d;
  }
  return null;
}

/** The profile can be edited by its owner except while the bureau reviews it. */
export function isEditable(status: ProviderStatus): boolean {
  return status !== 'submitted';
}

/** Listings of a provider are visible in search only while it is an approved member. */
export function isListable(status: ProviderStatus): boolean {
  return status === 'approved';
}

export interface Qualification {
  kind: string;
  number: string;
  issuer: string;
  /** YYYY-MM-DD, inclusive. */
  validUntil: string;
}

export interface AdmissionCheck {
  code: 'USCC_VALID' | 'USCC_UNIQUE_IN_POOL' | 'USCC_UNCONTESTED' | 'HAS_CATEGORY' | 'QUALIFICATIONS_VALID';
  passed: boolean;
  detail: string;
}

/** The admission checks shown to the reviewer (DOMAIN.md §1). `today` is YYYY-MM-DD in Asia/Shanghai. */
export function admissionChecks(input: {
  usccValid: boolean;
  duplicateUsccProviderIds: string[];
  /** Other provider organisations that registered the same USCC (whoever holds the licence is the provider). */
  otherRegistrations: Array<{ id: string; name: string; verified: boolean }>;
  categories: string[];
  qualifications: Qualification[];
  today: string;
}): AdmissionCheck[] {
  const verifiedElsewhere = input.otherRegistrations.find((o) => o.verified);
  const expired = input.qualifications.filter((q) => q.validUntil < input.today);
  return [
    {
      code: 'USCC_VALID',
      passed: input.usccValid,
      detail: input.usccValid ? 'The check character is right' : 'The check character is wrong',
    },
    {
      code: 'USCC_UNIQUE_IN_POOL',
      passed: input.duplicateUsccProviderIds.length === 0,
      detail:
        input.duplicateUsccProviderIds.length === 0
          ? 'No other provider in the pool has this code'
          : `Also used by provider ${input.duplicateUsccProviderIds.join(', ')}`,
    },
    {
      code: 'USCC_UNCONTESTED',
      passed: input.otherRegistrations.length === 0,
      detail: verifiedElsewhere
        ? `Already verified for ${verifiedElsewhere.name} (${verifiedElsewhere.id}): approval is refused`
        : input.otherRegistrations.length === 0
          ? 'No other organisation registered this code'
          : `Also registered by ${input.otherRegistrations.map((o) => `${o.name} (${o.id})`).join(', ')}: check the business licence`,
    },
    {
      code: 'HAS_CATEGORY',
      passed: input.categories.length > 0,
      detail: input.categories.length > 0 ? `${input.categories.length} categories` : 'No service category chosen',
    },
    {
      code: 'QUALIFICATIONS_VALID',
      passed: expired.length === 0,
      detail:
        expired.length === 0
          ? `${input.qualifications.length} qualifications, none expired`
          : `Expired: ${expired.map((q) => `${q.kind} ${q.number} (${q.validUntil})`).join('; ')}`,
    },
  ];
}

/** Calendar year `year` in Asia/Shanghai (UTC+8 all year, DOMAIN.md "Money and time") as instants [start, end). */
export function shanghaiYear(year: number): { start: Date; end: Date } {
  return { start: new Date(`${year}-01-01T00:00:00+08:00`), end: new Date(`${year + 1}-01-01T00:00:00+08:00`) };
}

/**
 * The instant at which "an approved member" is judged for year `year` (DOMAIN.md §7): when computed,
 * or the last instant of 31 Dec of the year when computed after it.
 */
export function membershipInstant(year: number, now: Date): Date {
  const { end } = shanghaiYear(year);
  return now < end ? now : new Date(end.getTime() - 1);
}

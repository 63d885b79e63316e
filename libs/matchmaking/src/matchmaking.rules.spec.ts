import { describe, expect, it } from '@jest/globals';
import {
  canSeeDemand,
  DEMAND_ACTIONS,
  DEMAND_STATUSES,
  type DemandAction,
  type DemandRole,
  type DemandStatus,
  deadlineInstant,
  isProposalOpen,
  meetingClash,
  type DemandEffect,
  nextDemandState,
  overlaps,
  PROPOSAL_STATUSES,
  proposalRefusal,
  publishRefusal,
  rankSuggestions,
  type Viewer,
} from './matchmaking.rules.js';

// Every allowed (state, action, role) and where it leads, written out by hand from DOMAIN.md §9.
const ALLOWED: Array<[DemandStatus, DemandAction, DemandRole, DemandStatus, DemandEffect[]]> = [
  ['draft', 'publish', 'owner', 'open', ['notify_suggested']],
  ['draft', 'close', 'owner', 'closed', ['decline_standing']],
  ['open', 'close', 'owner', 'closed', ['decline_standing']],
  ['open', 'match', 'owner', 'matched', ['decline_standing']],
  ['open', 'expire', 'system', 'expired', ['decline_standing']],
];

describe('nextDemandState', () => {
  const cases = DEMAND_STATUSES.flatMap((status) =>
    DEMAND_ACTIONS.flatMap((action) => (['owner', 'system'] as const).map((role) => [status, action, role] as const)),
  );
  it.each(cases)('%s --%s by %s', (status, action, role) => {
    const allowed = ALLOWED.find(([s, a, r]) => s === status && a === action && r === role);
    const result = nextDemandState(status, action, role);
    if (allowed) expect(result).toEqual({ ok: true, to: allowed[3], effects: allowed[4] });
    else expect(result.ok).toBe(false);
  });
  it('names the role error before the state error', () => {
    expect(nextDemandState('matched', 'expire', 'owner')).toEqual({ ok: false, error: 'FORBIDDEN_ROLE' });
    expect(nextDemandState('matched', 'close', 'owner')).toEqual({ ok: false, error: 'INVALID_STATE' });
  });
});

describe('deadlines (a date in Asia/Shanghai, expiring when that day ends)', () => {
  it.each([
    ['2026-12-31', '2026-12-31T16:00:00.000Z'],
    ['2026-02-28', '2026-02-28T16:00:00.000Z'],
    ['2028-02-29', '2028-02-29T16:00:00.000Z'],
  ])('%s ends at %s', (deadline, instant) => {
    expect(deadlineInstant(deadline).toISOString()).toBe(instant);
  });
  it.each([
    [{ deadline: '2026-12-10', budgetMinFen: null, budgetMaxFen: null }, '2026-12-10T15:59:59Z', null],
    [{ deadline: '2026-12-10', budgetMinFen: null, budgetMaxFen: null }, '2026-12-10T16:00:00Z', 'DEADLINE_PASSED'],
    [
      { deadline: '2026-12-10', budgetMinFen: 500_00, budgetMaxFen: 400_00 },
      '2026-12-01T00:00:00Z',
      'BUDGET_RANGE_INVALID',
    ],
    [{ deadline: '2026-12-10', budgetMinFen: 400_00, budgetMaxFen: 400_00 }, '2026-12-01T00:00:00Z', null],
    [{ deadline: '2026-12-10', budgetMinFen: 400_00, budgetMaxFen: null }, '2026-12-01T00:00:00Z', null],
  ])('publishing %j at %s: %s', (demand, now, refusal) => {
    expect(publishRefusal(demand, new Date(now))).toBe(refusal);
  });
});

describe('canSeeDemand', () => {
  const demand = (status: DemandStatus, visibility: 'pool' | 'public') => ({
    enterpriseId: 'e-1',
    status,
    visibility,
    category: 'ip',
  });
  const viewers: Record<string, Viewer> = {
    owner: { kind: 'enterprise', orgId: 'e-1' },
    otherEnterprise: { kind: 'enterprise', orgId: 'e-2' },
    anonymous: { kind: 'anonymous' },
    bureau: { kind: 'bureau' },
    providerOfCategory: { kind: 'provider', orgId: 'p-1', approved: true, categories: ['digital', 'ip'] },
    providerOtherCategory: { kind: 'provider', orgId: 'p-2', approved: true, categories: ['digital'] },
    suspendedProvider: { kind: 'provider', orgId: 'p-3', approved: false, categories: ['ip'] },
  };
  // viewer, visibility, status -> sees
  it.each([
    ['owner', 'pool', 'draft', true],
    ['bureau', 'pool', 'draft', true],
    ['providerOfCategory', 'pool', 'draft', false],
    ['anonymous', 'public', 'draft', false],
    ['providerOfCategory', 'pool', 'open', true],
    ['providerOtherCategory', 'pool', 'open', false],
    ['suspendedProvider', 'pool', 'open', false],
    ['otherEnterprise', 'pool', 'open', false],
    ['anonymous', 'pool', 'open', false],
    ['anonymous', 'public', 'open', true],
    ['otherEnterprise', 'public', 'matched', true],
    ['providerOtherCategory', 'public', 'closed', true],
    ['providerOfCategory', 'pool', 'expired', true],
    ['bureau', 'pool', 'closed', true],
  ] as const)('%s, a %s demand %s: %s', (viewer, visibility, status, sees) => {
    expect(canSeeDemand(viewers[viewer], demand(status, visibility))).toBe(sees);
  });
});

describe('proposals', () => {
  it.each([
    [{ approved: true, categories: ['ip'] }, 'open', null],
    [{ approved: false, categories: ['ip'] }, 'open', 'PROVIDER_NOT_APPROVED'],
    [{ approved: true, categories: ['digital'] }, 'open', 'CATEGORY_NOT_SERVED'],
    [{ approved: true, categories: ['ip'] }, 'matched', 'DEMAND_NOT_OPEN'],
    [{ approved: true, categories: ['ip'] }, 'draft', 'DEMAND_NOT_OPEN'],
  ] as const)('provider %j on a %s demand: %s', (provider, status, refusal) => {
    expect(proposalRefusal(provider, { status, category: 'ip' })).toBe(refusal);
  });
  it('is open (editable, withdrawable, acceptable) only while submitted on an open demand', () => {
    const open = PROPOSAL_STATUSES.flatMap((p) => DEMAND_STATUSES.map((d) => [p, d] as const)).filter(([p, d]) =>
      isProposalOpen(p, d),
    );
    expect(open).toEqual([['submitted', 'open']]);
  });
});

describe('meetings: no party in two meetings at once', () => {
  const at = (hhmm: string, minutes = 30) => ({ startsAt: new Date(`2026-12-15T${hhmm}:00+08:00`), minutes });
  it.each([
    [at('10:00'), at('10:30'), false],
    [at('10:00'), at('10:29'), true],
    [at('10:00', 60), at('10:15', 15), true],
    [at('10:30'), at('10:00'), false],
    [at('09:45'), at('10:00'), true],
  ])('%j and %j overlap: %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
  const existing = [{ ...at('10:00'), enterpriseId: 'e-1', providerId: 'p-1' }];
  it.each([
    [{ ...at('10:15'), enterpriseId: 'e-1', providerId: 'p-2' }, 'enterprise'],
    [{ ...at('10:15'), enterpriseId: 'e-2', providerId: 'p-1' }, 'provider'],
    [{ ...at('10:15'), enterpriseId: 'e-1', providerId: 'p-1' }, 'enterprise'],
    [{ ...at('10:15'), enterpriseId: 'e-2', providerId: 'p-2' }, null],
    [{ ...at('10:30'), enterpriseId: 'e-1', providerId: 'p-1' }, null],
  ] as const)('%j clashes with the 10:00 meeting of e-1 and p-1: %s', (meeting, clash) => {
    expect(meetingClash(meeting, existing)).toBe(clash);
  });
});

describe('rankSuggestions', () => {
  it('orders by words matched, then rating, then enterprises served, then id; keeps the top 10', () => {
    const c = (providerId: string, words: number, rating: number, servedCount: number) => ({
      providerId,
      matchedWords: ['专利', '商标', '检索'].slice(0, words),
      rating,
      servedCount,
    });
    const ranked = rankSuggestions([
      c('p-a', 1, 4.9, 50),
      c('p-b', 2, 3.0, 1),
      c('p-c', 2, 4.5, 3),
      c('p-d', 2, 4.5, 9),
      c('p-f', 0, 5.0, 99),
      c('p-e', 2, 4.5, 9),
      ...Array.from({ length: 8 }, (_, i) => c(`p-z${i}`, 0, 1, 0)),
    ]);
    expect(ranked.map((r) => r.providerId)).toEqual([
      'p-d',
      'p-e',
      'p-c',
      'p-b',
      'p-a',
      'p-f',
      'p-z0',
      'p-z1',
      'p-z2',
      'p-z3',
    ]);
  });
});

import { describe, expect, it } from '@jest/globals';
import {
  admissionChecks,
  membershipInstant,
  nextStatus,
  POOL_ACTIONS,
  type PoolAction,
  type PoolActorRole,
  PROVIDER_STATUSES,
  type ProviderStatus,
  reapplyAfter,
  shanghaiYear,
} from './providers.rules.js';

// Every allowed transition of DOMAIN.md §1: [from, action, by, to].
const ALLOWED: Array<[ProviderStatus, PoolAction, PoolActorRole, ProviderStatus]> = [
  ['draft', 'submit', 'provider', 'submitted'],
  ['returned', 'submit', 'provider', 'submitted'],
  ['rejected', 'submit', 'provider', 'submitted'],
  ['removed', 'submit', 'provider', 'submitted'],
  ['submitted', 'approve', 'reviewer', 'approved'],
  ['submitted', 'return', 'reviewer', 'returned'],
  ['submitted', 'reject', 'reviewer', 'rejected'],
  ['approved', 'suspend', 'reviewer', 'suspended'],
  ['suspended', 'reinstate', 'reviewer', 'approved'],
  ['approved', 'remove', 'reviewer', 'removed'],
  ['suspended', 'remove', 'reviewer', 'removed'],
];

describe('nextStatus', () => {
  it.each(ALLOWED)('%s --%s by %s--> %s', (from, action, role, to) => {
    expect(nextStatus(from, action, role, 'a reason')).toEqual({ ok: true, to });
  });

  const allowedKeys = new Set(ALLOWED.map(([from, action]) => `${from}:${action}`));
  const refused = PROVIDER_STATUSES.flatMap((from) =>
    POOL_ACTIONS.filter((action) => !allowedKeys.has(`${from}:${action}`)).map((action) => [from, action] as const),
  );
  it.each(refused)('refuses %s --%s--> with INVALID_STATE for the right role', (from, action) => {
    const role: PoolActorRole = action === 'submit' ? 'provider' : 'reviewer';
    expect(nextStatus(from, action, role, 'a reason')).toEqual({ ok: false, error: 'INVALID_STATE' });
  });

  it.each(ALLOWED)('refuses %s --%s-- by the wrong role with FORBIDDEN_ROLE', (from, action, role) => {
    const wrong: PoolActorRole = role === 'provider' ? 'reviewer' : 'provider';
    expect(nextStatus(from, action, wrong, 'a reason')).toEqual({ ok: false, error: 'FORBIDDEN_ROLE' });
  });

  it.each([
    ['submitted', 'return'],
    ['submitted', 'reject'],
    ['approved', 'suspend'],
    ['approved', 'remove'],
    ['suspended', 'remove'],
  ] as const)('requires a reason for %s --%s', (from, action) => {
    for (const reason of [undefined, null, '', '   ']) {
      expect(nextStatus(from, action, 'reviewer', reason)).toEqual({ ok: false, error: 'REASON_REQUIRED' });
    }
  });

  it('does not require a reason to approve or reinstate', () => {
    expect(nextStatus('submitted', 'approve', 'reviewer')).toEqual({ ok: true, to: 'approved' });
    expect(nextStatus('suspended', 'reinstate', 'reviewer')).toEqual({ ok: true, to: 'approved' });
  });
});

describe('reapplyAfter', () => {
  const decided = new Date('2026-03-15T02:00:00Z');
  it('is 30 days after a rejection', () => {
    expect(reapplyAfter('rejected', decided)).toEqual(new Date('2026-04-14T02:00:00Z'));
  });
  it('is 12 months after a removal', () => {
    expect(reapplyAfter('removed', decided)).toEqual(new Date('2027-03-15T02:00:00Z'));
  });
  it('is not set for other decisions', () => {
    for (const s of ['approved', 'returned', 'suspended', 'submitted'] as const)
      expect(reapplyAfter(s, decided)).toBeNull();
  });
});

describe('admissionChecks', () => {
  const base = {
    usccValid: true,
    duplicateUsccProviderIds: [],
    otherRegistrations: [],
    categories: ['ip'],
    qualifications: [
      { kind: '专利代理机构执业许可证', number: '33107', issuer: '国家知识产权局', validUntil: '2026-11-22' },
    ],
    today: '2026-11-22',
  };
  it('passes a complete application (a qualification valid through today counts as valid)', () => {
    expect(admissionChecks(base).map((c) => [c.code, c.passed])).toEqual([
      ['USCC_VALID', true],
      ['USCC_UNIQUE_IN_POOL', true],
      ['USCC_UNCONTESTED', true],
      ['HAS_CATEGORY', true],
      ['QUALIFICATIONS_VALID', true],
    ]);
  });
  it('flags each failing check with a detail', () => {
    const checks = admissionChecks({
      ...base,
      usccValid: false,
      duplicateUsccProviderIds: ['p-2'],
      otherRegistrations: [{ id: 'o-3', name: '抢注公司', verified: false }],
      categories: [],
      today: '2026-11-23',
    });
    expect(checks.every((c) => !c.passed)).toBe(true);
    expect(checks[1].detail).toContain('p-2');
    expect(checks[2].detail).toBe('Also registered by 抢注公司 (o-3): check the business licence');
    expect(checks[4].detail).toContain('33107 (2026-11-22)');
  });
  it('says when another organisation already holds the code, so approval will be refused', () => {
    const checks = admissionChecks({
      ...base,
      otherRegistrations: [
        { id: 'o-3', name: '抢注公司', verified: false },
        { id: 'o-4', name: '真实公司', verified: true },
      ],
    });
    expect(checks[2]).toEqual({
      code: 'USCC_UNCONTESTED',
      passed: false,
      detail: 'Already verified for 真实公司 (o-4): approval is refused',
    });
  });
});

describe('shanghaiYear and membershipInstant (awards: a year is the calendar year in Asia/Shanghai)', () => {
  it('a year runs from 1 Jan 00:00 to the next 1 Jan 00:00 in UTC+8', () => {
    expect(shanghaiYear(2025)).toEqual({
      start: new Date('2024-12-31T16:00:00Z'),
      end: new Date('2025-12-31T16:00:00Z'),
    });
  });
  it.each([
    ['during the year: now', '2025-08-01T02:00:00Z', '2025-08-01T02:00:00.000Z'],
    ['its last instant: now', '2025-12-31T15:59:59.999Z', '2025-12-31T15:59:59.999Z'],
    ['after the year: the last instant of 31 Dec', '2025-12-31T16:00:00Z', '2025-12-31T15:59:59.999Z'],
    ['long after: the last instant of 31 Dec', '2027-03-01T00:00:00Z', '2025-12-31T15:59:59.999Z'],
  ])('computed %s', (_case, now, expected) => {
    expect(membershipInstant(2025, new Date(now)).toISOString()).toBe(expected);
  });
});

import { describe, expect, it } from '@jest/globals';
import { canDecide, defaultValidUntil, type TierFact, validTier } from './enterprises.rules.js';

describe('SRDI tier rules', () => {
  it('a certificate lapses on 31 December of its year + 3', () => {
    expect(defaultValidUntil(2024)).toBe('2027-12-31');
  });

  it('only pending claims are decided', () => {
    expect(canDecide('pending')).toBe(true);
    expect(canDecide('verified')).toBe(false);
    expect(canDecide('rejected')).toBe(false);
  });

  const claim = (tier: TierFact['tier'], status: TierFact['status'], validUntil: string | null): TierFact => ({
    tier,
    status,
    validUntil,
  });

  it.each([
    ['no claims', [], null],
    ['a pending claim does not count', [claim('little_giant', 'pending', null)], null],
    ['a rejected claim does not count', [claim('little_giant', 'rejected', '2030-12-31')], null],
    ['a lapsed claim does not count', [claim('srdi', 'verified', '2026-11-21')], null],
    ['valid through its last day', [claim('srdi', 'verified', '2026-11-22')], 'srdi'],
    [
      'the highest valid tier wins',
      [claim('srdi', 'verified', '2028-12-31'), claim('little_giant', 'verified', '2027-12-31')],
      'little_giant',
    ],
    [
      'a lapsed higher tier leaves the lower valid one',
      [claim('srdi', 'verified', '2028-12-31'), claim('single_champion', 'verified', '2025-12-31')],
      'srdi',
    ],
  ] as const)('%s', (_label, claims, expected) => {
    expect(validTier([...claims], '2026-11-22')?.tier ?? null).toBe(expected);
  });
});

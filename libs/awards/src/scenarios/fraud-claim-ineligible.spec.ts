import { describe, expect, it } from '@jest/globals';
import { computeRound, explain } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: a provider with a redemption claim of Y rejected as fraud (final rejection) is not
 * eligible, however good its figures; the one remaining provider is alone in the field, so every
 * figure has max = min and it scores 100.
 *
 *   provider  S   overall = effectiveness
 *   p-fraud   6   5, 5, 5      fraud-rejected claim in Y
 *   p-ok      4   4, 4, 4
 *
 *   m = me = (15 + 12)/6 = 4.5
 *   Q = E:  p-ok = (22.5 + 12)/8 = 4.3125    p-fraud = (22.5 + 15)/8 = 4.6875 (not ranked)
 *   p-ok: S' = Q' = E' = 100, score 100, rank 1, 50,000,000 fen.
 */
const FACTS = [
  provider('p-fraud', 6, [5, 5, 5], undefined, { fraudRejectedClaimInYear: true }),
  provider('p-ok', 4, [4, 4, 4]),
];

describe('scenario: a fraud-rejected claim makes a provider ineligible', () => {
  const result = computeRound(FACTS, {}, YEAR);

  it('lists the reason and ranks the rest', () => {
    expect(result.ineligible.map((i) => [i.providerId, i.reasons, i.facts.satisfaction])).toEqual([
      ['p-fraud', [{ code: 'FRAUD_REJECTED_CLAIM', message: '2026 年有兑付申请因材料造假被驳回' }], 4.6875],
    ]);
    expect(result.m).toBe(4.5);
    expect(result.ranked).toEqual([
      {
        providerId: 'p-ok',
        rank: 1,
        score: 100,
        awardFen: 50_000_000,
        facts: { served: 4, ratingCount: 3, satisfaction: 4.3125, effectiveness: 4.3125 },
        normalized: { served: 100, satisfaction: 100, effectiveness: 100 },
        parts: { served: 40, satisfaction: 35, effectiveness: 25 },
        tally: { ratingCount: 3, ratingSum: 12, effectivenessCount: 3, effectivenessSum: 12 },
        admittedAt: '2025-03-01T02:00:00.000Z',
      },
    ]);
  });

  it('tells the provider', () => {
    expect(explain('p-fraud', result)?.sentences[1]).toBe('1. 2026 年有兑付申请因材料造假被驳回。');
  });
});

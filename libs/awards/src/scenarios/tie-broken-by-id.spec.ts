import { describe, expect, it } from '@jest/globals';
import { computeRound } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: everything equal down to the admission instant; the provider id (ascending, by code
 * unit, whatever the locale) decides, so no two providers ever share a rank.
 *
 *   provider                                S   overall, effectiveness
 *   b0000000-0000-4000-8000-000000000000    4   5, 4, 4
 *   a0000000-0000-4000-8000-000000000000    4   5, 4, 4
 *   c0000000-0000-4000-8000-000000000000    3   3, 3, 3
 *
 *   m = me = (13 + 13 + 9)/9 = 35/9
 *   Q = E:  a = b = (175/9 + 13)/8 = (292/9)/8 = 73/18 = 4.0555…   c = (175/9 + 9)/8 = (256/9)/8 = 32/9 = 3.5555…
 *   S', Q', E':  a = b = 100,  c = 0;  score: a = b = 100,  c = 0
 *   Ranks: a…, b…, c…; awards 50,000,000 fen each (ranks 1-3).
 */
const A = 'a0000000-0000-4000-8000-000000000000';
const B = 'b0000000-0000-4000-8000-000000000000';
const C = 'c0000000-0000-4000-8000-000000000000';
const FACTS = [provider(B, 4, [5, 4, 4]), provider(A, 4, [5, 4, 4]), provider(C, 3, [3, 3, 3])];

describe('scenario: a tie broken by provider id', () => {
  it('ranks the identical providers by id ascending', () => {
    const result = computeRound(FACTS, {}, YEAR);
    expect(result.ranked.map((r) => [r.providerId, r.rank, r.score, r.tieBreak, r.awardFen])).toEqual([
      [A, 1, 100, 'PROVIDER_ID', 50_000_000],
      [B, 2, 100, undefined, 50_000_000],
      [C, 3, 0, undefined, 50_000_000],
    ]);
    expect(result.ranked[0].facts.satisfaction).toBe(4.055555556);
    expect(result.ranked[2].facts.satisfaction).toBe(3.555555556);
  });
});

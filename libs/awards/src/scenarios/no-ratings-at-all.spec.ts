import { describe, expect, it } from '@jest/globals';
import { computeRound } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: minRatings 0 lets providers without any vote take part.
 *
 * 1. Nobody rated anyone: m = me = 0 (documented choice: with no vote every Q is m, so m cannot
 *    change a score or a rank). Q = (5*0 + 0)/(5 + 0) = 0 for all, Q' = E' = 100 for all:
 *      p1 S 3 -> S' 0 -> score 0 + 35 + 25 = 60;   p2 S 5 -> S' 100 -> score 100
 *    With C = 0 too, (C*m + sum)/(C + n) would be 0/0: Q is then m (0).
 * 2. An unrated provider sits at the field's mean:
 *      p1 none, p2 5, 5, 5, p3 3, 3, 3, all S 4:  m = 24/6 = 4
 *      Q: p1 = 20/5 = 4,  p2 = (20 + 15)/8 = 4.375,  p3 = (20 + 9)/8 = 3.625  ->  Q' p1 50, p2 100, p3 0
 *      score (S' = 100 for all): p1 40 + 17.5 + 12.5 = 70,  p2 100,  p3 40
 */
describe('scenario: no ratings at all', () => {
  it('scores unrated providers with m = 0, by S alone', () => {
    const facts = [provider('p1', 3, []), provider('p2', 5, [])];
    for (const priorWeight of [5, 0]) {
      const result = computeRound(facts, { minRatings: 0, priorWeight }, YEAR);
      expect([result.m, result.me, result.voteCount]).toEqual([0, 0, 0]);
      expect(result.ranked.map((r) => [r.providerId, r.facts.satisfaction, r.facts.effectiveness, r.score])).toEqual([
        ['p2', 0, 0, 100],
        ['p1', 0, 0, 60],
      ]);
    }
  });

  it('places an unrated provider at the mean of the field', () => {
    const facts = [provider('p1', 4, []), provider('p2', 4, [5, 5, 5]), provider('p3', 4, [3, 3, 3])];
    const result = computeRound(facts, { minRatings: 0 }, YEAR);
    expect(result.m).toBe(4);
    expect(result.ranked.map((r) => [r.providerId, r.facts.satisfaction, r.normalized.satisfaction, r.score])).toEqual([
      ['p2', 4.375, 100, 100],
      ['p1', 4, 50, 70],
      ['p3', 3.625, 0, 40],
    ]);
  });

  it('counts effectiveness votes apart when an enterprise gave none', () => {
    // p1: overall 4, 4, 4 with effectiveness 5, null, null -> ne 1; p2: 4, 4, 4 with 3, 3, 3 -> ne 3.
    // me = (5 + 9)/4 = 3.5; E: p1 = (17.5 + 5)/6 = 3.75, p2 = (17.5 + 9)/8 = 3.3125
    const facts = [provider('p1', 3, [4, 4, 4], [5, null, null]), provider('p2', 3, [4, 4, 4], [3, 3, 3])];
    const result = computeRound(facts, {}, YEAR);
    expect([result.me, result.effectivenessVoteCount, result.voteCount]).toEqual([3.5, 4, 6]);
    expect(result.ranked.map((r) => [r.providerId, r.tally.effectivenessCount, r.facts.effectiveness])).toEqual([
      ['p1', 1, 3.75],
      ['p2', 3, 3.3125],
    ]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { computeRound } from '../awards.rules.js';
import { provider, times, YEAR } from './scenario-facts.js';

/**
 * Scenario: three perfect votes do not beat twelve nearly perfect ones. Q pulls a provider's
 * votes towards the field's mean m with the weight of C = 5 votes, so few votes move it little.
 *
 *   provider  S   votes (overall = effectiveness)   plain mean
 *   p-few     12  5, 5, 5                            5
 *   p-many    12  ten 5s and two 4s (sum 58)         58/12 = 4.8333…
 *   p-low     12  3, 3, 3, 3, 3                      3
 *
 *   m = me = (15 + 58 + 15) / 20 = 88/20 = 4.4
 *   Q = E:  p-few  = (5*4.4 + 15)/(5 + 3)  = 37/8  = 4.625      (pulled 5/8 of the way from 5 to 4.4)
 *           p-many = (22 + 58)/(5 + 12)    = 80/17 = 4.70588235294…  -> 4.705882353 (9 places)
 *           p-low  = (22 + 15)/(5 + 5)     = 3.7
 *   S' = 100 for all (all served 12).
 *   Q' = E' over 3.7..4.705882353 (range 1.005882353):
 *           p-few = 100*(4.625 - 3.7)/1.005882353 = 92.5/1.005882353 = 91.95906…   p-many 100   p-low 0
 *   score = 40 + 0.35 Q' + 0.25 E' = 40 + 0.6 Q':
 *           p-many = 100;   p-few = 40 + 0.6*91.95906… = 95.17543…;   p-low = 40
 */
const FACTS = [
  provider('p-few', 12, [5, 5, 5]),
  provider('p-many', 12, [...times(10, 5), 4, 4]),
  provider('p-low', 12, times(5, 3)),
];

describe('scenario: few ratings are pulled to the mean', () => {
  const result = computeRound(FACTS, {}, YEAR);

  it('ranks twelve near-perfect votes above three perfect ones', () => {
    expect(result.m).toBe(4.4);
    expect(result.ranked.map((r) => r.providerId)).toEqual(['p-many', 'p-few', 'p-low']);
    const [many, few, low] = result.ranked;
    expect(few.tally.ratingSum / few.tally.ratingCount).toBe(5);
    expect(many.tally.ratingSum / many.tally.ratingCount).toBeCloseTo(4.8333, 4);
    expect(few.facts.satisfaction).toBe(4.625);
    expect(many.facts.satisfaction).toBe(4.705882353);
    expect(low.facts.satisfaction).toBe(3.7);
    expect(few.normalized.satisfaction).toBeCloseTo(91.95906, 5);
    expect(few.score).toBeCloseTo(95.17544, 5);
    expect(many.score).toBe(100);
    expect(low.score).toBe(40);
  });

  it('pulls harder with a larger prior weight and not at all with C = 0', () => {
    // C = 0: Q is the plain mean (few 5, many 4.8333…, low 3), and three 5s come first.
    const plain = computeRound(FACTS, { priorWeight: 0 }, YEAR);
    expect(plain.ranked.map((r) => [r.providerId, r.facts.satisfaction])).toEqual([
      ['p-few', 5],
      ['p-many', 4.833333333],
      ['p-low', 3],
    ]);
    // C = 20: p-few = (88 + 15)/23 = 4.47826…, p-many = (88 + 58)/32 = 4.5625, p-low = (88 + 15)/25 = 4.12
    const strong = computeRound(FACTS, { priorWeight: 20 }, YEAR);
    expect(strong.ranked.map((r) => [r.providerId, r.facts.satisfaction])).toEqual([
      ['p-many', 4.5625],
      ['p-few', 4.47826087],
      ['p-low', 4.12],
    ]);
  });
});

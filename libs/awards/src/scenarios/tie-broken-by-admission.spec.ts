import { describe, expect, it } from '@jest/globals';
import { computeRound, explain } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: two providers with the same facts; the one admitted to the pool earlier ranks first,
 * although its id sorts after the other's.
 *
 *   provider  S   overall, effectiveness   admitted
 *   p1        5   4, 4, 4                  2025-03-01
 *   p2        5   4, 4, 4                  2024-05-01
 *   p3        3   3, 3, 3                  2025-03-01
 *
 *   m = me = (12 + 12 + 9)/9 = 11/3
 *   Q = E:  p1 = p2 = (55/3 + 12)/8 = 91/24 = 3.791666…   p3 = (55/3 + 9)/8 = 41/12 = 3.416666…
 *   S', Q', E':  p1 = p2 = 100,  p3 = 0
 *   score: p1 = p2 = 100,  p3 = 0
 *   Ranks: p2 (admitted 2024), p1, p3.
 */
const FACTS = [
  provider('p1', 5, [4, 4, 4]),
  provider('p2', 5, [4, 4, 4], undefined, { admittedAt: new Date('2024-05-01T02:00:00Z') }),
  provider('p3', 3, [3, 3, 3]),
];

describe('scenario: a tie broken by earlier admission', () => {
  const result = computeRound(FACTS, {}, YEAR);

  it('ranks equal scores, Q and S by admission', () => {
    expect(result.m).toBeCloseTo(11 / 3, 12);
    expect(result.ranked.map((r) => [r.providerId, r.rank, r.score, r.tieBreak, r.admittedAt])).toEqual([
      ['p2', 1, 100, 'EARLIER_ADMISSION', '2024-05-01T02:00:00.000Z'],
      ['p1', 2, 100, undefined, '2025-03-01T02:00:00.000Z'],
      ['p3', 3, 0, undefined, '2025-03-01T02:00:00.000Z'],
    ]);
    expect(result.ranked[0].facts.satisfaction).toBe(3.791666667);
    expect(result.ranked[2].facts.satisfaction).toBe(3.416666667);
  });

  it('says so', () => {
    expect(explain('p1', result)?.sentences).toContain(
      '与第 1 名综合得分相同，满意度和服务企业数也相同，因对方入池更早排在其后。',
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { computeRound, explain } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: equal score and equal satisfaction; more enterprises served ranks first, although the
 * other was admitted earlier and has the smaller id.
 *
 *   provider  S   overall   effectiveness   admitted
 *   p1        3   4, 4, 4   5, 5, 5         2024-05-01
 *   p2        8   4, 4, 4   3, 3, 3         2025-03-01
 *   p3        11  4, 4, 4   4, 4, 4         2025-03-01
 *
 *   m  = 36/9 = 4, so Q = (20 + 12)/8 = 4 for all: Q' = 100 for all (max = min)
 *   me = (15 + 9 + 12)/9 = 4;  E = (20 + sume)/8:  p1 35/8 = 4.375   p2 29/8 = 3.625   p3 32/8 = 4
 *   S' over 3..11:  p1 0   p2 100*5/8 = 62.5   p3 100
 *   E' over 3.625..4.375:  p1 100   p2 0   p3 50
 *   score: p1 = 0 + 35 + 25 = 60;   p2 = 25 + 35 + 0 = 60;   p3 = 40 + 35 + 12.5 = 87.5
 *   Ranks: p3, p2 (8 served > 3), p1.
 */
const FACTS = [
  provider('p1', 3, [4, 4, 4], [5, 5, 5], { admittedAt: new Date('2024-05-01T02:00:00Z') }),
  provider('p2', 8, [4, 4, 4], [3, 3, 3]),
  provider('p3', 11, [4, 4, 4], [4, 4, 4]),
];

describe('scenario: a tie broken by more enterprises served', () => {
  const result = computeRound(FACTS, {}, YEAR);

  it('ranks equal scores and equal Q by S', () => {
    expect(result.ranked.map((r) => [r.providerId, r.rank, r.score, r.tieBreak])).toEqual([
      ['p3', 1, 87.5, undefined],
      ['p2', 2, 60, 'MORE_SERVED'],
      ['p1', 3, 60, undefined],
    ]);
    expect(result.ranked.map((r) => r.facts.satisfaction)).toEqual([4, 4, 4]);
    expect(result.ranked.map((r) => r.normalized)).toEqual([
      { served: 100, satisfaction: 100, effectiveness: 50 },
      { served: 62.5, satisfaction: 100, effectiveness: 0 },
      { served: 0, satisfaction: 100, effectiveness: 100 },
    ]);
  });

  it('says so', () => {
    expect(explain('p2', result)?.sentences).toContain('与第 3 名综合得分相同，满意度也相同，因服务企业更多排在其前。');
  });
});

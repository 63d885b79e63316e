import { describe, expect, it } from '@jest/globals';
import { computeRound, explain } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: two providers end on the same score; the higher satisfaction Q ranks first, even
 * though every later rule (more served, earlier admission, provider id) would favour the other.
 *
 *   provider  S   overall   effectiveness   admitted
 *   p1        10  3, 3, 3   3, 3, 3         2024-05-01
 *   p2        3   5, 5, 5   3, 3, 3         2025-03-01
 *   p3        11  4, 4, 4   5, 5, 5         2025-03-01
 *
 *   m  = (9 + 15 + 12) / 9 = 4          me = (9 + 9 + 15) / 9 = 11/3
 *   Q  = (5*4 + sum) / 8:  p1 29/8 = 3.625   p2 35/8 = 4.375   p3 32/8 = 4
 *   E  = (5*11/3 + sume) / 8:  p1 = p2 = (55/3 + 9)/8 = 41/12 = 3.41666…   p3 = (55/3 + 15)/8 = 25/6 = 4.1666…
 *   S' over 3..11:  p1 100*7/8 = 87.5   p2 0     p3 100
 *   Q' over 3.625..4.375:  p1 0   p2 100   p3 100*0.375/0.75 = 50
 *   E' over 41/12..25/6:   p1 0   p2 0     p3 100
 *   score: p1 = 0.40*87.5 = 35;   p2 = 0.35*100 = 35;   p3 = 40 + 17.5 + 25 = 82.5
 *   Ranks: p3, then p2 (Q 4.375 > 3.625), then p1.
 *   Tiers 1-2: 50,000,000 fen, 3: 30,000,000 fen, so the tie decides 200,000 CNY.
 */
const FACTS = [
  provider('p1', 10, [3, 3, 3], [3, 3, 3], { admittedAt: new Date('2024-05-01T02:00:00Z') }),
  provider('p2', 3, [5, 5, 5], [3, 3, 3]),
  provider('p3', 11, [4, 4, 4], [5, 5, 5]),
];
const CONFIG = {
  tiers: [
    { fromRank: 1, toRank: 2, amountFen: 50_000_000 },
    { fromRank: 3, toRank: 3, amountFen: 30_000_000 },
  ],
};

/**
 * The same rule when floating point disagrees: two scores equal on paper, 1e-14 apart as computed.
 *
 *   provider  S   overall (sum)    effectiveness (sum)
 *   p1        3   3, 3, 4 (10)     3, 4, 4 (11)
 *   p2        4   3, 4, 4 (11)     2, 3, 3 (8)
 *   p3        9   2, 2, 2 (6)      4, 4, 5 (13)
 *   p4        5   4, 4, 4 (12)     2, 2, 3 (7)
 *
 *   m = 39/12 = 3.25, me = 39/12 = 3.25;  Q = (16.25 + sum)/8, E = (16.25 + sume)/8 (exact in binary)
 *   S' over 3..9:        p1 0      p2 100/6   p3 100   p4 200/6
 *   Q' over sums 6..12:  p1 400/6  p2 500/6   p3 0     p4 100
 *   E' over sums 7..13:  p1 400/6  p2 100/6   p3 100   p4 0
 *   score: p1 = 0.35*400/6 + 0.25*400/6 = 40;   p2 = 0.40*100/6 + 0.35*500/6 + 0.25*100/6 = (40 + 175 + 25)/6 = 40
 *          p3 = 40 + 0 + 25 = 65;   p4 = 13.333… + 35 + 0 = 48.333…
 *   As computed, p1 is 40 and p2 39.99999999999999: compared as doubles p1 would win on noise.
 *   Equal to 9 places, they tie, and p2's higher Q (27.25/8 = 3.40625 > 26.25/8 = 3.28125) ranks it first.
 */
const NOISY = [
  provider('p1', 3, [3, 3, 4], [3, 4, 4]),
  provider('p2', 4, [3, 4, 4], [2, 3, 3]),
  provider('p3', 9, [2, 2, 2], [4, 4, 5]),
  provider('p4', 5, [4, 4, 4], [2, 2, 3]),
];

describe('scenario: a tie broken by higher satisfaction', () => {
  const result = computeRound(FACTS, CONFIG, YEAR);

  it('ranks the equal scores by Q', () => {
    expect(result.m).toBe(4);
    expect(result.ranked.map((r) => [r.providerId, r.rank, r.score, r.awardFen, r.tieBreak])).toEqual([
      ['p3', 1, 82.5, 50_000_000, undefined],
      ['p2', 2, 35, 50_000_000, 'HIGHER_SATISFACTION'],
      ['p1', 3, 35, 30_000_000, undefined],
    ]);
    const [, p2, p1] = result.ranked;
    expect(p2.facts.satisfaction).toBe(4.375);
    expect(p1.facts.satisfaction).toBe(3.625);
    expect(p2.facts.effectiveness).toBe(p1.facts.effectiveness);
    expect(p1.facts.effectiveness).toBe(3.416666667);
    expect(p1.normalized).toEqual({ served: 87.5, satisfaction: 0, effectiveness: 0 });
    expect(p2.normalized).toEqual({ served: 0, satisfaction: 100, effectiveness: 0 });
    expect(result.ranked[0].normalized).toEqual({ served: 100, satisfaction: 50, effectiveness: 100 });
  });

  it('says so to both providers', () => {
    expect(explain('p2', result)?.sentences).toContain('与第 3 名综合得分相同，因满意度更高排在其前。');
    expect(explain('p1', result)?.sentences).toContain('与第 2 名综合得分相同，因对方满意度更高排在其后。');
    const p1 = explain('p1', result);
    expect(p1?.kind === 'ranked' && p1.ties).toEqual([{ withRank: 2, rule: 'HIGHER_SATISFACTION', won: false }]);
  });

  it('holds when the two scores are equal on paper but not in floating point', () => {
    const noisy = computeRound(NOISY, {}, YEAR);
    expect([noisy.m, noisy.me]).toEqual([3.25, 3.25]);
    const byId = Object.fromEntries(noisy.ranked.map((r) => [r.providerId, r]));
    expect(byId.p1.score).toBe(40);
    expect(byId.p2.score).toBe(39.99999999999999);
    expect(byId.p1.facts.satisfaction).toBe(3.28125);
    expect(byId.p2.facts.satisfaction).toBe(3.40625);
    expect(noisy.ranked.map((r) => [r.providerId, r.rank, r.tieBreak])).toEqual([
      ['p3', 1, undefined],
      ['p4', 2, undefined],
      ['p2', 3, 'HIGHER_SATISFACTION'],
      ['p1', 4, undefined],
    ]);
  });
});

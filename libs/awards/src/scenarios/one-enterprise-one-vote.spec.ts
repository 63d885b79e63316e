import { describe, expect, it } from '@jest/globals';
import { AwardFactsInvalid, computeRound, enterpriseVotes, type ProviderAwardFacts } from '../awards.rules.js';
import { ADMITTED_2025, YEAR } from './scenario-facts.js';

/**
 * Scenario: one enterprise, one vote (一企一票). The caller turns the year's order ratings into one
 * vote per rating enterprise, the mean of its scores, and n counts enterprises, not orders.
 *
 *   p-a: enterprise e1 rated four orders 5, 5, 5, 5; e2 and e3 rated one order each, 2 and 2
 *        votes: e1 5, e2 2, e3 2  ->  n = 3, sum = 9   (per order it would be n = 6, sum = 24)
 *   p-b: enterprises e4, e5, e6 rated one order each, 4
 *        votes: 4, 4, 4  ->  n = 3, sum = 12
 *   (effectiveness = overall throughout; both served 3 enterprises)
 *
 *   m = (9 + 12)/6 = 3.5
 *   Q:  p-a = (5*3.5 + 9)/8 = 26.5/8 = 3.3125     p-b = (17.5 + 12)/8 = 29.5/8 = 3.6875
 *   S' = 100 for both; Q' = E': p-a 0, p-b 100
 *   score: p-b = 40 + 35 + 25 = 100;   p-a = 40
 *
 *   Counted per order instead, e1's repeat business would lift p-a level with p-b:
 *   m = (24 + 12)/9 = 4;  p-a = (20 + 24)/11 = 4;  p-b = (20 + 12)/8 = 4.
 */
type Rating = { enterpriseId: string; overall: number; effectiveness: number };
const rating = (enterpriseId: string, score: number): Rating => ({
  enterpriseId,
  overall: score,
  effectiveness: score,
});
const RATINGS_A = [
  rating('e1', 5),
  rating('e2', 2),
  rating('e1', 5),
  rating('e3', 2),
  rating('e1', 5),
  rating('e1', 5),
];
const RATINGS_B = [rating('e4', 4), rating('e5', 4), rating('e6', 4)];

const facts = (id: string, votes: ProviderAwardFacts['votes']): ProviderAwardFacts => ({
  providerId: id,
  admittedAt: ADMITTED_2025,
  approvedAtCompute: true,
  suspendedInYear: false,
  fraudRejectedClaimInYear: false,
  served: 3,
  votes,
});

describe('scenario: one enterprise, one vote', () => {
  it('averages each enterprise first', () => {
    expect(enterpriseVotes(RATINGS_A)).toEqual([
      { enterpriseId: 'e1', overall: 5, effectiveness: 5 },
      { enterpriseId: 'e2', overall: 2, effectiveness: 2 },
      { enterpriseId: 'e3', overall: 2, effectiveness: 2 },
    ]);
    // Mixed scores of one enterprise: e1 rated 5 and 4 -> one vote of 4.5.
    expect(enterpriseVotes([rating('e1', 5), rating('e1', 4)])).toEqual([
      { enterpriseId: 'e1', overall: 4.5, effectiveness: 4.5 },
    ]);
  });

  it('counts enterprises, so repeat business from one enterprise does not outweigh the others', () => {
    const result = computeRound(
      [facts('p-a', enterpriseVotes(RATINGS_A)), facts('p-b', enterpriseVotes(RATINGS_B))],
      {},
      YEAR,
    );
    expect(result.m).toBe(3.5);
    expect(result.voteCount).toBe(6);
    const [b, a] = result.ranked;
    expect([b.providerId, a.providerId]).toEqual(['p-b', 'p-a']);
    expect(a.facts).toEqual({ served: 3, ratingCount: 3, satisfaction: 3.3125, effectiveness: 3.3125 });
    expect(a.tally.ratingSum).toBe(9);
    expect(b.facts.satisfaction).toBe(3.6875);
    expect([b.score, a.score]).toEqual([100, 40]);
  });

  it('would have tied them had each order been a vote', () => {
    const perOrder = (ratings: Rating[], id: string) =>
      facts(
        id,
        ratings.map((r, i) => ({ ...r, enterpriseId: `${id}-order-${i}` })),
      );
    const result = computeRound([perOrder(RATINGS_A, 'p-a'), perOrder(RATINGS_B, 'p-b')], {}, YEAR);
    expect(result.m).toBe(4);
    expect(result.ranked.map((r) => [r.providerId, r.facts.ratingCount, r.facts.satisfaction])).toEqual([
      ['p-a', 6, 4],
      ['p-b', 3, 4],
    ]);
  });

  it('refuses two votes of one enterprise for one provider', () => {
    const twice = facts('p-a', [
      { enterpriseId: 'e1', overall: 5, effectiveness: 5 },
      { enterpriseId: 'e1', overall: 5, effectiveness: 5 },
    ]);
    expect(() => computeRound([twice], {}, YEAR)).toThrow(AwardFactsInvalid);
    expect(() => computeRound([twice], {}, YEAR)).toThrow('enterprise e1 votes twice');
  });
});

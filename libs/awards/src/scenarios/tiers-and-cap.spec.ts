import { describe, expect, it } from '@jest/globals';
import { AWARD_CAP_FEN, AwardConfigRefused, configProblems, resolveConfig } from '../awards.config.js';
import { computeRound } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: awards follow the rank tiers, gaps between tiers pay nothing, no tier pays more than
 * 500,000 CNY (50,000,000 fen), and tiers that overlap or are not whole ranks are refused.
 *
 * Field: five providers with S = 3..7 and the same votes (4, 4, 4), so Q' = E' = 100 for all and
 *   score = 0.40 S' + 35 + 25, S' = 100*(S-3)/4:
 *   S 7 -> 100,  S 6 -> 30 + 60 = 90,  S 5 -> 80,  S 4 -> 70,  S 3 -> 60
 * Tiers: rank 1 50,000,000; ranks 3-4 10,000,000 (rank 2 and rank 5 fall in no tier: 0).
 */
const FACTS = [3, 4, 5, 6, 7].map((s) => provider(`p-s${s}`, s, [4, 4, 4]));
const TIERS = [
  { fromRank: 3, toRank: 4, amountFen: 10_000_000 },
  { fromRank: 1, toRank: 1, amountFen: 50_000_000 },
];

describe('scenario: tiers and the cap', () => {
  it('pays by tier and nothing in the gaps', () => {
    const result = computeRound(FACTS, { tiers: TIERS }, YEAR);
    expect(result.ranked.map((r) => [r.providerId, r.rank, r.score, r.awardFen])).toEqual([
      ['p-s7', 1, 100, 50_000_000],
      ['p-s6', 2, 90, 0],
      ['p-s5', 3, 80, 10_000_000],
      ['p-s4', 4, 70, 10_000_000],
      ['p-s3', 5, 60, 0],
    ]);
  });

  it('pays nothing with no tiers, and tiers beyond the field pay no one', () => {
    expect(computeRound(FACTS, { tiers: [] }, YEAR).ranked.map((r) => r.awardFen)).toEqual([0, 0, 0, 0, 0]);
    const far = computeRound(FACTS, { tiers: [{ fromRank: 6, toRank: 10, amountFen: 1 }] }, YEAR);
    expect(far.ranked.map((r) => r.awardFen)).toEqual([0, 0, 0, 0, 0]);
  });

  it('accepts exactly 500,000 CNY and refuses one fen more', () => {
    expect(AWARD_CAP_FEN).toBe(50_000_000);
    const atCap = resolveConfig({ tiers: [{ fromRank: 1, toRank: 1, amountFen: 50_000_000 }] });
    expect(configProblems(atCap, 50_000_000)).toEqual([]);
    const above = resolveConfig({
      tiers: [
        { fromRank: 1, toRank: 1, amountFen: 50_000_001 },
        { fromRank: 2, toRank: 2, amountFen: 50_000_000 },
        { fromRank: 3, toRank: 3, amountFen: 80_000_000 },
      ],
    });
    expect(configProblems(above, 1_000_000_000)).toEqual([
      {
        code: 'AWARD_ABOVE_CAP',
        message: 'No provider may receive more than 50000000 fen (500,000 CNY)',
        details: {
          capFen: 50_000_000,
          tiers: [
            { index: 0, amountFen: 50_000_001 },
            { index: 2, amountFen: 80_000_000 },
          ],
        },
      },
    ]);
    expect(() => computeRound(FACTS, above, YEAR)).toThrow(AwardConfigRefused);
  });

  it('refuses overlapping, reversed and fractional tiers', () => {
    const problems = (tiers: Array<{ fromRank: number; toRank: number; amountFen: number }>) =>
      configProblems(resolveConfig({ tiers }), 10_000_000_000);
    // 1-3 and 3-5 share rank 3.
    expect(
      problems([
        { fromRank: 1, toRank: 3, amountFen: 1 },
        { fromRank: 3, toRank: 5, amountFen: 1 },
      ]),
    ).toEqual([
      {
        code: 'AWARD_TIERS_INVALID',
        message:
          'Each award tier needs whole ranks from 1 with fromRank <= toRank and an amount in whole fen, and tiers must not overlap',
        details: { problems: [{ index: 1, problem: 'OVERLAP', with: 0 }] },
      },
    ]);
    // 4-10 contains 5-6, listed first.
    expect(
      problems([
        { fromRank: 5, toRank: 6, amountFen: 1 },
        { fromRank: 4, toRank: 10, amountFen: 1 },
      ])[0].details,
    ).toEqual({ problems: [{ index: 1, problem: 'OVERLAP', with: 0 }] });
    expect(
      problems([
        { fromRank: 3, toRank: 1, amountFen: 1 },
        { fromRank: 0, toRank: 2, amountFen: 1 },
        { fromRank: 4, toRank: 4.5, amountFen: 1 },
        { fromRank: 6, toRank: 6, amountFen: 1.5 },
        { fromRank: 7, toRank: 7, amountFen: -1 },
      ])[0].details,
    ).toEqual({
      problems: [
        { index: 0, problem: 'FROM_AFTER_TO' },
        { index: 1, problem: 'RANK_NOT_POSITIVE_INTEGER' },
        { index: 2, problem: 'RANK_NOT_POSITIVE_INTEGER' },
        { index: 3, problem: 'AMOUNT_NOT_FEN' },
        { index: 4, problem: 'AMOUNT_NOT_FEN' },
      ],
    });
    // Gaps are fine.
    expect(
      problems([
        { fromRank: 1, toRank: 1, amountFen: 1 },
        { fromRank: 5, toRank: 9, amountFen: 1 },
      ]),
    ).toEqual([]);
  });

  it('will not compute with tiers it refuses', () => {
    const overlapping = {
      tiers: [
        { fromRank: 1, toRank: 2, amountFen: 1 },
        { fromRank: 2, toRank: 3, amountFen: 1 },
      ],
    };
    expect(() => computeRound(FACTS, overlapping, YEAR)).toThrow('AWARD_TIERS_INVALID');
  });
});

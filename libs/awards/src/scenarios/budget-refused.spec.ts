import { describe, expect, it } from '@jest/globals';
import { configProblems, defaultConfig, resolveConfig, tiersTotalFen } from '../awards.config.js';

/**
 * Scenario: a configuration whose tiers cost more than the round budget is refused.
 *
 *   default tiers: 3 x 50,000,000 + 3 x 30,000,000 + 4 x 10,000,000
 *                = 150,000,000 + 90,000,000 + 40,000,000 = 280,000,000 fen (2,800,000 CNY)
 *   custom: rank 1 50,000,000 + ranks 2-10 (9 ranks) x 5,000,000 = 95,000,000 fen
 *   a typo, ranks 1-1,000,000 x 10,000,000 = 10,000,000,000,000 fen
 */
describe('scenario: tiers above the budget', () => {
  it('refuses the default tiers one fen short of 2,800,000 CNY', () => {
    expect(tiersTotalFen(defaultConfig().tiers)).toBe(280_000_000n);
    expect(configProblems(defaultConfig(), 280_000_000)).toEqual([]);
    expect(configProblems(defaultConfig(), 279_999_999)).toEqual([
      {
        code: 'AWARD_BUDGET_EXCEEDED',
        message: 'The award tiers together cost more than the round budget',
        details: { budgetFen: 279_999_999, totalFen: 280_000_000 },
      },
    ]);
  });

  it('adds up custom tiers rank by rank', () => {
    const config = resolveConfig({
      tiers: [
        { fromRank: 1, toRank: 1, amountFen: 50_000_000 },
        { fromRank: 2, toRank: 10, amountFen: 5_000_000 },
      ],
    });
    expect(tiersTotalFen(config.tiers)).toBe(95_000_000n);
    expect(configProblems(config, 95_000_000)).toEqual([]);
    expect(configProblems(config, 94_999_999).map((p) => p.code)).toEqual(['AWARD_BUDGET_EXCEEDED']);
  });

  it('counts a typo of a rank exactly', () => {
    const config = resolveConfig({ tiers: [{ fromRank: 1, toRank: 1_000_000, amountFen: 10_000_000 }] });
    expect(configProblems(config, 280_000_000)[0].details).toEqual({
      budgetFen: 280_000_000,
      totalFen: 10_000_000_000_000,
    });
  });

  it('reports the budget with every other problem, in a fixed order', () => {
    const config = resolveConfig({
      weights: { served: 0.5 },
      tiers: [{ fromRank: 1, toRank: 3, amountFen: 60_000_000 }],
      admittedBy: '13-01',
    });
    expect(configProblems(config, 100_000_000).map((p) => p.code)).toEqual([
      'AWARD_WEIGHTS_INVALID',
      'AWARD_ABOVE_CAP',
      'AWARD_BUDGET_EXCEEDED',
      'AWARD_ADMITTED_BY_INVALID',
    ]);
  });

  it('refuses a budget that is not whole fen', () => {
    expect(configProblems(defaultConfig(), -1)).toEqual([
      expect.objectContaining({
        code: 'AWARD_CONFIG_INVALID',
        details: { fields: [{ field: 'budgetFen', value: -1 }] },
      }),
    ]);
  });
});

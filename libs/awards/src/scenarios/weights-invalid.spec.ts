import { describe, expect, it } from '@jest/globals';
import { AwardConfigRefused, configProblems, resolveConfig } from '../awards.config.js';
import { computeRound } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: the weights must each be 0 or more and sum to 1 (within 1e-9, since
 * 0.7 + 0.2 + 0.1 is 0.9999999999999999 in floating point).
 *
 * With weights { served 1, satisfaction 0, effectiveness 0 } only S counts:
 *   p1 S = 3, votes 5, 5, 5; p2 S = 6, votes 3, 3, 3
 *   S' p1 0, p2 100 -> scores p1 0, p2 100, though p1 is rated better.
 */
const BUDGET = 280_000_000;
const weightProblems = (weights: Record<string, number>) =>
  configProblems(resolveConfig({ weights }), BUDGET).filter((p) => p.code === 'AWARD_WEIGHTS_INVALID');

describe('scenario: invalid weights', () => {
  it('refuses weights that do not sum to 1', () => {
    expect(weightProblems({ served: 0.3, satisfaction: 0.35, effectiveness: 0.25 })).toEqual([
      {
        code: 'AWARD_WEIGHTS_INVALID',
        message: 'The weights of served, satisfaction and effectiveness must each be 0 or more and sum to 1',
        details: { weights: { served: 0.3, satisfaction: 0.35, effectiveness: 0.25 }, sum: 0.8999999999999999 },
      },
    ]);
    // Only served given: 0.5 + 0.35 + 0.25 = 1.1.
    expect(weightProblems({ served: 0.5 })).toHaveLength(1);
  });

  it('refuses a negative or non-finite weight even when the sum is 1', () => {
    expect(weightProblems({ served: -0.1, satisfaction: 0.6, effectiveness: 0.5 })).toHaveLength(1);
    expect(weightProblems({ served: Number.NaN })[0].details).toEqual({
      weights: { served: Number.NaN, satisfaction: 0.35, effectiveness: 0.25 },
      sum: null,
    });
    expect(weightProblems({ served: Infinity })).toHaveLength(1);
  });

  it('accepts sums within 1e-9 of 1 and weights of 0', () => {
    expect(0.7 + 0.2 + 0.1).toBe(0.9999999999999999);
    expect(weightProblems({ served: 0.7, satisfaction: 0.2, effectiveness: 0.1 })).toEqual([]);
    expect(weightProblems({ served: 0.5, satisfaction: 0.25 })).toEqual([]);
    expect(weightProblems({ served: 1, satisfaction: 0, effectiveness: 0 })).toEqual([]);
    expect(weightProblems({ served: 0.4 + 5e-10 })).toEqual([]);
    expect(weightProblems({ served: 0.4 + 2e-9 })).toHaveLength(1);
  });

  it('will not compute with refused weights', () => {
    const facts = [provider('p1', 3, [5, 5, 5])];
    expect(() => computeRound(facts, { weights: { served: 0.5 } }, YEAR)).toThrow(AwardConfigRefused);
  });

  it('scores by S alone with weights 1, 0, 0', () => {
    const facts = [provider('p1', 3, [5, 5, 5]), provider('p2', 6, [3, 3, 3])];
    const result = computeRound(facts, { weights: { served: 1, satisfaction: 0, effectiveness: 0 } }, YEAR);
    expect(result.ranked.map((r) => [r.providerId, r.score, r.parts])).toEqual([
      ['p2', 100, { served: 100, satisfaction: 0, effectiveness: 0 }],
      ['p1', 0, { served: 0, satisfaction: 0, effectiveness: 0 }],
    ]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { computeRound, explain } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: four providers with the same facts. Every figure has max = min, so normalisation gives
 * 100 for all (not 0/0), every score is 0.40*100 + 0.35*100 + 0.25*100 = 100, and the ids decide.
 *
 *   each: S = 5, overall 5, 4, 4 (sum 13), effectiveness 3, 4, 4 (sum 11)
 *   m = 52/12 = 13/3;  Q = (5*13/3 + 13)/8 = (104/3)/8 = 13/3 = 4.333…
 *   me = 44/12 = 11/3; E = (5*11/3 + 11)/8 = (88/3)/8 = 11/3 = 3.666…
 *   Awards: ranks 1-3 50,000,000 fen, rank 4 30,000,000 fen.
 */
const FACTS = ['p4', 'p2', 'p3', 'p1'].map((id) => provider(id, 5, [5, 4, 4], [3, 4, 4]));

describe('scenario: all facts equal', () => {
  const result = computeRound(FACTS, {}, YEAR);

  it('normalises every figure to 100 and scores 100', () => {
    expect(result.ranges).toEqual({
      served: { min: 5, max: 5 },
      satisfaction: { min: 4.333333333, max: 4.333333333 },
      effectiveness: { min: 3.666666667, max: 3.666666667 },
    });
    for (const r of result.ranked) {
      expect(r.normalized).toEqual({ served: 100, satisfaction: 100, effectiveness: 100 });
      expect(r.parts).toEqual({ served: 40, satisfaction: 35, effectiveness: 25 });
      expect(r.score).toBe(100);
    }
    expect(result.ranked.map((r) => [r.providerId, r.rank, r.awardFen, r.tieBreak])).toEqual([
      ['p1', 1, 50_000_000, 'PROVIDER_ID'],
      ['p2', 2, 50_000_000, 'PROVIDER_ID'],
      ['p3', 3, 50_000_000, 'PROVIDER_ID'],
      ['p4', 4, 30_000_000, undefined],
    ]);
  });

  it('tells the provider the field is level on each figure', () => {
    const sentences = explain('p4', result)?.sentences ?? [];
    expect(sentences[1]).toBe(
      '服务企业：5 家；标准化得分 100（符合条件的机构此项相同，均计 100 分），权重 40%，计 40 分。',
    );
    expect(sentences).toContain(
      '与第 3 名综合得分相同，满意度、服务企业数和入池时间也都相同，按机构编号顺序排在其后。',
    );
    expect(sentences).toContain(
      '获奖励 300,000 元（奖励名次：第 1-3 名各 500,000 元；第 4-6 名各 300,000 元；第 7-10 名各 100,000 元）。',
    );
  });
});

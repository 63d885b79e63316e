import { describe, expect, it } from '@jest/globals';
import { configProblems, defaultConfig, resolveConfig } from '../awards.config.js';
import { computeRound, explain } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: a round with no configuration at all takes every default of DOMAIN.md §7, and a
 * four-provider field is scored by hand.
 *
 *   provider  S   overall   effectiveness
 *   p1        6   5, 5, 4   4, 4, 4
 *   p2        4   4, 4, 4   5, 5, 5
 *   p3        3   3, 3, 3   3, 3, 3
 *   p4        2   5, 5, 5   5, 5, 5      S < 3: ineligible, but its votes count in m and me
 *
 *   m  = (14 + 12 + 9 + 15) / 12 = 50/12 = 4.1666…      me = (12 + 15 + 9 + 15) / 12 = 51/12 = 4.25
 *   Q  = (5m + sum) / (5 + n):  p1 (125/6 + 14)/8 = 209/48 = 4.3541666…   p2 197/48 = 4.1041666…
 *                               p3 179/48 = 3.7291666…                      p4 215/48 = 4.4791666…
 *   E  = (5me + sume) / (5 + ne): p1 (21.25 + 12)/8 = 4.15625   p2 36.25/8 = 4.53125   p3 30.25/8 = 3.78125
 *   S' over S 3..6:            p1 100   p2 100*(4-3)/3 = 33.333…   p3 0
 *   Q' over 179/48..209/48:    p1 100   p2 100*(197-179)/30 = 60      p3 0
 *   E' over 3.78125..4.53125:  p1 100*(4.15625-3.78125)/0.75 = 50      p2 100   p3 0
 *   score = 0.40 S' + 0.35 Q' + 0.25 E':
 *     p1 = 40 + 35 + 12.5 = 87.5;  p2 = 13.333… + 21 + 25 = 59.333…;  p3 = 0
 *   Awards: ranks 1-3 each 50,000,000 fen (500,000 CNY).
 */
const FACTS = [
  provider('p1', 6, [5, 5, 4], [4, 4, 4]),
  provider('p2', 4, [4, 4, 4], [5, 5, 5]),
  provider('p3', 3, [3, 3, 3]),
  provider('p4', 2, [5, 5, 5]),
];

describe('scenario: the default configuration', () => {
  it('is every default of DOMAIN.md §7', () => {
    const expected = {
      weights: { served: 0.4, satisfaction: 0.35, effectiveness: 0.25 },
      priorWeight: 5,
      minServed: 3,
      minRatings: 3,
      minOrderFen: 100_000,
      admittedBy: '06-30',
      noticeDays: 7,
      tiers: [
        { fromRank: 1, toRank: 3, amountFen: 50_000_000 },
        { fromRank: 4, toRank: 6, amountFen: 30_000_000 },
        { fromRank: 7, toRank: 10, amountFen: 10_000_000 },
      ],
    };
    expect(resolveConfig()).toEqual(expected);
    expect(resolveConfig({})).toEqual(expected);
    expect(resolveConfig(null)).toEqual(expected);
    expect(defaultConfig()).toEqual(expected);
    // 3 x 50,000,000 + 3 x 30,000,000 + 4 x 10,000,000 = 280,000,000 fen: a budget of that is enough.
    expect(configProblems(defaultConfig(), 280_000_000)).toEqual([]);
  });

  it('fills only the missing fields, and shares nothing with the defaults', () => {
    const config = resolveConfig({ minServed: 5, weights: { served: 0.5, satisfaction: 0.25 } });
    expect(config.minServed).toBe(5);
    expect(config.minRatings).toBe(3);
    expect(config.weights).toEqual({ served: 0.5, satisfaction: 0.25, effectiveness: 0.25 });
    config.tiers[0].amountFen = 1;
    config.tiers.push({ fromRank: 11, toRank: 11, amountFen: 1 });
    expect(defaultConfig().tiers).toHaveLength(3);
    expect(defaultConfig().tiers[0].amountFen).toBe(50_000_000);
  });

  it('scores the field by hand', () => {
    const result = computeRound(FACTS, undefined, YEAR);
    expect(result.config).toEqual(defaultConfig());
    expect(result.m).toBeCloseTo(50 / 12, 12);
    expect(result.me).toBe(4.25);
    expect(result.C).toBe(5);
    expect(result.eligibleCount).toBe(3);
    expect(result.voteCount).toBe(12);
    expect(result.ranked.map((r) => [r.providerId, r.rank, r.awardFen])).toEqual([
      ['p1', 1, 50_000_000],
      ['p2', 2, 50_000_000],
      ['p3', 3, 50_000_000],
    ]);
    const [p1, p2, p3] = result.ranked;
    expect(p1.facts).toEqual({ served: 6, ratingCount: 3, satisfaction: 4.354166667, effectiveness: 4.15625 });
    expect(p2.facts).toEqual({ served: 4, ratingCount: 3, satisfaction: 4.104166667, effectiveness: 4.53125 });
    expect(p3.facts).toEqual({ served: 3, ratingCount: 3, satisfaction: 3.729166667, effectiveness: 3.78125 });
    expect(p1.normalized).toEqual({ served: 100, satisfaction: 100, effectiveness: 50 });
    expect(p2.normalized.served).toBeCloseTo(100 / 3, 12);
    expect(p2.normalized.satisfaction).toBeCloseTo(60, 9);
    expect(p2.normalized.effectiveness).toBe(100);
    expect(p3.normalized).toEqual({ served: 0, satisfaction: 0, effectiveness: 0 });
    expect(p1.parts).toEqual({ served: 40, satisfaction: 35, effectiveness: 12.5 });
    expect(p1.score).toBe(87.5);
    expect(p2.parts.served).toBeCloseTo(40 / 3, 12);
    expect(p2.parts.satisfaction).toBeCloseTo(21, 9);
    expect(p2.parts.effectiveness).toBe(25);
    expect(p2.score).toBeCloseTo(59 + 1 / 3, 9);
    expect(p3.score).toBe(0);
    expect(p1.tally).toEqual({ ratingCount: 3, ratingSum: 14, effectivenessCount: 3, effectivenessSum: 12 });
    expect(result.ranges).toEqual({
      served: { min: 3, max: 6 },
      satisfaction: { min: 3.729166667, max: 4.354166667 },
      effectiveness: { min: 3.78125, max: 4.53125 },
    });
    expect(result.ineligible).toEqual([
      {
        providerId: 'p4',
        reasons: [
          { code: 'SERVED_TOO_FEW', message: '服务企业 2 家，少于 3 家', details: { served: 2, minServed: 3 } },
        ],
        facts: { served: 2, ratingCount: 3, satisfaction: 4.479166667, effectiveness: 4.53125 },
        tally: { ratingCount: 3, ratingSum: 15, effectivenessCount: 3, effectivenessSum: 15 },
        admittedAt: '2025-03-01T02:00:00.000Z',
      },
    ]);
  });

  it('explains the second place in figures and words', () => {
    const explanation = explain('p2', computeRound(FACTS, {}, YEAR));
    expect(explanation?.kind).toBe('ranked');
    if (explanation?.kind !== 'ranked') return;
    expect(explanation.rank).toBe(2);
    expect(explanation.ties).toEqual([]);
    expect(explanation.sentences).toEqual([
      '2026 年度优质服务机构评选：您在 3 家符合条件的服务机构中排名第 2 名，综合得分 59.3333 分（满分 100）。',
      '服务企业：4 家；标准化得分 33.3333（最低 3 家计 0 分，最高 6 家计 100 分），权重 40%，计 13.3333 分。',
      '满意度：4.1042（3 家企业评价，总分 12；以全体平均 4.1667 按 5 票先验加权：(5×4.1667 + 12) ÷ (5 + 3)）；标准化得分 60（最低 3.7292 计 0 分，最高 4.3542 计 100 分），权重 35%，计 21 分。',
      '成效：4.5313（3 家企业评价，总分 15；以全体平均 4.25 按 5 票先验加权：(5×4.25 + 15) ÷ (5 + 3)）；标准化得分 100（最低 3.7813 计 0 分，最高 4.5313 计 100 分），权重 25%，计 25 分。',
      '获奖励 500,000 元（奖励名次：第 1-3 名各 500,000 元；第 4-6 名各 300,000 元；第 7-10 名各 100,000 元）。',
      '服务企业和评价按 2026 年完成、成交价不低于 1,000 元且双方无关联关系的订单计算，同一企业多次评价只计 1 票（取平均分），被隐藏的评价不计。',
    ]);
  });
});

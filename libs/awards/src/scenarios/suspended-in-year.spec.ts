import { describe, expect, it } from '@jest/globals';
import { computeRound, explain } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: a provider suspended in March and reinstated in May is an approved member again when
 * the round is computed, yet not eligible: not suspended at any time in Y. Its votes still count
 * in m (the mean over every vote of the year, eligible or not), but its S is not in the
 * normalisation range.
 *
 *   provider    S   overall = effectiveness
 *   p-reinst    10  5, 5, 5      suspended in Y
 *   p-b         3   3, 3, 3
 *   p-c         5   4, 4, 4
 *
 *   m = me = (15 + 9 + 12)/9 = 4      (without p-reinst's votes it would be 21/6 = 3.5)
 *   Q = E:  p-b = (20 + 9)/8 = 3.625   p-c = (20 + 12)/8 = 4   (p-reinst (20 + 15)/8 = 4.375, not ranked)
 *   S' over the eligible 3..5 (not 3..10): p-b 0, p-c 100
 *   score: p-c = 100, p-b = 0
 */
const FACTS = [
  provider('p-reinst', 10, [5, 5, 5], undefined, { suspendedInYear: true }),
  provider('p-b', 3, [3, 3, 3]),
  provider('p-c', 5, [4, 4, 4]),
];

describe('scenario: suspended during the year', () => {
  const result = computeRound(FACTS, {}, YEAR);

  it('is ineligible for that reason alone, and its votes still set the mean', () => {
    expect(result.ineligible).toEqual([
      {
        providerId: 'p-reinst',
        reasons: [{ code: 'SUSPENDED_IN_YEAR', message: '2026 年内曾被暂停资格' }],
        facts: { served: 10, ratingCount: 3, satisfaction: 4.375, effectiveness: 4.375 },
        tally: { ratingCount: 3, ratingSum: 15, effectivenessCount: 3, effectivenessSum: 15 },
        admittedAt: '2025-03-01T02:00:00.000Z',
      },
    ]);
    expect(result.m).toBe(4);
    expect(result.me).toBe(4);
    expect(result.voteCount).toBe(9);
    expect(result.eligibleCount).toBe(2);
    expect(result.ranges?.served).toEqual({ min: 3, max: 5 });
    expect(result.ranked.map((r) => [r.providerId, r.rank, r.score, r.facts.satisfaction])).toEqual([
      ['p-c', 1, 100, 4],
      ['p-b', 2, 0, 3.625],
    ]);
  });

  it('explains the reason to the provider', () => {
    expect(explain('p-reinst', result)).toEqual({
      kind: 'ineligible',
      providerId: 'p-reinst',
      year: 2026,
      facts: { served: 10, ratingCount: 3, satisfaction: 4.375, effectiveness: 4.375 },
      tally: { ratingCount: 3, ratingSum: 15, effectivenessCount: 3, effectivenessSum: 15 },
      reasons: [{ code: 'SUSPENDED_IN_YEAR', message: '2026 年内曾被暂停资格' }],
      sentences: [
        '2026 年度优质服务机构评选：您不符合参评条件，原因如下：',
        '1. 2026 年内曾被暂停资格。',
        '您的数据（仅供参考）：服务企业 10 家，评价企业 3 家，满意度 4.375，成效 4.375。',
        '服务企业和评价按 2026 年完成、成交价不低于 1,000 元且双方无关联关系的订单计算，同一企业多次评价只计 1 票（取平均分），被隐藏的评价不计。',
      ],
    });
  });
});

import { describe, expect, it } from '@jest/globals';
import { computeRound, explain } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: every condition fails at once and every reason is listed, in a fixed order, each with a
 * stable code and a sentence in Chinese.
 *
 *   p-all:  not a member when computed, admitted 15 Aug 2026, served 2, one rating enterprise (5),
 *           a fraud-rejected claim in 2026, suspended in 2026
 *   p-none: never admitted, no counted order, no vote
 *   p-ok:   eligible, S = 3, votes 4, 4, 4
 *
 *   m = me = (12 + 5)/4 = 4.25
 *   Q = E:  p-ok = (21.25 + 12)/8 = 4.15625   p-all = (21.25 + 5)/6 = 4.375   p-none = 21.25/5 = 4.25 (= m)
 */
const FACTS = [
  provider('p-all', 2, [5], undefined, {
    approvedAtCompute: false,
    admittedAt: new Date('2026-08-15T02:00:00Z'),
    fraudRejectedClaimInYear: true,
    suspendedInYear: true,
  }),
  provider('p-none', 0, [], undefined, { approvedAtCompute: false, admittedAt: null }),
  provider('p-ok', 3, [4, 4, 4]),
];

const NOT_APPROVED = {
  code: 'NOT_APPROVED',
  message: '不是资源池在册机构（以评选计算时为准；2026 年结束后计算的，以 2026-12-31 为准）',
};

describe('scenario: every reason listed', () => {
  const result = computeRound(FACTS, {}, YEAR);

  it('lists all six reasons of a provider failing everything', () => {
    expect(result.ineligible[0].providerId).toBe('p-all');
    expect(result.ineligible[0].reasons).toEqual([
      NOT_APPROVED,
      {
        code: 'ADMITTED_LATE',
        message: '入池日期 2026-08-15，晚于 2026-06-30',
        details: { admittedOn: '2026-08-15', admittedBy: '2026-06-30' },
      },
      { code: 'SERVED_TOO_FEW', message: '服务企业 2 家，少于 3 家', details: { served: 2, minServed: 3 } },
      {
        code: 'RATINGS_TOO_FEW',
        message: '评价企业 1 家，少于 3 家（同一企业多次评价只计 1 家）',
        details: { ratingCount: 1, minRatings: 3 },
      },
      { code: 'FRAUD_REJECTED_CLAIM', message: '2026 年有兑付申请因材料造假被驳回' },
      { code: 'SUSPENDED_IN_YEAR', message: '2026 年内曾被暂停资格' },
    ]);
    expect(result.ineligible[0].facts.satisfaction).toBe(4.375);
  });

  it('lists the four reasons of a provider never admitted and never rated', () => {
    expect(result.ineligible[1]).toEqual({
      providerId: 'p-none',
      reasons: [
        NOT_APPROVED,
        {
          code: 'NOT_ADMITTED',
          message: '没有获准入池的记录（须不晚于 2026-06-30 入池）',
          details: { admittedBy: '2026-06-30' },
        },
        { code: 'SERVED_TOO_FEW', message: '服务企业 0 家，少于 3 家', details: { served: 0, minServed: 3 } },
        {
          code: 'RATINGS_TOO_FEW',
          message: '评价企业 0 家，少于 3 家（同一企业多次评价只计 1 家）',
          details: { ratingCount: 0, minRatings: 3 },
        },
      ],
      facts: { served: 0, ratingCount: 0, satisfaction: 4.25, effectiveness: 4.25 },
      tally: { ratingCount: 0, ratingSum: 0, effectivenessCount: 0, effectivenessSum: 0 },
      admittedAt: null,
    });
  });

  it('ranks the one eligible provider with the mean of every vote', () => {
    expect(result.m).toBe(4.25);
    expect(result.ranked.map((r) => [r.providerId, r.facts.satisfaction, r.score])).toEqual([['p-ok', 4.15625, 100]]);
  });

  it('explains every reason, numbered', () => {
    expect(explain('p-all', result)?.sentences.slice(0, 8)).toEqual([
      '2026 年度优质服务机构评选：您不符合参评条件，原因如下：',
      '1. 不是资源池在册机构（以评选计算时为准；2026 年结束后计算的，以 2026-12-31 为准）。',
      '2. 入池日期 2026-08-15，晚于 2026-06-30。',
      '3. 服务企业 2 家，少于 3 家。',
      '4. 评价企业 1 家，少于 3 家（同一企业多次评价只计 1 家）。',
      '5. 2026 年有兑付申请因材料造假被驳回。',
      '6. 2026 年内曾被暂停资格。',
      '您的数据（仅供参考）：服务企业 2 家，评价企业 1 家，满意度 4.375，成效 4.375。',
    ]);
    expect(explain('p-unknown', result)).toBeNull();
  });

  it('follows configured thresholds', () => {
    const lenient = computeRound(FACTS, { minServed: 2, minRatings: 1 }, YEAR);
    expect(lenient.ineligible[0].reasons.map((r) => r.code)).toEqual([
      'NOT_APPROVED',
      'ADMITTED_LATE',
      'FRAUD_REJECTED_CLAIM',
      'SUSPENDED_IN_YEAR',
    ]);
  });
});

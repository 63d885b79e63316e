import { describe, expect, it } from '@jest/globals';
import { AwardFactsInvalid, computeRound, standing } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: "where I stand" during the year, with one paid rank (rank 1, 50,000,000 fen).
 *
 *   provider  S   overall = effectiveness
 *   p1        6   5, 5, 5
 *   p2        4   4, 4, 4
 *   p3        3   3, 3, 3
 *   p-me      2   5              not yet eligible: S 2 < 3, n 1 < 3
 *
 *   m = me = (15 + 12 + 9 + 5)/10 = 4.1
 *   Q = E:  p1 (20.5 + 15)/8 = 4.4375   p2 32.5/8 = 4.0625   p3 29.5/8 = 3.6875   p-me (20.5 + 5)/6 = 4.25
 *
 * p-me, placed among the eligible as if it were eligible (field p1, p2, p3, p-me):
 *   S' over 2..6:             p1 100   p2 50   p3 25   p-me 0
 *   Q' = E' over 3.6875..4.4375: p1 100  p2 50  p3 0    p-me 100*0.5625/0.75 = 75
 *   score: p1 100;  p2 20 + 17.5 + 12.5 = 50;  p3 10;  p-me 0 + 26.25 + 18.75 = 45
 *   -> third of 4; rank 1 is 100 - 45 = 55 points ahead.
 *
 * p2, eligible (field p1, p2, p3):
 *   S' over 3..6: 33.333…;  Q' = E' = 50;  score 13.333… + 17.5 + 12.5 = 43.333…, second; 56.666… behind rank 1.
 */
const FACTS = [
  provider('p1', 6, [5, 5, 5]),
  provider('p2', 4, [4, 4, 4]),
  provider('p3', 3, [3, 3, 3]),
  provider('p-me', 2, [5]),
];
const CONFIG = { tiers: [{ fromRank: 1, toRank: 1, amountFen: 50_000_000 }] };

describe('scenario: where I stand during the year', () => {
  it('shows a provider not yet eligible what it lacks and where it would stand', () => {
    const s = standing(FACTS, 'p-me', CONFIG, YEAR);
    expect(s.eligible).toBe(false);
    expect(s.gaps).toEqual([
      {
        code: 'SERVED_TOO_FEW',
        message: '服务企业 2 家，还差 1 家达到 3 家',
        fixable: true,
        have: 2,
        need: 3,
        missing: 1,
      },
      {
        code: 'RATINGS_TOO_FEW',
        message: '评价企业 1 家，还差 2 家达到 3 家（同一企业多次评价只计 1 家）',
        fixable: true,
        have: 1,
        need: 3,
        missing: 2,
      },
    ]);
    expect(s.reasons.map((r) => r.code)).toEqual(['SERVED_TOO_FEW', 'RATINGS_TOO_FEW']);
    expect(s.facts).toEqual({ served: 2, ratingCount: 1, satisfaction: 4.25, effectiveness: 4.25 });
    expect(s.round).toEqual({ m: 4.1, me: 4.1, C: 5, eligibleCount: 3 });
    expect(s.ranges.served).toEqual({ min: 2, max: 6 });
    expect(s.position).toEqual({
      asIfEligible: true,
      rank: 3,
      fieldSize: 4,
      score: 45,
      normalized: { served: 0, satisfaction: 75, effectiveness: 75 },
      parts: { served: 0, satisfaction: 26.25, effectiveness: 18.75 },
      awardFen: 0,
      nextAward: { rank: 1, score: 100, gap: 55 },
    });
    expect(s.sentences.slice(0, 4)).toEqual([
      '按目前数据，您尚不符合 2026 年度评选条件：',
      '1. 服务企业 2 家，还差 1 家达到 3 家。',
      '2. 评价企业 1 家，还差 2 家达到 3 家（同一企业多次评价只计 1 家）。',
      '假如符合条件，您在 4 家机构中将暂列第 3 名，得分 45 分。',
    ]);
    expect(s.sentences).toContain('离最近的奖励名次第 1 名（目前 100 分）还差 55 分。');
    expect(s.sentences).toContain('以上为 2026 年截至目前的临时结果，年度结果以评选计算为准。');
  });

  it('shows an eligible provider the same figures as a round computed now', () => {
    const s = standing(FACTS, 'p2', CONFIG, YEAR);
    const now = computeRound(FACTS, CONFIG, YEAR).ranked[1];
    expect(now.providerId).toBe('p2');
    expect(s.eligible).toBe(true);
    expect(s.gaps).toEqual([]);
    expect(s.position.asIfEligible).toBe(false);
    expect([s.position.rank, s.position.score, s.position.normalized, s.position.parts]).toEqual([
      now.rank,
      now.score,
      now.normalized,
      now.parts,
    ]);
    expect(s.position.score).toBeCloseTo(43 + 1 / 3, 9);
    expect(s.position.nextAward?.gap).toBeCloseTo(56 + 2 / 3, 9);
    expect(s.sentences[0]).toBe('按目前数据，您在 3 家符合条件的服务机构中暂列第 2 名，得分 43.3333 分。');
  });

  it('tells the leader what it would receive', () => {
    const s = standing(FACTS, 'p1', CONFIG, YEAR);
    expect(s.position).toMatchObject({ rank: 1, score: 100, awardFen: 50_000_000, nextAward: null });
    expect(s.sentences[0]).toBe(
      '按目前数据，您在 3 家符合条件的服务机构中暂列第 1 名，得分 100 分，若年度结束时仍如此可获奖励 500,000 元。',
    );
  });

  it('says which conditions can no longer be met this year', () => {
    const facts = [
      ...FACTS,
      provider('p-susp', 5, [4, 4, 4], undefined, {
        suspendedInYear: true,
        approvedAtCompute: false,
        fraudRejectedClaimInYear: true,
        admittedAt: new Date('2026-09-01T02:00:00Z'),
      }),
      provider('p-new', 0, [], undefined, { admittedAt: null, approvedAtCompute: false }),
    ];
    expect(standing(facts, 'p-susp', CONFIG, YEAR).gaps).toEqual([
      { code: 'NOT_APPROVED', message: '目前不是资源池在册机构（评选时须在册）', fixable: true },
      {
        code: 'ADMITTED_LATE',
        message: '入池日期 2026-09-01，晚于 2026-06-30，不能参加 2026 年度评选',
        fixable: false,
      },
      {
        code: 'FRAUD_REJECTED_CLAIM',
        message: '2026 年有兑付申请因材料造假被驳回，不能参加 2026 年度评选',
        fixable: false,
      },
      { code: 'SUSPENDED_IN_YEAR', message: '2026 年内曾被暂停资格，不能参加 2026 年度评选', fixable: false },
    ]);
    expect(standing(facts, 'p-new', CONFIG, YEAR).gaps.map((g) => [g.code, g.message])).toEqual([
      ['NOT_APPROVED', '目前不是资源池在册机构（评选时须在册）'],
      ['NOT_ADMITTED', '尚未获准入池；须不晚于 2026-06-30 获准入池才能参加本年度评选'],
      ['SERVED_TOO_FEW', '服务企业 0 家，还差 3 家达到 3 家'],
      ['RATINGS_TOO_FEW', '评价企业 0 家，还差 3 家达到 3 家（同一企业多次评价只计 1 家）'],
    ]);
  });

  it('says when only a tie-break keeps a provider from the paid rank', () => {
    const twins = [provider('p-a', 4, [4, 4, 4]), provider('p-b', 4, [4, 4, 4])];
    const s = standing(twins, 'p-b', CONFIG, YEAR);
    expect(s.position.nextAward).toEqual({ rank: 1, score: 100, gap: 0 });
    expect(s.sentences).toContain('与最近的奖励名次第 1 名得分相同，按并列规则排在其后。');
  });

  it('needs the provider among the facts', () => {
    expect(() => standing(FACTS, 'p-absent', CONFIG, YEAR)).toThrow(AwardFactsInvalid);
  });
});

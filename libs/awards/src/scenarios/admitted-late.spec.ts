import { describe, expect, it } from '@jest/globals';
import { computeRound } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: admitted on or before 30 Jun of Y (admittedBy "06-30"), by the calendar day in
 * Asia/Shanghai (UTC+8). Same facts for all (S = 4, votes 4, 4, 4), so the eligible ones tie on
 * score 100 and the earlier admission ranks first.
 *
 *   p-edge   2026-06-30T15:59:59.999Z = 30 Jun 23:59:59.999 Shanghai   eligible
 *   p-late   2026-06-30T16:00:00.000Z =  1 Jul 00:00 Shanghai           ADMITTED_LATE
 *   p-old    2019-01-01                                                 eligible (any earlier year)
 *   p-never  never admitted (and so not a member)                       NOT_APPROVED, NOT_ADMITTED
 */
const EDGE = new Date('2026-06-30T15:59:59.999Z');
const LATE = new Date('2026-06-30T16:00:00.000Z');
const FACTS = [
  provider('p-edge', 4, [4, 4, 4], undefined, { admittedAt: EDGE }),
  provider('p-late', 4, [4, 4, 4], undefined, { admittedAt: LATE }),
  provider('p-old', 4, [4, 4, 4], undefined, { admittedAt: new Date('2019-01-01T00:00:00Z') }),
  provider('p-never', 4, [4, 4, 4], undefined, { admittedAt: null, approvedAtCompute: false }),
];

describe('scenario: admitted after the admission day', () => {
  it('counts the Shanghai calendar day of admission', () => {
    const result = computeRound(FACTS, {}, YEAR);
    expect(result.ranked.map((r) => [r.providerId, r.rank, r.score, r.tieBreak])).toEqual([
      ['p-old', 1, 100, 'EARLIER_ADMISSION'],
      ['p-edge', 2, 100, undefined],
    ]);
    expect(result.ineligible.map((i) => [i.providerId, i.reasons])).toEqual([
      [
        'p-late',
        [
          {
            code: 'ADMITTED_LATE',
            message: '入池日期 2026-07-01，晚于 2026-06-30',
            details: { admittedOn: '2026-07-01', admittedBy: '2026-06-30' },
          },
        ],
      ],
      [
        'p-never',
        [
          {
            code: 'NOT_APPROVED',
            message: '不是资源池在册机构（以评选计算时为准；2026 年结束后计算的，以 2026-12-31 为准）',
          },
          {
            code: 'NOT_ADMITTED',
            message: '没有获准入池的记录（须不晚于 2026-06-30 入池）',
            details: { admittedBy: '2026-06-30' },
          },
        ],
      ],
    ]);
  });

  it('follows a configured day', () => {
    const result = computeRound(FACTS, { admittedBy: '03-31' }, YEAR);
    expect(result.ranked.map((r) => r.providerId)).toEqual(['p-old']);
    expect(result.ineligible.find((i) => i.providerId === 'p-edge')?.reasons).toEqual([
      {
        code: 'ADMITTED_LATE',
        message: '入池日期 2026-06-30，晚于 2026-03-31',
        details: { admittedOn: '2026-06-30', admittedBy: '2026-03-31' },
      },
    ]);
  });

  it('reads "02-29" in a year without it as the end of February', () => {
    const facts = [
      provider('p-feb', 4, [4, 4, 4], undefined, { admittedAt: new Date('2027-02-28T15:59:59Z') }), // 28 Feb 23:59:59
      provider('p-mar', 4, [4, 4, 4], undefined, { admittedAt: new Date('2027-02-28T16:00:00Z') }), // 1 Mar 00:00
    ];
    const result = computeRound(facts, { admittedBy: '02-29' }, 2027);
    expect(result.ranked.map((r) => r.providerId)).toEqual(['p-feb']);
    expect(result.ineligible[0].reasons[0].message).toBe('入池日期 2027-03-01，晚于 2027-02-29');
  });
});

import { describe, expect, it } from '@jest/globals';
import { againstTarget, burnDown } from './stats.rules.js';

describe('stats rules', () => {
  it.each([
    [0, { shortOfTarget: 100, reachedBp: 0 }],
    [3, { shortOfTarget: 97, reachedBp: 300 }],
    [100, { shortOfTarget: 0, reachedBp: 10000 }],
    [123, { shortOfTarget: 0, reachedBp: 12300 }],
  ])('%i members against a target of 100', (members, expected) => {
    expect(againstTarget(members)).toEqual(expected);
  });

  it('floors the share of an odd target', () => {
    expect(againstTarget(1, 3)).toEqual({ shortOfTarget: 2, reachedBp: 3333 });
  });

  it('lays out every month of validity, zeros where nothing moved, with running totals', () => {
    const months = burnDown('2026-03-01', '2026-06-30', [
      { month: '2026-04', consumedFen: 100, redeemedFen: 0 },
      { month: '2026-06', consumedFen: 50, redeemedFen: 100 },
    ]);
    expect(months).toEqual([
      { month: '2026-03', consumedFen: 0, redeemedFen: 0, cumulativeConsumedFen: 0, cumulativeRedeemedFen: 0 },
      { month: '2026-04', consumedFen: 100, redeemedFen: 0, cumulativeConsumedFen: 100, cumulativeRedeemedFen: 0 },
      { month: '2026-05', consumedFen: 0, redeemedFen: 0, cumulativeConsumedFen: 100, cumulativeRedeemedFen: 0 },
      { month: '2026-06', consumedFen: 50, redeemedFen: 100, cumulativeConsumedFen: 150, cumulativeRedeemedFen: 100 },
    ]);
  });

  it('widens past validity to a later consumption, across a year end', () => {
    const months = burnDown('2026-11-15', '2026-12-31', [{ month: '2027-02', consumedFen: 7, redeemedFen: 7 }]);
    expect(months.map((m) => m.month)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(months.at(-1)).toMatchObject({ cumulativeConsumedFen: 7, cumulativeRedeemedFen: 7 });
  });

  it('a programme valid within one month has one month', () => {
    expect(burnDown('2026-05-02', '2026-05-20', [])).toEqual([
      { month: '2026-05', consumedFen: 0, redeemedFen: 0, cumulativeConsumedFen: 0, cumulativeRedeemedFen: 0 },
    ]);
  });
});

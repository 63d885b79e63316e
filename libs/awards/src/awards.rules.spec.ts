import { describe, expect, it } from '@jest/globals';
import { configProblems, defaultConfig, isValidMonthDay, resolveConfig } from './awards.config.js';
import {
  AwardFactsInvalid,
  admittedInTime,
  awardFigure,
  awardForRank,
  compareForRank,
  compareIds,
  computeRound,
  enterpriseVotes,
  explain,
  formatFigure,
  formatYuan,
  normalise,
  shrunkMean,
  tieBreakBetween,
  type ProviderAwardFacts,
} from './awards.rules.js';

const facts = (over: Partial<ProviderAwardFacts> = {}): ProviderAwardFacts => ({
  providerId: 'p1',
  admittedAt: new Date('2025-01-01T00:00:00Z'),
  approvedAtCompute: true,
  suspendedInYear: false,
  fraudRejectedClaimInYear: false,
  served: 3,
  votes: [],
  ...over,
});

describe('awardFigure: 9 decimal places', () => {
  it.each([
    [209 / 48, 4.354166667],
    [1 / 3, 0.333333333],
    [2 / 3, 0.666666667],
    [4.375, 4.375],
    [0, 0],
    [100, 100],
  ])('%d -> %d', (x, expected) => expect(awardFigure(x)).toBe(expected));
});

describe('shrunkMean: (C*prior + sum) / (C + count)', () => {
  it.each([
    ['three 5s, C 5, m 4', 5, 4, 15, 3, 4.375],
    ['no vote: the prior', 5, 4, 0, 0, 4],
    ['C 0: the plain mean', 0, 4, 14, 3, 4.666666667],
    ['C 0 and no vote: the prior, not 0/0', 0, 4.2, 0, 0, 4.2],
    ['many votes barely move: (15 + 995) / 204', 5, 3, 995, 199, 4.950980392],
  ])('%s', (_, C, prior, sum, count, expected) => expect(shrunkMean(C, prior, sum, count)).toBe(expected));
});

describe('normalise', () => {
  it('maps min..max to 0..100, and everything to 100 when max = min', () => {
    expect(normalise(10, { min: 3, max: 11 })).toBe(87.5);
    expect(normalise(3, { min: 3, max: 11 })).toBe(0);
    expect(normalise(11, { min: 3, max: 11 })).toBe(100);
    expect(normalise(4, { min: 4, max: 4 })).toBe(100);
  });
});

describe('awardForRank over the default tiers', () => {
  it.each([
    [1, 50_000_000],
    [3, 50_000_000],
    [4, 30_000_000],
    [6, 30_000_000],
    [7, 10_000_000],
    [10, 10_000_000],
    [11, 0],
  ])('rank %i: %i fen', (rank, fen) => expect(awardForRank(rank, defaultConfig().tiers)).toBe(fen));
});

describe('rank order and tie-breaks', () => {
  const key = (providerId: string, score: number, satisfaction: number, served: number, admitted: string | null) => ({
    providerId,
    score,
    facts: { served, ratingCount: 3, satisfaction, effectiveness: 4 },
    admittedAt: admitted === null ? null : new Date(admitted),
  });
  const TABLE: Array<[string, ReturnType<typeof key>, ReturnType<typeof key>, ReturnType<typeof tieBreakBetween>]> = [
    ['higher score', key('b', 50, 3, 3, '2025-01-01'), key('a', 40, 5, 9, '2020-01-01'), undefined],
    [
      'scores equal to 9 places, higher Q',
      key('b', 39.99999999999999, 4, 3, '2025-01-01'),
      key('a', 40, 3, 9, '2020-01-01'),
      'HIGHER_SATISFACTION',
    ],
    ['equal Q, more served', key('b', 40, 4, 5, '2025-01-01'), key('a', 40, 4, 4, '2020-01-01'), 'MORE_SERVED'],
    [
      'equal S, earlier admission',
      key('b', 40, 4, 5, '2020-01-01'),
      key('a', 40, 4, 5, '2025-01-01'),
      'EARLIER_ADMISSION',
    ],
    ['admission before none', key('b', 40, 4, 5, '2025-01-01'), key('a', 40, 4, 5, null), 'EARLIER_ADMISSION'],
    ['all equal, id', key('a', 40, 4, 5, '2025-01-01'), key('b', 40, 4, 5, '2025-01-01'), 'PROVIDER_ID'],
  ];
  it.each(TABLE)('%s puts the first before the second', (_, first, second, rule) => {
    expect(compareForRank(first, second)).toBeLessThan(0);
    expect(compareForRank(second, first)).toBeGreaterThan(0);
    expect(tieBreakBetween(first, second)).toBe(rule);
  });

  it('scores 1e-9 apart are not tied', () => {
    const a = key('a', 40.000000001, 3, 3, '2025-01-01');
    const b = key('b', 40, 5, 9, '2020-01-01');
    expect(compareForRank(a, b)).toBeLessThan(0);
    expect(tieBreakBetween(a, b)).toBeUndefined();
  });

  it('orders ids by code unit, whatever the locale', () => {
    expect(['b', 'B', 'a', 'A', '0'].sort(compareIds)).toEqual(['0', 'A', 'B', 'a', 'b']);
  });
});

describe('admittedInTime: by the calendar day in Asia/Shanghai', () => {
  it.each([
    ['2026-06-30T15:59:59.999Z', '06-30', true],
    ['2026-06-30T16:00:00.000Z', '06-30', false],
    ['2025-12-31T23:00:00.000Z', '06-30', true],
    ['2026-03-31T12:00:00.000Z', '03-31', true],
    ['2026-12-31T15:59:59.000Z', '12-31', true],
    ['2026-12-31T16:00:00.000Z', '12-31', false],
  ])('%s, admittedBy %s: %s', (at, by, ok) => expect(admittedInTime(new Date(at), 2026, by)).toBe(ok));
});

describe('isValidMonthDay', () => {
  it.each([
    ['06-30', true],
    ['01-01', true],
    ['12-31', true],
    ['02-29', true],
    ['02-30', false],
    ['04-31', false],
    ['13-01', false],
    ['00-10', false],
    ['06-00', false],
    ['6-30', false],
    ['06/30', false],
    ['2026-06-30', false],
    ['', false],
  ])('%s: %s', (value, ok) => expect(isValidMonthDay(value)).toBe(ok));

  it('refuses what is not a string', () => {
    expect(isValidMonthDay(630)).toBe(false);
    expect(configProblems(resolveConfig({ admittedBy: '02-30' }), Infinity)).toEqual([
      {
        code: 'AWARD_ADMITTED_BY_INVALID',
        message: 'admittedBy must be a day of the year written MM-DD, e.g. 06-30',
        details: { admittedBy: '02-30' },
      },
    ]);
  });
});

describe('configProblems: the other fields', () => {
  it('refuses counts and amounts that are not whole, or below their minimum', () => {
    const config = resolveConfig({ priorWeight: -1, minServed: 1.5, minRatings: -1, minOrderFen: 0.5, noticeDays: 0 });
    expect(configProblems(config, 280_000_000)).toEqual([
      expect.objectContaining({
        code: 'AWARD_CONFIG_INVALID',
        details: {
          fields: [
            { field: 'priorWeight', value: -1 },
            { field: 'minServed', value: 1.5 },
            { field: 'minRatings', value: -1 },
            { field: 'minOrderFen', value: 0.5 },
            { field: 'noticeDays', value: 0 },
          ],
        },
      }),
    ]);
    expect(configProblems(resolveConfig({ priorWeight: 0, minServed: 0, minRatings: 0, minOrderFen: 0 }), 0)).toEqual([
      expect.objectContaining({ code: 'AWARD_BUDGET_EXCEEDED' }),
    ]);
  });
});

describe('enterpriseVotes', () => {
  it('averages each enterprise, leaving effectiveness apart when not given', () => {
    expect(
      enterpriseVotes([
        { enterpriseId: 'e2', overall: 2, effectiveness: null },
        { enterpriseId: 'e1', overall: 5, effectiveness: null },
        { enterpriseId: 'e1', overall: 3, effectiveness: 4 },
        { enterpriseId: 'e1', overall: 4, effectiveness: 5 },
      ]),
    ).toEqual([
      { enterpriseId: 'e1', overall: 4, effectiveness: 4.5 },
      { enterpriseId: 'e2', overall: 2, effectiveness: null },
    ]);
    expect(enterpriseVotes([])).toEqual([]);
  });
});

describe('formatting for providers', () => {
  it.each([
    [62.5, '62.5'],
    [100 / 3, '33.3333'],
    [100, '100'],
    [0, '0'],
    [4.104166667, '4.1042'],
    [0.00004, '0'],
    [39.99999999999999, '40'],
  ])('figure %d -> %s', (x, text) => expect(formatFigure(x)).toBe(text));

  it.each([
    [50_000_000, '500,000 元'],
    [100_000, '1,000 元'],
    [12_345, '123.45 元'],
    [5, '0.05 元'],
    [0, '0 元'],
    [123_456_789_00, '123,456,789 元'],
  ])('%i fen -> %s', (fen, text) => expect(formatYuan(fen)).toBe(text));
});

describe('computeRound: input it refuses', () => {
  const TABLE: Array<[string, ProviderAwardFacts[], number, string]> = [
    ['a provider twice', [facts(), facts()], 2026, 'provider p1 is given twice'],
    ['an empty id', [facts({ providerId: '' })], 2026, 'every provider needs a providerId'],
    ['negative served', [facts({ served: -1 })], 2026, 'served must be a whole number'],
    ['fractional served', [facts({ served: 2.5 })], 2026, 'served must be a whole number'],
    ['an invalid date', [facts({ admittedAt: new Date('nope') })], 2026, 'admittedAt must be a date or null'],
    [
      'a score of 0',
      [facts({ votes: [{ enterpriseId: 'e1', overall: 0, effectiveness: 3 }] })],
      2026,
      'is not a score from 1 to 5',
    ],
    [
      'an effectiveness of 5.5',
      [facts({ votes: [{ enterpriseId: 'e1', overall: 4, effectiveness: 5.5 }] })],
      2026,
      'is not a score from 1 to 5',
    ],
    [
      'a NaN score',
      [facts({ votes: [{ enterpriseId: 'e1', overall: Number.NaN, effectiveness: 3 }] })],
      2026,
      'is not a score from 1 to 5',
    ],
    ['a fractional year', [facts()], 2026.5, 'is not a calendar year'],
    ['a two-digit year', [facts()], 26, 'is not a calendar year'],
  ];
  it.each(TABLE)('%s', (_, input, year, message) => {
    expect(() => computeRound(input, {}, year)).toThrow(AwardFactsInvalid);
    expect(() => computeRound(input, {}, year)).toThrow(message);
  });

  it('computes an empty round', () => {
    expect(computeRound([], {}, 2026)).toEqual({
      year: 2026,
      m: 0,
      me: 0,
      C: 5,
      eligibleCount: 0,
      voteCount: 0,
      effectivenessVoteCount: 0,
      ranges: null,
      config: defaultConfig(),
      ranked: [],
      ineligible: [],
    });
  });

  it('does not change the facts it is given', () => {
    const input = [
      facts({ providerId: 'p2' }),
      facts({ providerId: 'p1', votes: [{ enterpriseId: 'e', overall: 5, effectiveness: 5 }] }),
    ];
    const before = JSON.stringify(input);
    computeRound(input, { minRatings: 0 }, 2026);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('explain from a stored result', () => {
  it('answers the same from the JSON snapshot as from the result', () => {
    const input = [
      facts({
        providerId: 'p1',
        served: 4,
        votes: [1, 2, 3].map((i) => ({ enterpriseId: `e${i}`, overall: 4, effectiveness: 5 })),
      }),
      facts({
        providerId: 'p2',
        served: 3,
        votes: [1, 2, 3].map((i) => ({ enterpriseId: `e${i}`, overall: 5, effectiveness: 3 })),
      }),
      facts({ providerId: 'p3', served: 1 }),
    ];
    const result = computeRound(input, {}, 2026);
    const stored = JSON.parse(JSON.stringify(result)) as typeof result;
    for (const id of ['p1', 'p2', 'p3']) expect(explain(id, stored)).toEqual(explain(id, result));
  });
});

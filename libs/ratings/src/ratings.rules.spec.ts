import { describe, expect, it } from '@jest/globals';
import {
  averageOf,
  checkEdit,
  checkRate,
  EDIT_WINDOW_MS,
  OUTCOME_KEYS,
  outcomeProblems,
  RATING_WINDOW_MS,
  REMINDER_AFTER_MS,
} from './ratings.rules.js';

const DAY = 24 * 3600 * 1000;
const COMPLETED = new Date('2026-11-22T02:00:00Z');
const at = (ms: number) => new Date(COMPLETED.getTime() + ms);

describe('the windows (DOMAIN.md §6)', () => {
  it('are 30 days to rate, 7 to edit, and the reminder after 3', () => {
    expect([RATING_WINDOW_MS, EDIT_WINDOW_MS, REMINDER_AFTER_MS]).toEqual([30 * DAY, 7 * DAY, 3 * DAY]);
  });
});

describe('checkRate: a completed order, within 30 days of its completion', () => {
  const TABLE: Array<[string, string, Date | null, Date, ReturnType<typeof checkRate>]> = [
    ['completed a moment ago', 'completed', COMPLETED, COMPLETED, null],
    ['completed 29 days ago', 'completed', COMPLETED, at(29 * DAY), null],
    ['completed exactly 30 days ago', 'completed', COMPLETED, at(30 * DAY), null],
    ['completed 30 days and 1 ms ago', 'completed', COMPLETED, at(30 * DAY + 1), 'RATING_WINDOW_CLOSED'],
    ['completed a year ago', 'completed', COMPLETED, at(365 * DAY), 'RATING_WINDOW_CLOSED'],
    ['completed without a completion time', 'completed', null, COMPLETED, 'ORDER_NOT_COMPLETED'],
    ...(
      [
        'requested',
        'quoted',
        'confirmed',
        'in_progress',
        'delivered',
        'disputed',
        'declined',
        'cancelled',
        'expired',
      ] as const
    ).map(
      (status) =>
        [`${status}`, status, null, COMPLETED, 'ORDER_NOT_COMPLETED'] as [
          string,
          string,
          Date | null,
          Date,
          ReturnType<typeof checkRate>,
        ],
    ),
    // A completion time left on an order that is no longer completed does not make it ratable.
    ['disputed with a completion time', 'disputed', COMPLETED, COMPLETED, 'ORDER_NOT_COMPLETED'],
  ];

  it.each(TABLE)('%s -> %s', (_name, status, completedAt, now, expected) => {
    expect(checkRate({ status, completedAt }, now)).toBe(expected);
  });

  it('not completed wins over a closed window', () => {
    expect(checkRate({ status: 'cancelled', completedAt: COMPLETED }, at(90 * DAY))).toBe('ORDER_NOT_COMPLETED');
  });
});

describe('checkEdit: for 7 days after rating, never once hidden', () => {
  const TABLE: Array<[string, boolean, Date, ReturnType<typeof checkEdit>]> = [
    ['visible, just rated', false, COMPLETED, null],
    ['visible, 6 days later', false, at(6 * DAY), null],
    ['visible, exactly 7 days later', false, at(7 * DAY), null],
    ['visible, 7 days and 1 ms later', false, at(7 * DAY + 1), 'RATING_EDIT_WINDOW_CLOSED'],
    ['hidden, just rated', true, COMPLETED, 'RATING_HIDDEN'],
    ['hidden, after the window', true, at(8 * DAY), 'RATING_HIDDEN'],
  ];

  it.each(TABLE)('%s -> %s', (_name, hidden, now, expected) => {
    expect(checkEdit({ createdAt: COMPLETED, hidden }, now)).toBe(expected);
  });
});

describe('outcomeProblems: the keys of the order category, non-negative numbers, a note', () => {
  const fields = (category: string, outcomes: Record<string, unknown>) =>
    outcomeProblems(category, outcomes).map((p) => p.field);

  it('knows the keys of each category of DOMAIN.md §6, and no others', () => {
    expect(Object.fromEntries(Object.entries(OUTCOME_KEYS).map(([c, keys]) => [c, Object.keys(keys)]))).toEqual({
      ip: ['patentsFiled', 'patentsGranted', 'trademarks'],
      digital: ['maturityBefore', 'maturityAfter'],
      energy_carbon: ['energySavedTce', 'co2SavedT'],
      finance: ['financingRaisedFen'],
      market: ['newContracts', 'newCustomers'],
    });
  });

  // Every key of every category with a valid value, alone and all together, with a note.
  const VALID: Array<[string, Record<string, unknown>]> = [
    ['ip', { patentsFiled: 3 }],
    ['ip', { patentsGranted: 0 }],
    ['ip', { trademarks: 12 }],
    ['ip', { patentsFiled: 2, patentsGranted: 1, trademarks: 0, note: '两件发明专利已受理' }],
    ['digital', { maturityBefore: 1 }],
    ['digital', { maturityAfter: 5 }],
    ['digital', { maturityBefore: 2, maturityAfter: 4, note: '通过两化融合评估' }],
    ['energy_carbon', { energySavedTce: 0 }],
    ['energy_carbon', { co2SavedT: 1200 }],
    ['energy_carbon', { energySavedTce: 1.005, co2SavedT: 2.675 }],
    ['energy_carbon', { energySavedTce: 0.001, co2SavedT: 12.5 }],
    ['energy_carbon', { energySavedTce: 123456.789 }],
    // Large amounts with 3 decimals: the product with 1,000 is not exact in binary floating point.
    ['energy_carbon', { energySavedTce: 547444087.221 }],
    ['energy_carbon', { co2SavedT: 999999999.999 }],
    ['energy_carbon', { co2SavedT: 1e9 }],
    ['finance', { financingRaisedFen: 0 }],
    ['finance', { financingRaisedFen: 500_000_000_00 }],
    ['finance', { financingRaisedFen: 1e13 }],
    ['market', { newContracts: 4, newCustomers: 10 }],
    ['market', {}],
    // A note alone is allowed for every category, including ones without measured outcomes.
    ...['ip', 'digital', 'energy_carbon', 'finance', 'market', 'consulting', 'testing', 'talent'].map(
      (c) => [c, { note: '服务后新增两家客户' }] as [string, Record<string, unknown>],
    ),
    ['consulting', { note: 'x'.repeat(500) }],
  ];

  it.each(VALID)('%s %j: accepted', (category, outcomes) => {
    expect(outcomeProblems(category, outcomes)).toEqual([]);
  });

  const INVALID: Array<[string, string, Record<string, unknown>, string[]]> = [
    // counts: whole numbers, 0 or more
    ['negative count', 'ip', { patentsFiled: -1 }, ['outcomes.patentsFiled']],
    ['fractional count', 'ip', { patentsGranted: 1.5 }, ['outcomes.patentsGranted']],
    ['count as a string', 'ip', { trademarks: '3' }, ['outcomes.trademarks']],
    ['count null', 'ip', { trademarks: null }, ['outcomes.trademarks']],
    ['count true', 'ip', { trademarks: true }, ['outcomes.trademarks']],
    ['count NaN', 'ip', { patentsFiled: Number.NaN }, ['outcomes.patentsFiled']],
    ['count Infinity', 'ip', { patentsFiled: Number.POSITIVE_INFINITY }, ['outcomes.patentsFiled']],
    ['count over the limit', 'market', { newContracts: 1e9 + 1 }, ['outcomes.newContracts']],
    ['negative market count', 'market', { newCustomers: -3 }, ['outcomes.newCustomers']],
    ['fractional market count', 'market', { newContracts: 0.5 }, ['outcomes.newContracts']],
    // levels: whole numbers 1-5
    ['level 0', 'digital', { maturityBefore: 0 }, ['outcomes.maturityBefore']],
    ['level 6', 'digital', { maturityAfter: 6 }, ['outcomes.maturityAfter']],
    ['level 2.5', 'digital', { maturityAfter: 2.5 }, ['outcomes.maturityAfter']],
    ['level -1', 'digital', { maturityBefore: -1 }, ['outcomes.maturityBefore']],
    ['level as a string', 'digital', { maturityBefore: '3' }, ['outcomes.maturityBefore']],
    // amounts (tonnes): 0 or more, at most 3 decimals
    ['amount with 4 decimals', 'energy_carbon', { energySavedTce: 1.0005 }, ['outcomes.energySavedTce']],
    ['amount 0.0001', 'energy_carbon', { co2SavedT: 0.0001 }, ['outcomes.co2SavedT']],
    ['amount 12.3456', 'energy_carbon', { co2SavedT: 12.3456 }, ['outcomes.co2SavedT']],
    ['negative amount', 'energy_carbon', { energySavedTce: -0.5 }, ['outcomes.energySavedTce']],
    ['negative tiny amount', 'energy_carbon', { energySavedTce: -0.001 }, ['outcomes.energySavedTce']],
    ['amount over the limit', 'energy_carbon', { co2SavedT: 1e9 + 1 }, ['outcomes.co2SavedT']],
    ['amount as a string', 'energy_carbon', { co2SavedT: '1.5' }, ['outcomes.co2SavedT']],
    ['amount an object', 'energy_carbon', { co2SavedT: { t: 1 } }, ['outcomes.co2SavedT']],
    // fen: whole, 0 or more
    ['fractional fen', 'finance', { financingRaisedFen: 100.5 }, ['outcomes.financingRaisedFen']],
    ['negative fen', 'finance', { financingRaisedFen: -100 }, ['outcomes.financingRaisedFen']],
    ['fen as a string', 'finance', { financingRaisedFen: '100' }, ['outcomes.financingRaisedFen']],
    ['fen over the limit', 'finance', { financingRaisedFen: 1e13 + 1 }, ['outcomes.financingRaisedFen']],
    // unknown keys and keys of another category
    ['unknown key', 'ip', { patents: 1 }, ['outcomes.patents']],
    ['a digital key on an ip order', 'ip', { maturityAfter: 3 }, ['outcomes.maturityAfter']],
    ['an ip key on a digital order', 'digital', { patentsFiled: 1 }, ['outcomes.patentsFiled']],
    ['an energy key on a finance order', 'finance', { co2SavedT: 1 }, ['outcomes.co2SavedT']],
    ['a finance key on a market order', 'market', { financingRaisedFen: 100 }, ['outcomes.financingRaisedFen']],
    ['a market key on an energy order', 'energy_carbon', { newCustomers: 1 }, ['outcomes.newCustomers']],
    ['any key on a category without outcomes', 'consulting', { patentsFiled: 1 }, ['outcomes.patentsFiled']],
    ['an unknown category', 'no_such_category', { patentsFiled: 1 }, ['outcomes.patentsFiled']],
    // Names of Object.prototype members are not outcomes (they were found on the keys table).
    [
      'keys of Object.prototype',
      'ip',
      JSON.parse('{"__proto__": 1, "constructor": 2, "toString": 3, "valueOf": 4, "hasOwnProperty": 5}'),
      [
        'outcomes.__proto__',
        'outcomes.constructor',
        'outcomes.toString',
        'outcomes.valueOf',
        'outcomes.hasOwnProperty',
      ],
    ],
    ['a category named like an Object.prototype member', 'toString', { length: 1 }, ['outcomes.length']],
    // note: text of 1-500 characters
    ['empty note', 'ip', { note: '' }, ['outcomes.note']],
    ['blank note', 'ip', { note: '   ' }, ['outcomes.note']],
    ['note of 501 characters', 'ip', { note: 'x'.repeat(501) }, ['outcomes.note']],
    ['note a number', 'ip', { note: 5 }, ['outcomes.note']],
    ['note null', 'consulting', { note: null }, ['outcomes.note']],
    // every problem at once is reported, one per key
    [
      'several problems',
      'ip',
      { patentsFiled: -1, patentsGranted: 1, trademarks: 0.5, maturityAfter: 3, note: '' },
      ['outcomes.patentsFiled', 'outcomes.trademarks', 'outcomes.maturityAfter', 'outcomes.note'],
    ],
  ];

  it.each(INVALID)('%s (%s %j): refused', (_name, category, outcomes, expected) => {
    expect(fields(category, outcomes)).toEqual(expected);
  });

  it('says why, per field', () => {
    expect(outcomeProblems('digital', { maturityAfter: 6 })).toEqual([
      { field: 'outcomes.maturityAfter', messages: ['maturityAfter must be a level from 1 to 5'] },
    ]);
    expect(outcomeProblems('energy_carbon', { co2SavedT: 1.0005 })).toEqual([
      { field: 'outcomes.co2SavedT', messages: ['co2SavedT must be a number, 0 or more, with at most 3 decimals'] },
    ]);
    expect(outcomeProblems('ip', { maturityAfter: 3 })).toEqual([
      { field: 'outcomes.maturityAfter', messages: ['maturityAfter is not an outcome of category ip'] },
    ]);
  });

  it('refuses too many keys (at most 12)', () => {
    const many = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`k${i}`, i]));
    const problems = outcomeProblems('ip', many);
    expect(problems.map((p) => p.field)).toContain('outcomes');
    expect(problems.find((p) => p.field === 'outcomes')).toEqual({
      field: 'outcomes',
      messages: ['too many outcomes'],
    });
    expect(fields('ip', Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, i])))).not.toContain(
      'outcomes',
    );
  });
});

describe('averageOf: the plain mean of visible overall scores, to 2 decimals', () => {
  const TABLE: Array<[number, number, number]> = [
    [0, 0, 0],
    [5, 1, 5],
    [9, 2, 4.5],
    [14, 3, 4.67],
    [13, 3, 4.33],
    [10, 3, 3.33],
    [11, 3, 3.67],
    [33, 8, 4.13],
    [4, 6, 0.67],
    [20, 4, 5],
    [1, 1, 1],
    // Half-way cases round up, as people round: 41/40 = 1.025, 201/200 = 1.005, 87/40 = 2.175.
    [41, 40, 1.03],
    [201, 200, 1.01],
    [87, 40, 2.18],
    [169, 40, 4.23],
  ];

  it.each(TABLE)('sum %d over %d ratings -> %d', (sum, count, expected) => {
    expect(averageOf(sum, count)).toBe(expected);
  });
});

import { describe, expect, it } from '@jest/globals';
import {
  applyMovement,
  type Buckets,
  bucketsHold,
  canApply,
  checkHold,
  checkIssue,
  CODE_ALPHABET,
  EMPTY_BUCKETS,
  holdAmount,
  isPastValidity,
  isValidVoucherCode,
  LEDGER_KINDS,
  type LedgerKind,
  movementOf,
  newVoucherCode,
  nextProgramStatus,
  normalizeVoucherCode,
  PROGRAM_ACTIONS,
  PROGRAM_STATUSES,
  type ProgramAction,
  type ProgramStatus,
} from './vouchers.rules.js';

describe('programme status', () => {
  // Every (status, action): draft -> open -> closed, nothing else (edits only in draft, DOMAIN.md §5).
  const TABLE: Array<[ProgramStatus, ProgramAction, ProgramStatus | null]> = [
    ['draft', 'open', 'open'],
    ['draft', 'close', null],
    ['open', 'open', null],
    ['open', 'close', 'closed'],
    ['closed', 'open', null],
    ['closed', 'close', null],
  ];

  it.each(TABLE)('%s --%s--> %s', (status, action, to) => {
    expect(nextProgramStatus(status, action)).toBe(to);
  });

  it('the table covers every status and action', () => {
    const covered = new Set(TABLE.map(([s, a]) => `${s}:${a}`));
    for (const s of PROGRAM_STATUSES)
      for (const a of Object.keys(PROGRAM_ACTIONS)) expect(covered.has(`${s}:${a}`)).toBe(true);
  });
});

describe('ledger movements', () => {
  // What each kind of ledger row does: buckets of the voucher, the programme's committed budget,
  // redeemed and paid figures. Money always leaves one bucket for another; issue, expire and
  // revoke are the only ones that change the committed budget.
  const TABLE: Array<[LedgerKind, Partial<Buckets>, number, number, number]> = [
    ['issue', { availableFen: 700 }, 700, 0, 0],
    ['hold', { availableFen: -700, heldFen: 700 }, 0, 0, 0],
    ['release', { heldFen: -700, availableFen: 700 }, 0, 0, 0],
    ['consume', { heldFen: -700, consumedFen: 700 }, 0, 0, 0],
    ['expire', { availableFen: -700, expiredFen: 700 }, -700, 0, 0],
    ['revoke', { availableFen: -700, revokedFen: 700 }, -700, 0, 0],
    ['redeem', {}, 0, 700, 0],
    ['pay', {}, 0, 0, 700],
  ];

  it.each(TABLE)('%s 700 moves %j, committed %d, redeemed %d, paid %d', (kind, buckets, committed, redeemed, paid) => {
    expect(movementOf(kind, 700)).toEqual({ buckets, committedFen: committed, redeemedFen: redeemed, paidFen: paid });
  });

  it('the table covers every ledger kind', () => {
    expect(TABLE.map(([k]) => k).sort()).toEqual([...LEDGER_KINDS].sort());
  });

  it.each(LEDGER_KINDS.filter((k) => k !== 'issue'))(
    '%s keeps the sum of the buckets (money moves between buckets, never appears)',
    (kind) => {
      const moved = Object.values(movementOf(kind, 123).buckets).reduce((a, b) => a + b, 0);
      expect(moved).toBe(0);
    },
  );

  it('applyMovement adds the movement to the buckets and leaves the input alone', () => {
    const start: Buckets = { availableFen: 1000, heldFen: 0, consumedFen: 0, expiredFen: 0, revokedFen: 0 };
    const held = applyMovement(start, movementOf('hold', 300));
    expect(held).toEqual({ availableFen: 700, heldFen: 300, consumedFen: 0, expiredFen: 0, revokedFen: 0 });
    expect(start.availableFen).toBe(1000);
    expect(applyMovement(held, movementOf('redeem', 300))).toEqual(held);
  });

  it('a voucher life replayed from its ledger ends in buckets that hold', () => {
    const life: Array<[LedgerKind, number]> = [
      ['issue', 1000],
      ['hold', 400],
      ['hold', 300],
      ['release', 300],
      ['consume', 400],
      ['redeem', 400],
      ['pay', 400],
      ['revoke', 600],
    ];
    const buckets = life.reduce((b, [kind, fen]) => applyMovement(b, movementOf(kind, fen)), EMPTY_BUCKETS);
    expect(buckets).toEqual({ availableFen: 0, heldFen: 0, consumedFen: 400, expiredFen: 0, revokedFen: 600 });
    expect(bucketsHold(buckets, 1000)).toBe(true);
    const committed = life.reduce((c, [kind, fen]) => c + movementOf(kind, fen).committedFen, 0);
    expect(committed).toBe(400);
  });

  const B = (availableFen: number, heldFen = 0, consumedFen = 0, expiredFen = 0, revokedFen = 0): Buckets => ({
    availableFen,
    heldFen,
    consumedFen,
    expiredFen,
    revokedFen,
  });
  it.each([
    [B(1000), 1000, true],
    [B(100, 200, 300, 150, 250), 1000, true],
    [B(0, 0, 0, 0, 1000), 1000, true],
    [EMPTY_BUCKETS, 0, true],
    [B(999), 1000, false],
    [B(1001), 1000, false],
    [B(1100, -100), 1000, false],
    [B(500, 500, 0, -1, 1), 1000, false],
  ])('bucketsHold(%j, %d) = %s', (buckets, face, holds) => {
    expect(bucketsHold(buckets, face)).toBe(holds);
  });
});

describe('hold amount: min(available, floor(price x coverage / 10000))', () => {
  it.each([
    // price, coverage bp, available, hold
    [450000, 5000, 1_000_000, 225000],
    [450000, 5000, 300000, 225000],
    [450000, 5000, 225000, 225000],
    [450000, 5000, 75000, 75000], // capped at what is available
    [450000, 5000, 1, 1],
    [450000, 5000, 0, 0], // nothing available
    [100001, 5000, 1_000_000, 50000], // floor: 50000.5 -> 50000, in favour of the budget
    [100001, 3333, 1_000_000, 33330], // 33330.3333
    [99999, 1, 1_000_000, 9], // 9.9999
    [9999, 1, 1_000_000, 0], // 0.9999
    [1, 9999, 1_000_000, 0],
    [1, 10000, 1_000_000, 1],
    [123457, 10000, 1_000_000, 123457], // full coverage
    [0, 5000, 1_000_000, 0],
    [450000, 5000, -10, 0], // never negative
    [99_999_999_999, 10000, 100_000_000_000, 99_999_999_999], // the largest price stays exact
    [99_999_999_999, 3333, 100_000_000_000, 33_329_999_999], // 33329999999.6667
  ])('price %d at %d bp with %d available holds %d', (price, bp, available, hold) => {
    expect(holdAmount(price, bp, available)).toBe(hold);
  });
});

describe('issue (rule 1): status, face value, enterprise cap, budget, in that order', () => {
  const ok = {
    programStatus: 'open' as ProgramStatus,
    faceValueFen: 100000,
    maxFaceValueFen: 100000,
    enterpriseIssuedFen: 400000,
    perEnterpriseCapFen: 500000,
    committedFen: 900000,
    budgetFen: 1000000,
  };

  it('issues at every limit exactly', () => {
    expect(checkIssue(ok)).toBeNull();
  });

  it.each([
    ['draft programme', { programStatus: 'draft' }, 'VOUCHER_NOT_OPEN'],
    ['closed programme', { programStatus: 'closed' }, 'VOUCHER_NOT_OPEN'],
    ['face 1 fen above the maximum', { faceValueFen: 100001 }, 'VOUCHER_FACE_VALUE_EXCEEDED'],
    ['enterprise 1 fen above its cap', { enterpriseIssuedFen: 400001 }, 'VOUCHER_ENTERPRISE_CAP_EXCEEDED'],
    ['budget 1 fen over', { committedFen: 900001 }, 'VOUCHER_BUDGET_EXCEEDED'],
    // Order of checks: the first that fails is the answer.
    [
      'closed, and over everything',
      { programStatus: 'closed', faceValueFen: 200000, enterpriseIssuedFen: 500000, committedFen: 1000000 },
      'VOUCHER_NOT_OPEN',
    ],
    [
      'face over, cap over, budget over',
      { faceValueFen: 200000, enterpriseIssuedFen: 500000, committedFen: 1000000 },
      'VOUCHER_FACE_VALUE_EXCEEDED',
    ],
    [
      'cap over and budget over',
      { enterpriseIssuedFen: 500000, committedFen: 1000000 },
      'VOUCHER_ENTERPRISE_CAP_EXCEEDED',
    ],
  ] as const)('%s', (_case, change, refusal) => {
    expect(checkIssue({ ...ok, ...change })).toBe(refusal);
  });
});

describe('applications are taken while open and inside the window (inclusive dates)', () => {
  const program = { status: 'open' as ProgramStatus, applyFrom: '2026-03-01', applyUntil: '2026-03-31' };
  it.each([
    ['open', '2026-02-28', false],
    ['open', '2026-03-01', true],
    ['open', '2026-03-15', true],
    ['open', '2026-03-31', true],
    ['open', '2026-04-01', false],
    ['open', '2025-03-15', false],
    ['draft', '2026-03-15', false],
    ['closed', '2026-03-15', false],
    ['closed', '2026-03-01', false],
  ] as const)('%s programme on %s: %s', (status, today, can) => {
    expect(canApply({ ...program, status }, today)).toBe(can);
  });

  it('a one-day window takes that day only', () => {
    const oneDay = { status: 'open' as ProgramStatus, applyFrom: '2026-05-20', applyUntil: '2026-05-20' };
    expect([canApply(oneDay, '2026-05-19'), canApply(oneDay, '2026-05-20'), canApply(oneDay, '2026-05-21')]).toEqual([
      false,
      true,
      false,
    ]);
  });
});

describe('hold (rule 2): whether a voucher applies to an order', () => {
  const ok: Parameters<typeof checkHold>[0] = {
    own: true,
    voucherStatus: 'active',
    programStatus: 'open',
    validFrom: '2026-03-01',
    validUntil: '2026-06-30',
    today: '2026-03-10',
    categories: ['ip', 'digital'],
    category: 'ip',
    listingVoucherEligible: true,
    availableFen: 1,
  };

  it.each([
    ['applies', {}, null],
    ['a closed programme still pays for its vouchers', { programStatus: 'closed' }, null],
    ['the first day of validity', { today: '2026-03-01' }, null],
    ['the last day of validity', { today: '2026-06-30' }, null],
    ["another enterprise's voucher (existence does not leak)", { own: false }, 'VOUCHER_NOT_FOUND'],
    ["a draft programme's voucher", { programStatus: 'draft' }, 'VOUCHER_NOT_FOUND'],
    ['revoked', { voucherStatus: 'revoked' }, 'VOUCHER_REVOKED'],
    ['expired by the job', { voucherStatus: 'expired' }, 'VOUCHER_EXPIRED'],
    ['the day after validity, before the job ran', { today: '2026-07-01' }, 'VOUCHER_EXPIRED'],
    ['the day before validity', { today: '2026-02-28' }, 'VOUCHER_NOT_VALID_YET'],
    ['a listing not voucher-eligible', { listingVoucherEligible: false }, 'VOUCHER_LISTING_NOT_ELIGIBLE'],
    ['a category outside the programme', { category: 'finance' }, 'VOUCHER_CATEGORY_NOT_ELIGIBLE'],
    ['nothing available', { availableFen: 0 }, 'VOUCHER_NOTHING_AVAILABLE'],
    // Order of checks: ownership first (nothing about a foreign voucher leaks), then status and dates.
    ['foreign and revoked', { own: false, voucherStatus: 'revoked', availableFen: 0 }, 'VOUCHER_NOT_FOUND'],
    ['revoked and past validity', { voucherStatus: 'revoked', today: '2026-07-01' }, 'VOUCHER_REVOKED'],
    ['past validity, wrong listing', { today: '2026-07-01', listingVoucherEligible: false }, 'VOUCHER_EXPIRED'],
    ['not yet valid, wrong listing', { today: '2026-02-01', listingVoucherEligible: false }, 'VOUCHER_NOT_VALID_YET'],
    [
      'wrong listing and category, empty',
      { listingVoucherEligible: false, category: 'finance', availableFen: 0 },
      'VOUCHER_LISTING_NOT_ELIGIBLE',
    ],
    ['wrong category, empty', { category: 'finance', availableFen: 0 }, 'VOUCHER_CATEGORY_NOT_ELIGIBLE'],
  ] as const)('%s', (_case, change, refusal) => {
    expect(checkHold({ ...ok, ...change })).toBe(refusal);
  });
});

describe('validity (rule 5): past validity from the day after validUntil', () => {
  it.each([
    ['2026-06-29', false],
    ['2026-06-30', false],
    ['2026-07-01', true],
    ['2027-01-01', true],
  ])('validUntil 2026-06-30, today %s: %s', (today, past) => {
    expect(isPastValidity('2026-06-30', today)).toBe(past);
  });
});

describe('voucher codes', () => {
  const SHAPE = new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);
  /** A random function that answers the given indices in turn (and records what it was asked). */
  const scripted = (indices: number[]) => {
    const asked: number[] = [];
    let i = 0;
    const random = (n: number) => {
      asked.push(n);
      return indices[i++ % indices.length];
    };
    return { random, asked };
  };
  /** A deterministic generator for a fixed sample (a linear congruential sequence). */
  const seeded = (seed: number) => {
    let state = seed;
    return (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
  };
  const sample = (count: number, seed: number) => {
    const random = seeded(seed);
    return Array.from({ length: count }, () => newVoucherCode(random));
  };
  const raw = (code: string) => code.replace(/-/g, '');
  const dashed = (c: string) => `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`;

  it('the alphabet has no look-alikes (0/O, 1/I/L) and no repeats', () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(new Set(CODE_ALPHABET).size).toBe(31);
    for (const c of '01OIL') expect(CODE_ALPHABET).not.toContain(c);
  });

  it('a new code is 11 characters drawn from the random function over the alphabet and a check character', () => {
    const { random, asked } = scripted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const code = newVoucherCode(random);
    expect(asked).toEqual(Array(11).fill(CODE_ALPHABET.length));
    expect(code).toMatch(SHAPE);
    expect(raw(code).slice(0, 11)).toBe('23456789ABC');
    expect(isValidVoucherCode(code)).toBe(true);
    // The same draws give the same code.
    expect(newVoucherCode(scripted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).random)).toBe(code);
  });

  it.each([
    [[0], '2222-2222-2222'],
    [[30], 'ZZZZ-ZZZZ-ZZZH'],
    [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], '2345-6789-ABC6'],
    [[30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20], 'ZYXW-VUTS-RQPD'],
  ])('draws %j give %s (the check character pinned)', (indices, code) => {
    expect(newVoucherCode(scripted(indices).random)).toBe(code);
    expect(isValidVoucherCode(code)).toBe(true);
  });

  it('codes from the crypto RNG are well formed, valid and distinct', () => {
    const codes = Array.from({ length: 2000 }, () => newVoucherCode());
    for (const code of codes) {
      expect(code).toMatch(SHAPE);
      expect(isValidVoucherCode(code)).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('every single-character substitution of sample codes is caught (exhaustively)', () => {
    const codes = [...sample(40, 2026), '2222-2222-2222', 'ZZZZ-ZZZZ-ZZZH', '2345-6789-ABC6'];
    let tried = 0;
    for (const code of codes) {
      const chars = [...raw(code)];
      for (let p = 0; p < chars.length; p++) {
        for (const other of CODE_ALPHABET) {
          if (other === chars[p]) continue;
          const typo = chars.with(p, other).join('');
          tried++;
          if (isValidVoucherCode(typo)) throw new Error(`${code}: ${other} at ${p} (${typo}) passes`);
        }
      }
    }
    expect(tried).toBe(codes.length * 12 * 30);
  });

  it('every adjacent transposition of sample codes is caught (exhaustively)', () => {
    let tried = 0;
    for (const code of sample(200, 7)) {
      const chars = [...raw(code)];
      for (let p = 0; p < chars.length - 1; p++) {
        if (chars[p] === chars[p + 1]) continue;
        const swapped = [...chars];
        [swapped[p], swapped[p + 1]] = [swapped[p + 1], swapped[p]];
        tried++;
        if (isValidVoucherCode(swapped.join(''))) throw new Error(`${code}: swap at ${p} passes`);
      }
    }
    expect(tried).toBeGreaterThan(2000);
  });

  it('every ordered pair of distinct characters, swapped at every neighbouring position, is caught', () => {
    // Luhn mod N misses one pair (the first and last characters of the alphabet, like 09/90 in
    // Luhn mod 10); this proves no pair is missed at any position, the check character included.
    const n = CODE_ALPHABET.length;
    let tried = 0;
    for (let x = 0; x < n; x++) {
      for (let y = 0; y < n; y++) {
        if (x === y) continue;
        for (let p = 0; p < 11; p++) {
          // x at p and y at p + 1 in the body (p < 10); at p = 10 the neighbour is the check character.
          const draws = Array.from({ length: 11 }, (_, i) => (i === p ? x : i === p + 1 ? y : (x + y + i) % n));
          const chars = [...raw(newVoucherCode(scripted(draws).random))];
          if (chars[p] === chars[p + 1]) continue;
          [chars[p], chars[p + 1]] = [chars[p + 1], chars[p]];
          tried++;
          if (isValidVoucherCode(chars.join(''))) throw new Error(`${CODE_ALPHABET[x]}${CODE_ALPHABET[y]} at ${p}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(n * (n - 1) * 10);
  });

  it('typed codes are read in any case, with or without dashes and spaces', () => {
    for (const code of sample(20, 11)) {
      for (const typed of [
        code,
        code.toLowerCase(),
        raw(code),
        raw(code).toLowerCase(),
        ` ${code.replace(/-/g, ' ')} `,
        dashed(raw(code)).replace('-', '--'),
      ]) {
        expect(normalizeVoucherCode(typed)).toBe(raw(code));
        expect(isValidVoucherCode(typed)).toBe(true);
      }
    }
  });

  it.each([
    ['', 'empty'],
    ['2345-6789-ABC', 'too short'],
    ['2345-6789-ABC66', 'too long'],
    ['2345-6789-AB06', 'a zero'],
    ['2345-6789-ABO6', 'an O'],
    ['2345-6789-AB16', 'a one'],
    ['2345-6789-ABI6', 'an I'],
    ['2345-6789-ABL6', 'an L'],
    ['2345_6789_ABC6', 'underscores'],
    ['2345-6789-ABC٦', 'a non-latin digit'],
  ])('refuses %j (%s)', (typed) => {
    expect(isValidVoucherCode(typed)).toBe(false);
  });
});

import { describe, expect, it } from '@jest/globals';
import { type ClaimRiskFacts, RISK_FLAG_CODES, RISK_LIMITS, riskFlags, spanInWords } from './vouchers.rules.js';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const ISSUED = new Date('2026-03-02T02:00:00Z');

/** A claim with nothing to flag: different parties, listed price, a few orders, slow and partial use. */
const CLEAN: ClaimRiskFacts = {
  enterprise: { uscc: '91330212MA2H0ABC1X', legalRepresentative: '陈静', contactPhone: '0574-87654321' },
  provider: { uscc: '91350100M000100Y43', legalRepresentative: '王磊', contactPhone: '13805741234' },
  priceModel: 'fixed',
  agreedPriceFen: 450000,
  listedPriceFen: 450000,
  pairVoucherOrdersInYear: 1,
  year: 2026,
  voucherIssuedAt: ISSUED,
  voucherFaceValueFen: 1_000_000,
  voucherFen: 225000,
  confirmedAt: new Date(ISSUED.getTime() + 10 * DAY),
  deliveredAt: new Date(ISSUED.getTime() + 20 * DAY),
};

const at = (ms: number) => new Date(ISSUED.getTime() + ms);

// [case, change from CLEAN, the codes expected, words the detail must carry]
const CASES: Array<[string, Partial<ClaimRiskFacts>, string[], string[]]> = [
  ['nothing to see', {}, [], []],
  [
    'the same USCC',
    { enterprise: { ...CLEAN.enterprise, uscc: '91350100M000100Y43' } },
    ['SHARED_USCC'],
    ['91350100M000100Y43'],
  ],
  [
    'the same USCC written in lower case with spaces',
    { enterprise: { ...CLEAN.enterprise, uscc: ' 91350100m000100y43' } },
    ['SHARED_USCC'],
    [],
  ],
  [
    'the same legal representative',
    { enterprise: { ...CLEAN.enterprise, legalRepresentative: '王 磊' } },
    ['SHARED_LEGAL_REPRESENTATIVE'],
    ['王磊'],
  ],
  [
    'the same phone with other separators',
    { enterprise: { ...CLEAN.enterprise, contactPhone: '138 0574 1234' } },
    ['SHARED_CONTACT_PHONE'],
    ['13805741234', '138 0574 1234'],
  ],
  [
    'a missing legal representative or phone on both sides is no match',
    {
      enterprise: { uscc: CLEAN.enterprise.uscc, legalRepresentative: null, contactPhone: null },
      provider: { uscc: CLEAN.provider.uscc, legalRepresentative: null, contactPhone: null },
    },
    [],
    [],
  ],
  [
    'every contact shared',
    { enterprise: { ...CLEAN.provider } },
    ['SHARED_USCC', 'SHARED_LEGAL_REPRESENTATIVE', 'SHARED_CONTACT_PHONE'],
    [],
  ],
  [
    'a quote above a starting price',
    { priceModel: 'from', listedPriceFen: 300000, agreedPriceFen: 450050 },
    ['PRICE_ABOVE_LISTING'],
    ['4500.50 CNY', '1500.50 CNY', 'starting price 3000.00 CNY'],
  ],
  ['the listed price itself', { agreedPriceFen: 450000, listedPriceFen: 450000 }, [], []],
  ['a quote on a quote listing (no listed price)', { priceModel: 'quote', listedPriceFen: null }, [], []],
  ['3 voucher orders of the pair in the year', { pairVoucherOrdersInYear: 3 }, [], []],
  [
    '4 voucher orders of the pair in the year',
    { pairVoucherOrdersInYear: 4 },
    ['FREQUENT_PAIR'],
    ['4 voucher orders in 2026', 'more than 3'],
  ],
  [
    'the full face value, confirmed 2 days 5 hours after issue',
    { voucherFen: 1_000_000, confirmedAt: at(2 * DAY + 5 * HOUR) },
    ['FULL_VOUCHER_SOON_AFTER_ISSUE'],
    ['2 days 5 hours', '10000.00 CNY'],
  ],
  [
    'the full face value, confirmed exactly 3 days after issue',
    { voucherFen: 1_000_000, confirmedAt: at(3 * DAY) },
    ['FULL_VOUCHER_SOON_AFTER_ISSUE'],
    ['3 days'],
  ],
  [
    'the full face value, confirmed 3 days and a minute after',
    { voucherFen: 1_000_000, confirmedAt: at(3 * DAY + 60_000) },
    [],
    [],
  ],
  ['part of the face value, confirmed an hour after issue', { voucherFen: 999_999, confirmedAt: at(HOUR) }, [], []],
  [
    'delivered 5 hours after confirmation',
    { deliveredAt: at(10 * DAY + 5 * HOUR) },
    ['QUICK_DELIVERY'],
    ['5 hours after the order was confirmed'],
  ],
  ['delivered exactly a day after confirmation', { deliveredAt: at(11 * DAY) }, ['QUICK_DELIVERY'], ['1 day']],
  ['delivered a day and a minute after confirmation', { deliveredAt: at(11 * DAY + 60_000) }, [], []],
  ['never confirmed or delivered (no times to compare)', { confirmedAt: null, deliveredAt: null }, [], []],
];

describe('riskFlags: what a reviewer is warned about on a claim', () => {
  it.each(CASES)('%s', (_case, change, codes, words) => {
    const flags = riskFlags({ ...CLEAN, ...change });
    expect(flags.map((f) => f.code)).toEqual(codes);
    const details = flags.map((f) => f.detail).join('\n');
    for (const word of words) expect(details).toContain(word);
    for (const flag of flags) expect(flag.detail.length).toBeGreaterThan(20);
  });

  it('can raise all of them at once, each code once, in a stable order', () => {
    const flags = riskFlags({
      ...CLEAN,
      enterprise: { ...CLEAN.provider },
      priceModel: 'from',
      listedPriceFen: 100000,
      pairVoucherOrdersInYear: 9,
      voucherFen: CLEAN.voucherFaceValueFen,
      confirmedAt: at(HOUR),
      deliveredAt: at(2 * HOUR),
    });
    expect(flags.map((f) => f.code)).toEqual([...RISK_FLAG_CODES]);
  });

  it('keeps the limits of DOMAIN.md §5', () => {
    expect(RISK_LIMITS).toEqual({
      pairVoucherOrdersPerYear: 3,
      confirmAfterIssueMs: 3 * DAY,
      deliverAfterConfirmMs: DAY,
    });
  });
});

describe('spanInWords', () => {
  it.each([
    [0, '0 minutes'],
    [59_999, '0 minutes'],
    [60_000, '1 minute'],
    [5 * HOUR, '5 hours'],
    [5 * HOUR + 20 * 60_000, '5 hours 20 minutes'],
    [DAY, '1 day'],
    [2 * DAY + HOUR, '2 days 1 hour'],
    [-HOUR, '0 minutes'],
  ])('%d ms reads "%s"', (ms, words) => {
    expect(spanInWords(ms)).toBe(words);
  });
});

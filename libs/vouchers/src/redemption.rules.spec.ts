import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CLAIM_STATUSES, type ClaimStatus } from './redemption.entity.js';
import { CLAIM_ACTIONS, type ClaimAction, checkClaim, nextClaimStatus, yuanOf } from './vouchers.rules.js';

describe('a redemption claim’s way (rules 6 and 7)', () => {
  const ALLOWED: Array<[ClaimStatus, ClaimAction, ClaimStatus]> = [
    ['submitted', 'approve', 'approved'],
    ['submitted', 'reject', 'rejected'],
    ['approved', 'batch', 'batched'],
    ['batched', 'pay', 'paid'],
  ];

  it.each(ALLOWED)('%s --%s--> %s', (from, action, to) => {
    expect(nextClaimStatus(from, action)).toBe(to);
  });

  it('allows nothing else: rejected and paid are final, a claim is batched once', () => {
    for (const status of CLAIM_STATUSES) {
      for (const action of Object.keys(CLAIM_ACTIONS) as ClaimAction[]) {
        const allowed = ALLOWED.find(([f, a]) => f === status && a === action);
        expect([status, action, nextClaimStatus(status, action)]).toEqual([status, action, allowed?.[2] ?? null]);
      }
    }
  });
});

describe('checkClaim: may the provider claim this order now', () => {
  const OK = {
    orderStatus: 'completed',
    consumedFen: 225000,
    earlierClaims: [] as Array<{ status: ClaimStatus; final: boolean }>,
    invoiceAmountFen: 450000,
    agreedPriceFen: 450000,
  };
  const rejected = (final: boolean) => ({ status: 'rejected' as const, final });

  it.each([
    ['a completed order, first claim', {}, null],
    ['an invoice above the price', { invoiceAmountFen: 450001 }, null],
    ['an order still delivered', { orderStatus: 'delivered' }, 'CLAIM_ORDER_NOT_COMPLETED'],
    ['a cancelled order', { orderStatus: 'cancelled', consumedFen: 0 }, 'CLAIM_ORDER_NOT_COMPLETED'],
    ['no voucher part consumed', { consumedFen: 0 }, 'CLAIM_NO_VOUCHER_PART'],
    ['a claim submitted already', { earlierClaims: [{ status: 'submitted', final: false }] }, 'CLAIM_EXISTS'],
    ['a claim paid already', { earlierClaims: [{ status: 'paid', final: false }] }, 'CLAIM_EXISTS'],
    ['after a correctable rejection', { earlierClaims: [rejected(false)] }, null],
    ['after two correctable rejections', { earlierClaims: [rejected(false), rejected(false)] }, null],
    [
      'after a correctable rejection and a new claim',
      { earlierClaims: [rejected(false), { status: 'approved', final: false }] },
      'CLAIM_EXISTS',
    ],
    ['after a final rejection', { earlierClaims: [rejected(true)] }, 'CLAIM_FORFEITED'],
    [
      'after a correctable then a final rejection',
      { earlierClaims: [rejected(false), rejected(true)] },
      'CLAIM_FORFEITED',
    ],
    ['an invoice a fen below the price', { invoiceAmountFen: 449999 }, 'INVOICE_AMOUNT_BELOW_PRICE'],
  ] as const)('%s: %s', (_case, change, refusal) => {
    expect(checkClaim({ ...OK, ...change })).toBe(refusal);
  });
});

describe('yuanOf: fen as yuan with two decimals, integer arithmetic only', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [450000, '4500.00'],
    [450050, '4500.50'],
    [-5, '-0.05'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%d fen is %s', (fen, yuan) => {
    expect(yuanOf(fen)).toBe(yuan);
  });

  it('refuses what is not a whole number of fen', () => {
    expect(() => yuanOf(0.5)).toThrow(RangeError);
    expect(() => yuanOf(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });

  it('reads back to the same fen, and sums of yuan agree with sums of fen', () => {
    const back = (yuan: string) => Number(yuan.replace('.', ''));
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => {
        expect(yuanOf(fen)).toMatch(/^-?\d+\.\d{2}$/);
        expect(back(yuanOf(fen))).toBe(fen);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1e9 }), { maxLength: 50 }), (amounts) => {
        const total = amounts.reduce((a, b) => a + b, 0);
        expect(back(yuanOf(total))).toBe(amounts.map((a) => back(yuanOf(a))).reduce((a, b) => a + b, 0));
      }),
    );
  });
});

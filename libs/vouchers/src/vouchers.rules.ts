import { randomInt } from 'node:crypto';
import type { ClaimStatus, RiskFlag } from './redemption.entity.js';

/** Service voucher (服务券) rules of DOMAIN.md §5, as pure functions. */

export const PROGRAM_STATUSES = ['draft', 'open', 'closed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

export const PROGRAM_ACTIONS = { open: { from: 'draft', to: 'open' }, close: { from: 'open', to: 'closed' } } as const;
export type ProgramAction = keyof typeof PROGRAM_ACTIONS;

/** A programme's next status, or null when the action does not apply (edits only in draft). */
export function nextProgramStatus(status: ProgramStatus, action: ProgramAction): ProgramStatus | null {
  return PROGRAM_ACTIONS[action].from === status ? PROGRAM_ACTIONS[action].to : null;
}

/** The buckets a voucher's money is in: always exactly one, summing to the face value. */
export interface Buckets {
  availableFen: number;
  heldFen: number;
  consumedFen: number;
  expiredFen: number;
  revokedFen: number;
}

export const LEDGER_KINDS = ['issue', 'hold', 'release', 'consume', 'expire', 'revoke', 'redeem', 'pay'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** What one ledger movement does to a voucher's buckets and its programme's committed budget. */
export interface Movement {
  buckets: Partial<Buckets>;
  committedFen: number;
  redeemedFen: number;
  paidFen: number;
}

/** The effect of each kind of ledger row (`amount` > 0): the one definition ledger-check recomputes from. */
export function movementOf(kind: LedgerKind, amount: number): Movement {
  const none = { buckets: {}, committedFen: 0, redeemedFen: 0, paidFen: 0 };
  switch (kind) {
    case 'issue':
      return { ...none, buckets: { availableFen: amount }, committedFen: amount };
    case 'hold':
      return { ...none, buckets: { availableFen: -amount, heldFen: amount } };
    case 'release':
      return { ...none, buckets: { heldFen: -amount, availableFen: amount } };
    case 'consume':
      return { ...none, buckets: { heldFen: -amount, consumedFen: amount } };
    case 'expire':
      return { ...none, buckets: { availableFen: -amount, expiredFen: amount }, committedFen: -amount };
    case 'revoke':
      return { ...none, buckets: { availableFen: -amount, revokedFen: amount }, committedFen: -amount };
    case 'redeem':
      return { ...none, redeemedFen: amount };
    case 'pay':
      return { ...none, paidFen: amount };
  }
}

export const EMPTY_BUCKETS: Buckets = { availableFen: 0, heldFen: 0, consumedFen: 0, expiredFen: 0, revokedFen: 0 };

export function applyMovement(buckets: Buckets, movement: Movement): Buckets {
  const out = { ...buckets };
  for (const [k, v] of Object.entries(movement.buckets) as Array<[keyof Buckets, number]>) out[k] += v;
  return out;
}

/** available + held + consumed + expired + revoked = face, and no bucket negative. */
export function bucketsHold(buckets: Buckets, faceValueFen: number): boolean {
  const values = Object.values(buckets);
  return values.every((v) => v >= 0) && values.reduce((a, b) => a + b, 0) === faceValueFen;
}

/** Rule 2: hold = min(available, floor(price x coverage / 10000)). */
export function holdAmount(agreedPriceFen: number, coverageBp: number, availableFen: number): number {
  return Math.max(0, Math.min(availableFen, Math.floor((agreedPriceFen * coverageBp) / 10000)));
}

export type IssueRefusal =
  'VOUCHER_NOT_OPEN' | 'VOUCHER_FACE_VALUE_EXCEEDED' | 'VOUCHER_ENTERPRISE_CAP_EXCEEDED' | 'VOUCHER_BUDGET_EXCEEDED';

/**
 * Rule 1 for one issue: the face value within the programme's maximum, the enterprise's total
 * within its cap, the committed budget within the total. The caller holds the programme's lock.
 */
export function checkIssue(input: {
  programStatus: ProgramStatus;
  faceValueFen: number;
  maxFaceValueFen: number;
  enterpriseIssuedFen: number;
  perEnterpriseCapFen: number;
  committedFen: number;
  budgetFen: number;
}): IssueRefusal | null {
  if (input.programStatus !== 'open') return 'VOUCHER_NOT_OPEN';
  if (input.faceValueFen > input.maxFaceValueFen) return 'VOUCHER_FACE_VALUE_EXCEEDED';
  if (input.enterpriseIssuedFen + input.faceValueFen > input.perEnterpriseCapFen)
    return 'VOUCHER_ENTERPRISE_CAP_EXCEEDED';
  if (input.committedFen + input.faceValueFen > input.budgetFen) return 'VOUCHER_BUDGET_EXCEEDED';
  return null;
}

/** Applications are taken while the programme is open and today is inside its window (inclusive dates). */
export function canApply(program: { status: ProgramStatus; applyFrom: string; applyUntil: string }, today: string) {
  return program.status === 'open' && today >= program.applyFrom && today <= program.applyUntil;
}

export type HoldRefusal =
  | 'VOUCHER_NOT_FOUND'
  | 'VOUCHER_NOT_VALID_YET'
  | 'VOUCHER_EXPIRED'
  | 'VOUCHER_REVOKED'
  | 'VOUCHER_CATEGORY_NOT_ELIGIBLE'
  | 'VOUCHER_LISTING_NOT_ELIGIBLE'
  | 'VOUCHER_NOTHING_AVAILABLE';

/**
 * Rule 2: whether a voucher may pay part of an order: the enterprise's own, its programme open or
 * closed (never draft) and today inside validity, the listing voucher-eligible and its category
 * in the programme's. `price` null (a quote not yet given) checks all but the amount.
 */
export function checkHold(input: {
  own: boolean;
  voucherStatus: VoucherStatus;
  programStatus: ProgramStatus;
  validFrom: string;
  validUntil: string;
  today: string;
  categories: string[];
  category: string;
  listingVoucherEligible: boolean;
  availableFen: number;
}): HoldRefusal | null {
  if (!input.own || input.programStatus === 'draft') return 'VOUCHER_NOT_FOUND';
  if (input.voucherStatus === 'revoked') return 'VOUCHER_REVOKED';
  if (input.voucherStatus === 'expired' || input.today > input.validUntil) return 'VOUCHER_EXPIRED';
  if (input.today < input.validFrom) return 'VOUCHER_NOT_VALID_YET';
  if (!input.listingVoucherEligible) return 'VOUCHER_LISTING_NOT_ELIGIBLE';
  if (!input.categories.includes(input.category)) return 'VOUCHER_CATEGORY_NOT_ELIGIBLE';
  if (input.availableFen <= 0) return 'VOUCHER_NOTHING_AVAILABLE';
  return null;
}

export const VOUCHER_STATUSES = ['active', 'expired', 'revoked'] as const;
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number];

/** Rule 5: a voucher past its validity (the day after validUntil, Asia/Shanghai) expires its available money. */
export const isPastValidity = (validUntil: string, today: string): boolean => today > validUntil;

// Voucher codes: 12 characters of an alphabet without look-alikes (no 0/O, 1/I/L), grouped 4-4-4,
// the last a check character: sum of (weight x value) = 0 mod 31 with weights 12..1. 31 is prime and
// every weight and every difference of weights is below it, so any single mistyped character or
// swap of two characters is caught (Luhn mod N is not: it needs an even N).
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const N = CODE_ALPHABET.length;

function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (body.length + 1 - i) * CODE_ALPHABET.indexOf(body[i]);
  return CODE_ALPHABET[(N - (sum % N)) % N];
}

/** A new unguessable code (11 random characters, about 54 bits, from the crypto RNG) and its check character. */
export function newVoucherCode(random: (n: number) => number = randomInt): string {
  let body = '';
  for (let i = 0; i < 11; i++) body += CODE_ALPHABET[random(N)];
  const code = body + checkCharacter(body);
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** True when a typed code (any case, with or without dashes or spaces) is well formed and its check character agrees. */
export function isValidVoucherCode(typed: string): boolean {
  const code = normalizeVoucherCode(typed);
  if (code.length !== 12 || [...code].some((c) => !CODE_ALPHABET.includes(c))) return false;
  return checkCharacter(code.slice(0, 11)) === code[11];
}

export const normalizeVoucherCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

// ---------------------------------------------------------------------------------------------
// Redemption (兑付, rule 6), settlement (结算, rule 7) and the risk flags shown to reviewers.
// ---------------------------------------------------------------------------------------------

/** A claim's way: submitted -> approved | rejected; approved -> batched (finance) -> paid (final). */
export const CLAIM_ACTIONS = {
  approve: { from: 'submitted', to: 'approved' },
  reject: { from: 'submitted', to: 'rejected' },
  batch: { from: 'approved', to: 'batched' },
  pay: { from: 'batched', to: 'paid' },
} as const satisfies Record<string, { from: ClaimStatus; to: ClaimStatus }>;
export type ClaimAction = keyof typeof CLAIM_ACTIONS;

/** A claim's next status, or null when the action does not apply from its status. */
export function nextClaimStatus(status: ClaimStatus, action: ClaimAction): ClaimStatus | null {
  return CLAIM_ACTIONS[action].from === status ? CLAIM_ACTIONS[action].to : null;
}

export type ClaimRefusal =
  | 'CLAIM_ORDER_NOT_COMPLETED'
  | 'CLAIM_NO_VOUCHER_PART'
  | 'CLAIM_FORFEITED'
  | 'CLAIM_EXISTS'
  | 'INVOICE_AMOUNT_BELOW_PRICE';

/**
 * Rule 6 for a new claim: a completed order whose voucher part was consumed; no claim of it
 * rejected as final (the amount is forfeited) and none live (submitted, approved, batched, paid);
 * a correctable rejection leaves room for one new claim; the invoice covers the agreed price.
 */
export function checkClaim(input: {
  orderStatus: string;
  consumedFen: number;
  earlierClaims: ReadonlyArray<{ status: ClaimStatus; final: boolean }>;
  invoiceAmountFen: number;
  agreedPriceFen: number;
}): ClaimRefusal | null {
  if (input.orderStatus !== 'completed') return 'CLAIM_ORDER_NOT_COMPLETED';
  if (input.consumedFen <= 0) return 'CLAIM_NO_VOUCHER_PART';
  if (input.earlierClaims.some((c) => c.status === 'rejected' && c.final)) return 'CLAIM_FORFEITED';
  if (input.earlierClaims.some((c) => c.status !== 'rejected')) return 'CLAIM_EXISTS';
  if (input.invoiceAmountFen < input.agreedPriceFen) return 'INVOICE_AMOUNT_BELOW_PRICE';
  return null;
}

/** Integer fen as yuan with two decimals ("4500.00", "-0.05"), by integer arithmetic only. */
export function yuanOf(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Not an integer amount of fen: ${fen}`);
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const yuanInWords = (fen: number) => `${yuanOf(fen)} CNY`;

export const RISK_LIMITS = {
  /** The same enterprise and provider with more voucher orders than this in a calendar year. */
  pairVoucherOrdersPerYear: 3,
  /** An order confirmed this soon after its voucher was issued, using the whole face value. */
  confirmAfterIssueMs: 3 * 24 * 3600 * 1000,
  /** Delivery this soon after confirmation. */
  deliverAfterConfirmMs: 24 * 3600 * 1000,
} as const;

export const RISK_FLAG_CODES = [
  'SHARED_USCC',
  'SHARED_LEGAL_REPRESENTATIVE',
  'SHARED_CONTACT_PHONE',
  'PRICE_ABOVE_LISTING',
  'FREQUENT_PAIR',
  'FULL_VOUCHER_SOON_AFTER_ISSUE',
  'QUICK_DELIVERY',
] as const;
export type RiskFlagCode = (typeof RISK_FLAG_CODES)[number];

export interface PartyContacts {
  uscc: string | null;
  legalRepresentative: string | null;
  contactPhone: string | null;
}

/** What a reviewer is warned about on a claim, as facts gathered at submission. */
export interface ClaimRiskFacts {
  enterprise: PartyContacts;
  provider: PartyContacts;
  priceModel: string;
  agreedPriceFen: number;
  /** The listing's price when ordered (a starting price for `from`; null for `quote`). */
  listedPriceFen: number | null;
  /** Voucher orders between the same enterprise and provider in `year`, this one included. */
  pairVoucherOrdersInYear: number;
  year: number;
  voucherIssuedAt: Date;
  voucherFaceValueFen: number;
  /** The voucher part of the order (the consumed hold). */
  voucherFen: number;
  confirmedAt: Date | null;
  deliveredAt: Date | null;
}

// Compared the way people write them: case, spaces and (for phones) separators do not matter.
const sameText = (a: string | null, b: string | null) =>
  !!a && !!b && a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();
const samePhone = (a: string | null, b: string | null) =>
  !!a && !!b && a.replace(/\D/g, '') !== '' && a.replace(/\D/g, '') === b.replace(/\D/g, '');

/** A span of time as a reviewer reads it: "2 days 3 hours", "5 hours 20 minutes", "12 minutes". */
export function spanInWords(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const [d, h, m] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (d > 0) return h > 0 ? `${part(d, 'day')} ${part(h, 'hour')}` : part(d, 'day');
  if (h > 0) return m > 0 ? `${part(h, 'hour')} ${part(m, 'minute')}` : part(h, 'hour');
  return part(m, 'minute');
}

/**
 * The risk flags of a claim (DOMAIN.md §5): hints for the reviewer, never automatic rejections.
 * Each says what was seen, with the figures, in words a reviewer can check.
 */
export function riskFlags(f: ClaimRiskFacts): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const add = (code: RiskFlagCode, detail: string) => flags.push({ code, detail });
  const shared = 'The enterprise and the provider have the same';
  if (sameText(f.enterprise.uscc, f.provider.uscc)) add('SHARED_USCC', `${shared} USCC ${f.provider.uscc}`);
  if (sameText(f.enterprise.legalRepresentative, f.provider.legalRepresentative))
    add('SHARED_LEGAL_REPRESENTATIVE', `${shared} legal representative: ${f.provider.legalRepresentative}`);
  if (samePhone(f.enterprise.contactPhone, f.provider.contactPhone))
    add(
      'SHARED_CONTACT_PHONE',
      `${shared} contact phone: ${f.provider.contactPhone} (enterprise ${f.enterprise.contactPhone})`,
    );
  if (f.listedPriceFen !== null && f.agreedPriceFen > f.listedPriceFen) {
    const listed = f.priceModel === 'from' ? 'starting price' : 'listed price';
    add(
      'PRICE_ABOVE_LISTING',
      `The agreed price ${yuanInWords(f.agreedPriceFen)} is ${yuanInWords(f.agreedPriceFen - f.listedPriceFen)} ` +
        `above the listing's ${listed} ${yuanInWords(f.listedPriceFen)}`,
    );
  }
  if (f.pairVoucherOrdersInYear > RISK_LIMITS.pairVoucherOrdersPerYear)
    add(
      'FREQUENT_PAIR',
      `This enterprise and this provider have ${f.pairVoucherOrdersInYear} voucher orders in ${f.year} ` +
        `(more than ${RISK_LIMITS.pairVoucherOrdersPerYear})`,
    );
  if (f.confirmedAt && f.voucherFen >= f.voucherFaceValueFen) {
    const sinceIssue = f.confirmedAt.getTime() - f.voucherIssuedAt.getTime();
    if (sinceIssue <= RISK_LIMITS.confirmAfterIssueMs)
      add(
        'FULL_VOUCHER_SOON_AFTER_ISSUE',
        `The order was confirmed ${spanInWords(sinceIssue)} after the voucher was issued ` +
          `and uses its full face value ${yuanInWords(f.voucherFaceValueFen)}`,
      );
  }
  if (f.confirmedAt && f.deliveredAt) {
    const toDelivery = f.deliveredAt.getTime() - f.confirmedAt.getTime();
    if (toDelivery <= RISK_LIMITS.deliverAfterConfirmMs)
      add('QUICK_DELIVERY', `Delivered ${spanInWords(toDelivery)} after the order was confirmed`);
  }
  return flags;
}

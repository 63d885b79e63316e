import { randomInt } from 'node:crypto';

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
// the last a check character (Luhn mod N), so any single mistyped character or swap of neighbours is caught.
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const N = CODE_ALPHABET.length;

function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * CODE_ALPHABET.indexOf(body[i]);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
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

import { ConflictError, DomainError } from '@app/shared';
import type { ClaimRefusal, HoldRefusal, IssueRefusal } from './vouchers.rules.js';

const ISSUE_MESSAGES: Record<IssueRefusal, string> = {
  VOUCHER_NOT_OPEN: 'The voucher programme is not open',
  VOUCHER_FACE_VALUE_EXCEEDED: "The face value is above the programme's maximum for one voucher",
  VOUCHER_ENTERPRISE_CAP_EXCEEDED: "This would take the enterprise above the programme's yearly cap",
  VOUCHER_BUDGET_EXCEEDED: "The programme's budget is fully committed",
};

export class VoucherIssueRefusedError extends ConflictError {
  constructor(code: IssueRefusal, details?: unknown) {
    super(code, ISSUE_MESSAGES[code], details);
  }
}

export class VoucherBudgetExceededError extends VoucherIssueRefusedError {
  constructor() {
    super('VOUCHER_BUDGET_EXCEEDED');
  }
}

const HOLD_MESSAGES: Record<HoldRefusal, string> = {
  VOUCHER_NOT_FOUND: 'No such service voucher of yours',
  VOUCHER_NOT_VALID_YET: 'The voucher cannot be used before its validity starts',
  VOUCHER_EXPIRED: 'The voucher is past its validity',
  VOUCHER_REVOKED: 'The voucher was revoked by the bureau',
  VOUCHER_CATEGORY_NOT_ELIGIBLE: "The listing's service category is not one the voucher programme pays for",
  VOUCHER_LISTING_NOT_ELIGIBLE: 'The provider does not accept service vouchers for this listing',
  VOUCHER_NOTHING_AVAILABLE: 'Nothing is left to use on this voucher',
};

/** Why a voucher does not apply to an order: refused at once, with a code the enterprise understands. */
export class VoucherNotApplicableError extends DomainError {
  constructor(code: HoldRefusal) {
    super(code === 'VOUCHER_NOT_FOUND' ? 404 : 409, code, HOLD_MESSAGES[code]);
  }
}

export class VoucherNotEnoughError extends ConflictError {
  constructor(kind: string) {
    super('VOUCHER_NOT_ENOUGH', `Not enough voucher money for this ${kind}`);
  }
}

export class VoucherTierNotEligibleError extends ConflictError {
  constructor(tiers: string[]) {
    super('VOUCHER_TIER_NOT_ELIGIBLE', 'The programme is for enterprises with a valid verified tier among its tiers', {
      tiers,
    });
  }
}

export class VoucherApplicationClosedError extends ConflictError {
  constructor() {
    super('VOUCHER_NOT_OPEN', 'The programme is not taking applications now (closed or outside its window)');
  }
}

const CLAIM_MESSAGES: Record<ClaimRefusal, string> = {
  CLAIM_ORDER_NOT_COMPLETED: 'Redemption is claimed for a completed order only',
  CLAIM_NO_VOUCHER_PART: 'The order has no consumed voucher part to claim',
  CLAIM_FORFEITED: 'A claim for this order was rejected as final: its voucher part is forfeited',
  CLAIM_EXISTS: 'This order already has a claim under way or paid',
  INVOICE_AMOUNT_BELOW_PRICE: 'The invoice amount must be at least the agreed price of the order',
};

/** 兑付 redemption refused for an order (rule 6), with a stable code; a too small invoice is a field error (400). */
export class ClaimRefusedError extends DomainError {
  constructor(code: ClaimRefusal, agreedPriceFen?: number) {
    const field = code === 'INVOICE_AMOUNT_BELOW_PRICE';
    const details = field
      ? [{ field: 'invoiceAmountFen', messages: [`invoiceAmountFen must be at least ${agreedPriceFen}`] }]
      : undefined;
    super(field ? 400 : 409, code, CLAIM_MESSAGES[code], details);
  }
}

export class DuplicateInvoiceError extends ConflictError {
  constructor(invoiceNo: string) {
    super('DUPLICATE_INVOICE', 'This invoice number is already used by a redemption claim', { invoiceNo });
  }
}

/** Claims that cannot go into a settlement batch: not approved, or already in one. */
export class ClaimsNotBatchableError extends ConflictError {
  constructor(claims: Array<{ id: string; status: string }>) {
    super('CLAIMS_NOT_APPROVED', 'Only approved claims that are in no batch yet can be batched', { claims });
  }
}

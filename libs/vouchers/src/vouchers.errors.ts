import { ConflictError, DomainError } from '@app/shared';
import type { HoldRefusal, IssueRefusal } from './vouchers.rules.js';

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

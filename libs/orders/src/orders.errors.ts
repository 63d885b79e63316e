import { ConflictError, DomainError } from '@app/shared';

export class CopayNotPaidError extends ConflictError {
  constructor(copayFen: number, paidFen: number) {
    super('COPAY_NOT_PAID', 'The co-pay must be paid before the service starts', { copayFen, paidFen });
  }
}

export class ListingNotAvailableError extends ConflictError {
  constructor() {
    super(
      'LISTING_NOT_AVAILABLE',
      'This listing is not open for orders (not published, or its provider is not in the pool)',
    );
  }
}

export class QuoteNotAllowedError extends ConflictError {
  constructor() {
    super('QUOTE_NOT_ALLOWED', 'A fixed-price listing is not quoted; accept the order at the listed price');
  }
}

export class QuoteRequiredError extends ConflictError {
  constructor() {
    super('QUOTE_REQUIRED', 'This listing is priced on quote; send a quote for the enterprise to confirm');
  }
}

export class NothingToPayError extends ConflictError {
  constructor(reason: string) {
    super('NOTHING_TO_PAY', reason);
  }
}

export class VoucherNotFoundError extends DomainError {
  constructor() {
    super(404, 'VOUCHER_NOT_FOUND', 'No such service voucher of yours');
  }
}

export class SummaryRequiredError extends DomainError {
  constructor() {
    super(400, 'SUMMARY_REQUIRED', 'Delivery needs a summary of what was delivered', [
      { field: 'summary', messages: ['summary is required to deliver'] },
    ]);
  }
}

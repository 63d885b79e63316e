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
  constructor() {
    super('NOTHING_TO_PAY', 'There is no co-pay to pay');
  }
}

export class AlreadyPaidError extends ConflictError {
  constructor() {
    super('ALREADY_PAID', 'The co-pay is already paid; a co-pay is paid once');
  }
}

export class PaymentInProgressError extends ConflictError {
  constructor() {
    super(
      'PAYMENT_IN_PROGRESS',
      'The enterprise is paying the co-pay by card; record a bank transfer only if that payment is abandoned (after 30 minutes)',
    );
  }
}

export class OrderEndedError extends ConflictError {
  constructor() {
    super('ORDER_ENDED', 'The order ended while the card payment was being prepared; nothing was charged');
  }
}

export class QuoteChangedError extends ConflictError {
  constructor(quotedPriceFen: number, namedPriceFen: number) {
    super('QUOTE_CHANGED', 'The quote changed since you saw it; read the new quote and confirm again', {
      quotedPriceFen,
      namedPriceFen,
    });
  }
}

export class QuoteBelowStartingPriceError extends DomainError {
  constructor(startingPriceFen: number) {
    super(400, 'QUOTE_BELOW_STARTING_PRICE', 'A quote on a "from" listing starts at its listed price', [
      { field: 'priceFen', messages: [`priceFen must be at least ${startingPriceFen}`] },
    ]);
  }
}

export class SummaryRequiredError extends DomainError {
  constructor() {
    super(400, 'SUMMARY_REQUIRED', 'Delivery needs a summary of what was delivered', [
      { field: 'summary', messages: ['summary is required to deliver'] },
    ]);
  }
}

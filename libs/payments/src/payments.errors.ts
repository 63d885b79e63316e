import { DomainError } from '@app/shared';

export class CardPaymentsUnavailableError extends DomainError {
  constructor() {
    super(
      409,
      'CARD_PAYMENTS_UNAVAILABLE',
      'Card payment is not configured here; pay by bank transfer and ask the provider to record it',
    );
  }
}

export class PaymentProviderError extends DomainError {
  constructor(message: string) {
    super(502, 'PAYMENT_PROVIDER_ERROR', `The card processor did not answer as expected: ${message}`);
  }
}

export class WebhookSignatureError extends DomainError {
  constructor(message: string) {
    super(400, 'WEBHOOK_SIGNATURE_INVALID', message);
  }
}

/** A correctly signed event whose content is not a Stripe event we can read. */
export class WebhookEventInvalidError extends DomainError {
  constructor(problem: string) {
    super(400, 'WEBHOOK_EVENT_INVALID', `The Stripe event cannot be read: ${problem}`);
  }
}

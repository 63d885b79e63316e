import Stripe from 'stripe';
import type { AppConfig } from '@app/shared';

/** What the payments context needs from a card processor (the adapter boundary tests fake by URL). */
export interface PaymentGateway {
  /** A PaymentIntent for an order's co-pay in CNY; the same idempotency key never makes a second one. */
  createCopayIntent(input: { orderId: string; amountFen: number; idempotencyKey: string }): Promise<{
    id: string;
    clientSecret: string;
  }>;
  refund(input: { paymentIntentId: string; amountFen: number; idempotencyKey: string }): Promise<{
    id: string;
    status: string;
  }>;
  /**
   * Cancels an open PaymentIntent. `too_late`: Stripe refuses because it already succeeded or is
   * processing (the success webhook then refunds it); other failures throw and are retried.
   */
  cancelIntent(input: { paymentIntentId: string; idempotencyKey: string }): Promise<'cancelled' | 'too_late'>;
  /** Verifies a webhook's signature over the raw body (5-minute tolerance) and parses it; throws if invalid. */
  verifyEvent(rawBody: Buffer, signature: string): Stripe.Event;
}

export const PAYMENT_GATEWAY = Symbol('PAYMENT_GATEWAY');

/** Stripe, with `STRIPE_API_URL` pointing the SDK at another base URL (a local stand-in in tests). */
export class StripeGateway implements PaymentGateway {
  private readonly stripe: Stripe;

  constructor(private readonly config: NonNullable<AppConfig['stripe']>) {
    const url = config.apiUrl ? new URL(config.apiUrl) : undefined;
    this.stripe = new Stripe(config.secretKey, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      ...(url
        ? {
            host: url.hostname,
            port: url.port || (url.protocol === 'https:' ? 443 : 80),
            protocol: url.protocol.replace(':', '') as 'http' | 'https',
          }
        : {}),
    });
  }

  async createCopayIntent(input: { orderId: string; amountFen: number; idempotencyKey: string }) {
    const intent = await this.stripe.paymentIntents.create(
      {
        amount: input.amountFen,
        currency: 'cny',
        metadata: { orderId: input.orderId },
        automatic_payment_methods: { enabled: true },
      },
      { idempotencyKey: input.idempotencyKey },
    );
    return { id: intent.id, clientSecret: intent.client_secret ?? '' };
  }

  async refund(input: { paymentIntentId: string; amountFen: number; idempotencyKey: string }) {
    const refund = await this.stripe.refunds.create(
      { payment_intent: input.paymentIntentId, amount: input.amountFen },
      { idempotencyKey: input.idempotencyKey },
    );
    return { id: refund.id, status: refund.status ?? 'pending' };
  }

  async cancelIntent(input: { paymentIntentId: string; idempotencyKey: string }): Promise<'cancelled' | 'too_late'> {
    try {
      await this.stripe.paymentIntents.cancel(
        input.paymentIntentId,
        { cancellation_reason: 'abandoned' },
        { idempotencyKey: input.idempotencyKey },
      );
      return 'cancelled';
    } catch (error) {
      if ((error as { code?: string }).code === 'payment_intent_unexpected_state') return 'too_late';
      throw error;
    }
  }

  verifyEvent(rawBody: Buffer, signature: string): Stripe.Event {
    return this.stripe.webhooks.constructEvent(rawBody, signature, this.config.webhookSecret);
  }
}

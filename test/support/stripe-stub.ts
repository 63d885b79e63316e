import type { IncomingMessage } from 'node:http';
import Stripe from 'stripe';
import { JsonServer } from './local-server.js';
import type { TestApi } from './session.js';

export interface StubRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  idempotencyKey: string | undefined;
}

export const WEBHOOK_SECRET = 'whsec_test_secret_for_the_stand_in';

/**
 * A local HTTP stand-in for the two Stripe API calls we make (create a PaymentIntent, create a
 * refund), at the adapter boundary: the real SDK talks to it through STRIPE_API_URL. Like Stripe, a
 * repeated Idempotency-Key returns the first answer.
 */
export class StripeStub {
  readonly requests: StubRequest[] = [];
  private readonly byKey = new Map<string, unknown>();
  private readonly server = new JsonServer(async (req) => {
    const [status, body] = await this.handle(req);
    const headers = {
      'request-id': `req_${this.counter}`,
      ...(status >= 400 && this.failFinal ? { 'stripe-should-retry': 'false' } : {}),
    };
    return [status, body, headers];
  });
  private counter = 0;
  /** Answer the next calls with this HTTP status (Stripe being down). */
  failWith: number | null = null;
  /** PaymentIntents the enterprise has already paid at Stripe: cancelling them is refused, as Stripe does. */
  readonly succeededIntents = new Set<string>();
  /** While set, PaymentIntent creation waits for it (a slow Stripe, to let another request overtake). */
  holdIntents: Promise<void> | null = null;
  /** Failures say `Stripe-Should-Retry: false`, so the SDK gives up at once instead of retrying. */
  failFinal = false;
  /** Milliseconds between doing a call's effect and answering it (a window for the caller to die in). */
  answerDelayMs: () => number = () => 0;
  /** Every object created, once per Idempotency-Key (what Stripe did, however often it was asked). */
  readonly effects: Array<{ path: string; body: Record<string, unknown> }> = [];

  async start(): Promise<string> {
    return this.server.start();
  }

  async stop(): Promise<void> {
    await this.server.stop();
  }

  created(path: string): StubRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path === path);
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown]> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const params = Object.fromEntries(new URLSearchParams(raw));
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    const path = (req.url ?? '').split('?')[0];
    this.requests.push({ method: req.method ?? '', path, params, idempotencyKey });
    if (this.failWith) return [this.failWith, { error: { type: 'api_error', message: 'stand-in failure' } }];
    if (idempotencyKey && this.byKey.has(idempotencyKey)) return [200, this.byKey.get(idempotencyKey)];
    const n = ++this.counter;
    let body: unknown;
    if (path === '/v1/payment_intents') {
      if (this.holdIntents) await this.holdIntents;
      body = {
        id: `pi_stub_${n}`,
        object: 'payment_intent',
        amount: Number(params.amount),
        currency: params.currency,
        client_secret: `pi_stub_${n}_secret_${n}`,
        metadata: { orderId: params['metadata[orderId]'] },
        status: 'requires_payment_method',
      };
    } else if (/^\/v1\/payment_intents\/[^/]+\/cancel$/.test(path)) {
      const id = path.split('/')[3];
      if (this.succeededIntents.has(id)) {
        return [
          400,
          {
            error: {
              type: 'invalid_request_error',
              code: 'payment_intent_unexpected_state',
              message: `You cannot cancel this PaymentIntent because it has a status of succeeded.`,
            },
          },
        ];
      }
      body = { id, object: 'payment_intent', status: 'canceled', cancellation_reason: params.cancellation_reason };
    } else if (path === '/v1/refunds') {
      body = {
        id: `re_stub_${n}`,
        object: 'refund',
        amount: Number(params.amount),
        payment_intent: params.payment_intent,
        status: 'pending',
      };
    } else {
      return [404, { error: { type: 'invalid_request_error', message: `no stand-in for ${path}` } }];
    }
    if (idempotencyKey) this.byKey.set(idempotencyKey, body);
    this.effects.push({ path, body: body as Record<string, unknown> });
    const delay = this.answerDelayMs();
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    return [200, body];
  }
}

const signer = new Stripe('sk_test_signer');

/** A Stripe event as Stripe would send it: JSON body and a `Stripe-Signature` header over it. */
export function signedEvent(
  id: string,
  type: string,
  object: Record<string, unknown>,
  options: { timestamp?: number; secret?: string } = {},
): { payload: string; signature: string } {
  const payload = JSON.stringify({
    id,
    object: 'event',
    type,
    api_version: '2025-01-27.acacia',
    created: Math.floor(Date.now() / 1000),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  });
  const signature = signer.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? WEBHOOK_SECRET,
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
  });
  return { payload, signature };
}

/** The environment that points the app's Stripe SDK at a stand-in listening on `url`. */
export const stripeEnv = (url: string): NodeJS.ProcessEnv => ({
  STRIPE_SECRET_KEY: 'sk_test_stand_in',
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  STRIPE_API_URL: url,
});

/** Posts a signed event to the webhook as Stripe does. */
export const postWebhook = (api: TestApi, event: { payload: string; signature: string }) =>
  api
    .request('post', '/api/v1/payments/stripe/webhook')
    .set('content-type', 'application/json')
    .set('stripe-signature', event.signature)
    .send(event.payload);

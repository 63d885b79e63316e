import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { IdempotencyService } from '@app/idempotency';
import { OrdersService } from '@app/orders';
import { PaymentsService } from '@app/payments';

const EVERY_MS = 60_000;

/**
 * Every minute: expires requests and quotes left unanswered for 7 days, sends the card refunds and
 * PaymentIntent cancellations that could not reach Stripe when they were decided, and forgets
 * Idempotency-Keys after 24 hours.
 */
@Injectable()
export class OrderJobs implements OnApplicationShutdown {
  private readonly logger = new Logger(OrderJobs.name);
  private stopping = false;
  private loop?: Promise<void>;

  constructor(
    private readonly orders: OrdersService,
    private readonly payments: PaymentsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.loop;
  }

  /** One pass of every job (the loop, and tests). */
  async runOnce(): Promise<{ expired: number; refunds: number; cancellations: number; keysForgotten: number }> {
    let expired = 0;
    for (let n = await this.orders.expireDue(); n > 0; n = await this.orders.expireDue()) expired += n;
    const cancellations = await this.payments.submitCancellations();
    const refunds = await this.payments.submitRefunds();
    const keysForgotten = await this.idempotency.purge();
    if (expired || refunds || cancellations)
      this.logger.log(
        `Expired ${expired} unanswered orders; sent ${refunds} refunds and ${cancellations} cancellations`,
      );
    return { expired, refunds, cancellations, keysForgotten };
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.runOnce();
      } catch (error) {
        this.logger.error(`Order jobs failed, retrying in a minute: ${(error as Error).message}`);
      }
      for (let waited = 0; waited < EVERY_MS && !this.stopping; waited += 500) await sleep(500);
    }
  }
}

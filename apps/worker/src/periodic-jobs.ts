import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { IdempotencyService } from '@app/idempotency';
import { DemandsService } from '@app/matchmaking';
import { OrdersService } from '@app/orders';
import { PaymentsService } from '@app/payments';
import { RatingsService } from '@app/ratings';
import { VoucherIssuanceService } from '@app/vouchers';

const EVERY_MS = 60_000;

/**
 * Every minute: expires requests and quotes left unanswered for 7 days, sends the card refunds and
 * PaymentIntent cancellations that could not reach Stripe when they were decided, expires the
 * unused money of vouchers past their validity, reminds enterprises to rate orders completed 3 days
 * ago, expires matchmaking demands whose deadline day has ended, and forgets Idempotency-Keys after
 * 24 hours.
 */
@Injectable()
export class PeriodicJobs implements OnApplicationShutdown {
  private readonly logger = new Logger(PeriodicJobs.name);
  private stopping = false;
  private loop?: Promise<void>;

  constructor(
    private readonly orders: OrdersService,
    private readonly payments: PaymentsService,
    private readonly vouchers: VoucherIssuanceService,
    private readonly ratings: RatingsService,
    private readonly idempotency: IdempotencyService,
    private readonly demands: DemandsService,
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.loop;
  }

  /** One pass of every job (the loop, and tests). */
  async runOnce(): Promise<{
    expired: number;
    refunds: number;
    cancellations: number;
    vouchersExpired: number;
    ratingReminders: number;
    demandsExpired: number;
    keysForgotten: number;
  }> {
    const expired = await drain(() => this.orders.expireDue());
    const cancellations = await this.payments.submitCancellations();
    const refunds = await this.payments.submitRefunds();
    const vouchersExpired = await drain(() => this.vouchers.expireDue());
    const ratingReminders = await this.ratings.remindDue();
    const demandsExpired = await drain(() => this.demands.expireDue());
    const keysForgotten = await this.idempotency.purge();
    if (expired || refunds || cancellations || vouchersExpired || ratingReminders || demandsExpired) {
      this.logger.log(
        `Expired ${expired} unanswered orders and ${vouchersExpired} vouchers; sent ${refunds} refunds, ` +
          `${cancellations} cancellations and ${ratingReminders} rating reminders; expired ${demandsExpired} demands`,
      );
    }
    return { expired, refunds, cancellations, vouchersExpired, ratingReminders, demandsExpired, keysForgotten };
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.runOnce();
      } catch (error) {
        this.logger.error(`Periodic jobs failed, retrying in a minute: ${(error as Error).message}`);
      }
      for (let waited = 0; waited < EVERY_MS && !this.stopping; waited += 500) await sleep(500);
    }
  }
}

/** Runs a batch job until a batch finds nothing; the total. */
async function drain(batch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let n = await batch(); n > 0; n = await batch()) total += n;
  return total;
}

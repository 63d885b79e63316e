import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ListingsService } from '@app/listings';
import { PaymentsService, type StripeCalls } from '@app/payments';
import { ProvidersService } from '@app/providers';
import { VoucherHoldsService } from '@app/vouchers';
import type { Order } from './order.entity.js';
import { OrdersRepository } from './orders.repository.js';
import { copayFen, endedBecause, type OrderEffect } from './orders.rules.js';

/** Effects that set the order's own figures: before the order row is saved, in the rule's order. */
const ON_THE_ORDER: readonly OrderEffect[] = ['hold_voucher', 'fix_listed_price', 'fix_quoted_price'];

/**
 * Applies what a transition causes, as its rule says (orders.rules `ORDER_RULES[action].effects`),
 * in the transition's transaction: the one place an order's money and counts move.
 */
@Injectable()
export class OrderEffects {
  constructor(
    private readonly repository: OrdersRepository,
    private readonly payments: PaymentsService,
    private readonly vouchers: VoucherHoldsService,
    private readonly listings: ListingsService,
    private readonly providers: ProvidersService,
  ) {}

  /**
   * A voucher named at order creation: a listed price is committed to now, so its voucher part is
   * held; a quote's is held at confirmation, and until then the voucher is only checked.
   */
  async useVoucher(em: EntityManager, order: Order, voucherId: string, listingVoucherEligible: boolean): Promise<void> {
    const use = { voucherId, enterpriseId: order.enterpriseId, orderId: order.id, category: order.category };
    const eligible = { ...use, listingVoucherEligible };
    if (order.listedPriceFen !== null && order.priceModel !== 'quote') {
      order.voucherFen = await this.vouchers.hold(em, eligible, order.listedPriceFen);
    } else {
      await this.vouchers.assertApplicable(em, eligible);
    }
    order.voucherId = voucherId;
  }

  async beforeSave(em: EntityManager, order: Order, effects: OrderEffect[], now: Date): Promise<void> {
    for (const effect of effects.filter((e) => ON_THE_ORDER.includes(e))) {
      if (effect === 'hold_voucher') {
        if (!order.voucherId) continue;
        // Re-held at the confirmed quote; the listing was voucher-eligible when the order was made.
        const use = { voucherId: order.voucherId, enterpriseId: order.enterpriseId, orderId: order.id };
        const full = { ...use, category: order.category, listingVoucherEligible: true };
        order.voucherFen = await this.vouchers.hold(em, full, order.quotedPriceFen!);
        continue;
      }
      // The price is frozen here, with the voucher part and the co-pay.
      const price = effect === 'fix_listed_price' ? order.listedPriceFen! : order.quotedPriceFen!;
      order.agreedPriceFen = price;
      order.copayFen = copayFen(price, order.voucherFen);
      order.confirmedAt = now;
    }
  }

  /** Payments, vouchers and counts, after the order row is saved; returns the Stripe calls to send after commit. */
  async afterSave(em: EntityManager, order: Order, effects: OrderEffect[]): Promise<StripeCalls> {
    const calls: StripeCalls = { cancels: [], refunds: [] };
    const why = endedBecause(order.status);
    for (const effect of effects.filter((e) => !ON_THE_ORDER.includes(e))) {
      if (effect === 'cancel_open_payment')
        calls.cancels.push(...(await this.payments.cancelOpenPayments(em, order.id, why)));
      if (effect === 'refund_paid') calls.refunds.push(...(await this.payments.requestRefunds(em, order.id, why)));
      if (effect === 'release_voucher') await this.vouchers.release(em, order.id);
      if (effect === 'consume_voucher') await this.vouchers.consume(em, order.id);
      if (effect === 'recount_served') {
        const served = await this.repository.countServed(em, order.providerId, order.listingId);
        if (order.listingId) await this.listings.setServedCount(em, order.listingId, served.listing);
        await this.providers.setServedCount(em, order.providerId, served.provider);
      }
    }
    return calls;
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, shanghaiDate } from '@app/shared';
import { VoucherMoney } from './voucher-money.js';
import { VoucherNotApplicableError } from './vouchers.errors.js';
import { VouchersRepository } from './vouchers.repository.js';
import { checkHold, holdAmount } from './vouchers.rules.js';

/** What the orders context tells about an order when a voucher pays part of it. */
export interface VoucherUse {
  voucherId: string;
  enterpriseId: string;
  orderId: string;
  category: string;
  listingVoucherEligible: boolean;
}

/**
 * Holds (rule 2), releases (rule 3) and consumption (rule 4) of voucher money for orders, called
 * from the orders context's effects, in the order's transaction (the order row is locked first).
 */
@Injectable()
export class VoucherHoldsService {
  constructor(
    private readonly repository: VouchersRepository,
    private readonly money: VoucherMoney,
    private readonly clock: Clock,
  ) {}

  /** Refuses at once, with a code, a voucher that does not apply to the order (before any price). */
  async assertApplicable(em: EntityManager, use: Omit<VoucherUse, 'orderId'>): Promise<void> {
    await this.checked(em, use, false, 0);
  }

  /**
   * Holds the voucher part of an agreed price: min(available, floor(price x coverage)). An order
   * that already holds part of this voucher (a `from` listing confirmed at a quote) is re-held at
   * the new price. Returns the voucher part.
   */
  async hold(em: EntityManager, use: VoucherUse, priceFen: number): Promise<number> {
    const current = await this.repository.holdOf(em, use.orderId);
    const heldNow = current?.status === 'held' ? current.amountFen : 0;
    const { voucher, program } = await this.checked(em, use, true, heldNow);
    const amount = holdAmount(priceFen, program.coverageBp, voucher.availableFen + heldNow);
    if (amount === heldNow) return amount;
    const refs = { orderId: use.orderId };
    if (heldNow > 0) await this.money.move(em, voucher, 'release', heldNow, refs);
    await this.money.move(em, voucher, 'hold', amount, refs);
    await this.repository.saveHold(em, {
      ...(current ?? {}),
      voucherId: voucher.id,
      orderId: use.orderId,
      amountFen: amount,
      status: 'held',
    });
    return amount;
  }

  /**
   * An order that ended without the service returns its hold to `available`; on a voucher that
   * expired or was revoked meanwhile, the money goes on back to the programme's budget.
   */
  async release(em: EntityManager, orderId: string): Promise<void> {
    const hold = await this.repository.holdOf(em, orderId);
    if (!hold || hold.status !== 'held') return;
    const voucher = (await this.repository.voucher(em, hold.voucherId, true))!;
    await this.money.move(em, voucher, 'release', hold.amountFen, { orderId });
    if (voucher.status !== 'active') {
      await this.money.move(em, voucher, voucher.status === 'revoked' ? 'revoke' : 'expire', hold.amountFen, {
        orderId,
      });
    }
    await this.repository.saveHold(em, { ...hold, status: 'released' });
  }

  /** A completed order turns its hold into `consumed` (holds stay valid past the voucher's validity). */
  async consume(em: EntityManager, orderId: string): Promise<void> {
    const hold = await this.repository.holdOf(em, orderId);
    if (!hold || hold.status !== 'held') return;
    const voucher = (await this.repository.voucher(em, hold.voucherId, true))!;
    await this.money.move(em, voucher, 'consume', hold.amountFen, { orderId });
    await this.repository.saveHold(em, { ...hold, status: 'consumed' });
  }

  private async checked(em: EntityManager, use: Omit<VoucherUse, 'orderId'>, lock: boolean, heldForOrder: number) {
    const voucher = await this.repository.voucher(em, use.voucherId, lock);
    const program = voucher ? await this.repository.program(em, voucher.programId) : null;
    if (!voucher || !program) throw new VoucherNotApplicableError('VOUCHER_NOT_FOUND');
    const refusal = checkHold({
      own: voucher.enterpriseId === use.enterpriseId,
      voucherStatus: voucher.status,
      programStatus: program.status,
      validFrom: program.validFrom,
      validUntil: program.validUntil,
      today: shanghaiDate(this.clock.now()),
      categories: program.categories,
      category: use.category,
      listingVoucherEligible: use.listingVoucherEligible,
      availableFen: voucher.availableFen + heldForOrder,
    });
    if (refusal) throw new VoucherNotApplicableError(refusal);
    return { voucher, program };
  }
}

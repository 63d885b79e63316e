import type { EntityManager } from 'typeorm';
import type { PartyContacts } from './vouchers.rules.js';

/** What a redemption claim needs to know about its order, as the orders context tells it. */
export interface RedemptionOrderFacts {
  orderId: string;
  status: string;
  providerId: string;
  enterpriseId: string;
  voucherId: string | null;
  voucherFen: number;
  priceModel: string;
  agreedPriceFen: number | null;
  /** The listing's price when the order was made (a starting price for `from`; null for `quote`). */
  listedPriceFen: number | null;
  createdAt: Date;
  confirmedAt: Date | null;
  /** The last delivery ('deliver' in the order's history), if any. */
  deliveredAt: Date | null;
  completedAt: Date | null;
  enterprise: PartyContacts;
  provider: PartyContacts;
  /** Orders with a voucher between the same two parties in `year` (Asia/Shanghai), this one included. */
  pairVoucherOrdersInYear: number;
  year: number;
}

/**
 * The orders context, as redemption needs it (orders imports vouchers, so vouchers only knows this
 * port; orders registers its implementation on start, as it does with payments). Never its tables.
 */
export interface RedemptionOrders {
  /** The facts of one order in the caller's transaction; null when there is no such order. */
  factsForClaim(em: EntityManager, orderId: string): Promise<RedemptionOrderFacts | null>;
}

import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EnterprisesService } from '@app/enterprises';
import { ProvidersService, shanghaiYear } from '@app/providers';
import { shanghaiDate } from '@app/shared';
import { RedemptionService, type RedemptionOrderFacts, type RedemptionOrders } from '@app/vouchers';
import { type AwardOrderPair, OrdersRepository, type PairWindow } from './orders.repository.js';

const contactsOf = (p?: { uscc: string; legalRepresentative: string | null; contactPhone: string | null }) => ({
  uscc: p?.uscc ?? null,
  legalRepresentative: p?.legalRepresentative ?? null,
  contactPhone: p?.contactPhone ?? null,
});

/**
 * The orders side of redemption (兑付): what a claim needs to know about its order and its parties,
 * registered with the vouchers context on start (vouchers never imports orders nor reads its tables).
 */
@Injectable()
export class OrderFactsService implements OnModuleInit, RedemptionOrders {
  constructor(
    private readonly repository: OrdersRepository,
    private readonly redemption: RedemptionService,
    private readonly enterprises: EnterprisesService,
    private readonly providers: ProvidersService,
  ) {}

  onModuleInit(): void {
    this.redemption.setOrders(this);
  }

  async factsForClaim(em: EntityManager, orderId: string): Promise<RedemptionOrderFacts | null> {
    const order = await this.repository.find(em, orderId);
    if (!order) return null;
    const pair = { enterpriseId: order.enterpriseId, providerId: order.providerId };
    // The year of the order, a calendar year in Asia/Shanghai (UTC+8 all year).
    const year = Number(shanghaiDate(order.createdAt).slice(0, 4));
    const from = new Date(`${year}-01-01T00:00:00+08:00`);
    const to = new Date(`${year + 1}-01-01T00:00:00+08:00`);
    const enterprise = (await this.enterprises.contacts(em, [order.enterpriseId])).get(order.enterpriseId);
    const provider = (await this.providers.contacts(em, [order.providerId])).get(order.providerId);
    return {
      orderId: order.id,
      status: order.status,
      providerId: order.providerId,
      enterpriseId: order.enterpriseId,
      voucherId: order.voucherId,
      voucherFen: order.voucherFen,
      priceModel: order.priceModel,
      agreedPriceFen: order.agreedPriceFen,
      listedPriceFen: order.listedPriceFen,
      createdAt: order.createdAt,
      confirmedAt: order.confirmedAt,
      deliveredAt: await this.repository.deliveredAt(em, order.id),
      completedAt: order.completedAt,
      enterprise: contactsOf(enterprise),
      provider: contactsOf(provider),
      pairVoucherOrdersInYear: await this.repository.countVoucherOrdersOfPair(em, pair, from, to),
      year,
    };
  }

  /** What a rating needs of its order (the ratings context never reads orders' tables). */
  async forRating(em: EntityManager, orderId: string): Promise<OrderRatingFacts | null> {
    const order = await this.repository.find(em, orderId);
    if (!order) return null;
    const { id, status, enterpriseId, providerId, listingId, category, completedAt, agreedPriceFen } = order;
    return { id, status, enterpriseId, providerId, listingId, category, completedAt, agreedPriceFen };
  }

  /**
   * Awards (DOMAIN.md §7): each (provider, enterprise) pair with an order completed in calendar year
   * `year` (Asia/Shanghai) at an agreed price >= `minOrderFen`, and how many such orders it has.
   * Related parties are not dropped here: the awards compare contacts and drop them.
   */
  awardOrderPairs(em: EntityManager, year: number, minOrderFen: number): Promise<AwardOrderPair[]> {
    const { start, end } = shanghaiYear(year);
    return this.repository.awardOrderPairs(em, { from: start, to: end }, minOrderFen);
  }

  /**
   * Matchmaking conversions (DOMAIN.md §9): for each {enterpriseId, providerId, from, to}, in the
   * order given, how many of the pair's orders were created and confirmed in [from, to).
   */
  confirmedOrdersOfPairs(em: EntityManager, pairs: readonly PairWindow[]): Promise<number[]> {
    return this.repository.confirmedInWindows(em, pairs);
  }

  /** Orders completed in [from, to), oldest first, a page at a time (the rating reminder job). */
  completedBetween(em: EntityManager, range: { from: Date; to: Date }, page: { skip: number; take: number }) {
    return this.repository.completedBetween(em, range, page);
  }
}

export interface OrderRatingFacts {
  id: string;
  status: string;
  enterpriseId: string;
  providerId: string;
  listingId: string | null;
  category: string;
  completedAt: Date | null;
  /** Copied onto the rating, so the awards filter ratings by price without reading orders. */
  agreedPriceFen: number | null;
}

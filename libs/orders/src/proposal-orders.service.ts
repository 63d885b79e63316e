import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ListingsService, ProviderNotApprovedError } from '@app/listings';
import { ProvidersService } from '@app/providers';
import { type Actor, Clock } from '@app/shared';
import { who } from './order-access.js';
import { OrderEffects } from './order-effects.js';
import { OrderHistory } from './order-history.js';
import { Order } from './order.entity.js';
import { OrdersRepository } from './orders.repository.js';
import { expiresAt } from './orders.rules.js';

/** What an accepted matchmaking proposal agrees on (DOMAIN.md §9). */
export interface AcceptedProposal {
  demandId: string;
  proposalId: string;
  providerId: string;
  /** The provider's listing the proposal named; the order is listing-less when absent or no longer published. */
  listingId: string | null;
  /** The demand's title and category: the order's title and category when it has no listing. */
  title: string;
  category: string;
  requirement: string;
  priceFen: number;
  voucherId?: string | null;
}

const REQUIREMENT_LIMIT = 2000;

/**
 * Orders agreed in matchmaking: an accepted proposal becomes an order in `quoted` at the proposal's
 * price, in the caller's (matchmaking's) transaction, which the enterprise then confirms as any
 * quote (§4): the voucher is checked now and held at confirmation.
 */
@Injectable()
export class ProposalOrdersService {
  constructor(
    private readonly repository: OrdersRepository,
    private readonly listings: ListingsService,
    private readonly providers: ProvidersService,
    private readonly effects: OrderEffects,
    private readonly history: OrderHistory,
    private readonly clock: Clock,
  ) {}

  /**
   * Creates the order; returns its id. Refuses a provider no longer in the pool and a voucher that
   * does not apply. The enterprise has its profile (it was made when it posted the demand): nothing
   * here reaches outside `em`, which holds the demand's lock.
   */
  async create(em: EntityManager, actor: Actor, accepted: AcceptedProposal): Promise<string> {
    const [provider] = await this.providers.facts(em, [accepted.providerId], { lock: true });
    if (provider?.status !== 'approved') throw new ProviderNotApprovedError(provider?.status ?? 'draft');
    const orderable = accepted.listingId ? await this.listings.orderable(em, accepted.listingId) : null;
    const listing = orderable?.providerId === accepted.providerId ? orderable : null;
    const now = this.clock.now();
    const order = em.create(Order, {
      enterpriseId: actor.orgId,
      providerId: accepted.providerId,
      listingId: listing?.id ?? null,
      listingTitle: listing?.title ?? accepted.title,
      category: listing?.category ?? accepted.category,
      // The price was negotiated: a quote the enterprise confirms, whatever the listing's model.
      priceModel: 'quote',
      listedPriceFen: listing?.priceFen ?? null,
      requirement: cut(accepted.requirement, REQUIREMENT_LIMIT),
      status: 'quoted',
      quotedPriceFen: accepted.priceFen,
      quotedAt: now,
      createdAt: now,
    });
    order.expiresAt = expiresAt(order);
    await em.save(order);
    if (accepted.voucherId) {
      // A listing-less order's voucher is checked against the demand's category alone.
      await this.effects.useVoucher(em, order, accepted.voucherId, listing?.voucherEligible ?? true);
      await this.repository.update(em, order);
    }
    await this.history.record(em, who(actor, 'enterprise'), order, 'proposal_accepted', null, {
      priceFen: accepted.priceFen,
      demandId: accepted.demandId,
      proposalId: accepted.proposalId,
      ...(order.voucherId ? { voucherId: order.voucherId } : {}),
    });
    return order.id;
  }
}

const cut = (text: string, limit: number) => (text.length <= limit ? text : `${text.slice(0, limit - 1)}…`);

import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EnterprisesService } from '@app/enterprises';
import { ListingsService, ProviderNotApprovedError } from '@app/listings';
import { PaymentsService, type StripeCalls } from '@app/payments';
import { ProvidersService } from '@app/providers';
import {
  Actor,
  Clock,
  ForbiddenError,
  InvalidStateError,
  type Page,
  pageOf,
  pageWindow,
  ReasonRequiredError,
  SYSTEM_ACTOR,
} from '@app/shared';
import type { CreateOrderDto, OrdersQuery } from './dto/order.dto.js';
import { roleOf, visibleTo, who, type Who } from './order-access.js';
import { Order } from './order.entity.js';
import { OrderViews } from './order-views.service.js';
import type { OrderView } from './order.views.js';
import {
  CopayNotPaidError,
  ListingNotAvailableError,
  QuoteBelowStartingPriceError,
  QuoteChangedError,
  QuoteNotAllowedError,
  QuoteRequiredError,
  SummaryRequiredError,
} from './orders.errors.js';
import { OrderEffects } from './order-effects.js';
import { OrderHistory } from './order-history.js';
import { OrdersRepository } from './orders.repository.js';
import {
  canAcceptAtListedPrice,
  canQuote,
  copayFen,
  expiresAt,
  isCopaySettled,
  isExpired,
  nextOrderState,
  ORDER_STATUSES,
  type OrderAction,
  type OrderStatus,
  quoteFloorFen,
} from './orders.rules.js';

const SYSTEM: Who = { ...SYSTEM_ACTOR, role: 'system' };
type Input = { text?: string | null; priceFen?: number };

/** Orders (预约): booking, quotes, delivery, acceptance, disputes and expiry, each through the order rules. */
@Injectable()
export class OrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OrdersRepository,
    private readonly views: OrderViews,
    private readonly listings: ListingsService,
    private readonly providers: ProvidersService,
    private readonly enterprises: EnterprisesService,
    private readonly payments: PaymentsService,
    private readonly effects: OrderEffects,
    private readonly history: OrderHistory,
    private readonly clock: Clock,
  ) {}

  /**
   * `requestId`: the Idempotency-Key's life this request runs in; a run that takes over a dead
   * one's key returns the order the dead run made instead of making a second.
   */
  async create(actor: Actor, dto: CreateOrderDto, requestId?: string): Promise<OrderView> {
    await this.enterprises.ensureProfile(actor.orgId);
    const requestKey = requestId ? requestKeyOf(actor.userId, requestId) : null;
    return this.dataSource.transaction(async (em) => {
      const made = requestKey ? await this.repository.lockAndFindByRequestKey(em, requestKey) : null;
      if (made) return this.views.one(em, made);
      const listing = await this.listings.orderable(em, dto.listingId);
      if (!listing) throw new ListingNotAvailableError();
      const now = this.clock.now();
      const order = em.create(Order, {
        enterpriseId: actor.orgId,
        providerId: listing.providerId,
        listingId: listing.id,
        listingTitle: listing.title,
        category: listing.category,
        priceModel: listing.priceModel,
        listedPriceFen: listing.priceFen,
        requirement: dto.requirement,
        status: 'requested',
        createdAt: now,
        requestKey,
      });
      order.expiresAt = expiresAt({ status: 'requested', createdAt: now, quotedAt: null });
      await em.save(order);
      if (dto.voucherId) await this.effects.useVoucher(em, order, dto.voucherId, listing.voucherEligible);
      // A listed price is what the enterprise commits to: it sees its co-pay now (fixed at acceptance).
      if (order.priceModel !== 'quote' && order.listedPriceFen !== null) {
        order.copayFen = copayFen(order.listedPriceFen, order.voucherFen);
      }
      await this.repository.update(em, order);
      await this.history.record(em, who(actor, 'enterprise'), order, 'requested', null, {
        requirement: dto.requirement,
        ...(order.voucherId ? { voucherId: order.voucherId, voucherFen: order.voucherFen } : {}),
      });
      return this.views.one(em, order);
    });
  }

  async list(actor: Actor, query: OrdersQuery): Promise<Page<OrderView>> {
    const where = {
      ...(actor.orgType === 'enterprise' ? { enterpriseId: actor.orgId } : {}),
      ...(actor.orgType === 'provider' ? { providerId: actor.orgId } : {}),
      ...(query.status ? { status: query.status } : {}),
    };
    const em = this.dataSource.manager;
    const [rows, total] = await this.repository.page(em, where, pageWindow(query));
    return pageOf(await this.views.many(em, rows), total, query);
  }

  /** The parties and the bureau see an order with its history; anyone else gets 404. */
  async get(actor: Actor, id: string): Promise<OrderView> {
    const em = this.dataSource.manager;
    const order = visibleTo(actor, await this.repository.find(em, id));
    return this.views.one(em, order, await this.repository.events(em, id));
  }

  quote(actor: Actor, id: string, priceFen: number): Promise<OrderView> {
    return this.transition(actor, id, 'quote', { priceFen });
  }
  accept(actor: Actor, id: string): Promise<OrderView> {
    return this.transition(actor, id, 'accept', {});
  }
  decline(actor: Actor, id: string, reason: string | null): Promise<OrderView> {
    return this.transition(actor, id, 'decline', { text: reason });
  }
  /** The enterprise confirms the quote it saw, naming its price. */
  confirm(actor: Actor, id: string, priceFen: number): Promise<OrderView> {
    return this.transition(actor, id, 'confirm', { priceFen });
  }
  cancel(actor: Actor, id: string, reason: string | null): Promise<OrderView> {
    return this.transition(actor, id, 'cancel', { text: reason });
  }
  start(actor: Actor, id: string): Promise<OrderView> {
    return this.transition(actor, id, 'start', {});
  }
  deliver(actor: Actor, id: string, summary: string): Promise<OrderView> {
    return this.transition(actor, id, 'deliver', { text: summary });
  }
  acceptDelivery(actor: Actor, id: string): Promise<OrderView> {
    return this.transition(actor, id, 'accept_delivery', {});
  }
  dispute(actor: Actor, id: string, reason: string | null): Promise<OrderView> {
    return this.transition(actor, id, 'dispute', { text: reason });
  }
  resolve(actor: Actor, id: string, outcome: 'completed' | 'cancelled', reason: string): Promise<OrderView> {
    return this.transition(actor, id, outcome === 'completed' ? 'resolve_completed' : 'resolve_cancelled', {
      text: reason,
    });
  }

  /**
   * Expires requests and quotes left unanswered for 7 days (the worker's job), through the same
   * rule and effects as every other transition. Returns how many expired.
   */
  async expireDue(limit = 100): Promise<number> {
    const now = this.clock.now();
    const calls: StripeCalls = { cancels: [], refunds: [] };
    const expired = await this.dataSource.transaction(async (em) => {
      const due = (await this.repository.claimDueForExpiry(em, now, limit)).filter((o) => isExpired(o, now));
      for (const order of due) merge(calls, await this.apply(em, SYSTEM, order, 'expire', {}));
      return due.length;
    });
    await this.payments.send(calls);
    return expired;
  }

  private async transition(actor: Actor, id: string, action: OrderAction, input: Input): Promise<OrderView> {
    let calls: StripeCalls = { cancels: [], refunds: [] };
    const view = await this.dataSource.transaction(async (em) => {
      const order = visibleTo(actor, await this.repository.lock(em, id));
      calls = await this.apply(em, who(actor, roleOf(actor, order)), order, action, input);
      return this.views.one(em, order);
    });
    // Stripe calls go out after the transition commits; the worker retries any that fail.
    if (calls.cancels.length + calls.refunds.length === 0) return view;
    await this.payments.send(calls);
    return this.get(actor, id);
  }

  /**
   * The one place a transition happens, for people and the system alike: the rule decides, the
   * action's own checks run, then the status, the history and the rule's effects, in the caller's
   * transaction. Returns the Stripe calls to send after it commits.
   */
  private async apply(em: EntityManager, by: Who, order: Order, action: OrderAction, input: Input) {
    const result = nextOrderState(order.status, action, by.role, input.text ?? null);
    if (!result.ok) {
      if (result.error === 'FORBIDDEN_ROLE')
        throw new ForbiddenError(`You may not ${action} this order`, 'FORBIDDEN_ROLE');
      if (result.error === 'REASON_REQUIRED') throw new ReasonRequiredError('order', action.replace('_', ' '));
      if (result.error === 'SUMMARY_REQUIRED') throw new SummaryRequiredError();
      throw new InvalidStateError('order', order.status, action);
    }
    const now = this.clock.now();
    const detail: Record<string, unknown> = {};
    await this.check(em, order, action, input);
    if (action === 'quote') {
      order.quotedPriceFen = input.priceFen!;
      order.quotedAt = now;
      detail.priceFen = input.priceFen;
    }
    if (action === 'deliver') order.deliverySummary = input.text!;
    if (action === 'accept_delivery') order.acceptedBy = by.userId;
    if (input.text) detail[action === 'deliver' ? 'summary' : 'reason'] = input.text;

    const from = order.status;
    order.status = result.to;
    order.expiresAt = expiresAt(order);
    if (result.to === 'completed') order.completedAt = now;
    await this.effects.beforeSave(em, order, result.effects, now);
    await this.repository.update(em, order);
    await this.history.record(em, by, order, action, from, detail);
    return this.effects.afterSave(em, order, result.effects);
  }

  /** What an action requires beyond the state machine: the pool, the price, the co-pay. */
  private async check(em: EntityManager, order: Order, action: OrderAction, input: Input): Promise<void> {
    if (action === 'quote') {
      if (!canQuote(order.priceModel)) throw new QuoteNotAllowedError();
      const floor = quoteFloorFen(order.priceModel, order.listedPriceFen);
      if (input.priceFen! < floor) throw new QuoteBelowStartingPriceError(floor);
      await this.assertProviderInPool(em, order.providerId);
    }
    if (action === 'accept') {
      if (!canAcceptAtListedPrice(order.priceModel)) throw new QuoteRequiredError();
      await this.assertProviderInPool(em, order.providerId);
    }
    if (action === 'confirm' && input.priceFen !== order.quotedPriceFen)
      throw new QuoteChangedError(order.quotedPriceFen!, input.priceFen!);
    if (action === 'start') {
      const { paidFen } = await this.payments.stateForOrder(em, order.id);
      if (!isCopaySettled(order.copayFen ?? 0, paidFen)) throw new CopayNotPaidError(order.copayFen ?? 0, paidFen);
    }
  }

  private async assertProviderInPool(em: EntityManager, providerId: string): Promise<void> {
    const [provider] = await this.providers.facts(em, [providerId], { lock: true });
    if (provider?.status !== 'approved') throw new ProviderNotApprovedError(provider?.status ?? 'draft');
  }

  /** Orders by status for the bureau's statistics (every status, zero when none). */
  async countsByStatus(em: EntityManager = this.dataSource.manager): Promise<Record<OrderStatus, number>> {
    const counts = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as Record<OrderStatus, number>;
    for (const row of await this.repository.countByStatus(em)) counts[row.status] = row.count;
    return counts;
  }
}

const requestKeyOf = (userId: string, key: string) => createHash('sha256').update(`${userId}\n${key}`).digest('hex');

function merge(into: StripeCalls, more: StripeCalls): void {
  into.cancels.push(...more.cancels);
  into.refunds.push(...more.refunds);
}

import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { EnterprisesService } from '@app/enterprises';
import { ListingsService, ProviderNotApprovedError } from '@app/listings';
import { type PaymentListener, PaymentsService } from '@app/payments';
import { ProvidersService } from '@app/providers';
import {
  Actor,
  Clock,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  ReasonRequiredError,
  SYSTEM_ACTOR,
} from '@app/shared';
import type { CreateOrderDto, OrdersQuery } from './dto/order.dto.js';
import { Order, OrderEvent, OrderMessage } from './order.entity.js';
import { type CardPaymentView, messageView, type OrderMessageView, orderView, type OrderView } from './order.views.js';
import {
  CopayNotPaidError,
  ListingNotAvailableError,
  NothingToPayError,
  QuoteNotAllowedError,
  QuoteRequiredError,
  SummaryRequiredError,
  VoucherNotFoundError,
} from './orders.errors.js';
import {
  canAcceptAtListedPrice,
  canQuote,
  copayFen,
  expiresAt,
  isCopaySettled,
  isExpired,
  nextOrderState,
  type OrderAction,
  type OrderRole,
} from './orders.rules.js';

type Who = { userId: string | null; orgId: string | null; role: OrderRole };
const SYSTEM: Who = { ...SYSTEM_ACTOR, role: 'system' };

/** Orders (预约): booking, quotes, the co-pay, delivery, acceptance, disputes and expiry. */
@Injectable()
export class OrdersService implements OnModuleInit, PaymentListener {
  private readonly logger = new Logger(OrdersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listings: ListingsService,
    private readonly providers: ProvidersService,
    private readonly enterprises: EnterprisesService,
    private readonly payments: PaymentsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.payments.registerListener(this);
  }

  async create(actor: Actor, dto: CreateOrderDto): Promise<OrderView> {
    // Service vouchers arrive with their own context; until then no voucher id can be one of yours.
    if (dto.voucherId) throw new VoucherNotFoundError();
    await this.enterprises.ensureProfile(actor.orgId);
    return this.dataSource.transaction(async (em) => {
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
      });
      order.expiresAt = expiresAt({ status: 'requested', createdAt: now, quotedAt: null });
      await em.save(order);
      const who: Who = { userId: actor.userId, orgId: actor.orgId, role: 'enterprise' };
      await this.record(em, who, order, 'requested', null, 'requested', { requirement: dto.requirement });
      return this.view(em, order);
    });
  }

  async list(actor: Actor, query: OrdersQuery): Promise<Page<OrderView>> {
    const where = {
      ...(actor.orgType === 'enterprise' ? { enterpriseId: actor.orgId } : {}),
      ...(actor.orgType === 'provider' ? { providerId: actor.orgId } : {}),
      ...(query.status ? { status: query.status } : {}),
    };
    const [rows, total] = await this.dataSource.manager.findAndCount(Order, {
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      ...pageWindow(query),
    });
    return pageOf(await this.views(this.dataSource.manager, rows), total, query);
  }

  /** The parties and the bureau see an order with its history; anyone else gets 404. */
  async get(actor: Actor, id: string): Promise<OrderView> {
    const em = this.dataSource.manager;
    const order = await em.findOneBy(Order, { id });
    if (!order || (!actor.isBureau && !this.partyRole(actor, order))) throw new NotFoundError('Order');
    const events = await em.find(OrderEvent, { where: { orderId: id }, order: { id: 'ASC' } });
    return this.view(em, order, events);
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
  confirm(actor: Actor, id: string): Promise<OrderView> {
    return this.transition(actor, id, 'confirm', {});
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

  /** The enterprise pays the outstanding co-pay of a confirmed order by card (Stripe). */
  async startCardPayment(actor: Actor, id: string): Promise<CardPaymentView> {
    const { amountFen } = await this.dataSource.transaction(async (em) => {
      const order = await this.lockFor(em, actor, id);
      if (this.roleOf(actor, order) !== 'enterprise') {
        throw new ForbiddenError('Only the enterprise pays the co-pay', 'FORBIDDEN_ROLE');
      }
      return { amountFen: await this.outstanding(em, order, 'pay') };
    });
    const { clientSecret } = await this.payments.startCardPayment(id, amountFen);
    return { clientSecret, amountFen };
  }

  /** The provider records a bank transfer of the outstanding co-pay it received. */
  async recordOfflinePayment(actor: Actor, id: string, reference: string): Promise<OrderView> {
    return this.dataSource.transaction(async (em) => {
      const order = await this.lockFor(em, actor, id);
      if (this.roleOf(actor, order) !== 'provider') {
        throw new ForbiddenError('Only the provider records a bank transfer it received', 'FORBIDDEN_ROLE');
      }
      const amountFen = await this.outstanding(em, order, 'record_payment');
      await this.payments.recordOffline(em, { orderId: id, amountFen, reference, recordedBy: actor.userId });
      await this.audit.record(em, actor, {
        entityType: 'order',
        entityId: id,
        action: 'payment_recorded',
        after: { method: 'offline', amountFen, reference },
      });
      return this.view(em, order);
    });
  }

  async messages(actor: Actor, id: string, query: { page: number; pageSize: number }): Promise<Page<OrderMessageView>> {
    const em = this.dataSource.manager;
    await this.partyOnly(em, actor, id);
    const [rows, total] = await em.findAndCount(OrderMessage, {
      where: { orderId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
      ...pageWindow(query),
    });
    return pageOf(rows.map(messageView), total, query);
  }

  async postMessage(actor: Actor, id: string, body: string): Promise<OrderMessageView> {
    const em = this.dataSource.manager;
    await this.partyOnly(em, actor, id);
    const message = await em.save(OrderMessage, {
      orderId: id,
      authorId: actor.userId,
      authorOrgId: actor.orgId,
      body,
    });
    return messageView(message);
  }

  /**
   * Expires requests and quotes left unanswered for 7 days (the worker's job). Claims due orders
   * with SKIP LOCKED, so several workers share the work; re-checks each with the pure rule.
   */
  async expireDue(limit = 100): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (em) => {
      const due = await em
        .createQueryBuilder(Order, 'o')
        .where(`o.status IN ('requested', 'quoted') AND o.expires_at <= :now`, { now })
        .orderBy('o.expires_at', 'ASC')
        .limit(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      let expired = 0;
      for (const order of due.filter((o) => isExpired(o, now))) {
        const from = order.status;
        order.status = 'expired';
        order.expiresAt = null;
        await em.save(order);
        await this.record(em, SYSTEM, order, 'expire', from, 'expired', null);
        expired++;
      }
      return expired;
    });
  }

  async onPaymentChanged(
    em: EntityManager,
    change: { orderId: string; change: string; amountFen: number; method: string },
  ): Promise<void> {
    await em.save(
      em.create(OrderEvent, {
        orderId: change.orderId,
        action: `payment_${change.change}`,
        actorRole: 'system',
        detail: { amountFen: change.amountFen, method: change.method },
      }),
    );
  }

  private async transition(
    actor: Actor,
    id: string,
    action: OrderAction,
    input: { text?: string | null; priceFen?: number },
  ): Promise<OrderView> {
    let refunds: string[] = [];
    const view = await this.dataSource.transaction(async (em) => {
      const order = await this.lockFor(em, actor, id);
      const role = this.roleOf(actor, order);
      const result = nextOrderState(order.status, action, role, input.text ?? null);
      if (!result.ok) {
        if (result.error === 'FORBIDDEN_ROLE')
          throw new ForbiddenError(`You may not ${action} this order`, 'FORBIDDEN_ROLE');
        if (result.error === 'REASON_REQUIRED') throw new ReasonRequiredError('order', action.replace('_', ' '));
        if (result.error === 'SUMMARY_REQUIRED') throw new SummaryRequiredError();
        throw new InvalidStateError('order', order.status, action);
      }
      const now = this.clock.now();
      const detail: Record<string, unknown> = {};
      switch (action) {
        case 'quote':
          if (!canQuote(order.priceModel)) throw new QuoteNotAllowedError();
          await this.assertProviderInPool(em, order.providerId);
          order.quotedPriceFen = input.priceFen!;
          order.quotedAt = now;
          detail.priceFen = input.priceFen;
          break;
        case 'accept':
          if (!canAcceptAtListedPrice(order.priceModel)) throw new QuoteRequiredError();
          await this.assertProviderInPool(em, order.providerId);
          this.fixPrice(order, order.listedPriceFen!, now);
          break;
        case 'confirm':
          this.fixPrice(order, order.quotedPriceFen!, now);
          break;
        case 'start': {
          const paid = await this.payments.paidFen(em, order.id);
          if (!isCopaySettled(order.copayFen ?? 0, paid)) throw new CopayNotPaidError(order.copayFen ?? 0, paid);
          break;
        }
        case 'deliver':
          order.deliverySummary = input.text!;
          break;
        case 'accept_delivery':
          order.acceptedBy = actor.userId;
          break;
      }
      const from = order.status;
      order.status = result.to;
      order.expiresAt = expiresAt(order);
      if (result.to === 'completed') order.completedAt = now;
      await em.save(order);
      if (input.text) detail[action === 'deliver' ? 'summary' : 'reason'] = input.text;
      await this.record(em, { userId: actor.userId, orgId: actor.orgId, role }, order, action, from, result.to, detail);
      if (result.to === 'cancelled') refunds = await this.payments.requestRefunds(em, order.id);
      if (result.to === 'completed') await this.recountServed(em, order);
      return this.view(em, order);
    });
    // Card refunds go to Stripe after the cancellation commits; the worker retries any that fail.
    if (refunds.length > 0) await this.payments.submitRefunds(refunds);
    return refunds.length > 0 ? this.get(actor, id) : view;
  }

  /** The price is frozen at confirmation, with the voucher part (none yet) and the co-pay. */
  private fixPrice(order: Order, priceFen: number, now: Date): void {
    order.agreedPriceFen = priceFen;
    order.copayFen = copayFen(priceFen, order.voucherFen);
    order.confirmedAt = now;
  }

  /** What is left to pay of a confirmed order's co-pay; refuses when nothing is. */
  private async outstanding(em: EntityManager, order: Order, action: string): Promise<number> {
    if (order.status !== 'confirmed') throw new InvalidStateError('order', order.status, action);
    const due = (order.copayFen ?? 0) - (await this.payments.paidFen(em, order.id));
    if (due <= 0)
      throw new NothingToPayError(order.copayFen ? 'The co-pay is already paid' : 'There is no co-pay to pay');
    return due;
  }

  /** Enterprises served, distinct, on the provider and the listing (shown in search and the directory). */
  private async recountServed(em: EntityManager, order: Order): Promise<void> {
    // Completions of one provider queue here, so each count sees the others' committed rows.
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`served:${order.providerId}`]);
    const [{ provider, listing }] = await em.query(
      `SELECT count(DISTINCT enterprise_id)::int AS provider,
              count(DISTINCT enterprise_id) FILTER (WHERE listing_id = $2)::int AS listing
       FROM service_order WHERE provider_id = $1 AND status = 'completed'`,
      [order.providerId, order.listingId],
    );
    await this.listings.setServedCount(em, order.listingId, listing);
    await this.providers.setServedCount(em, order.providerId, provider);
  }

  private async assertProviderInPool(em: EntityManager, providerId: string): Promise<void> {
    const [provider] = await this.providers.facts(em, [providerId], { lock: true });
    if (provider?.status !== 'approved') throw new ProviderNotApprovedError(provider?.status ?? 'draft');
  }

  private async record(
    em: EntityManager,
    who: Who,
    order: Order,
    action: string,
    from: string | null,
    to: string,
    detail: Record<string, unknown> | null,
  ): Promise<void> {
    await em.save(
      em.create(OrderEvent, {
        orderId: order.id,
        action,
        fromStatus: from,
        toStatus: to,
        actorId: who.userId,
        actorRole: who.role,
        detail: detail && Object.keys(detail).length ? detail : null,
      }),
    );
    await this.audit.record(em, who, {
      entityType: 'order',
      entityId: order.id,
      action,
      reason: typeof detail?.reason === 'string' ? detail.reason : null,
      before: from ? { status: from } : null,
      after: { status: to, ...(detail ?? {}) },
    });
  }

  private partyRole(actor: Actor, order: Order): 'enterprise' | 'provider' | null {
    if (actor.orgType === 'enterprise' && order.enterpriseId === actor.orgId) return 'enterprise';
    if (actor.orgType === 'provider' && order.providerId === actor.orgId) return 'provider';
    return null;
  }

  /** The actor's role on a visible order (reviewers act for the bureau; other bureau users only read). */
  private roleOf(actor: Actor, order: Order): OrderRole {
    const party = this.partyRole(actor, order);
    if (party) return party;
    if (actor.hasBureauRole('reviewer')) return 'reviewer';
    throw new ForbiddenError('Only the parties and reviewers act on orders', 'FORBIDDEN_ROLE');
  }

  /** Locks an order the actor may see; one it may not see answers 404. */
  private async lockFor(em: EntityManager, actor: Actor, id: string): Promise<Order> {
    const order = await em.findOne(Order, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!order || (!actor.isBureau && !this.partyRole(actor, order))) throw new NotFoundError('Order');
    return order;
  }

  private async partyOnly(em: EntityManager, actor: Actor, id: string): Promise<Order> {
    const order = await em.findOneBy(Order, { id });
    if (!order || (!actor.isBureau && !this.partyRole(actor, order))) throw new NotFoundError('Order');
    if (!this.partyRole(actor, order))
      throw new ForbiddenError('The thread is between the two parties', 'FORBIDDEN_ROLE');
    return order;
  }

  private async view(em: EntityManager, order: Order, events?: OrderEvent[]): Promise<OrderView> {
    const [view] = await this.views(em, [order], events);
    return view;
  }

  /** Views of orders with their payments and the parties' names, in three queries whatever the count. */
  private async views(em: EntityManager, orders: Order[], events?: OrderEvent[]): Promise<OrderView[]> {
    // One after another: inside a transaction they share one connection.
    const pay = await this.payments.summaries(
      em,
      orders.map((o) => o.id),
    );
    const enterprises = await this.enterprises.names(em, [...new Set(orders.map((o) => o.enterpriseId))]);
    const providers = await this.providers.facts(em, [...new Set(orders.map((o) => o.providerId))]);
    const providerNames = new Map(providers.map((p) => [p.id, p.name]));
    return orders.map((o) =>
      orderView(
        o,
        pay.get(o.id)!,
        { enterprise: enterprises.get(o.enterpriseId) ?? '', provider: providerNames.get(o.providerId) ?? '' },
        events,
      ),
    );
  }
}

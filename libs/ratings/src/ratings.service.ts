import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { isUniqueViolation } from '@app/database';
import { NotificationsService } from '@app/notifications';
import { OrderFactsService } from '@app/orders';
import { ProvidersService, shanghaiYear } from '@app/providers';
import {
  type Actor,
  Clock,
  NotFoundError,
  type PageQuery,
  pageOf,
  pageWindow,
  ReasonRequiredError,
  ValidationFailedError,
} from '@app/shared';
import type { RatingDto, UpdateRatingDto } from './dto/rating.dto.js';
import { Rating } from './rating.entity.js';
import {
  figuresOf,
  type ProviderRatingsView,
  publicRatingView,
  type PublicRatingView,
  ratingView,
  type RatingView,
} from './rating.views.js';
import { RatingRefusedError } from './ratings.errors.js';
import { type AwardVote, RatingsRepository } from './ratings.repository.js';
import {
  checkEdit,
  checkRate,
  EDIT_WINDOW_MS,
  outcomeProblems,
  RATING_WINDOW_MS,
  REMINDER_AFTER_MS,
} from './ratings.rules.js';

/** Satisfaction ratings (满意度) of completed orders, replies, hiding, and the figures they feed. */
@Injectable()
export class RatingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: RatingsRepository,
    private readonly orders: OrderFactsService,
    private readonly providers: ProvidersService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The enterprise rates its completed order, once, within 30 days of completion. */
  async rate(actor: Actor, orderId: string, dto: RatingDto): Promise<RatingView> {
    // The provider's lock orders ratings of one order; the unique index is the last word.
    return this.rateOnce(actor, orderId, dto).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new RatingRefusedError('RATING_EXISTS') : error;
    });
  }

  private async rateOnce(actor: Actor, orderId: string, dto: RatingDto): Promise<RatingView> {
    return this.dataSource.transaction(async (em) => {
      const order = await this.orders.forRating(em, orderId);
      if (!order || order.enterpriseId !== actor.orgId) throw new NotFoundError('Order');
      const now = this.clock.now();
      const refusal = checkRate(order, now);
      if (refusal) throw new RatingRefusedError(refusal);
      this.checkOutcomes(order.category, dto.outcomes);
      await this.repository.lockProvider(em, order.providerId);
      if (await this.repository.byOrder(em, orderId)) throw new RatingRefusedError('RATING_EXISTS');
      const rating = em.create(Rating, {
        orderId,
        enterpriseId: order.enterpriseId,
        providerId: order.providerId,
        listingId: order.listingId,
        category: order.category,
        // Copied for the awards, which count ratings by their order's year and price (checkRate: completed).
        orderCompletedAt: order.completedAt!,
        // Every confirmed order has an agreed price; 0 would only keep the rating out of the awards.
        orderPriceFen: order.agreedPriceFen ?? 0,
        ...scoresOf(dto),
        comment: dto.comment ?? null,
        outcomes: (dto.outcomes as Rating['outcomes']) ?? null,
        createdAt: now,
      });
      await this.repository.save(em, rating);
      await this.refresh(em, rating);
      await this.audit.record(em, actor, {
        entityType: 'rating',
        entityId: rating.id,
        action: 'rate',
        after: { orderId, ...scoresOf(dto) },
      });
      await this.notifications.notify(em, {
        orgId: rating.providerId,
        kind: 'rating_received',
        title: `收到新的服务评价：总体满意度 ${rating.overall} 分`,
        body: rating.comment ?? '企业对已完成的订单给出了评价。',
        link: `/orders/${orderId}`,
        subjectId: rating.id,
        dedupeKey: `rating_received:${rating.id}`,
      });
      return this.view(rating);
    });
  }

  /** The enterprise edits its rating within 7 days; the figures follow at once. */
  async edit(actor: Actor, orderId: string, dto: UpdateRatingDto): Promise<RatingView> {
    return this.dataSource.transaction(async (em) => {
      const rating = await this.repository.byOrder(em, orderId, true);
      if (!rating || rating.enterpriseId !== actor.orgId) throw new NotFoundError('Rating');
      const refusal = checkEdit(rating, this.clock.now());
      if (refusal) throw new RatingRefusedError(refusal);
      if (dto.outcomes !== undefined) this.checkOutcomes(rating.category, dto.outcomes);
      await this.repository.lockProvider(em, rating.providerId);
      const before = { ...scoresOf(rating), comment: rating.comment };
      Object.assign(rating, dto);
      await this.repository.save(em, rating);
      await this.refresh(em, rating);
      await this.audit.record(em, actor, {
        entityType: 'rating',
        entityId: rating.id,
        action: 'edit',
        before,
        after: { ...scoresOf(rating), comment: rating.comment },
      });
      return this.view(rating);
    });
  }

  /** An order's rating: its enterprise (with why it was hidden), its provider and the bureau. */
  async ofOrder(actor: Actor, orderId: string): Promise<RatingView> {
    const rating = await this.repository.byOrder(this.dataSource.manager, orderId);
    const party = rating && (rating.enterpriseId === actor.orgId || rating.providerId === actor.orgId);
    if (!rating || (!party && !actor.isBureau)) throw new NotFoundError('Rating');
    if (rating.hidden && actor.orgId === rating.providerId) throw new NotFoundError('Rating');
    return this.view(rating);
  }

  /** The provider replies once. */
  async reply(actor: Actor, id: string, body: string): Promise<RatingView> {
    return this.dataSource.transaction(async (em) => {
      const rating = await this.repository.byId(em, id, true);
      if (!rating || rating.hidden || rating.providerId !== actor.orgId) throw new NotFoundError('Rating');
      if (rating.reply) throw new RatingRefusedError('ALREADY_REPLIED');
      Object.assign(rating, { reply: body, repliedAt: this.clock.now(), repliedBy: actor.userId });
      await this.repository.save(em, rating);
      await this.audit.record(em, actor, {
        entityType: 'rating',
        entityId: id,
        action: 'reply',
        after: { reply: body },
      });
      await this.notifications.notify(em, {
        orgId: rating.enterpriseId,
        kind: 'rating_replied',
        title: '服务机构回复了您的评价',
        body,
        link: `/orders/${rating.orderId}`,
        subjectId: id,
        dedupeKey: `rating_replied:${id}`,
      });
      return this.view(rating);
    });
  }

  /** A reviewer hides a rating with a reason: kept and audited, excluded from every figure. */
  async hide(actor: Actor, id: string, reason: string | null): Promise<RatingView> {
    if (!reason?.trim()) throw new ReasonRequiredError('rating', 'hide');
    return this.dataSource.transaction(async (em) => {
      const rating = await this.repository.byId(em, id, true);
      if (!rating) throw new NotFoundError('Rating');
      if (rating.hidden) throw new RatingRefusedError('RATING_ALREADY_HIDDEN');
      await this.repository.lockProvider(em, rating.providerId);
      Object.assign(rating, { hidden: true, hiddenReason: reason, hiddenBy: actor.userId, hiddenAt: this.clock.now() });
      await this.repository.save(em, rating);
      await this.refresh(em, rating);
      await this.audit.record(em, actor, {
        entityType: 'rating',
        entityId: id,
        action: 'hide',
        reason,
        before: { hidden: false },
        after: { hidden: true },
      });
      await this.notifications.notify(em, {
        orgId: rating.enterpriseId,
        kind: 'rating_hidden',
        title: '您的一条评价已被隐藏',
        body: `隐藏原因：${reason}`,
        link: `/orders/${rating.orderId}`,
        subjectId: id,
        dedupeKey: `rating_hidden:${id}`,
      });
      return this.view(rating);
    });
  }

  /** A provider's visible ratings, newest first, with its figures (anyone; the provider must be in the pool). */
  async ofProvider(actor: Actor | null, providerId: string, query: PageQuery): Promise<ProviderRatingsView> {
    const em = this.dataSource.manager;
    const [provider] = await this.providers.facts(em, [providerId]);
    if (provider?.status !== 'approved') throw new NotFoundError('Provider');
    const [rows, total] = await this.repository.visibleOfProvider(em, providerId, pageWindow(query));
    const figures = figuresOf(await this.repository.summary(em, 'provider', providerId));
    const withOrder = !!actor && (actor.isBureau || actor.orgId === providerId);
    return {
      ...pageOf(rows.map((r) => publicRatingView(r, withOrder)) as PublicRatingView[], total, query),
      ...figures,
    };
  }

  /**
   * "Rate your completed order" (请评价), 3 days after completion while it may still be rated and is
   * not, once per order (the notification's dedupe key): the worker's job. Returns how many were sent.
   */
  async remindDue(pageSize = 500): Promise<number> {
    const now = this.clock.now().getTime();
    const range = { from: new Date(now - RATING_WINDOW_MS), to: new Date(now - REMINDER_AFTER_MS) };
    let sent = 0;
    for (let skip = 0; ; skip += pageSize) {
      const page = await this.dataSource.transaction(async (em) => {
        const due = await this.orders.completedBetween(em, range, { skip, take: pageSize });
        const rated = await this.repository.ratedOrders(
          em,
          due.map((o) => o.id),
        );
        for (const order of due.filter((o) => !rated.has(o.id))) {
          const created = await this.notifications.notify(em, {
            orgId: order.enterpriseId,
            kind: 'rate_order',
            title: '请为已完成的服务评价',
            body: '您的订单已完成 3 天，欢迎对服务质量与成效进行评价，评价将帮助更多企业选择服务机构。',
            link: `/orders/${order.id}`,
            subjectId: order.id,
            dedupeKey: `rate_order:${order.id}`,
          });
          if (created) sent++;
        }
        return due.length;
      });
      if (page < pageSize) return sent;
    }
  }

  /**
   * Awards (DOMAIN.md §7), one enterprise one vote: per (provider, enterprise), the mean `overall` and
   * `effectiveness` of the enterprise's visible ratings of the provider's orders completed in calendar
   * year `year` (Asia/Shanghai) at an agreed price >= `minOrderFen`. Related parties are dropped by the awards.
   */
  awardVotes(em: EntityManager, year: number, minOrderFen: number): Promise<AwardVote[]> {
    const { start, end } = shanghaiYear(year);
    return this.repository.awardVotes(em, { from: start, to: end }, minOrderFen);
  }

  /** Recomputes the provider's and the listing's figures and gives the provider's to search and the directory. */
  private async refresh(em: EntityManager, rating: Rating): Promise<void> {
    const provider = await this.repository.refreshSummary(em, 'provider', rating.providerId);
    if (rating.listingId) await this.repository.refreshSummary(em, 'listing', rating.listingId);
    await this.providers.setRating(em, rating.providerId, provider.sums.overall ?? 0, provider.count);
  }

  private checkOutcomes(category: string, outcomes: Record<string, unknown> | undefined | null): void {
    if (outcomes === undefined || outcomes === null) return;
    const problems = outcomeProblems(category, outcomes);
    if (problems.length) throw new ValidationFailedError(problems);
  }

  private view(rating: Rating): RatingView {
    const until = new Date(rating.createdAt.getTime() + EDIT_WINDOW_MS);
    return ratingView(rating, rating.hidden || until < this.clock.now() ? null : until);
  }

  /** Satisfaction (满意度) across the pool: the plain average of every visible `overall` score, and their count. */
  async satisfaction(em: EntityManager = this.dataSource.manager): Promise<{ average: number; count: number }> {
    const { count, overallSum } = await this.repository.visibleTotals(em);
    return { average: count > 0 ? Math.round((overallSum * 100) / count) / 100 : 0, count };
  }
}

const scoresOf = (r: {
  overall: number;
  professionalism: number;
  timeliness: number;
  effectiveness: number;
  value: number;
}) => ({
  overall: r.overall,
  professionalism: r.professionalism,
  timeliness: r.timeliness,
  effectiveness: r.effectiveness,
  value: r.value,
});

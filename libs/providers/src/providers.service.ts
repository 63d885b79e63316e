import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CatalogService } from '@app/catalog';
import { Clock, NotFoundError, type Page, pageOf, pageWindow } from '@app/shared';
import type { DirectoryQuery } from './dto/provider-queries.dto.js';
import { Provider } from './provider.entity.js';
import { type PublicProviderView, publicView } from './provider.views.js';
import { type ProviderMembershipFacts, ProvidersRepository } from './providers.repository.js';
import {
  membershipInstant,
  type PoolAction,
  PROVIDER_STATUSES,
  type ProviderStatus,
  shanghaiYear,
} from './providers.rules.js';

/** Told of provider changes inside their transaction (the listings context hides, shows and refreshes listings). */
export interface MembershipListener {
  onMembershipChanged(
    em: EntityManager,
    change: {
      providerId: string;
      from: ProviderStatus;
      to: ProviderStatus;
      action: PoolAction;
      actor: { userId: string | null; orgId: string | null };
    },
  ): Promise<void>;
  /** Facts shown next to its listings changed: the name, the rating, enterprises served. */
  onFactsChanged(em: EntityManager, providerId: string): Promise<void>;
}

/** A provider's name, USCC and contacts, for other contexts (redemption, settlement). */
export interface ProviderContacts {
  id: string;
  name: string;
  uscc: string;
  legalRepresentative: string | null;
  contactPhone: string | null;
}

/** What other contexts show of a provider next to its listings. */
export interface ProviderFactsView {
  id: string;
  status: ProviderStatus;
  name: string;
  /** Average rating, 0 when unrated. */
  rating: number;
  ratingCount: number;
  servedCount: number;
}

/** One stretch of a provider's pool history: `status` from `fromAt` until `toAt` (exclusive; null: now). */
export interface MembershipPeriodView {
  status: ProviderStatus;
  fromAt: Date;
  toAt: Date | null;
}

/**
 * Providers as other contexts and the public see them: the directory, public profiles, facts,
 * contacts, figures written by orders and ratings, membership history and pool counts. The
 * application and review workflow is PoolMembershipService's.
 */
@Injectable()
export class ProvidersService {
  private readonly listeners: MembershipListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly repository: ProvidersRepository,
  ) {}

  registerMembershipListener(listener: MembershipListener): void {
    this.listeners.push(listener);
  }

  /** Tells the listeners of a membership change, in its transaction (PoolMembershipService's transitions). */
  async membershipChanged(
    em: EntityManager,
    change: Parameters<MembershipListener['onMembershipChanged']>[1],
  ): Promise<void> {
    for (const listener of this.listeners) await listener.onMembershipChanged(em, change);
  }

  /** Tells the listeners that a provider's name, rating or served count changed, in the caller's transaction. */
  async factsChanged(em: EntityManager, providerId: string): Promise<void> {
    for (const listener of this.listeners) await listener.onFactsChanged(em, providerId);
  }

  async directory(query: DirectoryQuery): Promise<Page<PublicProviderView>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Provider, 'p')
      .where('p.status = :status', { status: 'approved' })
      .orderBy('p.served_count', 'DESC')
      .addOrderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .skip(pageWindow(query).skip)
      .take(query.pageSize);
    if (query.category) qb.andWhere('p.categories @> ARRAY[:category]::text[]', { category: query.category });
    if (query.regionCode) {
      qb.andWhere('p.region_code IN (:...regions)', {
        regions: this.catalog.jurisdiction.withDescendants(query.regionCode).concat(''),
      });
    }
    const [rows, total] = await qb.getManyAndCount();
    return pageOf(rows.map(publicView), total, query);
  }

  async publicProfile(id: string): Promise<PublicProviderView> {
    const provider = await this.dataSource.manager.findOneBy(Provider, { id, status: 'approved' });
    if (!provider) throw new NotFoundError('Provider');
    return publicView(provider);
  }

  /** Whether a provider may have visible listings and take new orders (for other contexts). */
  async isApproved(providerId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(Provider, { id: providerId, status: 'approved' });
  }

  /**
   * Status, name and rating facts of providers, in the caller's transaction. `lock` holds the rows
   * (FOR SHARE) until it commits, so a concurrent suspension waits instead of racing a publish.
   */
  async facts(em: EntityManager, ids: string[], options: { lock?: boolean } = {}): Promise<ProviderFactsView[]> {
    if (ids.length === 0) return [];
    const rows = await em.find(Provider, {
      // Only what factsOf reads: every order view comes here, and the profile's text and qualifications are large.
      select: { id: true, status: true, name: true, ratingCount: true, ratingSum: true, servedCount: true },
      where: { id: In(ids) },
      ...(options.lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    return rows.map(factsOf);
  }

  /**
   * A provider's pool status and the categories it serves (matchmaking: who sees and answers a
   * demand), in the caller's transaction; `lock` holds the row FOR SHARE until it commits.
   */
  async standing(
    em: EntityManager,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<{ status: ProviderStatus; categories: string[] } | null> {
    const row = await em.findOne(Provider, {
      select: { id: true, status: true, categories: true },
      where: { id },
      ...(options.lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    return row ? { status: row.status, categories: row.categories } : null;
  }

  /** The approved providers among `ids` that serve `category` (their profile names it). */
  async approvedOfCategory(em: EntityManager, ids: string[], category: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await em.find(Provider, {
      select: { id: true, categories: true },
      where: { id: In(ids), status: 'approved' },
    });
    return new Set(rows.filter((r) => r.categories.includes(category)).map((r) => r.id));
  }

  /** Names, USCC and contacts of providers, by id (redemption risk checks and the settlement export). */
  async contacts(em: EntityManager, ids: string[]): Promise<Map<string, ProviderContacts>> {
    const rows = ids.length
      ? await em.find(Provider, {
          select: { id: true, name: true, uscc: true, legalRepresentative: true, contactPhone: true },
          where: { id: In(ids) },
        })
      : [];
    return new Map(rows.map((p) => [p.id, { ...p }]));
  }

  /** Enterprises served (distinct, completed orders), kept by the orders context. */
  async setServedCount(em: EntityManager, providerId: string, servedCount: number): Promise<void> {
    await em.update(Provider, providerId, { servedCount });
    await this.factsChanged(em, providerId);
  }

  /** The rating figures of the directory and search: sum and count of visible `overall` scores, kept by ratings. */
  async setRating(em: EntityManager, providerId: string, ratingSum: number, ratingCount: number): Promise<void> {
    await em.update(Provider, providerId, { ratingSum, ratingCount });
    await this.factsChanged(em, providerId);
  }

  /** Facts of every approved provider (the search reindex). */
  async approvedFacts(em: EntityManager): Promise<ProviderFactsView[]> {
    return (await em.find(Provider, { where: { status: 'approved' } })).map(factsOf);
  }

  /** A provider's pool history, oldest first; the last period is open and holds its current status. */
  async membershipHistory(em: EntityManager, providerId: string): Promise<MembershipPeriodView[]> {
    const periods = await this.repository.membershipPeriods(em, providerId);
    return periods.map(({ status, fromAt, toAt }) => ({ status, fromAt, toAt }));
  }

  /**
   * The awards' membership facts for year `year` (Asia/Shanghai) of every provider with a history, keyed by
   * provider id, in one query: first admission, approved at `at` (default: now, or the end of 31 Dec when
   * computed after the year, DOMAIN.md §7), and whether it was suspended at any time in the year.
   */
  async membershipFacts(
    em: EntityManager,
    year: number,
    at: Date = membershipInstant(year, this.clock.now()),
  ): Promise<Map<string, ProviderMembershipFacts>> {
    const rows = await this.repository.membershipFacts(em, shanghaiYear(year), at);
    return new Map(rows.map((r) => [r.providerId, r]));
  }

  /** Pool counts for the bureau's statistics: providers by status, and approved ones by category (in `em`'s snapshot). */
  async poolCounts(em: EntityManager = this.dataSource.manager): Promise<ProviderPoolCounts> {
    const byStatus = Object.fromEntries(PROVIDER_STATUSES.map((s) => [s, 0])) as Record<ProviderStatus, number>;
    for (const row of await this.repository.countByStatus(em)) byStatus[row.status] = row.count;
    const approvedByCategory: Record<string, number> = {};
    for (const row of await this.repository.countApprovedByCategory(em)) approvedByCategory[row.category] = row.count;
    return { byStatus, approvedByCategory };
  }
}

function factsOf(p: Provider): ProviderFactsView {
  return {
    id: p.id,
    status: p.status,
    name: p.name,
    rating: p.ratingCount > 0 ? Math.round((p.ratingSum * 100) / p.ratingCount) / 100 : 0,
    ratingCount: p.ratingCount,
    servedCount: p.servedCount,
  };
}

/** Providers by pool status (every status, zero when none) and approved providers by category code. */
export interface ProviderPoolCounts {
  byStatus: Record<ProviderStatus, number>;
  approvedByCategory: Record<string, number>;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AwardsService } from '@app/awards';
import { CatalogService } from '@app/catalog';
import { ListingsService } from '@app/listings';
import { DemandReads, type DemandStatsRow, type EventStatisticsView, EventsService } from '@app/matchmaking';
import { OrdersService } from '@app/orders';
import { ProvidersService } from '@app/providers';
import { RatingsService } from '@app/ratings';
import { Clock } from '@app/shared';
import { type VoucherProgramOverview, VoucherProgramsService } from '@app/vouchers';
import { againstTarget, burnDown, POOL_TARGET } from './stats.rules.js';
import type {
  DemandStats,
  MatchmakingEventStats,
  PoolStats,
  StatsOverview,
  VoucherProgramStats,
  VoucherStats,
} from './stats.views.js';

const FIGURES = [
  'budgetFen',
  'committedFen',
  'heldFen',
  'consumedFen',
  'redeemedFen',
  'paidFen',
  'remainingFen',
] as const;

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * The bureau's statistics (统计): each context counts its own tables through its service; this one
 * only combines them, in one read-only snapshot so the figures agree with each other.
 */
@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly providers: ProvidersService,
    private readonly listings: ListingsService,
    private readonly orders: OrdersService,
    private readonly programs: VoucherProgramsService,
    private readonly ratings: RatingsService,
    private readonly awards: AwardsService,
    private readonly demands: DemandReads,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  async overview(): Promise<StatsOverview> {
    const categories = await this.catalog.listCategories();
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      await em.query('SET TRANSACTION READ ONLY');
      const pool = await this.providers.poolCounts(em);
      const listings = await this.listings.countsByStatus(em);
      const orders = await this.orders.countsByStatus(em);
      const programs = await this.programs.overview(em);
      const satisfaction = await this.ratings.satisfaction(em);
      const awards = await this.awards.awardsByYear(em);
      const demands = await this.demands.statistics(em);
      const events = await this.events.statistics(em);
      return {
        generatedAt: this.clock.now(),
        pool: poolStats(pool, categories),
        listings: { total: sum(listings), byStatus: listings },
        orders: { total: sum(orders), byStatus: orders },
        vouchers: voucherStats(programs),
        satisfaction,
        awards: { byYear: awards },
        demands: demandStats(demands, categories),
        events: eventStats(events),
      };
    });
  }
}

function demandStats(rows: DemandStatsRow[], categories: Array<{ code: string; name: string }>): DemandStats {
  const names = new Map(categories.map((c) => [c.code, c.name]));
  return {
    posted: rows.reduce((n, r) => n + r.posted, 0),
    matched: rows.reduce((n, r) => n + r.matched, 0),
    byCategory: rows.map(({ category, ...figures }) => ({
      code: category,
      name: names.get(category) ?? category,
      ...figures,
    })),
  };
}

function eventStats(byEvent: EventStatisticsView[]): MatchmakingEventStats {
  const total = (key: 'meetings' | 'meetingsHeld' | 'conversions') => byEvent.reduce((a, e) => a + e[key], 0);
  return {
    byEvent,
    totals: {
      events: byEvent.length,
      meetings: total('meetings'),
      meetingsHeld: total('meetingsHeld'),
      conversions: total('conversions'),
    },
  };
}

function poolStats(
  counts: { byStatus: Record<string, number>; approvedByCategory: Record<string, number> },
  categories: Array<{ code: string; name: string }>,
): PoolStats {
  const members = counts.byStatus.approved ?? 0;
  const known = new Set(categories.map((c) => c.code));
  // A category removed from the catalog while providers still list it is kept, named by its code.
  const orphans = Object.keys(counts.approvedByCategory)
    .filter((code) => !known.has(code))
    .sort()
    .map((code) => ({ code, name: code }));
  return {
    target: POOL_TARGET,
    members,
    ...againstTarget(members),
    byStatus: counts.byStatus,
    byCategory: [...categories, ...orphans].map((c) => ({
      category: c.code,
      name: c.name,
      approved: counts.approvedByCategory[c.code] ?? 0,
    })),
  };
}

function voucherStats(overviews: VoucherProgramOverview[]): VoucherStats {
  const programs: VoucherProgramStats[] = overviews.map(({ program: p, months }) => ({
    id: p.id,
    name: p.name,
    year: p.year,
    status: p.status,
    budgetFen: p.budgetFen ?? 0,
    committedFen: p.committedFen ?? 0,
    heldFen: p.heldFen ?? 0,
    consumedFen: p.consumedFen ?? 0,
    redeemedFen: p.redeemedFen ?? 0,
    paidFen: p.paidFen ?? 0,
    remainingFen: p.remainingFen ?? 0,
    burnDown: burnDown(p.validFrom, p.validUntil, months),
  }));
  const totals = Object.fromEntries(FIGURES.map((k) => [k, programs.reduce((a, p) => a + p[k], 0)])) as Record<
    (typeof FIGURES)[number],
    number
  >;
  return { programs, totals };
}

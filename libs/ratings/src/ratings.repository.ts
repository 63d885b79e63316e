import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Rating, RatingSummary } from './rating.entity.js';

/** Outcome totals kept per provider and listing: summed keys, and the digital maturity gain. */
export const SUMMED_OUTCOMES = [
  'patentsFiled',
  'patentsGranted',
  'trademarks',
  'energySavedTce',
  'co2SavedT',
  'financingRaisedFen',
  'newContracts',
  'newCustomers',
] as const;

const SUBJECT_COLUMN = { provider: 'provider_id', listing: 'listing_id' } as const;

/** One enterprise's vote for one provider in an awards year: the means of its counted ratings. */
export interface AwardVote {
  providerId: string;
  enterpriseId: string;
  /** Mean `overall` of the enterprise's counted ratings of the provider, 1..5. */
  overall: number;
  /** Mean `effectiveness`, 1..5. */
  effectiveness: number;
  /** How many ratings the means are of. */
  ratings: number;
}

/** Named queries of the ratings context (its tables only: `rating`, `rating_summary`). */
@Injectable()
export class RatingsRepository {
  byOrder(em: EntityManager, orderId: string, lock = false): Promise<Rating | null> {
    return em.findOne(Rating, { where: { orderId }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  byId(em: EntityManager, id: string, lock = false): Promise<Rating | null> {
    return em.findOne(Rating, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  save(em: EntityManager, rating: Rating): Promise<Rating> {
    return em.save(rating);
  }

  /** Rating writes of one provider queue here, so each summary is computed over committed rows. */
  async lockProvider(em: EntityManager, providerId: string): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ratings:${providerId}`]);
  }

  /** Recomputes a provider's or listing's figures from its visible ratings (one aggregate pass) and stores them. */
  async refreshSummary(
    em: EntityManager,
    subjectType: 'provider' | 'listing',
    subjectId: string,
  ): Promise<RatingSummary> {
    const outcomeSums = SUMMED_OUTCOMES.map(
      (k) => `coalesce(sum((outcomes->>'${k}')::numeric), 0)::float8 AS "${k}"`,
    ).join(',\n              ');
    const [row] = await em.query(
      `SELECT count(*)::int AS count,
              coalesce(sum(overall), 0)::int AS overall, coalesce(sum(professionalism), 0)::int AS professionalism,
              coalesce(sum(timeliness), 0)::int AS timeliness, coalesce(sum(effectiveness), 0)::int AS effectiveness,
              coalesce(sum(value), 0)::int AS value,
              count(*) FILTER (WHERE overall = 1)::int AS d1, count(*) FILTER (WHERE overall = 2)::int AS d2,
              count(*) FILTER (WHERE overall = 3)::int AS d3, count(*) FILTER (WHERE overall = 4)::int AS d4,
              count(*) FILTER (WHERE overall = 5)::int AS d5,
              ${outcomeSums},
              count(*) FILTER (WHERE outcomes ? 'maturityBefore' AND outcomes ? 'maturityAfter')::int AS "maturityRated",
              coalesce(sum((outcomes->>'maturityAfter')::numeric - (outcomes->>'maturityBefore')::numeric)
                FILTER (WHERE outcomes ? 'maturityBefore' AND outcomes ? 'maturityAfter'), 0)::float8 AS "maturityGain"
       FROM rating WHERE ${SUBJECT_COLUMN[subjectType]} = $1 AND NOT hidden`,
      [subjectId],
    );
    const summary = em.create(RatingSummary, {
      subjectType,
      subjectId,
      count: row.count,
      sums: {
        overall: row.overall,
        professionalism: row.professionalism,
        timeliness: row.timeliness,
        effectiveness: row.effectiveness,
        value: row.value,
      },
      distribution: { '1': row.d1, '2': row.d2, '3': row.d3, '4': row.d4, '5': row.d5 },
      outcomes: {
        ...Object.fromEntries(SUMMED_OUTCOMES.map((k) => [k, Number(row[k])])),
        maturityRated: row.maturityRated,
        maturityGain: Number(row.maturityGain),
      },
    });
    await em.save(summary);
    return summary;
  }

  summary(em: EntityManager, subjectType: 'provider' | 'listing', subjectId: string): Promise<RatingSummary | null> {
    return em.findOneBy(RatingSummary, { subjectType, subjectId });
  }

  visibleOfProvider(em: EntityManager, providerId: string, window: { skip: number; take: number }) {
    return em.findAndCount(Rating, {
      where: { providerId, hidden: false },
      order: { createdAt: 'DESC', id: 'ASC' },
      ...window,
    });
  }

  /**
   * Awards: per (provider, enterprise), the means of the enterprise's visible ratings of orders
   * completed in [from, to) at an agreed price >= `minOrderFen` (both copied onto the rating), in
   * one GROUP BY pass. Served by the partial index ix_rating_award_year (order_completed_at WHERE NOT
   * hidden): a range scan of the year's visible ratings, then a hash aggregate.
   */
  awardVotes(em: EntityManager, range: { from: Date; to: Date }, minOrderFen: number): Promise<AwardVote[]> {
    return em.query(
      `SELECT provider_id AS "providerId", enterprise_id AS "enterpriseId",
              avg(overall)::float8 AS overall, avg(effectiveness)::float8 AS effectiveness,
              count(*)::int AS ratings
       FROM rating
       WHERE NOT hidden AND order_completed_at >= $1 AND order_completed_at < $2 AND order_price_fen >= $3
       GROUP BY provider_id, enterprise_id
       ORDER BY provider_id, enterprise_id`,
      [range.from, range.to, minOrderFen],
    );
  }

  /** Which of these orders have a rating (the reminder job skips them). */
  async ratedOrders(em: EntityManager, orderIds: string[]): Promise<Set<string>> {
    if (orderIds.length === 0) return new Set();
    const rows: Array<{ order_id: string }> = await em.query(
      'SELECT order_id FROM rating WHERE order_id = ANY($1::uuid[])',
      [orderIds],
    );
    return new Set(rows.map((r) => r.order_id));
  }

  /** All visible ratings' count and sum of `overall`, from the providers' summaries (one row per rated provider). */
  async visibleTotals(em: EntityManager): Promise<{ count: number; overallSum: number }> {
    const [row] = await em.query(
      `SELECT coalesce(sum(count), 0)::int AS count, coalesce(sum((sums->>'overall')::int), 0)::bigint AS overall
       FROM rating_summary WHERE subject_type = 'provider'`,
    );
    return { count: row.count, overallSum: Number(row.overall) };
  }
}

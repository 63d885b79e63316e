import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProviderMembershipPeriod } from './provider-membership.entity.js';
import type { ProviderStatus } from './providers.rules.js';

/** What the awards need of one provider's pool history in a year. */
export interface ProviderMembershipFacts {
  providerId: string;
  /** First time it became `approved` (admission, 入池), or null if it never was. */
  admittedAt: Date | null;
  /** Whether it was `approved` at the instant asked about. */
  approved: boolean;
  /** Whether any `suspended` period overlaps the year (a suspension lifted within it counts). */
  suspendedInYear: boolean;
}

/** Named queries of the providers context (its tables only: `provider`, `provider_membership`). */
@Injectable()
export class ProvidersRepository {
  /**
   * Moves a provider's history to `status` at `at`: closes the open period and opens the next one.
   * The caller holds the provider row lock; the unique open-period index backs it up. A clock behind the
   * open period's start (another server's clock) closes it at its own start rather than before it.
   */
  async enterMembershipStatus(em: EntityManager, providerId: string, status: ProviderStatus, at: Date): Promise<void> {
    // A SELECT around the UPDATE: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    const closed: Array<{ to_at: Date }> = await em.query(
      `WITH closed AS (
         UPDATE provider_membership SET to_at = greatest(from_at, $2) WHERE provider_id = $1 AND to_at IS NULL
         RETURNING to_at
       )
       SELECT to_at FROM closed`,
      [providerId, at],
    );
    await em.insert(ProviderMembershipPeriod, {
      providerId,
      status,
      fromAt: closed[0]?.to_at ?? at,
      toAt: null,
    });
  }

  /** A provider's periods, oldest first. */
  membershipPeriods(em: EntityManager, providerId: string): Promise<ProviderMembershipPeriod[]> {
    return em.find(ProviderMembershipPeriod, {
      select: { id: true, providerId: true, status: true, fromAt: true, toAt: true },
      where: { providerId },
      order: { fromAt: 'ASC', toAt: { direction: 'ASC', nulls: 'LAST' } },
    });
  }

  /**
   * Membership facts of every provider with a history, in one pass over `provider_membership`:
   * admission, approved at `at`, and any suspended period meeting [yearStart, yearEnd). A suspension
   * begun and lifted at the same instant inside the year still counts (it was decided in the year).
   */
  async membershipFacts(
    em: EntityManager,
    year: { start: Date; end: Date },
    at: Date,
  ): Promise<ProviderMembershipFacts[]> {
    const rows: Array<{ providerId: string; admittedAt: Date | null; approved: boolean; suspendedInYear: boolean }> =
      await em.query(
        `SELECT provider_id AS "providerId",
                min(from_at) FILTER (WHERE status = 'approved') AS "admittedAt",
                coalesce(bool_or(status = 'approved' AND from_at <= $3 AND (to_at IS NULL OR to_at > $3)), false)
                  AS "approved",
                coalesce(bool_or(status = 'suspended' AND from_at < $2 AND (from_at >= $1 OR to_at IS NULL OR to_at > $1)),
                  false) AS "suspendedInYear"
         FROM provider_membership
         GROUP BY provider_id
         ORDER BY provider_id`,
        [year.start, year.end, at],
      );
    return rows.map((r) => ({ ...r, admittedAt: r.admittedAt ? new Date(r.admittedAt) : null }));
  }

  /** Providers counted by pool status (one GROUP BY over `provider`; statuses with none are absent). */
  async countByStatus(em: EntityManager): Promise<Array<{ status: ProviderStatus; count: number }>> {
    return em.query(`SELECT status, count(*)::int AS count FROM provider GROUP BY status`);
  }

  /** Approved providers (pool members) counted by each category they serve: one provider counts in each of its categories. */
  async countApprovedByCategory(em: EntityManager): Promise<Array<{ category: string; count: number }>> {
    return em.query(
      `SELECT c.category, count(*)::int AS count
       FROM provider p CROSS JOIN LATERAL unnest(p.categories) AS c(category)
       WHERE p.status = 'approved'
       GROUP BY c.category`,
    );
  }
}

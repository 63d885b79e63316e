import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { segmentDocument, tsqueryTerm } from '@app/search';
import { Demand, Proposal } from './demand.entity.js';
import type { DemandStatus } from './matchmaking.rules.js';

/** Who a demand list is for, as SQL: the rows DOMAIN.md §9 lets each viewer see. */
export type DemandScope =
  | { kind: 'all' }
  | { kind: 'own'; enterpriseId: string }
  | { kind: 'public' }
  | { kind: 'pool'; categories: readonly string[] };

export interface DemandFilter {
  scope: DemandScope;
  category?: string;
  regionCodes?: string[];
  terms: string[];
  status?: DemandStatus;
  skip: number;
  take: number;
}

export interface DemandStatsRow {
  category: string;
  posted: number;
  open: number;
  matched: number;
  medianHoursToFirstProposal: number | null;
}

/** Named queries of the matchmaking context's demand side (its tables only: `demand`, `proposal`). */
@Injectable()
export class DemandsRepository {
  findDemand(em: EntityManager, id: string): Promise<Demand | null> {
    return em.findOneBy(Demand, { id });
  }

  /** The demand row FOR UPDATE: every decision on a demand and its proposals queues here. */
  lockDemand(em: EntityManager, id: string): Promise<Demand | null> {
    return em.findOne(Demand, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Saves a loaded demand's changed columns (its words are `updateWords`'). */
  saveDemand(em: EntityManager, demand: Demand): Promise<Demand> {
    return em.save(Demand, demand);
  }

  /** A new demand with its segmented words (title A, description B). */
  async insertDemand(em: EntityManager, demand: Omit<Demand, 'id' | 'tsv' | 'updatedAt'>): Promise<string> {
    const [{ id }]: Array<{ id: string }> = await em.query(
      `INSERT INTO demand (enterprise_id, title, description, category, region_code, budget_min_fen, budget_max_fen,
         deadline, expires_at, voucher_intended, visibility, status, created_at, tsv)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
         setweight(to_tsvector('simple', $14), 'A') || setweight(to_tsvector('simple', $15), 'B'))
       RETURNING id`,
      [
        demand.enterpriseId,
        demand.title,
        demand.description,
        demand.category,
        demand.regionCode,
        demand.budgetMinFen,
        demand.budgetMaxFen,
        demand.deadline,
        demand.expiresAt,
        demand.voucherIntended,
        demand.visibility,
        demand.status,
        demand.createdAt,
        segmentDocument(demand.title),
        segmentDocument(demand.description),
      ],
    );
    return id;
  }

  /** Recomputes the words after the title or description changed. */
  async updateWords(em: EntityManager, demand: Pick<Demand, 'id' | 'title' | 'description'>): Promise<void> {
    await em.query(
      `UPDATE demand SET tsv = setweight(to_tsvector('simple', $2), 'A') || setweight(to_tsvector('simple', $3), 'B')
       WHERE id = $1`,
      [demand.id, segmentDocument(demand.title), segmentDocument(demand.description)],
    );
  }

  /**
   * A page of the demands a viewer may see, newest published first; with words, those matching more
   * of them first (GIN ix_demand_tsv), as listing search ranks.
   */
  async page(em: EntityManager, f: DemandFilter): Promise<{ ids: string[]; total: number }> {
    const params: unknown[] = [];
    const add = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    if (f.scope.kind === 'own') where.push(`enterprise_id = ${add(f.scope.enterpriseId)}`);
    if (f.scope.kind === 'public') where.push(`status <> 'draft' AND visibility = 'public'`);
    if (f.scope.kind === 'pool') {
      where.push(`status <> 'draft' AND (visibility = 'public' OR category = ANY(${add(f.scope.categories)}::text[]))`);
    }
    if (f.category) where.push(`category = ${add(f.category)}`);
    if (f.regionCodes) where.push(`region_code = ANY(${add(f.regionCodes)}::text[])`);
    if (f.status) where.push(`status = ${add(f.status)}`);
    if (f.terms.length) where.push(`tsv @@ to_tsquery('simple', ${add(f.terms.map(tsqueryTerm).join(' | '))})`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const filterParams = [...params];
    const queries = f.terms.map((t) => add(tsqueryTerm(t)));
    const matched = queries.length
      ? `${queries.map((q) => `(tsv @@ to_tsquery('simple', ${q}))::int`).join(' + ')} DESC, `
      : '';
    const rows: Array<{ id: string; total: number }> = await em.query(
      `SELECT id, count(*) OVER ()::int AS total FROM demand ${whereSql}
       ORDER BY ${matched}published_at DESC NULLS LAST, created_at DESC, id
       OFFSET ${add(f.skip)} LIMIT ${add(f.take)}`,
      params,
    );
    if (rows.length === 0 && f.skip > 0) {
      // Past the last page: the total still counts.
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM demand ${whereSql}`, filterParams);
      return { ids: [], total: n };
    }
    return { ids: rows.map((r) => r.id), total: rows[0]?.total ?? 0 };
  }

  async byIds(em: EntityManager, ids: string[]): Promise<Demand[]> {
    if (ids.length === 0) return [];
    const rows = await em.createQueryBuilder(Demand, 'd').where('d.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(rows.map((d) => [d.id, d]));
    return ids.map((id) => byId.get(id)!).filter(Boolean);
  }

  /** Proposals counted per demand (withdrawn ones not). */
  async proposalCounts(em: EntityManager, demandIds: string[]): Promise<Map<string, number>> {
    if (demandIds.length === 0) return new Map();
    const rows: Array<{ demandId: string; n: number }> = await em.query(
      `SELECT demand_id AS "demandId", count(*)::int AS n FROM proposal
       WHERE demand_id = ANY($1::uuid[]) AND status <> 'withdrawn' GROUP BY demand_id`,
      [demandIds],
    );
    return new Map(rows.map((r) => [r.demandId, r.n]));
  }

  /** A provider's own proposals on these demands. */
  async proposalsOfProvider(em: EntityManager, providerId: string, demandIds: string[]): Promise<Proposal[]> {
    if (demandIds.length === 0) return [];
    return em
      .createQueryBuilder(Proposal, 'p')
      .where('p.providerId = :providerId AND p.demandId IN (:...demandIds)', { providerId, demandIds })
      .getMany();
  }

  /** A demand's proposals, oldest first; only one provider's when `providerId` is given. */
  proposalsOf(em: EntityManager, demandId: string, providerId?: string): Promise<Proposal[]> {
    return em.find(Proposal, {
      where: { demandId, ...(providerId ? { providerId } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  findProposal(em: EntityManager, id: string): Promise<Proposal | null> {
    return em.findOneBy(Proposal, { id });
  }

  lockProposal(em: EntityManager, id: string): Promise<Proposal | null> {
    return em.findOne(Proposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveProposal(em: EntityManager, proposal: Proposal): Promise<Proposal> {
    return em.save(Proposal, proposal);
  }

  /** Declines every standing proposal of a demand but `exceptId`; returns the declined ones. */
  async declineStanding(em: EntityManager, demandId: string, now: Date, exceptId?: string): Promise<Proposal[]> {
    const [rows]: [Array<{ id: string }>, number] = await em.query(
      `UPDATE proposal SET status = 'declined', decided_at = $2, updated_at = now()
       WHERE demand_id = $1 AND status = 'submitted' AND ($3::uuid IS NULL OR id <> $3::uuid)
       RETURNING id`,
      [demandId, now, exceptId ?? null],
    );
    return rows.length
      ? em.findBy(
          Proposal,
          rows.map((r) => ({ id: r.id })),
        )
      : [];
  }

  /** Open demands whose deadline day has ended, locked for the expiry job (others' locks skipped). */
  dueForExpiry(em: EntityManager, now: Date, limit: number): Promise<Demand[]> {
    return em
      .createQueryBuilder(Demand, 'd')
      .where(`d.status = 'open' AND d.expiresAt <= :now`, { now })
      .orderBy('d.expiresAt', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** Per category: demands posted (published), open, matched, and the median hours from publishing to the first proposal. */
  demandStats(em: EntityManager): Promise<DemandStatsRow[]> {
    return em.query(
      `SELECT category, count(*)::int AS posted,
              count(*) FILTER (WHERE status = 'open')::int AS open,
              count(*) FILTER (WHERE status = 'matched')::int AS matched,
              round((percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM first_proposal_at - published_at) / 3600
              ))::numeric, 1)::float8 AS "medianHoursToFirstProposal"
       FROM demand WHERE published_at IS NOT NULL
       GROUP BY category ORDER BY category`,
    );
  }
}

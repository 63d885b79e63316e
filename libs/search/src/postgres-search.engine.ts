import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '@app/shared';
import { SearchDocument } from './search-document.entity.js';
import { fromRow } from './search-index.service.js';
import type { EngineResult, SearchEngine, SearchQuery, SearchSort } from './search.types.js';

const LATIN = /^[a-z0-9]+$/;

/** A query word as tsquery text: Latin words also match as prefixes (ISO finds iso9001, erp finds erp). */
export function tsqueryTerm(term: string): string {
  return LATIN.test(term) && term.length >= 2 ? `'${term}':*` : `'${term}'`;
}

const ORDER: Record<SearchSort, string> = {
  relevance: 'matched DESC, rank DESC, rating DESC, served_count DESC',
  rating: 'rating DESC, rating_count DESC, matched DESC, rank DESC',
  price_asc: 'price_fen ASC NULLS LAST, matched DESC, rank DESC',
  price_desc: 'price_fen DESC NULLS LAST, matched DESC, rank DESC',
  served: 'served_count DESC, matched DESC, rank DESC',
};

/**
 * Full-text search on PostgreSQL alone: a GIN-indexed tsvector of jieba-segmented words. Query
 * words are OR-ed (a listing matching some words is still found) and hits are ranked by how many
 * distinct words they match before ts_rank, like Meilisearch's `matchingStrategy: last`.
 */
@Injectable()
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  // Popular searches (the home page, a category, common words) repeat far more often than the
  // index changes; a result is reused only while search_state.version is what it was computed at.
  // Entries hold the promise, so concurrent misses for one search share one query (no stampede
  // after each write).
  private readonly cache?: LRUCache<string, { version: string; result: Promise<EngineResult> }>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    if (config.searchCacheSize > 0) this.cache = new LRUCache({ max: config.searchCacheSize });
  }

  async search(query: SearchQuery): Promise<EngineResult> {
    if (!this.cache) return this.run(query);
    // Read before searching: a result computed after this read is at least as new as the version.
    const [{ version }] = await this.dataSource.query('SELECT version FROM search_state WHERE id = 1');
    const key = JSON.stringify({ ...query, text: undefined });
    const cached = this.cache.get(key);
    if (cached && cached.version === version) return cached.result;
    const result = this.run(query);
    this.cache.set(key, { version, result });
    // A failed search is not remembered.
    result.catch(() => {
      if (this.cache?.get(key)?.result === result) this.cache.delete(key);
    });
    return result;
  }

  private async run(query: SearchQuery): Promise<EngineResult> {
    const { sql, params } = searchSql(query);
    const [row]: Array<{
      total: string;
      categories: Record<string, number> | null;
      regions: Record<string, number> | null;
      ids: string[] | null;
    }> = await this.dataSource.query(sql, params);
    const ids = row.ids ?? [];
    const rows = ids.length ? await this.dataSource.manager.findBy(SearchDocument, { listingId: In(ids) }) : [];
    const byId = new Map(rows.map((r) => [r.listingId, fromRow(r)]));
    return {
      hits: ids.flatMap((id) => byId.get(id) ?? []),
      total: Number(row.total),
      facets: { category: row.categories ?? {}, regionCode: row.regions ?? {} },
    };
  }
}

/** The one search statement: hits under query and filters, their count, facets and one page of ids. */
export function searchSql(query: SearchQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  let matched = '0';
  let rank = '0::real';
  if (query.terms.length > 0) {
    const terms = query.terms.map((t) => `to_tsquery('simple', ${param(tsqueryTerm(t))})`);
    const any = `to_tsquery('simple', ${param(query.terms.map(tsqueryTerm).join(' | '))})`;
    where.push(`tsv @@ ${any}`);
    matched = terms.map((t) => `(tsv @@ ${t})::int`).join(' + ');
    // ts_rank costs a pass over every hit's tsvector: only the relevance sort pays for it.
    if (query.sort === 'relevance') rank = `ts_rank(tsv, ${any})`;
  }
  if (query.category) where.push(`category = ${param(query.category)}`);
  if (query.regionCodes) where.push(`region_codes && ${param(query.regionCodes)}::text[]`);
  if (query.voucherEligible !== undefined) where.push(`voucher_eligible = ${param(query.voucherEligible)}`);
  if (query.srdiSpecial !== undefined) where.push(`srdi_special = ${param(query.srdiSpecial)}`);
  if (query.minRating !== undefined) where.push(`rating >= ${param(query.minRating)}`);
  if (query.priceMinFen !== undefined) where.push(`price_fen >= ${param(query.priceMinFen)}`);
  if (query.priceMaxFen !== undefined) where.push(`price_fen <= ${param(query.priceMaxFen)}`);
  const limit = param(query.pageSize);
  const offset = param((query.page - 1) * query.pageSize);
  const sql = `
    WITH hits AS MATERIALIZED (
      SELECT listing_id, category, region_codes, rating, rating_count, served_count, price_fen,
             ${matched} AS matched, ${rank} AS rank
      FROM search_document
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    )
    SELECT
      (SELECT count(*) FROM hits) AS total,
      (SELECT json_object_agg(category, n) FROM (SELECT category, count(*) AS n FROM hits GROUP BY category) c)
        AS categories,
      (SELECT json_object_agg(code, n) FROM (SELECT unnest(region_codes) AS code, count(*) AS n FROM hits GROUP BY code) r)
        AS regions,
      (SELECT array_agg(listing_id::text ORDER BY ${ORDER[query.sort]}, listing_id) FROM (
        SELECT * FROM hits ORDER BY ${ORDER[query.sort]}, listing_id LIMIT ${limit} OFFSET ${offset}
      ) p) AS ids`;
  return { sql, params };
}

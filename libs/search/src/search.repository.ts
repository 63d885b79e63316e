import type { ListingDocument, SearchFacets, SearchQuery, SearchSort } from './search.types.js';

/** Runs one statement: TypeORM's `dataSource.query`, or node-postgres' pool directly (the benchmark's limit). */
export type RunSql = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * Up to this many hits the total and the facet counts are exact; above it they are estimated from
 * a sample of this many hits and the planner's estimate of the total (and the answer says so), so
 * no search counts or facets more rows than this.
 */
export const EXACT_UP_TO = 1000;
/** "At least k of n words" is an OR of every k-word AND: beyond this many words, only all-or-any. */
const MAX_BUCKETED_TERMS = 6;

const LATIN = /^[a-z0-9]+$/;

/** A query word as tsquery text: Latin words also match as prefixes (ISO finds iso9001, erp finds erp). */
export function tsqueryTerm(term: string): string {
  return LATIN.test(term) && term.length >= 2 ? `'${term}':*` : `'${term}'`;
}

/** The tsquery text for "at least k of these words": the OR of every k-word combination. */
export function atLeastQuery(terms: string[], k: number): string {
  const words = terms.map(tsqueryTerm);
  if (k <= 1) return words.join(' | ');
  if (k >= words.length) return words.join(' & ');
  const out: string[] = [];
  const pick = (from: number, chosen: string[]) => {
    if (chosen.length === k) {
      out.push(`(${chosen.join(' & ')})`);
      return;
    }
    for (let i = from; i <= words.length - (k - chosen.length); i++) pick(i + 1, [...chosen, words[i]]);
  };
  pick(0, []);
  return out.join(' | ');
}

/**
 * The relevance buckets to try, most words first (Meilisearch's `matchingStrategy: last` ranks the
 * same way): every k from all words down to one, or only all and any for a very long query.
 */
export function buckets(termCount: number): number[] {
  if (termCount <= 1) return [1];
  if (termCount > MAX_BUCKETED_TERMS) return [termCount, 1];
  return Array.from({ length: termCount }, (_, i) => termCount - i);
}

/** Filters the facet summary can answer exactly: no words, no rating or price bounds. */
export function summarisable(query: SearchQuery): boolean {
  return (
    query.terms.length === 0 &&
    query.minRating === undefined &&
    query.priceMinFen === undefined &&
    query.priceMaxFen === undefined
  );
}

/** Sort orders; `matched` and `rank` exist only in statements over words. */
const ORDER: Record<SearchSort, { words: string; browse: string }> = {
  relevance: {
    words: 'matched DESC, rank DESC, rating DESC, served_count DESC, listing_id',
    browse: 'rating DESC, served_count DESC, listing_id',
  },
  rating: {
    words: 'rating DESC, rating_count DESC, matched DESC, listing_id',
    browse: 'rating DESC, rating_count DESC, listing_id',
  },
  price_asc: {
    words: 'price_fen ASC NULLS LAST, matched DESC, listing_id',
    browse: 'price_fen ASC NULLS LAST, listing_id',
  },
  price_desc: {
    words: 'price_fen DESC NULLS LAST, matched DESC, listing_id',
    browse: 'price_fen DESC NULLS LAST, listing_id',
  },
  served: { words: 'served_count DESC, matched DESC, listing_id', browse: 'served_count DESC, listing_id' },
};

const DOCUMENT_COLUMNS = `listing_id AS "id", provider_id AS "providerId", provider_name AS "providerName", title,
  description, category, tags, price_model AS "priceModel", price_fen AS "priceFen", unit,
  delivery_days AS "deliveryDays", region_codes AS "regionCodes", srdi_special AS "srdiSpecial",
  voucher_eligible AS "voucherEligible", rating, rating_count AS "ratingCount",
  served_count AS "servedCount", published_at AS "publishedAt"`;

/** Bind parameters of one statement, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The conditions on the facet summary's key columns (the same names in search_document). */
function keyConditions(query: SearchQuery, p: Params): string[] {
  const where: string[] = [];
  if (query.category) where.push(`category = ${p.add(query.category)}`);
  if (query.regionCodes) where.push(`region_codes && ${p.add(query.regionCodes)}::text[]`);
  if (query.voucherEligible !== undefined) where.push(`voucher_eligible = ${p.add(query.voucherEligible)}`);
  if (query.srdiSpecial !== undefined) where.push(`srdi_special = ${p.add(query.srdiSpecial)}`);
  return where;
}

/** The WHERE conditions of a query's filters (not its words). */
function filterConditions(query: SearchQuery, p: Params): string[] {
  const where = keyConditions(query, p);
  if (query.minRating !== undefined) where.push(`rating >= ${p.add(query.minRating)}`);
  if (query.priceMinFen !== undefined) where.push(`price_fen >= ${p.add(query.priceMinFen)}`);
  if (query.priceMaxFen !== undefined) where.push(`price_fen <= ${p.add(query.priceMaxFen)}`);
  return where;
}

const whereSql = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/** A statement and its parameters. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** Counts and facets as a statement gives them: exact, or from a sample of EXACT_UP_TO + 1 hits. */
interface CountRow {
  n: string | number;
  categories: Record<string, number> | null;
  regions: Record<string, number> | null;
  at_least: Array<string | number> | null;
  /** The documents under the filters the summary knows: no estimate may exceed it. */
  ceiling: string | number | null;
}

/**
 * The named statements of the PostgreSQL search path. Each one reads a bounded number of rows:
 * the facet summary, a sample of at most EXACT_UP_TO + 1 hits, counts stopped at what a page needs,
 * and one page of documents read in sort order or ranked within the smallest bucket that fills it.
 */
export const searchStatements = {
  /** Filter-only browsing: total and both facets from the summary the triggers keep. */
  summaryCounts(query: SearchQuery): Statement {
    const p = new Params();
    const where = whereSql(keyConditions(query, p));
    return {
      sql: `WITH s AS MATERIALIZED (SELECT category, region_codes, n FROM search_facet_summary ${where})
        SELECT coalesce((SELECT sum(n) FROM s), 0) AS n,
          (SELECT json_object_agg(category, c) FROM (SELECT category, sum(n) AS c FROM s GROUP BY category) x) AS categories,
          (SELECT json_object_agg(code, c) FROM (SELECT unnest(region_codes) AS code, sum(n) AS c FROM s GROUP BY 1) x) AS regions,
          NULL AS at_least, NULL AS ceiling`,
      params: p.values,
    };
  },

  /**
   * A sample of at most EXACT_UP_TO + 1 hits (any word) with its facets, and for each bucket of
   * more words how many hits it has, counted up to `need` (the rows up to the end of the page).
   */
  sampledCounts(query: SearchQuery, need: number): Statement {
    const p = new Params();
    const filters = filterConditions(query, p);
    const words = query.terms.length ? [`tsv @@ to_tsquery('simple', ${p.add(atLeastQuery(query.terms, 1))})`] : [];
    const atLeast =
      query.sort === 'relevance' && query.terms.length > 1
        ? buckets(query.terms.length)
            .filter((k) => k > 1)
            .map(
              (k) =>
                `(SELECT count(*) FROM (SELECT 1 FROM search_document ${whereSql([
                  `tsv @@ to_tsquery('simple', ${p.add(atLeastQuery(query.terms, k))})`,
                  ...filters,
                ])} LIMIT ${p.add(need)}) b)`,
            )
        : [];
    return {
      sql: `WITH s AS MATERIALIZED (
          SELECT category, region_codes FROM search_document ${whereSql([...words, ...filters])} LIMIT ${EXACT_UP_TO + 1}
        )
        SELECT (SELECT count(*) FROM s) AS n,
          (SELECT json_object_agg(category, c) FROM (SELECT category, count(*) AS c FROM s GROUP BY category) x) AS categories,
          (SELECT json_object_agg(code, c) FROM (SELECT unnest(region_codes) AS code, count(*) AS c FROM s GROUP BY 1) x) AS regions,
          ${atLeast.length ? `ARRAY[${atLeast.join(', ')}]` : 'NULL'} AS at_least,
          (SELECT coalesce(sum(n), 0) FROM search_facet_summary ${whereSql(keyConditions(query, p))}) AS ceiling`,
      params: p.values,
    };
  },

  /** The planner's estimate of the hits (used only when the sample overflowed). */
  estimate(query: SearchQuery): Statement {
    const p = new Params();
    const words = query.terms.length ? [`tsv @@ to_tsquery('simple', ${p.add(atLeastQuery(query.terms, 1))})`] : [];
    return {
      sql: `EXPLAIN (FORMAT JSON) SELECT 1 FROM search_document ${whereSql([...words, ...filterConditions(query, p)])}`,
      params: p.values,
    };
  },

  /**
   * One page of documents. With words, the hits matching at least `atLeast` of them (the smallest
   * bucket holding the page), ranked by words matched, then ts_rank; without, read in sort order.
   */
  page(query: SearchQuery, atLeast: number, offset: number): Statement {
    const p = new Params();
    const filters = filterConditions(query, p);
    if (query.terms.length === 0) {
      return {
        sql: `SELECT ${DOCUMENT_COLUMNS} FROM search_document ${whereSql(filters)}
          ORDER BY ${ORDER[query.sort].browse} LIMIT ${p.add(query.pageSize)} OFFSET ${p.add(offset)}`,
        params: p.values,
      };
    }
    const matched = query.terms.map((t) => `(tsv @@ to_tsquery('simple', ${p.add(tsqueryTerm(t))}))::int`).join(' + ');
    const any = p.add(atLeastQuery(query.terms, 1));
    const bucket = atLeast > 1 ? p.add(atLeastQuery(query.terms, atLeast)) : any;
    // ts_rank reads every position of a hit's vector: only the relevance order pays for it.
    const rank = query.sort === 'relevance' ? `ts_rank(tsv, to_tsquery('simple', ${any}))` : '0';
    return {
      sql: `SELECT ${DOCUMENT_COLUMNS} FROM (
          SELECT *, ${matched} AS matched, ${rank} AS rank FROM search_document
          ${whereSql([`tsv @@ to_tsquery('simple', ${bucket})`, ...filters])}
        ) d
        ORDER BY ${ORDER[query.sort].words} LIMIT ${p.add(query.pageSize)} OFFSET ${p.add(offset)}`,
      params: p.values,
    };
  },
};

/** What the counting statement found: exact, or a sample that overflowed (then estimated). */
export interface Counts {
  total: number;
  estimated: boolean;
  facets: SearchFacets;
  /** For relevance over several words: hits with at least k words, for each bucket k > 1 (most first). */
  atLeast: number[];
}

const asCounts = (facet: Record<string, number> | null) =>
  Object.fromEntries(Object.entries(facet ?? {}).map(([k, v]) => [k, Number(v)]));

/**
 * Answers a search with the statements above, on any connection: the engine passes TypeORM's,
 * the benchmark a bare node-postgres pool (to measure the API against the same statements).
 */
export async function runSearch(
  run: RunSql,
  query: SearchQuery,
): Promise<{ hits: ListingDocument[]; total: number; estimated: boolean; facets: SearchFacets }> {
  const offset = (query.page - 1) * query.pageSize;
  const need = offset + query.pageSize;
  const counts = await count(run, query, need);
  // The smallest bucket of words that fills the page: most words matched first.
  const ks = buckets(query.terms.length).filter((k) => k > 1);
  let atLeast = 1;
  for (let i = 0; i < ks.length; i++) {
    if (counts.atLeast[i] >= need) {
      atLeast = ks[i];
      break;
    }
  }
  const page = searchStatements.page(query, atLeast, offset);
  const rows = need > 0 && counts.total > offset ? await run(page.sql, page.params) : [];
  const hits = rows.map(
    (r) => ({ ...r, priceFen: r.priceFen === null ? null : Number(r.priceFen) }) as ListingDocument,
  );
  return { hits, total: counts.total, estimated: counts.estimated, facets: counts.facets };
}

async function count(run: RunSql, query: SearchQuery, need: number): Promise<Counts> {
  const statement = summarisable(query)
    ? searchStatements.summaryCounts(query)
    : searchStatements.sampledCounts(query, need);
  const [row] = (await run(statement.sql, statement.params)) as unknown as CountRow[];
  const sampled = Number(row.n);
  const exact = {
    total: sampled,
    estimated: false,
    facets: { category: asCounts(row.categories), regionCode: asCounts(row.regions) },
    atLeast: (row.at_least ?? []).map(Number),
  };
  if (summarisable(query) || sampled <= EXACT_UP_TO) return exact;
  // More hits than are counted: the planner's estimate (never below what was seen), facets scaled.
  const explain = searchStatements.estimate(query);
  const [plan] = (await run(explain.sql, explain.params)) as Array<{
    'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }>;
  }>;
  const planned = Math.round(plan['QUERY PLAN'][0].Plan['Plan Rows']);
  const total = Math.max(sampled, Math.min(planned, Number(row.ceiling)));
  const scale = (facet: Record<string, number>) =>
    Object.fromEntries(Object.entries(facet).map(([k, v]) => [k, Math.max(1, Math.round((v * total) / sampled))]));
  return {
    ...exact,
    total,
    estimated: true,
    facets: { category: scale(exact.facets.category), regionCode: scale(exact.facets.regionCode) },
  };
}

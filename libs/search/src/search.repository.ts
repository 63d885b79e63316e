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

/** Whether a query word matches as a prefix: Latin words of 2+ characters (ISO finds iso9001, erp finds erp). */
export function matchesAsPrefix(word: string): boolean {
  return /^[a-z0-9]{2,}$/.test(word);
}

/** A query word (or a field word, `t:` or `g:` before it) as tsquery text. */
export function tsqueryTerm(term: string): string {
  return matchesAsPrefix(term.replace(/^[tg]:/, '')) ? `'${term}':*` : `'${term}'`;
}

/** The fields a relevance group asks a word to be in, best first (elsewhere: provider name, description). */
const FIELDS = ['title', 'tags', 'elsewhere'] as const;

/** One relevance group: listings with `words` of the query's words, the best of them in `attribute`. */
export interface RelevanceGroup {
  words: number;
  attribute: (typeof FIELDS)[number];
  /** On `tsv`: exactly this many words (at least it, not as many as the group above). */
  tsquery: string;
  /** On `field_tsv` (words prefixed by their field), and whether the listing must not match it. */
  field: { tsquery: string; not: boolean };
  /** The field condition implies the words one (one word, in the title or the tags). */
  impliedByField: boolean;
}

/**
 * The relevance groups of a query, in rank order, like Meilisearch's ranking rules: first how many
 * of its words a listing has (`words`), then the best field one of them is in (`attribute`); within
 * a group, listings go by rating, then enterprises served (the stored ranking features, read in
 * index order). Both parts are GIN conditions, so a page needs only the groups that reach it.
 */
export function relevanceGroups(terms: string[]): RelevanceGroup[] {
  const inField = (prefix: string) => terms.map((t) => tsqueryTerm(`${prefix}${t}`)).join(' | ');
  const fieldQueries: Array<RelevanceGroup['field']> = [
    { tsquery: inField('t:'), not: false },
    { tsquery: `(${inField('g:')}) & !(${inField('t:')})`, not: false },
    { tsquery: `${inField('t:')} | ${inField('g:')}`, not: true },
  ];
  const list = buckets(terms.length);
  return list.flatMap((k, index) => {
    const higher = index > 0 ? list[index - 1] : 0;
    const tsquery = higher ? `(${atLeastQuery(terms, k)}) & !(${atLeastQuery(terms, higher)})` : atLeastQuery(terms, k);
    return FIELDS.map((attribute, i) => ({
      words: k,
      attribute,
      tsquery,
      field: fieldQueries[i],
      impliedByField: terms.length === 1 && !fieldQueries[i].not,
    }));
  });
}

/** The tsquery text for "at least k of these words": the OR of every k-word combination. */
export function atLeastQuery(terms: string[], k: number): string {
  const words = terms.map((t) => tsqueryTerm(t));
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

/** Sort orders: filter-only browsing, and with words (`matched`: how many of them a listing has). */
const ORDER: Record<SearchSort, { words: string; browse: string }> = {
  // With words, relevance goes group by group (relevanceGroups), each in this order.
  relevance: {
    words: 'rating DESC, served_count DESC, listing_id',
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
  /** The documents under the filters the summary knows: no estimate may exceed it. */
  ceiling: string | number | null;
}

const wordsMatch = (p: Params, tsquery: string) => `tsv @@ to_tsquery('simple', ${p.add(tsquery)})`;
/** A relevance group's conditions (the field words are taken verbatim: `t:` must not be parsed). */
const groupMatch = (p: Params, group: RelevanceGroup) => [
  // A one-word query's title or tags group implies the word: the planner, which cannot know that,
  // would multiply the two selectivities and sort thousands of rows instead of reading in order.
  ...(group.impliedByField ? [] : [wordsMatch(p, group.tsquery)]),
  `${group.field.not ? 'NOT ' : ''}field_tsv @@ ${p.add(group.field.tsquery)}::tsquery`,
];

/**
 * The named statements of the PostgreSQL search path. Each one reads a bounded number of rows:
 * the facet summary, a sample of at most EXACT_UP_TO + 1 hits, counts stopped at what a page needs,
 * and one page of documents read in index order or within the relevance groups that reach it.
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
          NULL AS ceiling`,
      params: p.values,
    };
  },

  /** A sample of at most EXACT_UP_TO + 1 hits (any word) with its facets. */
  sampledCounts(query: SearchQuery): Statement {
    const p = new Params();
    const words = query.terms.length ? [wordsMatch(p, atLeastQuery(query.terms, 1))] : [];
    const filters = filterConditions(query, p);
    return {
      sql: `WITH s AS MATERIALIZED (
          SELECT category, region_codes FROM search_document ${whereSql([...words, ...filters])} LIMIT ${EXACT_UP_TO + 1}
        )
        SELECT (SELECT count(*) FROM s) AS n,
          (SELECT json_object_agg(category, c) FROM (SELECT category, count(*) AS c FROM s GROUP BY category) x) AS categories,
          (SELECT json_object_agg(code, c) FROM (SELECT unnest(region_codes) AS code, count(*) AS c FROM s GROUP BY 1) x) AS regions,
          (SELECT coalesce(sum(n), 0) FROM search_facet_summary ${whereSql(keyConditions(query, p))}) AS ceiling`,
      params: p.values,
    };
  },

  /** The planner's estimate of the hits (used only when the sample overflowed). */
  estimate(query: SearchQuery): Statement {
    const p = new Params();
    const words = query.terms.length ? [wordsMatch(p, atLeastQuery(query.terms, 1))] : [];
    return {
      sql: `EXPLAIN (FORMAT JSON) SELECT 1 FROM search_document ${whereSql([...words, ...filterConditions(query, p)])}`,
      params: p.values,
    };
  },

  /** How many listings of one relevance group there are under the filters, counted up to `limit`. */
  groupCount(query: SearchQuery, group: RelevanceGroup, limit: number): Statement {
    const p = new Params();
    const where = whereSql([...groupMatch(p, group), ...filterConditions(query, p)]);
    return {
      sql: `SELECT count(*) AS n FROM (SELECT 1 FROM search_document ${where} LIMIT ${p.add(limit)}) g`,
      params: p.values,
    };
  },

  /** A slice of one relevance group, by rating then enterprises served (read in index order). */
  groupPage(query: SearchQuery, group: RelevanceGroup, limit: number, offset: number): Statement {
    const p = new Params();
    const where = whereSql([...groupMatch(p, group), ...filterConditions(query, p)]);
    return {
      sql: `SELECT ${DOCUMENT_COLUMNS} FROM search_document ${where}
        ORDER BY ${ORDER.relevance.words} LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
      params: p.values,
    };
  },

  /** One page in a sort other than relevance with words, or of filter-only browsing (read in sort order). */
  page(query: SearchQuery, offset: number): Statement {
    const p = new Params();
    if (query.terms.length === 0) {
      const filters = filterConditions(query, p);
      return {
        sql: `SELECT ${DOCUMENT_COLUMNS} FROM search_document ${whereSql(filters)}
          ORDER BY ${ORDER[query.sort].browse} LIMIT ${p.add(query.pageSize)} OFFSET ${p.add(offset)}`,
        params: p.values,
      };
    }
    const matched = query.terms.map((t) => `(${wordsMatch(p, tsqueryTerm(t))})::int`).join(' + ');
    const where = whereSql([wordsMatch(p, atLeastQuery(query.terms, 1)), ...filterConditions(query, p)]);
    return {
      sql: `SELECT ${DOCUMENT_COLUMNS} FROM (SELECT *, ${matched} AS matched FROM search_document ${where}) d
        ORDER BY ${ORDER[query.sort].words} LIMIT ${p.add(query.pageSize)} OFFSET ${p.add(offset)}`,
      params: p.values,
    };
  },
};

const asCounts = (facet: Record<string, number> | null) =>
  Object.fromEntries(Object.entries(facet ?? {}).map(([k, v]) => [k, Number(v)]));

type Row = Record<string, unknown>;
/** The total and facets of a search: exact, or estimated above EXACT_UP_TO hits. */
interface Counts {
  total: number;
  estimated: boolean;
  facets: SearchFacets;
}
const toDocument = (r: Row) => ({ ...r, priceFen: r.priceFen === null ? null : Number(r.priceFen) }) as ListingDocument;

/**
 * Answers a search with the statements above, on any connection: the engine passes TypeORM's,
 * the benchmark a bare node-postgres pool (to measure the API against the same statements).
 */
export async function runSearch(
  run: RunSql,
  query: SearchQuery,
): Promise<{ hits: ListingDocument[]; total: number; estimated: boolean; facets: SearchFacets }> {
  const offset = (query.page - 1) * query.pageSize;
  const counts = await count(run, query);
  // An estimated total may be short of the hits (correlated filters): only an exact one ends the pages.
  if (!counts.estimated && counts.total <= offset) return { ...counts, hits: [] };
  const rows =
    query.terms.length > 0 && query.sort === 'relevance'
      ? await relevancePage(run, query, offset)
      : await run(searchStatements.page(query, offset).sql, searchStatements.page(query, offset).params);
  return { ...counts, hits: rows.map(toDocument) };
}

/**
 * The page of a relevance search: the groups in rank order, each counted only up to what the page
 * still needs, then the slices of the groups the page spans. A popular word's first page reads a
 * few dozen rows, not its thousands of hits.
 */
async function relevancePage(run: RunSql, query: SearchQuery, offset: number): Promise<Row[]> {
  const need = offset + query.pageSize;
  const slices: Statement[] = [];
  let before = 0;
  for (const group of relevanceGroups(query.terms)) {
    if (before >= need) break;
    const counted = searchStatements.groupCount(query, group, need - before);
    const [{ n }] = await run(counted.sql, counted.params);
    const size = Number(n);
    const from = Math.max(0, offset - before);
    if (size > from) slices.push(searchStatements.groupPage(query, group, size - from, from));
    before += size;
  }
  const pages = await Promise.all(slices.map((slice) => run(slice.sql, slice.params)));
  return pages.flat().slice(0, query.pageSize);
}

async function count(run: RunSql, query: SearchQuery): Promise<Counts> {
  const statement = summarisable(query) ? searchStatements.summaryCounts(query) : searchStatements.sampledCounts(query);
  const [row] = (await run(statement.sql, statement.params)) as unknown as CountRow[];
  const sampled = Number(row.n);
  const exact = {
    total: sampled,
    estimated: false,
    facets: { category: asCounts(row.categories), regionCode: asCounts(row.regions) },
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
    total,
    estimated: true,
    facets: { category: scale(exact.facets.category), regionCode: scale(exact.facets.regionCode) },
  };
}

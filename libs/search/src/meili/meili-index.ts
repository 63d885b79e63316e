import type { SearchParams, Settings } from 'meilisearch';
import type { ListingDocument, SearchQuery, SearchSort } from '../search.types.js';

/** Index settings: what is searched (in weight order), filtered, sorted; Chinese segmentation; rating after the built-in rules. */
export const MEILI_SETTINGS: Settings = {
  searchableAttributes: ['title', 'tags', 'providerName', 'description'],
  filterableAttributes: [
    'category',
    'regionCodes',
    'voucherEligible',
    'srdiSpecial',
    'rating',
    'priceFen',
    'providerId',
  ],
  sortableAttributes: ['rating', 'ratingCount', 'priceFen', 'servedCount', 'publishedAt'],
  displayedAttributes: ['*'],
  // `cmn` (Mandarin): jieba segmentation; `chi` is not recognised.
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'rating:desc', 'servedCount:desc'],
  faceting: { maxValuesPerFacet: 1000 },
  pagination: { maxTotalHits: 100_000 },
};

/** A document as Meilisearch stores it: dates as epoch milliseconds, no `priceFen` on quote listings. */
export type MeiliDocument = Omit<ListingDocument, 'publishedAt' | 'priceFen'> & {
  publishedAt: number;
  priceFen?: number;
};

export function toMeiliDocument(doc: ListingDocument): MeiliDocument {
  const { priceFen, publishedAt, ...rest } = doc;
  // A missing field sorts last both ways and fails every price filter, as in PostgreSQL.
  return { ...rest, publishedAt: publishedAt.getTime(), ...(priceFen === null ? {} : { priceFen }) };
}

export function fromMeiliDocument(doc: MeiliDocument): ListingDocument {
  const { priceFen, publishedAt, ...rest } = doc;
  return { ...rest, priceFen: priceFen ?? null, publishedAt: new Date(publishedAt) };
}

const SORT: Record<SearchSort, string[] | undefined> = {
  relevance: undefined,
  rating: ['rating:desc', 'ratingCount:desc'],
  price_asc: ['priceFen:asc'],
  price_desc: ['priceFen:desc'],
  served: ['servedCount:desc'],
};

// Filter values are validated codes and numbers; strings are still quoted and escaped.
const quote = (value: string): string => JSON.stringify(value);

/** The Meilisearch search request for a query (page-based, so `totalHits` is exact). */
export function meiliSearchParams(query: SearchQuery): SearchParams {
  const filter: string[] = [];
  if (query.category) filter.push(`category = ${quote(query.category)}`);
  if (query.regionCodes) filter.push(`regionCodes IN [${query.regionCodes.map(quote).join(', ')}]`);
  if (query.voucherEligible !== undefined) filter.push(`voucherEligible = ${query.voucherEligible}`);
  if (query.srdiSpecial !== undefined) filter.push(`srdiSpecial = ${query.srdiSpecial}`);
  if (query.minRating !== undefined) filter.push(`rating >= ${query.minRating}`);
  if (query.priceMinFen !== undefined) filter.push(`priceFen >= ${query.priceMinFen}`);
  if (query.priceMaxFen !== undefined) filter.push(`priceFen <= ${query.priceMaxFen}`);
  const sort =
    query.terms.length === 0 && query.sort === 'relevance' ? ['rating:desc', 'servedCount:desc'] : SORT[query.sort];
  return {
    filter,
    ...(sort ? { sort } : {}),
    facets: ['category', 'regionCodes'],
    page: query.page,
    hitsPerPage: query.pageSize,
    matchingStrategy: 'last',
  };
}

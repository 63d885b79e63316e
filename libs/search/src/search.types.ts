/** What the search index holds for one published listing of an approved provider. */
export interface ListingDocument {
  id: string;
  providerId: string;
  providerName: string;
  title: string;
  description: string;
  category: string;
  tags: string[];
  priceModel: 'fixed' | 'from' | 'quote';
  /** Null for `quote` listings: they are left out of price filters and sort after priced ones. */
  priceFen: number | null;
  unit: string;
  deliveryDays: number;
  regionCodes: string[];
  srdiSpecial: boolean;
  voucherEligible: boolean;
  /** The provider's average rating (0 when unrated), its rating count and enterprises served. */
  rating: number;
  ratingCount: number;
  servedCount: number;
  publishedAt: Date;
}

/** The provider facts every one of its documents carries. */
export type ProviderFacts = Pick<ListingDocument, 'providerName' | 'rating' | 'ratingCount' | 'servedCount'>;

export const SEARCH_SORTS = ['relevance', 'rating', 'price_asc', 'price_desc', 'served'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** A validated search: filters already resolved (regionCodes = every code the asked region matches). */
export interface SearchQuery {
  /** The raw query text (Meilisearch segments it itself). */
  text: string;
  /** The query's words, segmented like documents. Empty: every document matches. */
  terms: string[];
  category?: string;
  regionCodes?: string[];
  voucherEligible?: boolean;
  srdiSpecial?: boolean;
  minRating?: number;
  priceMinFen?: number;
  priceMaxFen?: number;
  sort: SearchSort;
  page: number;
  pageSize: number;
}

export interface SearchFacets {
  category: Record<string, number>;
  regionCode: Record<string, number>;
}

export interface EngineResult {
  hits: ListingDocument[];
  total: number;
  /** True when the total and facet counts are estimates (more hits than an engine counts exactly). */
  estimated: boolean;
  facets: SearchFacets;
}

/** A search backend. Writes go through `SearchIndex` (Postgres, transactional); engines only answer. */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  search(query: SearchQuery): Promise<EngineResult>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CatalogService } from '@app/catalog';
import { tsqueryTerm } from './search.repository.js';
import { segmentQuery } from './segment.js';

/** A provider whose published listings serve a category and region, with the words of a text they contain. */
export interface ProviderMatch {
  providerId: string;
  providerName: string;
  /** The text's (segmented) words found in any of the provider's matching listings. */
  matchedWords: string[];
  /** Its matching listings. */
  listings: number;
  rating: number;
  ratingCount: number;
  servedCount: number;
}

/**
 * Matchmaking's question to search (DOMAIN.md §9, suggested providers): which providers serve this
 * category in this region, and how well do their listings match these words? Read from the search
 * documents, which hold exactly the published listings of approved providers with their providers'
 * rating and enterprises served.
 */
@Injectable()
export class ProviderMatches {
  constructor(private readonly catalog: CatalogService) {}

  async find(
    em: EntityManager,
    demand: { category: string; regionCode: string; text: string },
  ): Promise<ProviderMatch[]> {
    const terms = segmentQuery(demand.text);
    const jurisdiction = this.catalog.jurisdiction;
    // A listing serving the city serves its districts, and one serving a district serves part of the city.
    const regions = jurisdiction.has(demand.regionCode)
      ? [...new Set([...jurisdiction.ancestry(demand.regionCode), ...jurisdiction.withDescendants(demand.regionCode)])]
      : [demand.regionCode];
    return em.query(
      `SELECT d.provider_id AS "providerId", min(d.provider_name) AS "providerName",
              coalesce(array_agg(DISTINCT t.term) FILTER (WHERE d.tsv @@ to_tsquery('simple', t.q)), '{}') AS "matchedWords",
              count(DISTINCT d.listing_id)::int AS listings,
              max(d.rating)::float8 AS rating, max(d.rating_count)::int AS "ratingCount",
              max(d.served_count)::int AS "servedCount"
       FROM search_document d
       LEFT JOIN unnest($3::text[], $4::text[]) AS t(term, q) ON true
       WHERE d.category = $1 AND d.region_codes && $2::text[]
       GROUP BY d.provider_id`,
      [demand.category, regions, terms, terms.map(tsqueryTerm)],
    );
  }
}

import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { CatalogService } from '@app/catalog';
import { ValidationFailedError } from '@app/shared';
import type { SearchListingsQuery } from './dto/search-listings.query.js';
import { highlightSnippet, highlightText } from './highlight.js';
import { SEARCH_ENGINE, type SearchEngine, type SearchQuery } from './search.types.js';
import type { SearchItemView, SearchResultView } from './search.views.js';
import { segmentQuery } from './segment.js';

/** Listing search for everyone: validates filters, asks the configured engine, highlights the page. */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly catalog: CatalogService,
  ) {}

  async search(dto: SearchListingsQuery): Promise<SearchResultView> {
    const started = performance.now();
    const query = await this.toQuery(dto);
    const text = query.text.trim();
    // Words that segment to nothing (punctuation, only stop words) match nothing rather than everything.
    const result =
      text && query.terms.length === 0
        ? { hits: [], total: 0, estimated: false, facets: { category: {}, regionCode: {} } }
        : await this.engine.search(query);
    const items: SearchItemView[] = result.hits.map(({ description, publishedAt: _p, ...doc }) => ({
      ...doc,
      highlight: {
        title: highlightText(doc.title, query.terms),
        description: highlightSnippet(description, query.terms),
      },
    }));
    return {
      items,
      total: result.total,
      totalEstimated: result.estimated,
      page: query.page,
      pageSize: query.pageSize,
      facets: result.facets,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
      engine: this.engine.name,
    };
  }

  /** The validated engine query for a request (also used by the benchmark to EXPLAIN the same SQL). */
  async toQuery(dto: SearchListingsQuery): Promise<SearchQuery> {
    const problems: Array<{ field: string; messages: string[] }> = [];
    if (dto.category && (await this.catalog.unknownCategories([dto.category])).length > 0) {
      problems.push({ field: 'category', messages: [`unknown category ${dto.category}`] });
    }
    if (dto.regionCode && !this.catalog.isRegion(dto.regionCode)) {
      problems.push({ field: 'regionCode', messages: [`unknown region ${dto.regionCode}`] });
    }
    if (dto.priceMinFen !== undefined && dto.priceMaxFen !== undefined && dto.priceMinFen > dto.priceMaxFen) {
      problems.push({ field: 'priceMinFen', messages: ['priceMinFen must not be greater than priceMaxFen'] });
    }
    if (problems.length) throw new ValidationFailedError(problems);
    const jurisdiction = this.catalog.jurisdiction;
    return {
      text: dto.q ?? '',
      terms: segmentQuery(dto.q ?? ''),
      category: dto.category,
      // A listing serving the city serves each district; asking for the city finds district listings too.
      regionCodes: dto.regionCode
        ? [...new Set([...jurisdiction.ancestry(dto.regionCode), ...jurisdiction.withDescendants(dto.regionCode)])]
        : undefined,
      voucherEligible: dto.voucherEligible,
      srdiSpecial: dto.srdiSpecial,
      minRating: dto.minRating,
      priceMinFen: dto.priceMinFen,
      priceMaxFen: dto.priceMaxFen,
      sort: dto.sort,
      page: dto.page,
      pageSize: dto.pageSize,
    };
  }
}

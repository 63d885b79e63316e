import { Injectable } from '@nestjs/common';
import type { EngineResult, SearchEngine, SearchQuery } from '../search.types.js';
import { MeiliGateway } from './meili-gateway.js';
import { fromMeiliDocument, meiliSearchParams } from './meili-index.js';

/** Search answered by Meilisearch (`MEILI_URL` set); the worker keeps the index in step through the outbox. */
@Injectable()
export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;

  constructor(private readonly gateway: MeiliGateway) {}

  async search(query: SearchQuery): Promise<EngineResult> {
    const response = await this.gateway.search(this.gateway.indexUid, query.text, meiliSearchParams(query));
    const facets = response.facetDistribution ?? {};
    return {
      hits: response.hits.map((hit) => fromMeiliDocument(hit)),
      total: response.totalHits ?? response.estimatedTotalHits ?? response.hits.length,
      estimated: response.totalHits === undefined,
      facets: { category: facets.category ?? {}, regionCode: facets.regionCodes ?? {} },
    };
  }
}

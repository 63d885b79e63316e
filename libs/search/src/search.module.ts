import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CatalogModule } from '@app/catalog';
import { AppConfig } from '@app/shared';
import { MeiliGateway } from './meili/meili-gateway.js';
import { MeiliSearchEngine } from './meili/meili-search.engine.js';
import { SearchSync } from './meili/search-sync.service.js';
import { PostgresSearchEngine } from './postgres-search.engine.js';
import { SearchChanges } from './search-changes.js';
import { SearchDocument, SearchOutbox, SearchState } from './search-document.entity.js';
import { SearchIndex } from './search-index.service.js';
import { SearchService } from './search.service.js';
import { ProviderMatches } from './provider-matches.js';
import { SEARCH_ENGINE } from './search.types.js';

/** Listing search: PostgreSQL by default, Meilisearch when `MEILI_URL` is set. */
@Module({
  imports: [TypeOrmModule.forFeature([SearchDocument, SearchOutbox, SearchState]), CatalogModule],
  providers: [
    SearchChanges,
    SearchIndex,
    SearchService,
    ProviderMatches,
    PostgresSearchEngine,
    {
      provide: MeiliGateway,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.meili ? new MeiliGateway(config) : null),
    },
    {
      provide: SEARCH_ENGINE,
      inject: [PostgresSearchEngine, MeiliGateway],
      useFactory: (postgres: PostgresSearchEngine, gateway: MeiliGateway | null) =>
        gateway ? new MeiliSearchEngine(gateway) : postgres,
    },
    // Null without Meilisearch: nothing to keep in sync.
    {
      provide: SearchSync,
      inject: [getDataSourceToken(), MeiliGateway],
      useFactory: (dataSource: DataSource, gateway: MeiliGateway | null) =>
        gateway ? new SearchSync(dataSource, gateway) : null,
    },
  ],
  exports: [SearchIndex, SearchService, ProviderMatches, SearchSync, SEARCH_ENGINE],
})
export class SearchModule {}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/shared';
import { SearchChanges } from './search-changes.js';
import { runSearch } from './search.repository.js';
import type { EngineResult, SearchEngine, SearchQuery } from './search.types.js';

/**
 * Full-text search on PostgreSQL alone: a GIN-indexed tsvector of jieba-segmented words, answered
 * by the bounded statements of `search.repository.ts` (hits ranked by how many words they match,
 * like Meilisearch's `matchingStrategy: last`; counts exact up to a bound, estimated above it).
 */
@Injectable()
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  // Popular searches (the home page, a category, common words) repeat far more often than the
  // index changes; a result is reused while no write since it was computed touched its words or
  // category, which this process learns by LISTEN (no round trip). Entries hold the promise, so
  // concurrent misses for one search share one query (no stampede after each write).
  private readonly cache?: LRUCache<string, { version: string; result: Promise<EngineResult> }>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
    private readonly changes: SearchChanges,
  ) {
    if (config.searchCacheSize > 0) this.cache = new LRUCache({ max: config.searchCacheSize });
  }

  async search(query: SearchQuery): Promise<EngineResult> {
    if (!this.cache) return this.run(query);
    // Read before searching: a result computed after this read is at least as new as the version.
    const version = await this.changes.current();
    const key = JSON.stringify({ ...query, text: undefined });
    const cached = this.cache.get(key);
    if (cached && cached.version === version) return cached.result;
    // Writes since then that cannot alter this answer (other words, another category) keep it.
    if (cached && !this.changes.changedFor(query, cached.version, version)) {
      cached.version = version;
      return cached.result;
    }
    const result = this.run(query);
    this.cache.set(key, { version, result });
    // A failed search is not remembered.
    result.catch(() => {
      if (this.cache?.get(key)?.result === result) this.cache.delete(key);
    });
    return result;
  }

  private run(query: SearchQuery): Promise<EngineResult> {
    return runSearch((sql, params) => this.dataSource.query(sql, params), query);
  }
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PostgresSearchEngine, type SearchQuery, SearchIndex } from '@app/search';
import { withConfig } from '@app/shared';
import { createTestApp, type TestApp } from '../support/app.js';
import { CONTRACT_DOCS } from './search-contract.js';

describe('search result cache (PostgreSQL engine): reused until any search write, in every process', () => {
  let t: TestApp;
  let index: SearchIndex;
  const query: SearchQuery = { text: '专利', terms: ['专利'], sort: 'relevance', page: 1, pageSize: 20 };

  beforeAll(async () => {
    t = await createTestApp();
    index = t.app.get(SearchIndex);
    await t.dataSource.transaction((em) => index.upsert(em, CONTRACT_DOCS));
  });
  afterAll(async () => {
    await t.close();
  });

  /** Two API processes: two engines with caches of their own on one database. */
  const engines = () => [
    new PostgresSearchEngine(t.dataSource, t.config),
    new PostgresSearchEngine(t.dataSource, t.config),
  ];

  it('answers a repeated search from the cache while nothing was written through the index', async () => {
    const [a] = engines();
    const first = await a.search(query);
    // A change behind the index's back (no version bump) is not seen: proof the second answer is cached.
    await t.dataSource.query(`UPDATE search_document SET title = '已改' WHERE listing_id = $1`, [first.hits[0].id]);
    expect((await a.search(query)).hits[0].title).toBe(first.hits[0].title);
    await t.dataSource.query(`UPDATE search_document SET title = $2 WHERE listing_id = $1`, [
      first.hits[0].id,
      first.hits[0].title,
    ]);
  });

  it('drops cached results in every process when any search write commits, and not before', async () => {
    const [a, b] = engines();
    expect((await a.search(query)).total).toBe(2);
    expect((await b.search(query)).total).toBe(2);
    const extra = { ...CONTRACT_DOCS[6], id: '00000000-0000-4000-8000-000000000099', title: '专利年费代缴' };
    await t.dataSource
      .transaction(async (em) => {
        await index.upsert(em, [extra]);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect((await a.search(query)).total).toBe(2);
    await t.dataSource.transaction((em) => index.upsert(em, [extra]));
    expect((await a.search(query)).total).toBe(3);
    expect((await b.search(query)).total).toBe(3);
    await t.dataSource.transaction((em) => index.remove(em, [extra.id]));
    expect((await b.search(query)).total).toBe(2);
  });

  it('is off with SEARCH_CACHE_SIZE=0', async () => {
    const engine = new PostgresSearchEngine(t.dataSource, withConfig(t.config, { searchCacheSize: 0 }));
    const first = await engine.search(query);
    await t.dataSource.query(`UPDATE search_document SET title = '已改' WHERE listing_id = $1`, [first.hits[0].id]);
    expect((await engine.search(query)).hits[0].title).toBe('已改');
  });
});

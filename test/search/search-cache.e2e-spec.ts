import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { PostgresSearchEngine, SearchChanges, type SearchQuery, SearchIndex } from '@app/search';
import { withConfig } from '@app/shared';
import { createTestApp, type TestApp } from '../support/app.js';
import { CONTRACT_DOCS } from './search-contract.js';

describe('search result cache (PostgreSQL engine): reused until a search write commits, learnt by LISTEN in every process', () => {
  let t: TestApp;
  let index: SearchIndex;
  const others: SearchChanges[] = [];
  const query: SearchQuery = { text: '专利', terms: ['专利'], sort: 'relevance', page: 1, pageSize: 20 };

  beforeAll(async () => {
    t = await createTestApp();
    index = t.app.get(SearchIndex);
    await t.dataSource.transaction((em) => index.upsert(em, CONTRACT_DOCS));
  });
  afterAll(async () => {
    for (const changes of others) await changes.onModuleDestroy();
    await t.close();
  });

  /** This process's engine (its writes go through this process's index), and another process's. */
  const own = () => new PostgresSearchEngine(t.dataSource, t.config, t.app.get(SearchChanges));
  const another = () => {
    const changes = new SearchChanges(t.dataSource);
    others.push(changes);
    return { engine: new PostgresSearchEngine(t.dataSource, t.config, changes), changes };
  };
  /** Searches until `expected` holds or 1 s has passed (the freshness promise), and returns how long it took. */
  const until = async (engine: PostgresSearchEngine, expected: (total: number) => boolean): Promise<number> => {
    const started = Date.now();
    while (!expected((await engine.search(query)).total)) {
      if (Date.now() - started > 1000) throw new Error('the change was not searchable within 1 s');
      await sleep(5);
    }
    return Date.now() - started;
  };

  it('answers a repeated search from the cache while nothing was written through the index', async () => {
    const a = own();
    const first = await a.search(query);
    // A change behind the index's back (no version bump) is not seen: proof the second answer is cached.
    await t.dataSource.query(`UPDATE search_document SET title = '已改' WHERE listing_id = $1`, [first.hits[0].id]);
    expect((await a.search(query)).hits[0].title).toBe(first.hits[0].title);
    await t.dataSource.query(`UPDATE search_document SET title = $2 WHERE listing_id = $1`, [
      first.hits[0].id,
      first.hits[0].title,
    ]);
  });

  it('checks a cached result without a database round trip once it listens', async () => {
    const { engine, changes } = another();
    await engine.search(query);
    for (let i = 0; i < 100 && !changes.listening; i++) await sleep(10);
    expect(changes.listening).toBe(true);
    let statements = 0;
    const query0 = t.dataSource.query.bind(t.dataSource);
    t.dataSource.query = ((...args: Parameters<typeof query0>) => {
      statements++;
      return query0(...args);
    }) as typeof query0;
    try {
      for (let i = 0; i < 5; i++) await engine.search(query);
    } finally {
      t.dataSource.query = query0;
    }
    expect(statements).toBe(0);
  });

  it("sees its own process's write at once, another process's within 1 s, and a rolled-back write in none", async () => {
    const a = own();
    const b = another().engine;
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
    expect((await b.search(query)).total).toBe(2);
    await t.dataSource.transaction((em) => index.upsert(em, [extra]));
    expect((await a.search(query)).total).toBe(3);
    expect(await until(b, (n) => n === 3)).toBeLessThan(1000);
    await t.dataSource.transaction((em) => index.remove(em, [extra.id]));
    expect((await a.search(query)).total).toBe(2);
    expect(await until(b, (n) => n === 2)).toBeLessThan(1000);
  });

  it('sees its own committed write however late the notification comes (a loaded machine)', async () => {
    const { engine, changes } = another();
    const first = await engine.search(query);
    for (let i = 0; i < 100 && !changes.listening; i++) await sleep(10);
    expect(changes.listening).toBe(true);
    // A write of this process committed, whose notification has not arrived (none is sent here).
    await t.dataSource.transaction(async (em) => {
      await em.query(`UPDATE search_document SET title = '已改' WHERE listing_id = $1`, [first.hits[0].id]);
      const [{ version }] = await em.query(
        `WITH bumped AS (UPDATE search_state SET version = version + 1 WHERE id = 1 RETURNING version)
         SELECT version::text AS version FROM bumped`,
      );
      changes.wrote(version);
    });
    await sleep(2100); // longer than an uncommitted write is waited for
    expect((await engine.search(query)).hits[0].title).toBe('已改');
    await t.dataSource.query(`UPDATE search_document SET title = $2 WHERE listing_id = $1`, [
      first.hits[0].id,
      first.hits[0].title,
    ]);
  });

  it('keeps a cached answer through writes that cannot alter it (other words), in every process', async () => {
    const a = own();
    const { engine: b, changes } = another();
    const first = await b.search(query);
    for (let i = 0; i < 100 && !changes.listening; i++) await sleep(10);
    await a.search(query);
    // Behind the index's back (no notification): visible only if the answer is recomputed.
    await t.dataSource.query(`UPDATE search_document SET title = '已改' WHERE listing_id = $1`, [first.hits[0].id]);
    const unrelated = { ...CONTRACT_DOCS[6], id: '00000000-0000-4000-8000-000000000098', title: '商标注册代理' };
    await t.dataSource.transaction((em) => index.upsert(em, [unrelated]));
    await sleep(100); // the notification reaches the other process
    expect((await b.search(query)).hits[0].title).toBe(first.hits[0].title);
    // A write touching 专利 drops it.
    await t.dataSource.transaction((em) => index.upsert(em, [{ ...unrelated, title: '商标与专利代理' }]));
    await until(b, () => true);
    const started = Date.now();
    while ((await b.search(query)).hits.every((h) => h.title !== '已改')) {
      if (Date.now() - started > 1000) throw new Error('the change was not searchable within 1 s');
      await sleep(5);
    }
    await t.dataSource.query(`UPDATE search_document SET title = $2 WHERE listing_id = $1`, [
      first.hits[0].id,
      first.hits[0].title,
    ]);
    await t.dataSource.transaction((em) => index.remove(em, [unrelated.id]));
  });

  it('is off with SEARCH_CACHE_SIZE=0', async () => {
    const engine = new PostgresSearchEngine(
      t.dataSource,
      withConfig(t.config, { searchCacheSize: 0 }),
      t.app.get(SearchChanges),
    );
    const first = await engine.search(query);
    await t.dataSource.query(`UPDATE search_document SET title = '已改' WHERE listing_id = $1`, [first.hits[0].id]);
    expect((await engine.search(query)).hits[0].title).toBe('已改');
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Settings } from 'meilisearch';
import { type MeiliDocument, type MeiliWriter, SearchIndex, SearchSync, toMeiliDocument } from '@app/search';
import { createTestApp, type TestApp } from '../support/app.js';
import { newListing } from '../support/factories.js';
import { CONTRACT_DOCS } from './search-contract.js';
import { searchDocuments } from '../support/search-documents.js';

/** Stands in for the Meilisearch server at the adapter boundary, and can fail like one (or like a crash). */
class FakeMeilisearch implements MeiliWriter {
  readonly indexUid = 'listings';
  readonly indexes = new Map<string, Map<string, MeiliDocument>>();
  readonly settings = new Map<string, Settings>();
  /** Probability that a write fails before (server down) or after (worker dies before commit) applying. */
  failRate = 0;
  delayMs = 0;
  failures = 0;
  overlaps = 0;
  private readonly inFlight = new Set<string>();

  live(): Map<string, MeiliDocument> {
    return this.index(this.indexUid);
  }
  private index(uid: string): Map<string, MeiliDocument> {
    if (!this.indexes.has(uid)) this.indexes.set(uid, new Map());
    return this.indexes.get(uid)!;
  }
  private async write(ids: string[], apply: () => void): Promise<void> {
    for (const id of ids) {
      if (this.inFlight.has(id)) this.overlaps++;
      else this.inFlight.add(id);
    }
    try {
      if (this.delayMs) await sleep(Math.random() * this.delayMs);
      const roll = Math.random();
      if (roll < this.failRate / 2) throw new Error(`injected failure #${++this.failures} before applying`);
      apply();
      if (roll < this.failRate) throw new Error(`injected failure #${++this.failures} after applying`);
    } finally {
      for (const id of ids) this.inFlight.delete(id);
    }
  }
  async applySettings(uid: string, settings: Settings): Promise<void> {
    this.settings.set(uid, settings);
  }
  async upsert(uid: string, docs: MeiliDocument[]): Promise<void> {
    await this.write(
      docs.map((d) => d.id),
      () => docs.forEach((d) => this.index(uid).set(d.id, d)),
    );
  }
  async delete(uid: string, ids: string[]): Promise<void> {
    await this.write(ids, () => ids.forEach((id) => this.index(uid).delete(id)));
  }
  async createIndex(uid: string): Promise<void> {
    this.indexes.set(uid, new Map());
  }
  async createIndexIfMissing(uid: string): Promise<void> {
    this.index(uid);
  }
  async swapAndDrop(uid: string, fresh: string): Promise<void> {
    this.indexes.set(uid, this.index(fresh));
    this.indexes.delete(fresh);
  }
}

describe('search sync to Meilisearch through the outbox (fake Meilisearch server at the adapter boundary)', () => {
  let t: TestApp;
  let index: SearchIndex;
  let fake: FakeMeilisearch;
  let sync: SearchSync;

  beforeAll(async () => {
    // MEILI_URL makes every search write enqueue its listing in the outbox; no server is contacted here.
    t = await createTestApp({ env: { MEILI_URL: 'http://127.0.0.1:7700', LOG_LEVEL: 'error' } });
    index = t.app.get(SearchIndex);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.dataSource.query('TRUNCATE search_document, search_outbox');
    fake = new FakeMeilisearch();
    sync = new SearchSync(t.dataSource, fake);
  });

  const expectInStep = async () => {
    const docs = await searchDocuments(t.dataSource);
    const expected = new Map(docs.map((d) => [d.id, toMeiliDocument(d)]));
    expect(new Map([...fake.live()].sort())).toEqual(new Map([...expected].sort()));
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM search_outbox'))[0].n).toBe(0);
  };

  /** A random change: index a new or changed document, or remove one. */
  const randomChange = async (n: number) => {
    const base = CONTRACT_DOCS[n % CONTRACT_DOCS.length];
    const id = `00000000-0000-4000-8000-${String(1000 + (n % 40)).padStart(12, '0')}`;
    await t.dataSource.transaction(async (em) => {
      if (Math.random() < 0.3) await index.remove(em, [id]);
      else await index.upsert(em, [{ ...base, id, title: `${base.title} v${n}` }]);
    });
  };

  it('writes enqueue in the same transaction; a drain applies upserts and deletes and empties the outbox', async () => {
    await t.dataSource.transaction((em) => index.upsert(em, CONTRACT_DOCS));
    await t.dataSource.transaction((em) => index.remove(em, [CONTRACT_DOCS[0].id]));
    // A rolled-back change enqueues nothing.
    await t.dataSource
      .transaction(async (em) => {
        await index.remove(em, [CONTRACT_DOCS[1].id]);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM search_outbox'))[0].n).toBe(
      CONTRACT_DOCS.length + 1,
    );
    expect(await sync.drainAll()).toBe(CONTRACT_DOCS.length + 1);
    expect(fake.live().size).toBe(CONTRACT_DOCS.length - 1);
    await expectInStep();
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM search_document'))[0].n).toBe(
      CONTRACT_DOCS.length - 1,
    );
  });

  it('after failures and crashes at random points, a restarted sync leaves index and database in agreement', async () => {
    fake.failRate = 0.4;
    for (let n = 0; n < 200; n++) {
      await randomChange(n);
      if (n % 3 === 0) await sync.drainOnce(5).catch(() => undefined);
    }
    expect(fake.failures).toBeGreaterThan(10);
    fake.failRate = 0;
    await sync.drainAll();
    await expectInStep();
  });

  it('concurrent drainers (SKIP LOCKED) never push one listing at the same time and end in agreement', async () => {
    fake.delayMs = 5;
    let writing = true;
    const writer = (async () => {
      for (let n = 0; n < 150; n++) await randomChange(n);
      writing = false;
    })();
    const drainer = async () => {
      while (writing) if ((await sync.drainOnce(7)) === 0) await sleep(2);
      await sync.drainAll();
    };
    await Promise.all([writer, drainer(), drainer(), drainer(), drainer()]);
    await sync.drainAll();
    expect(fake.overlaps).toBe(0);
    await expectInStep();
  });

  it('a full reindex builds a fresh index with the settings and swaps it in', async () => {
    await t.dataSource.transaction((em) => index.upsert(em, CONTRACT_DOCS));
    await t.dataSource.query('TRUNCATE search_outbox');
    fake.live().set('stale', { ...toMeiliDocument(CONTRACT_DOCS[0]), id: 'stale' });
    expect(await sync.reindex(3)).toBe(CONTRACT_DOCS.length);
    expect(fake.indexes.size).toBe(1);
    expect(fake.settings.get('listings_reindex')?.localizedAttributes).toEqual([
      { attributePatterns: ['*'], locales: ['cmn'] },
    ]);
    await expectInStep();
  });

  it('publishing through the API enqueues the listing for the worker', async () => {
    const reviewer = await t.api.bureauUser('reviewer');
    const p = await t.api.poolMember(reviewer);
    const listing = (await p.post('/api/v1/listings', newListing()).expect(201)).body;
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM search_outbox'))[0].n).toBe(0);
    await p.post(`/api/v1/listings/${listing.id}/publish`).expect(200);
    await sync.drainAll();
    expect(fake.live().get(listing.id)).toMatchObject({ title: listing.title, providerId: p.orgId });
    await reviewer.post(`/api/v1/providers/${p.orgId}/suspend`, { reason: '核查' }).expect(200);
    await sync.drainAll();
    expect(fake.live().has(listing.id)).toBe(false);
  });
});

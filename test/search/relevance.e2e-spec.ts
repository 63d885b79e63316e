import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ListingDocument, SearchIndex, SearchListingsQuery, SearchService } from '@app/search';
import { DEMO_LISTINGS } from '../../apps/api/src/demo/demo-listings.js';
import { demoProviderAccounts } from '../../apps/api/src/demo/demo-pool.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { JUDGED_QUERIES } from './relevance-judgments.js';

const HIT_AT_3 = 0.9;
const RECALL_AT_10 = 0.85;

/** The searchable demo listings (published, approved providers) as documents keyed by their demo key. */
function corpus(): ListingDocument[] {
  const providers = new Map(demoProviderAccounts('provider@demo.srdi.local').map((p, i) => [p.email, { ...p, i }]));
  return DEMO_LISTINGS.filter((l) => !l.status && providers.get(l.provider)?.approved).map((l, n) => {
    const provider = providers.get(l.provider)!;
    const { key, provider: _email, status: _status, ...fields } = l;
    return {
      ...fields,
      id: `00000000-0000-4000-8000-${String(n + 1).padStart(12, '0')}`,
      providerId: `00000000-0000-4000-9000-${String(provider.i + 1).padStart(12, '0')}`,
      providerName: provider.name,
      rating: 0,
      ratingCount: 0,
      servedCount: 0,
      publishedAt: new Date('2026-11-01T00:00:00Z'),
      key,
    };
  });
}

describe('search relevance on the demo corpus (PostgreSQL engine, judged queries)', () => {
  let t: TestApp;
  let service: SearchService;
  const docs = corpus();
  const keyOf = new Map(docs.map((d) => [d.id, (d as ListingDocument & { key: string }).key]));

  beforeAll(async () => {
    t = await createTestApp();
    const index = t.app.get(SearchIndex);
    await t.dataSource.transaction((em) => index.upsert(em, docs));
    service = t.app.get(SearchService);
  });
  afterAll(async () => {
    await t.close();
  });

  it('has a corpus of at least 40 listings and 30 judged queries of every kind', () => {
    expect(docs.length).toBeGreaterThanOrEqual(40);
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(JUDGED_QUERIES.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(['colloquial', 'description-only', 'latin', 'phrase', 'two-char']);
    const keys = new Set(keyOf.values());
    for (const q of JUDGED_QUERIES) for (const key of q.relevant) expect(keys).toContain(key);
  });

  it(`reaches hit@3 >= ${HIT_AT_3 * 100}% and recall@10 >= ${RECALL_AT_10 * 100}%`, async () => {
    const rows: string[] = [];
    let hits = 0;
    let recallSum = 0;
    for (const judged of JUDGED_QUERIES) {
      const result = await service.search(Object.assign(new SearchListingsQuery(), { q: judged.q, pageSize: 10 }));
      const top = result.items.map((i) => keyOf.get(i.id)!);
      const relevant = new Set(judged.relevant);
      const hit = top.slice(0, 3).some((k) => relevant.has(k));
      const recall = top.filter((k) => relevant.has(k)).length / Math.min(relevant.size, 10);
      hits += hit ? 1 : 0;
      recallSum += recall;
      rows.push(
        `${hit ? 'hit ' : 'MISS'} recall ${recall.toFixed(2)}  ${judged.kind.padEnd(16)} ${judged.q}` +
          (hit && recall === 1 ? '' : `  -> ${top.slice(0, 5).join(', ')}`),
      );
    }
    const hitAt3 = hits / JUDGED_QUERIES.length;
    const recallAt10 = recallSum / JUDGED_QUERIES.length;
    process.stdout.write(
      `\nRelevance (${JUDGED_QUERIES.length} queries, ${docs.length} listings): ` +
        `hit@3 ${(hitAt3 * 100).toFixed(1)}%, recall@10 ${(recallAt10 * 100).toFixed(1)}%\n${rows.join('\n')}\n`,
    );
    expect(hitAt3).toBeGreaterThanOrEqual(HIT_AT_3);
    expect(recallAt10).toBeGreaterThanOrEqual(RECALL_AT_10);
  });
});

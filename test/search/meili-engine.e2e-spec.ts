import { randomBytes } from 'node:crypto';
import { describe, it } from '@jest/globals';
import { SearchIndex, SearchService, SearchSync } from '@app/search';
import { createTestApp } from '../support/app.js';
import { searchEngineContract } from './search-contract.js';

const MEILI_URL = process.env.MEILI_URL;

if (MEILI_URL) {
  // A real Meilisearch server: every write goes through the outbox and the sync, as in production.
  searchEngineContract(`Meilisearch at ${MEILI_URL}`, async () => {
    const t = await createTestApp({
      env: {
        MEILI_URL,
        MEILI_API_KEY: process.env.MEILI_API_KEY,
        MEILI_INDEX: `contract_${randomBytes(4).toString('hex')}`,
      },
    });
    const index = t.app.get(SearchIndex);
    const sync = t.app.get(SearchSync);
    await sync.applySettings();
    return {
      service: t.app.get(SearchService),
      index: async (docs) => {
        await t.dataSource.transaction((em) => index.upsert(em, docs));
        await sync.drainAll();
      },
      remove: async (ids) => {
        await t.dataSource.transaction((em) => index.remove(em, ids));
        await sync.drainAll();
      },
      close: () => t.close(),
    };
  });
} else {
  describe('search engine contract: Meilisearch', () => {
    it.skip('skipped: set MEILI_URL to a Meilisearch server to run the contract against it (none can run here)', () => {});
  });
}

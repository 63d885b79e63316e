import { SearchIndex, SearchService } from '@app/search';
import { createTestApp } from '../support/app.js';
import { searchEngineContract } from './search-contract.js';

// The default engine, on the test's own PostgreSQL database.
searchEngineContract('PostgreSQL (jieba + tsvector)', async () => {
  const t = await createTestApp();
  const index = t.app.get(SearchIndex);
  return {
    service: t.app.get(SearchService),
    index: (docs) => t.dataSource.transaction((em) => index.upsert(em, docs)),
    remove: (ids) => t.dataSource.transaction((em) => index.remove(em, ids)),
    close: () => t.close(),
  };
});

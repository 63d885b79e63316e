import { describe, expect, it } from '@jest/globals';
import { changePayload, type SearchChange, touches } from './search-changes.js';
import type { SearchQuery } from './search.types.js';

const query = (terms: string[], extra: Partial<SearchQuery> = {}): SearchQuery => ({
  text: terms.join(' '),
  terms,
  sort: 'relevance',
  page: 1,
  pageSize: 20,
  ...extra,
});
const edit: SearchChange = { categories: ['ip'], words: ['商标', '注册', 'iso9001', '宁波'] };

describe('touches: which cached searches a search write can alter', () => {
  it.each([
    ['a search for one of its words', query(['商标']), true],
    ['a search with several words, one of them touched', query(['专利', '注册']), true],
    ['a search for other words', query(['专利', '检索']), false],
    ['a Latin word matching as a prefix', query(['iso']), true],
    ['a Latin word that is not a prefix of any', query(['iso14001']), false],
    ['filter-only browsing of its category', query([], { category: 'ip' }), true],
    ['filter-only browsing of another category', query([], { category: 'digital' }), false],
    [
      'filter-only browsing with no category (counts and facets may change)',
      query([], { regionCodes: ['330200'] }),
      true,
    ],
    ['its words, but in another category', query(['商标'], { category: 'digital' }), false],
  ])('%s: %s', (_label, q, expected) => {
    expect(touches(edit, q)).toBe(expected);
  });

  it('a change too large for a notification touches every search', () => {
    const huge: SearchChange = { categories: ['ip'], words: Array.from({ length: 2000 }, (_, i) => `词${i}`) };
    expect(changePayload(huge)).toBe('*');
    expect(touches('*', query(['任何']))).toBe(true);
    expect(JSON.parse(changePayload(edit))).toEqual(edit);
  });
});

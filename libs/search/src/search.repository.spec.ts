import { describe, expect, it } from '@jest/globals';
import { atLeastQuery, buckets, relevanceGroups, summarisable, tsqueryTerm } from './search.repository.js';
import type { SearchQuery } from './search.types.js';

describe('the tsqueries of the bounded search path', () => {
  it.each([
    ['专利', "'专利'"],
    ['t:专利', "'t:专利'"],
    ['iso', "'iso':*"],
    ['g:iso', "'g:iso':*"],
    ['x', "'x'"],
  ])('tsqueryTerm(%j) = %s', (term, expected) => {
    expect(tsqueryTerm(term)).toBe(expected);
  });

  it.each([
    [['a', 'b', 'c'], 1, "'a' | 'b' | 'c'"],
    [['a', 'b', 'c'], 2, "('a' & 'b') | ('a' & 'c') | ('b' & 'c')"],
    [['a', 'b', 'c'], 3, "'a' & 'b' & 'c'"],
  ])('atLeastQuery(%j, %i) = %s', (terms, k, expected) => {
    expect(atLeastQuery(terms, k)).toBe(expected);
  });

  it.each([
    [1, [1]],
    [3, [3, 2, 1]],
    [6, [6, 5, 4, 3, 2, 1]],
    [7, [7, 1]],
  ])('buckets(%i) = %j', (n, expected) => {
    expect(buckets(n)).toEqual(expected);
  });

  it('groups by words matched, then the best field a word is in: three fields per bucket, in rank order', () => {
    const groups = relevanceGroups(['a', 'b']);
    expect(groups.map((g) => `${g.words} ${g.attribute}`)).toEqual([
      '2 title',
      '2 tags',
      '2 elsewhere',
      '1 title',
      '1 tags',
      '1 elsewhere',
    ]);
    expect(groups[0]).toMatchObject({ tsquery: "'a' & 'b'", field: { tsquery: "'t:a' | 't:b'", not: false } });
    expect(groups[4]).toMatchObject({
      tsquery: "('a' | 'b') & !('a' & 'b')",
      field: { tsquery: "('g:a' | 'g:b') & !('t:a' | 't:b')", not: false },
    });
    expect(groups[5].field).toEqual({ tsquery: "'t:a' | 't:b' | 'g:a' | 'g:b'", not: true });
  });

  const query = (q: Partial<SearchQuery>): SearchQuery => ({
    text: '',
    terms: [],
    sort: 'relevance',
    page: 1,
    pageSize: 20,
    ...q,
  });
  it.each([
    ['no words, key filters only', query({ category: 'ip', regionCodes: ['330200'], voucherEligible: true }), true],
    ['words', query({ terms: ['专利'] }), false],
    ['a rating floor', query({ minRating: 4 }), false],
    ['a price bound', query({ priceMaxFen: 100 }), false],
  ])('summarisable: %s', (_label, q, expected) => {
    expect(summarisable(q)).toBe(expected);
  });
});

import { describe, expect, it } from '@jest/globals';
import { atLeastQuery, buckets, relevanceGroups, summarisable, tsqueryTerm } from './search.repository.js';
import type { SearchQuery } from './search.types.js';

describe('the tsqueries of the bounded search path', () => {
  it.each([
    ['专利', '', "'专利'"],
    ['专利', 'A', "'专利':A"],
    ['iso', '', "'iso':*"],
    ['iso', 'AB', "'iso':*AB"],
    ['x', '', "'x'"],
  ])('tsqueryTerm(%j, %j) = %s', (term, weights, expected) => {
    expect(tsqueryTerm(term, weights)).toBe(expected);
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

  it('groups by words matched, then the best field: four fields per bucket, in rank order', () => {
    const groups = relevanceGroups(['a', 'b']);
    expect(groups.map((g) => `${g.words}${g.attribute}`)).toEqual(['2A', '2B', '2C', '2D', '1A', '1B', '1C', '1D']);
    expect(groups[0].tsquery).toBe("('a' & 'b') & ('a':A | 'b':A)");
    expect(groups[5].tsquery).toBe("('a' | 'b') & !('a' & 'b') & ('a':B | 'b':B) & !('a':A | 'b':A)");
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

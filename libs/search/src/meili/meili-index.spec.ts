import { describe, expect, it } from '@jest/globals';
import type { ListingDocument, SearchQuery } from '../search.types.js';
import { fromMeiliDocument, MEILI_SETTINGS, meiliSearchParams, toMeiliDocument } from './meili-index.js';

const doc: ListingDocument = {
  id: '00000000-0000-4000-8000-000000000001',
  providerId: '00000000-0000-4000-8000-000000000901',
  providerName: '宁波知行知识产权代理有限公司',
  title: '发明专利申请代理',
  description: '技术交底、检索、撰写、答复。',
  category: 'ip',
  tags: ['发明专利'],
  priceModel: 'fixed',
  priceFen: 450000,
  unit: '件',
  deliveryDays: 30,
  regionCodes: ['330200'],
  srdiSpecial: true,
  voucherEligible: false,
  rating: 4.5,
  ratingCount: 2,
  servedCount: 3,
  publishedAt: new Date('2026-11-01T08:00:00Z'),
};

const query = (over: Partial<SearchQuery> = {}): SearchQuery => ({
  text: '专利',
  terms: ['专利'],
  sort: 'relevance',
  page: 2,
  pageSize: 20,
  ...over,
});

describe('Meilisearch index settings', () => {
  it('searches title, tags, provider name and description in that order of weight', () => {
    expect(MEILI_SETTINGS.searchableAttributes).toEqual(['title', 'tags', 'providerName', 'description']);
  });

  it('can filter and facet on every search filter, and sort on every sort', () => {
    expect(MEILI_SETTINGS.filterableAttributes).toEqual(
      expect.arrayContaining(['category', 'regionCodes', 'voucherEligible', 'srdiSpecial', 'rating', 'priceFen']),
    );
    expect(MEILI_SETTINGS.sortableAttributes).toEqual(expect.arrayContaining(['rating', 'priceFen', 'servedCount']));
  });

  it('segments Chinese as Mandarin (cmn) on every attribute', () => {
    expect(MEILI_SETTINGS.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['cmn'] }]);
  });

  it('ranks by rating only after the built-in rules', () => {
    const rules = MEILI_SETTINGS.rankingRules as string[];
    const builtIn = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];
    expect(rules.slice(0, builtIn.length)).toEqual(builtIn);
    expect(rules.indexOf('rating:desc')).toBe(builtIn.length);
  });
});

describe('Meilisearch documents', () => {
  it('stores dates as epoch milliseconds and round-trips', () => {
    const stored = toMeiliDocument(doc);
    expect(stored.publishedAt).toBe(Date.parse('2026-11-01T08:00:00Z'));
    expect(stored.rating).toBe(4.5);
    expect(fromMeiliDocument(stored)).toEqual(doc);
  });

  it('leaves priceFen out of quote listings (so price filters and sorts treat them as unpriced)', () => {
    const stored = toMeiliDocument({ ...doc, priceModel: 'quote', priceFen: null });
    expect(stored).not.toHaveProperty('priceFen');
    expect(fromMeiliDocument(stored).priceFen).toBeNull();
  });
});

describe('Meilisearch search requests', () => {
  it('pages by page and hitsPerPage, keeps partial matches, and asks for both facets', () => {
    expect(meiliSearchParams(query())).toEqual({
      filter: [],
      facets: ['category', 'regionCodes'],
      page: 2,
      hitsPerPage: 20,
      matchingStrategy: 'last',
    });
  });

  it('turns every filter into a filter expression, strings quoted', () => {
    const params = meiliSearchParams(
      query({
        category: 'ip',
        regionCodes: ['330206', '330200'],
        voucherEligible: true,
        srdiSpecial: false,
        minRating: 4.5,
        priceMinFen: 100,
        priceMaxFen: 500,
      }),
    );
    expect(params.filter).toEqual([
      'category = "ip"',
      'regionCodes IN ["330206", "330200"]',
      'voucherEligible = true',
      'srdiSpecial = false',
      'rating >= 4.5',
      'priceFen >= 100',
      'priceFen <= 500',
    ]);
  });

  it('maps each sort; an empty query sorts by rating', () => {
    expect(meiliSearchParams(query({ sort: 'price_asc' })).sort).toEqual(['priceFen:asc']);
    expect(meiliSearchParams(query({ sort: 'price_desc' })).sort).toEqual(['priceFen:desc']);
    expect(meiliSearchParams(query({ sort: 'rating' })).sort).toEqual(['rating:desc', 'ratingCount:desc']);
    expect(meiliSearchParams(query({ sort: 'served' })).sort).toEqual(['servedCount:desc']);
    expect(meiliSearchParams(query({ sort: 'relevance' })).sort).toBeUndefined();
    expect(meiliSearchParams(query({ text: '', terms: [] })).sort).toEqual(['rating:desc', 'servedCount:desc']);
  });
});

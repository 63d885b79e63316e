import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ListingDocument, SearchListingsQuery, type SearchResultView, type SearchService } from '@app/search';

/** What the contract needs from an engine under test: the search service, and a way to (re)index. */
export interface SearchHarness {
  service: SearchService;
  /** Makes the documents searchable (for Meilisearch: through the outbox and the sync). */
  index(docs: ListingDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  close(): Promise<void>;
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function doc(n: number, fields: Partial<ListingDocument>): ListingDocument {
  return {
    id: id(n),
    providerId: id(900 + n),
    providerName: `宁波测试服务机构${n}号有限公司`,
    title: '',
    description: '为宁波中小企业提供专业服务。',
    category: 'consulting',
    tags: [],
    priceModel: 'fixed',
    priceFen: 100000,
    unit: '项',
    deliveryDays: 30,
    regionCodes: ['330200'],
    srdiSpecial: false,
    voucherEligible: false,
    rating: 0,
    ratingCount: 0,
    servedCount: 0,
    publishedAt: new Date('2026-11-01T00:00:00Z'),
    ...fields,
  };
}

export const CONTRACT_DOCS: ListingDocument[] = [
  doc(1, {
    title: '专利申请与知识产权布局',
    category: 'ip',
    tags: ['发明专利'],
    providerName: '宁波知行知识产权代理有限公司',
    priceFen: 450000,
    voucherEligible: true,
    rating: 4.8,
    ratingCount: 10,
    servedCount: 30,
  }),
  doc(2, {
    title: '数字化转型诊断',
    description: '上门诊断生产与管理流程，给出 MES 与 ERP 选型建议和实施路线图。',
    category: 'digital',
    priceModel: 'from',
    priceFen: 2000000,
    regionCodes: ['330212'],
    voucherEligible: true,
    srdiSpecial: true,
    rating: 4.2,
    ratingCount: 6,
    servedCount: 12,
  }),
  doc(3, {
    title: '数字化转型咨询与规划',
    category: 'consulting',
    priceModel: 'quote',
    priceFen: null,
    regionCodes: ['330206'],
  }),
  doc(4, {
    title: 'ISO9001质量管理体系认证咨询',
    category: 'consulting',
    priceFen: 3000000,
    regionCodes: ['330281'],
    rating: 4.5,
    ratingCount: 4,
    servedCount: 8,
  }),
  doc(5, {
    title: '碳排放核算与碳足迹认证',
    category: 'energy_carbon',
    priceFen: 3000000,
    rating: 3.9,
    ratingCount: 3,
    servedCount: 5,
    srdiSpecial: true,
  }),
  doc(6, {
    title: 'IPO上市辅导',
    category: 'finance',
    priceModel: 'from',
    priceFen: 50000000,
    regionCodes: ['330212'],
    rating: 5,
    ratingCount: 2,
    servedCount: 2,
  }),
  doc(7, {
    title: '商标注册代理',
    category: 'ip',
    priceFen: 80000,
    regionCodes: ['330203'],
    rating: 4,
    ratingCount: 1,
  }),
  doc(8, {
    title: '工程师技能培训',
    description: '面向研发人员的专利意识与创新方法课程，含案例研讨。',
    category: 'talent',
    priceFen: 2000000,
    regionCodes: ['330282'],
    servedCount: 40,
  }),
];

const ids = (r: SearchResultView) => r.items.map((i) => i.id);

/** The behaviour every search engine must show; run by each engine's spec file. */
export function searchEngineContract(name: string, setup: () => Promise<SearchHarness>): void {
  describe(`search engine contract: ${name}`, () => {
    let h: SearchHarness;
    const search = (query: Partial<SearchListingsQuery>) =>
      h.service.search(Object.assign(new SearchListingsQuery(), query));

    beforeAll(async () => {
      h = await setup();
      await h.index(CONTRACT_DOCS);
    });
    afterAll(async () => {
      await h.close();
    });

    it('finds Chinese words inside longer ones (专利 finds 专利申请), title matches above description matches', async () => {
      const r = await search({ q: '专利' });
      expect(ids(r)).toEqual([id(1), id(8)]);
      expect(r.items[0].highlight.title).toBe('<em>专利</em>申请与知识产权布局');
      expect(r.items[1].highlight.description).toContain('<em>专利</em>意识');
    });

    it('matches Latin words case-insensitively, and a word inside a code (ISO finds ISO9001)', async () => {
      for (const q of ['MES', 'mes', 'Erp']) expect(ids(await search({ q }))).toEqual([id(2)]);
      for (const q of ['ISO9001', 'iso9001', 'ISO', 'ＩＳＯ９００１'])
        expect(ids(await search({ q }))).toEqual([id(4)]);
      expect(ids(await search({ q: 'ipo' }))).toEqual([id(6)]);
    });

    it('ranks a listing matching every word above those matching some, and still finds the latter', async () => {
      const r = await search({ q: '数字化转型咨询' });
      expect(r.items[0].id).toBe(id(3));
      expect(ids(r)).toEqual(expect.arrayContaining([id(2), id(4)]));
    });

    it('never answers an empty page when the words exist in different listings', async () => {
      const r = await search({ q: '商标 碳足迹' });
      expect(ids(r).sort()).toEqual([id(5), id(7)]);
    });

    it('finds provider names', async () => {
      expect(ids(await search({ q: '知行' }))).toEqual([id(1)]);
    });

    it('filters by category, voucher eligibility, SRDI special, rating and inclusive price bounds', async () => {
      expect(ids(await search({ category: 'ip' })).sort()).toEqual([id(1), id(7)]);
      expect(ids(await search({ voucherEligible: true })).sort()).toEqual([id(1), id(2)]);
      expect(ids(await search({ voucherEligible: false })).length).toBe(6);
      expect(ids(await search({ srdiSpecial: true })).sort()).toEqual([id(2), id(5)]);
      expect(ids(await search({ minRating: 4.5 })).sort()).toEqual([id(1), id(4), id(6)]);
      expect(ids(await search({ priceMinFen: 80000, priceMaxFen: 450000 })).sort()).toEqual([id(1), id(7)]);
      expect(ids(await search({ q: '咨询', priceMaxFen: 100_000_000 }))).toEqual([id(4)]);
    });

    it('filters by region: a district finds listings serving it or its city; the city finds its districts', async () => {
      expect(ids(await search({ regionCode: '330206' })).sort()).toEqual([id(1), id(3), id(5)]);
      expect((await search({ regionCode: '330200' })).total).toBe(CONTRACT_DOCS.length);
    });

    it('counts facets per category and region under the current query and filters', async () => {
      const r = await search({ q: '咨询' });
      expect(r.facets.category).toEqual({ consulting: 2 });
      expect(r.facets.regionCode).toEqual({ '330206': 1, '330281': 1 });
      const district = await search({ regionCode: '330212' });
      expect(district.facets.category).toEqual({ ip: 1, digital: 1, energy_carbon: 1, finance: 1 });
      expect(district.facets.regionCode).toEqual({ '330200': 2, '330212': 2 });
    });

    it('sorts by price (quote last both ways), rating and enterprises served', async () => {
      const asc = ids(await search({ sort: 'price_asc', pageSize: 100 }));
      expect(asc[0]).toBe(id(7));
      expect(asc.at(-1)).toBe(id(3));
      const desc = ids(await search({ sort: 'price_desc', pageSize: 100 }));
      expect(desc[0]).toBe(id(6));
      expect(desc.at(-1)).toBe(id(3));
      expect(ids(await search({ sort: 'rating' })).slice(0, 3)).toEqual([id(6), id(1), id(4)]);
      expect(ids(await search({ sort: 'served' })).slice(0, 2)).toEqual([id(8), id(1)]);
    });

    it('paginates without gaps or repeats', async () => {
      const seen: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const r = await search({ sort: 'price_asc', page, pageSize: 3 });
        expect(r.total).toBe(CONTRACT_DOCS.length);
        expect(r.items.length).toBe(page < 3 ? 3 : 2);
        seen.push(...ids(r));
      }
      expect(new Set(seen).size).toBe(CONTRACT_DOCS.length);
      expect((await search({ page: 4, pageSize: 3 })).items).toEqual([]);
    });

    it('carries the provider facts and a measured tookMs', async () => {
      const [hit] = (await search({ q: 'IPO' })).items;
      expect(hit).toMatchObject({
        title: 'IPO上市辅导',
        category: 'finance',
        priceFen: 50000000,
        providerId: id(906),
        providerName: '宁波测试服务机构6号有限公司',
        rating: 5,
        ratingCount: 2,
        servedCount: 2,
      });
      expect(hit.highlight.title).toBe('<em>IPO</em>上市辅导');
      // A search not answered before (no cached result): it reaches the engine, which takes time.
      expect((await search({ q: 'IPO', sort: 'price_desc', pageSize: 7 })).tookMs).toBeGreaterThan(0);
    });

    it('follows changes: an edited title is found by its new words, a removed listing is not found', async () => {
      await h.index([{ ...CONTRACT_DOCS[6], title: '马德里商标国际注册' }]);
      expect(ids(await search({ q: '马德里' }))).toEqual([id(7)]);
      await h.remove([id(7)]);
      expect(ids(await search({ q: '马德里' }))).toEqual([]);
      await h.index([CONTRACT_DOCS[6]]);
    });
  });
}

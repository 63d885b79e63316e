import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  EXACT_UP_TO,
  type ListingDocument,
  runSearch,
  SearchIndex,
  type SearchQuery,
  type SearchSort,
  segmentQuery,
} from '@app/search';
import { generateListings, seeded } from '../../bench/listing-generator.js';
import { createTestApp, type TestApp } from '../support/app.js';

/** 3,000 generated listings (seeded), every 7th serving two districts, so region facets must not double count. */
function corpus(): ListingDocument[] {
  return [...generateListings(3000, 120, 7)].map((d, i) =>
    i % 7 === 0 ? { ...d, regionCodes: ['330203', '330206'] } : d,
  );
}

const query = (q: Partial<SearchQuery> & { text?: string }): SearchQuery => ({
  text: q.text ?? '',
  terms: segmentQuery(q.text ?? ''),
  sort: 'relevance',
  page: 1,
  pageSize: 20,
  ...q,
});

describe('bounded search statements (PostgreSQL engine): summary, sample, buckets', () => {
  let t: TestApp;
  let index: SearchIndex;
  const docs = corpus();
  const run = (sql: string, params: unknown[]) => t.dataSource.query(sql, params);

  beforeAll(async () => {
    t = await createTestApp();
    index = t.app.get(SearchIndex);
    await t.dataSource.transaction((em) => index.upsert(em, docs));
    // The estimate above the bound is the planner's: it needs the statistics autovacuum keeps.
    await t.dataSource.query('ANALYZE search_document');
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  /** The summary the triggers keep, against a GROUP BY over every document. */
  const summaryMatches = async () => {
    const [drift] = await t.dataSource.query(`
      SELECT count(*)::int AS n FROM (
        (SELECT category, region_codes, voucher_eligible, srdi_special, n::bigint FROM search_facet_summary
         EXCEPT SELECT category, region_codes, voucher_eligible, srdi_special, count(*) FROM search_document GROUP BY 1, 2, 3, 4)
        UNION ALL
        (SELECT category, region_codes, voucher_eligible, srdi_special, count(*) FROM search_document GROUP BY 1, 2, 3, 4
         EXCEPT SELECT category, region_codes, voucher_eligible, srdi_special, n::bigint FROM search_facet_summary)
      ) d`);
    return drift.n;
  };

  it('keeps the facet summary equal to the documents through inserts, upserts that change keys, and deletes', async () => {
    expect(await summaryMatches()).toBe(0);
    const rnd = seeded(42);
    const changed = docs.slice(0, 400).map((d) => ({
      ...d,
      category: rnd() < 0.5 ? 'digital' : d.category,
      regionCodes: rnd() < 0.3 ? ['330211'] : d.regionCodes,
      voucherEligible: rnd() < 0.5,
    }));
    await t.dataSource.transaction((em) => index.upsert(em, changed));
    expect(await summaryMatches()).toBe(0);
    await t.dataSource.transaction((em) =>
      index.remove(
        em,
        docs.slice(400, 450).map((d) => d.id),
      ),
    );
    expect(await summaryMatches()).toBe(0);
    await t.dataSource.transaction((em) => index.removeProvider(em, docs[451].providerId));
    expect(await summaryMatches()).toBe(0);
    // Put the corpus back as it was for the other tests.
    await t.dataSource.transaction((em) => index.upsert(em, docs));
    expect(await summaryMatches()).toBe(0);
  });

  it('answers filter-only browsing from the summary, exactly, with each listing counted once per facet', async () => {
    for (const q of [
      query({}),
      query({ category: 'ip' }),
      query({ regionCodes: ['330200', '330203', '330206'], voucherEligible: true }),
      query({ srdiSpecial: true, category: 'testing' }),
    ]) {
      const result = await runSearch(run, q);
      const conditions = [
        q.category ? `category = '${q.category}'` : 'true',
        q.regionCodes ? `region_codes && ARRAY['${q.regionCodes.join("','")}']` : 'true',
        q.voucherEligible !== undefined ? `voucher_eligible = ${q.voucherEligible}` : 'true',
        q.srdiSpecial !== undefined ? `srdi_special = ${q.srdiSpecial}` : 'true',
      ].join(' AND ');
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM search_document WHERE ${conditions}`);
      const regions = await t.dataSource.query(
        `SELECT code, count(*)::int AS n FROM search_document, unnest(region_codes) code WHERE ${conditions} GROUP BY code`,
      );
      expect(result).toMatchObject({ total: n, estimated: false });
      expect(result.facets.regionCode).toEqual(
        Object.fromEntries(regions.map((r: { code: string; n: number }) => [r.code, r.n])),
      );
      expect(result.hits).toHaveLength(Math.min(20, n));
    }
  });

  it(`counts exactly up to ${EXACT_UP_TO} hits and says when it estimates above`, async () => {
    const narrow = await runSearch(run, query({ text: 'MES' }));
    const [{ n: mes }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM search_document WHERE tsv @@ to_tsquery('simple', '''mes'':*')`,
    );
    expect(mes).toBeLessThanOrEqual(EXACT_UP_TO);
    expect(narrow).toMatchObject({ total: mes, estimated: false });

    const broad = await runSearch(run, query({ text: '服务' }));
    const [{ n: all }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM search_document WHERE tsv @@ to_tsquery('simple', '''服务''')`,
    );
    expect(all).toBeGreaterThan(EXACT_UP_TO);
    expect(broad.estimated).toBe(true);
    expect(broad.total).toBeGreaterThan(EXACT_UP_TO);
    expect(Math.abs(broad.total - all) / all).toBeLessThan(0.25);
    const facetSum = Object.values(broad.facets.category).reduce((a, b) => a + b, 0);
    expect(Math.abs(facetSum - broad.total) / broad.total).toBeLessThan(0.05);
  });

  it('pages exactly as ranking every hit would: the bucket of most words first, every sort, deep pages', async () => {
    const order: Record<SearchSort, string> = {
      relevance: 'matched DESC, field DESC, rating DESC, served_count DESC, listing_id',
      rating: 'rating DESC, rating_count DESC, matched DESC, listing_id',
      price_asc: 'price_fen ASC NULLS LAST, matched DESC, listing_id',
      price_desc: 'price_fen DESC NULLS LAST, matched DESC, listing_id',
      served: 'served_count DESC, matched DESC, listing_id',
    };
    const cases: Array<Partial<SearchQuery> & { text: string }> = [
      { text: '数字化转型咨询' },
      { text: '数字化转型咨询', page: 9 },
      { text: '知识产权保护', voucherEligible: true, page: 3 },
      { text: '融资 上市', sort: 'price_asc', page: 2 },
      { text: 'ISO9001认证', sort: 'rating' },
      { text: '专利', sort: 'served', page: 4 },
      { text: '碳排放核算', category: 'energy_carbon', sort: 'price_desc' },
    ];
    for (const c of cases) {
      const q = query(c);
      const { hits } = await runSearch(run, q);
      // The reference: every hit ranked at once (words matched, best field, rating, served), which
      // the engine must equal while reading only the groups that reach the page.
      const any = q.terms.map((w) => (/^[a-z0-9]+$/.test(w) && w.length >= 2 ? `'${w}':*` : `'${w}'`));
      const matched = any.map((w) => `(tsv @@ to_tsquery('simple', $$${w}$$))::int`).join(' + ');
      // The best field one of the words is in: title 2, tags 1, anywhere else 0.
      const at = (prefix: string) =>
        `field_tsv @@ $$${any.map((w) => w.replace("'", `'${prefix}`)).join(' | ')}$$::tsquery`;
      const field = `CASE WHEN ${at('t:')} THEN 2 WHEN ${at('g:')} THEN 1 ELSE 0 END`;
      const expected = await t.dataSource.query(
        `SELECT listing_id FROM (SELECT *, ${matched} AS matched, ${field} AS field FROM search_document
          WHERE tsv @@ to_tsquery('simple', $$${any.join(' | ')}$$)
            ${q.category ? `AND category = '${q.category}'` : ''} ${q.voucherEligible ? 'AND voucher_eligible' : ''}) d
         ORDER BY ${order[q.sort]} LIMIT 20 OFFSET ${(q.page - 1) * 20}`,
      );
      expect(hits.map((h) => h.id)).toEqual(expected.map((r: { listing_id: string }) => r.listing_id));
      expect(hits.length).toBe(20);
    }
  });
});

import type { paths } from '../../api/schema';
import { yuan } from '../../format';

/** The query of GET /search/listings. */
export type SearchQuery = NonNullable<paths['/api/v1/search/listings']['get']['parameters']['query']>;
export type SearchSort = NonNullable<SearchQuery['sort']>;

export const SORTS: Array<{ value: SearchSort; label: string }> = [
  { value: 'relevance', label: '综合排序' },
  { value: 'rating', label: '评分最高' },
  { value: 'price_asc', label: '价格从低到高' },
  { value: 'price_desc', label: '价格从高到低' },
  { value: 'served', label: '服务企业最多' },
];

export const MIN_RATINGS = [
  { value: '', label: '不限' },
  { value: '3', label: '3 分及以上' },
  { value: '4', label: '4 分及以上' },
  { value: '4.5', label: '4.5 分及以上' },
];

export const PAGE_SIZES = [10, 20, 50];

const int = (text: string | null): number | undefined => {
  if (text === null || !/^\d+$/.test(text)) return undefined;
  return Number(text);
};
const bool = (text: string | null): boolean | undefined =>
  text === 'true' ? true : text === 'false' ? false : undefined;

/**
 * The search API query kept in the page's URL (`/search?q=专利&category=ip&sort=price_asc&page=2`):
 * the URL names are the API's, so a reload or "back" asks the same question again.
 */
export function searchQueryOf(
  params: URLSearchParams,
): Required<Pick<SearchQuery, 'sort' | 'page' | 'pageSize'>> & SearchQuery {
  const sort = params.get('sort');
  const pageSize = int(params.get('pageSize'));
  const minRating = params.get('minRating');
  const query: SearchQuery = {
    q: params.get('q')?.trim() || undefined,
    category: params.get('category') || undefined,
    regionCode: params.get('regionCode') || undefined,
    voucherEligible: bool(params.get('voucherEligible')),
    srdiSpecial: bool(params.get('srdiSpecial')),
    minRating: minRating && Number.isFinite(Number(minRating)) ? Number(minRating) : undefined,
    priceMinFen: int(params.get('priceMinFen')),
    priceMaxFen: int(params.get('priceMaxFen')),
  };
  return {
    ...(Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as SearchQuery),
    sort: SORTS.some((s) => s.value === sort) ? (sort as SearchSort) : 'relevance',
    page: Math.max(1, int(params.get('page')) ?? 1),
    pageSize: pageSize && PAGE_SIZES.includes(pageSize) ? pageSize : PAGE_SIZES[0],
  };
}

/** The price range in words: "¥100.00 – ¥5,000.00", "¥100.00 以上", "¥5,000.00 以下". */
export function priceRangeText(minFen?: number, maxFen?: number): string | null {
  if (minFen === undefined && maxFen === undefined) return null;
  if (minFen !== undefined && maxFen !== undefined) return `${yuan(minFen)} – ${yuan(maxFen)}`;
  return minFen !== undefined ? `${yuan(minFen)} 以上` : `${yuan(maxFen)} 以下`;
}

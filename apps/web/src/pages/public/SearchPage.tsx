import { FilterOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Drawer,
  Empty,
  Flex,
  Grid,
  Input,
  Pagination,
  Row,
  Segmented,
  Select,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorAlert } from '../../components/Page';
import { SearchFilters } from './SearchFilters';
import { ListingCard, useCategories, useRegions } from './shared';
import {
  MIN_RATINGS,
  PAGE_SIZES,
  priceRangeText,
  type SearchQuery,
  searchQueryOf,
  SORTS,
  type SearchSort,
} from './searchQuery';

/** The facet counts of the search without one of its filters (one page of one item). */
function useFacetsWithout(query: SearchQuery, enabled: boolean) {
  const without = { ...query, sort: undefined, page: 1, pageSize: 1 };
  return useQuery({
    queryKey: ['search', without],
    queryFn: () => ok(api.GET('/api/v1/search/listings', { params: { query: without } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** `/search`: the search API's whole question (words, facets, filters, sort, page) kept in the URL. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const query = searchQueryOf(params);
  const wide = Grid.useBreakpoint().lg ?? true;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const categories = useCategories();
  const regions = useRegions();
  const search = useQuery({
    queryKey: ['search', query],
    queryFn: () => ok(api.GET('/api/v1/search/listings', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  // Facets answer under every filter; a chosen category's (or region's) siblings are counted without it.
  const { category, regionCode, ...rest } = query;
  const categoryFacets = useFacetsWithout({ ...rest, regionCode }, !!category);
  const regionFacets = useFacetsWithout({ ...rest, category }, !!regionCode);

  /** Changes some of the URL's values; any change but the page's goes back to page 1. */
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
    setFiltersOpen(false);
  };

  const chips: Array<{ key: string[]; label: string }> = [];
  if (query.q) chips.push({ key: ['q'], label: `关键词：${query.q}` });
  if (query.category) chips.push({ key: ['category'], label: `类别：${categories.nameOf(query.category)}` });
  if (query.regionCode) chips.push({ key: ['regionCode'], label: `区域：${regions.nameOf(query.regionCode)}` });
  if (query.voucherEligible !== undefined)
    chips.push({ key: ['voucherEligible'], label: query.voucherEligible ? '可用服务券' : '不可用服务券' });
  if (query.srdiSpecial !== undefined)
    chips.push({ key: ['srdiSpecial'], label: query.srdiSpecial ? '专精特新专属' : '非专精特新专属' });
  if (query.minRating !== undefined)
    chips.push({
      key: ['minRating'],
      label: `评分：${MIN_RATINGS.find((r) => r.value === String(query.minRating))?.label ?? `${query.minRating} 分及以上`}`,
    });
  const price = priceRangeText(query.priceMinFen, query.priceMaxFen);
  if (price) chips.push({ key: ['priceMinFen', 'priceMaxFen'], label: `价格：${price}` });

  const data = search.data;
  const facets = data && {
    category: (category && categoryFacets.data?.facets.category) || data.facets.category,
    regionCode: (regionCode && regionFacets.data?.facets.regionCode) || data.facets.regionCode,
  };
  const filters = <SearchFilters query={query} facets={facets} update={update} />;
  const sortControl = wide ? (
    <Segmented<SearchSort> options={SORTS} value={query.sort} onChange={(sort) => update({ sort })} />
  ) : (
    <Select<SearchSort>
      aria-label="排序"
      options={SORTS}
      value={query.sort}
      onChange={(sort) => update({ sort })}
      style={{ width: 140 }}
    />
  );

  return (
    <Row gutter={[16, 16]}>
      {wide && (
        <Col lg={7} xl={6}>
          <Card title="筛选" size="small">
            {filters}
          </Card>
        </Col>
      )}
      <Col xs={24} lg={17} xl={18}>
        <Flex vertical gap={12}>
          <Input.Search
            key={query.q ?? ''}
            defaultValue={query.q}
            aria-label="搜索关键词"
            placeholder="输入服务名称、关键词或服务机构"
            enterButton="搜索"
            size="large"
            allowClear
            maxLength={200}
            onSearch={(q) => update({ q: q.trim() || undefined })}
          />
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Typography.Text>
              {data?.totalEstimated ? '约' : '共'}{' '}
              <Typography.Text strong>{data ? data.total.toLocaleString('zh-CN') : '…'}</Typography.Text> 项服务
              {data && (
                <Typography.Text type="secondary">（用时 {Math.max(1, Math.round(data.tookMs))} 毫秒）</Typography.Text>
              )}
            </Typography.Text>
            <Flex gap={8} align="center">
              {!wide && (
                <Button icon={<FilterOutlined />} onClick={() => setFiltersOpen(true)}>
                  筛选{chips.length ? `（${chips.length}）` : ''}
                </Button>
              )}
              {sortControl}
            </Flex>
          </Flex>
          {chips.length > 0 && (
            <Flex gap={6} wrap align="center" aria-label="已选条件">
              {chips.map((chip) => (
                <Tag
                  key={chip.key.join()}
                  closable
                  onClose={(e) => {
                    e.preventDefault();
                    update(Object.fromEntries(chip.key.map((k) => [k, undefined])));
                  }}
                >
                  {chip.label}
                </Tag>
              ))}
              <Button type="link" size="small" onClick={() => setParams(new URLSearchParams())}>
                清除全部
              </Button>
            </Flex>
          )}
          <ErrorAlert error={search.error} />
          {search.error && (
            <Button style={{ alignSelf: 'flex-start' }} onClick={() => setParams(new URLSearchParams())}>
              清除搜索条件
            </Button>
          )}
          <Spin spinning={search.isFetching} delay={200}>
            <Flex vertical gap={12} style={{ minHeight: 120 }}>
              {data?.items.map((item) => (
                <ListingCard key={item.id} item={item} />
              ))}
              {data && data.items.length === 0 && (
                <Card>
                  <Empty
                    description={
                      query.q ? `没有找到与“${query.q}”相关的服务，换个关键词或减少筛选条件试试` : '没有符合条件的服务'
                    }
                  />
                </Card>
              )}
            </Flex>
          </Spin>
          {data && data.total > 0 && (
            <Pagination
              style={{ alignSelf: 'center' }}
              current={query.page}
              pageSize={query.pageSize}
              total={data.total}
              pageSizeOptions={PAGE_SIZES}
              showSizeChanger
              showTotal={(total) => `${data.totalEstimated ? '约' : '共'} ${total.toLocaleString('zh-CN')} 项`}
              responsive
              onChange={(page, pageSize) => {
                if (pageSize !== query.pageSize) update({ pageSize: String(pageSize) });
                else update({ page: String(page) });
                window.scrollTo({ top: 0 });
              }}
            />
          )}
        </Flex>
      </Col>
      <Drawer title="筛选" open={filtersOpen} onClose={() => setFiltersOpen(false)} placement="right" size={320}>
        {filters}
      </Drawer>
    </Row>
  );
}

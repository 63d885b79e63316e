import { Button, Checkbox, Flex, InputNumber, Select, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { fenOf, yuanNumber } from '../../format';
import type { Schema } from '../../api/types';
import { useCategories, useRegions } from './shared';
import { MIN_RATINGS, type SearchQuery } from './searchQuery';

type Facets = Schema<'SearchFacetsView'>;
export type Update = (changes: Record<string, string | undefined>) => void;

interface FacetOption {
  value: string;
  label: string;
  count?: number;
}

/** One facet (category, region): "全部" and its values with their counts; one value at a time. */
function FacetGroup({
  title,
  options,
  selected,
  onSelect,
}: {
  title: string;
  options: FacetOption[];
  selected?: string;
  onSelect: (value: string | undefined) => void;
}) {
  return (
    <FilterBlock title={title}>
      <Flex gap={6} wrap role="group" aria-label={title}>
        <Tag.CheckableTag checked={!selected} onChange={() => onSelect(undefined)}>
          全部
        </Tag.CheckableTag>
        {options.map((o) => (
          <Tag.CheckableTag
            key={o.value}
            checked={selected === o.value}
            onChange={(checked) => onSelect(checked ? o.value : undefined)}
          >
            {o.label}
            {o.count !== undefined && <span style={{ opacity: 0.65, marginLeft: 4 }}>{o.count}</span>}
          </Tag.CheckableTag>
        ))}
      </Flex>
    </FilterBlock>
  );
}

function FilterBlock({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{title}</Typography.Text>
      {children}
    </Flex>
  );
}

/** Price range in yuan, sent as fen when applied. Remounted (key) when the URL's range changes. */
function PriceRange({ query, update }: { query: SearchQuery; update: Update }) {
  const [min, setMin] = useState<number | null>(yuanNumber(query.priceMinFen));
  const [max, setMax] = useState<number | null>(yuanNumber(query.priceMaxFen));
  const fen = (v: number | null) => (v === null ? undefined : String(fenOf(v.toFixed(2))));
  const invalid = min !== null && max !== null && min > max;
  return (
    <FilterBlock title="价格区间（元）">
      <Flex gap={6} align="center">
        <InputNumber
          aria-label="最低价（元）"
          placeholder="最低"
          min={0}
          precision={2}
          value={min}
          onChange={setMin}
          style={{ flex: 1 }}
        />
        <span>–</span>
        <InputNumber
          aria-label="最高价（元）"
          placeholder="最高"
          min={0}
          precision={2}
          value={max}
          onChange={setMax}
          style={{ flex: 1 }}
        />
      </Flex>
      {invalid && <Typography.Text type="danger">最低价不能高于最高价</Typography.Text>}
      <Button
        size="small"
        disabled={invalid}
        onClick={() => update({ priceMinFen: fen(min), priceMaxFen: fen(max) })}
        style={{ alignSelf: 'flex-start' }}
      >
        应用价格
      </Button>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        按价格筛选时不含“面议”的服务
      </Typography.Text>
    </FilterBlock>
  );
}

/** The search filters: the answer's facets with counts, and the API's other filters. */
export function SearchFilters({
  query,
  facets,
  update,
}: {
  query: SearchQuery;
  facets: Facets | undefined;
  update: Update;
}) {
  const categories = useCategories();
  const regions = useRegions();
  const categoryCounts = facets?.category ?? {};
  const categoryOptions: FacetOption[] = categories.items
    .filter((c) => categoryCounts[c.code] || c.code === query.category)
    .map((c) => ({ value: c.code, label: c.name, count: categoryCounts[c.code] ?? 0 }));
  const regionCounts = Object.entries(facets?.regionCode ?? {}).sort((a, b) => b[1] - a[1]);
  const regionOptions: FacetOption[] = regionCounts.map(([code, count]) => ({
    value: code,
    label: regions.nameOf(code),
    count,
  }));
  if (query.regionCode && !regionOptions.some((o) => o.value === query.regionCode))
    regionOptions.unshift({ value: query.regionCode, label: regions.nameOf(query.regionCode) });
  return (
    <Flex vertical gap={20}>
      <FacetGroup
        title="服务类别"
        options={categoryOptions}
        selected={query.category}
        onSelect={(category) => update({ category })}
      />
      <FacetGroup
        title="服务区域"
        options={regionOptions}
        selected={query.regionCode}
        onSelect={(regionCode) => update({ regionCode })}
      />
      <FilterBlock title="服务特色">
        <Checkbox
          checked={query.voucherEligible === true}
          onChange={(e) => update({ voucherEligible: e.target.checked ? 'true' : undefined })}
        >
          可用服务券
        </Checkbox>
        <Checkbox
          checked={query.srdiSpecial === true}
          onChange={(e) => update({ srdiSpecial: e.target.checked ? 'true' : undefined })}
        >
          专精特新专属
        </Checkbox>
      </FilterBlock>
      <FilterBlock title="服务机构评分">
        <Select
          aria-label="服务机构评分"
          value={query.minRating === undefined ? '' : String(query.minRating)}
          options={MIN_RATINGS}
          onChange={(minRating: string) => update({ minRating: minRating || undefined })}
        />
      </FilterBlock>
      <PriceRange key={`${query.priceMinFen}-${query.priceMaxFen}`} query={query} update={update} />
    </Flex>
  );
}

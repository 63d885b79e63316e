import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Input, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { ErrorAlert, Page } from '../../../components/Page';
import { dateTime, yuan } from '../../../format';
import { LISTING_STATUS, PRICE_MODEL } from './labels';
import { item, StatusTag, useCatalog, useDecision, useQueue } from './shared';

type Item = Schema<'SearchItemView'>;
type Listing = Schema<'ListingView'>;

const priceText = (l: { priceModel: Listing['priceModel']; priceFen?: number | null; unit: string }) =>
  l.priceModel === 'quote'
    ? PRICE_MODEL.quote
    : `${yuan(l.priceFen)}${l.priceModel === 'from' ? ' 起' : ''} / ${l.unit}`;

/** 服务产品巡查: published listings (search), taken down by the reviewer with a reason. */
export function ListingsPage() {
  const queue = useQueue('published', 20);
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<string | undefined>();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { categories, categoryName } = useCatalog();
  const { ask, dialog } = useDecision();
  const search = useQuery({
    queryKey: ['bureau', 'listings', q, category, queue.page, queue.pageSize],
    queryFn: () =>
      ok(
        api.GET('/api/v1/search/listings', {
          params: {
            query: {
              ...(q ? { q } : {}),
              ...(category ? { category } : {}),
              sort: q ? 'relevance' : 'served',
              page: queue.page,
              pageSize: queue.pageSize,
            },
          },
        }),
      ),
  });
  const takeDown = (l: { id: string; title: string }) =>
    ask({
      title: `下架服务产品「${l.title}」`,
      okText: '强制下架',
      danger: true,
      description: '下架后该服务立即从搜索中移除，机构不能再自行发布；已有订单不受影响。理由将告知服务机构。',
      reasonLabel: '下架理由',
      reasonPlaceholder: '如：服务描述夸大宣传，与资质不符',
      submit: (v) =>
        ok(
          api.POST('/api/v1/listings/{id}/take-down', {
            params: { path: { id: l.id } },
            body: { reason: String(v.reason) },
          }),
        ),
      success: '已下架',
      invalidate: [
        ['bureau', 'listings'],
        ['bureau', 'listing', l.id],
      ],
    });

  return (
    <Page title="服务产品巡查">
      <Space wrap>
        <Input.Search
          aria-label="搜索服务产品"
          placeholder="搜索服务名称、描述或机构"
          allowClear
          enterButton="搜索"
          style={{ width: 360 }}
          onSearch={(v) => {
            setQ(v.trim());
            queue.setStatus('published');
          }}
        />
        <Select
          aria-label="服务类别"
          allowClear
          placeholder="全部类别"
          style={{ width: 180 }}
          value={category}
          onChange={(c) => {
            setCategory(c);
            queue.setStatus('published');
          }}
          options={categories.map((c) => ({ value: c.code, label: c.name }))}
        />
        <Typography.Text type="secondary">仅列出已发布、可被搜索到的服务产品</Typography.Text>
      </Space>
      <ErrorAlert error={search.error} />
      <Table<Item>
        rowKey="id"
        size="middle"
        loading={search.isPending}
        dataSource={search.data?.items ?? []}
        pagination={queue.pagination(search.data?.total)}
        locale={{ emptyText: '没有找到服务产品' }}
        onRow={(l) => ({ onClick: () => setSelectedId(l.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: '服务名称', dataIndex: 'title', ellipsis: true },
          { title: '服务机构', dataIndex: 'providerName', ellipsis: true },
          { title: '类别', dataIndex: 'category', width: 110, render: (c: string) => categoryName(c) },
          { title: '价格', key: 'price', width: 170, render: (_, l) => priceText(l) },
          {
            title: '机构评分',
            key: 'rating',
            width: 120,
            render: (_, l) => (l.ratingCount ? `${l.rating.toFixed(1)}（${l.ratingCount} 条）` : '暂无'),
          },
          {
            title: '标签',
            key: 'flags',
            width: 150,
            render: (_, l) => (
              <>
                {l.voucherEligible ? <Tag color="blue">可用服务券</Tag> : null}
                {l.srdiSpecial ? <Tag color="gold">专精特新专享</Tag> : null}
              </>
            ),
          },
          {
            title: '操作',
            key: 'op',
            width: 120,
            render: (_, l) => (
              <Space size={0} onClick={(e) => e.stopPropagation()}>
                <Button type="link" onClick={() => setSelectedId(l.id)}>
                  查看
                </Button>
                <Button type="link" danger onClick={() => takeDown(l)}>
                  下架
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Drawer open={!!selectedId} onClose={() => setSelectedId(null)} size={680} title="服务产品详情" destroyOnHidden>
        {selectedId ? <ListingDetail id={selectedId} takeDown={takeDown} /> : null}
      </Drawer>
      {dialog}
    </Page>
  );
}

function ListingDetail({ id, takeDown }: { id: string; takeDown: (l: Listing) => void }) {
  const { categoryName, regionName } = useCatalog();
  const listing = useQuery({
    queryKey: ['bureau', 'listing', id],
    queryFn: () => ok(api.GET('/api/v1/listings/{id}', { params: { path: { id } } })),
  });
  if (listing.isPending) return <Skeleton active />;
  if (listing.error) return <ErrorAlert error={listing.error} />;
  const l = listing.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          item('服务名称', l.title, 2),
          item('服务机构', l.providerName ?? '—', 2),
          item('类别', categoryName(l.category)),
          item('状态', <StatusTag label={LISTING_STATUS[l.status]} />),
          item('价格', priceText(l)),
          item('交付周期', `${l.deliveryDays} 天`),
          item('服务区域', l.regionCodes.map(regionName).join('、'), 2),
          item('标签', l.tags.length ? l.tags.map((t) => <Tag key={t}>{t}</Tag>) : '—', 2),
          item('可用服务券', l.voucherEligible ? '是' : '否'),
          item('专精特新专享', l.srdiSpecial ? '是' : '否'),
          item('已服务企业', l.servedCount),
          item('发布时间', dateTime(l.publishedAt)),
          item('服务描述', <span style={{ whiteSpace: 'pre-wrap' }}>{l.description}</span>, 2),
          ...(l.lastDecision
            ? [
                item(
                  '最近处理',
                  `${dateTime(l.lastDecision.at)} ${l.lastDecision.reason ? `理由：${l.lastDecision.reason}` : ''}`,
                  2,
                ),
              ]
            : []),
        ]}
      />
      {l.status === 'published' || l.status === 'unpublished' ? (
        <Button danger onClick={() => takeDown(l)}>
          强制下架
        </Button>
      ) : null}
    </Space>
  );
}

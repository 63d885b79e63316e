import { useQueries, useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Empty, Rate, Select, Space, Table, Tag, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';
import { api, ApiError, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { ErrorAlert, Page, Section } from '../../../components/Page';
import { dateTime } from '../../../format';
import { OUTCOME, outcomeValue, RATING_DIMENSIONS } from './labels';
import { OrderDetail } from './OrderDetail';
import { item, StatusFilter, useCatalog, useDecision, useQueue } from './shared';

type Rating = Schema<'RatingView'> | Schema<'PublicRatingView'>;
type Order = Schema<'OrderView'>;
interface Row {
  orderId: string;
  rating: Rating | null | undefined;
  order?: Order;
}
type Scope = 'recent' | 'provider';

const RATINGS_KEY = ['bureau', 'ratings'];

/** 评价管理: recent ratings (of the latest completed orders) or a provider's, hidden with a reason. */
export function RatingsPage() {
  const [scope, setScope] = useState<Scope>('recent');
  const [selected, setSelected] = useState<Row | null>(null);
  const { ask, dialog } = useDecision();
  const hide = (r: Rating) =>
    ask({
      title: '隐藏评价',
      okText: '隐藏',
      danger: true,
      description: '隐藏后该评价不再公开展示，不计入机构评分和年度评选；原评价保留备查，评价企业会收到通知。',
      reasonLabel: '隐藏理由',
      reasonPlaceholder: '如：评价内容含有与服务无关的广告信息',
      submit: (v) =>
        ok(
          api.POST('/api/v1/ratings/{id}/hide', { params: { path: { id: r.id } }, body: { reason: String(v.reason) } }),
        ),
      success: '评价已隐藏',
      invalidate: [RATINGS_KEY],
      onDone: (result) => setSelected((s) => (s ? { ...s, rating: result as Rating } : s)),
    });
  return (
    <Page title="评价管理">
      <StatusFilter<Scope>
        label="范围"
        value={scope}
        onChange={setScope}
        options={[
          { value: 'recent', label: '最近完成的订单' },
          { value: 'provider', label: '按服务机构' },
        ]}
      />
      {scope === 'recent' ? (
        <RecentRatings onOpen={setSelected} onHide={hide} />
      ) : (
        <ProviderRatings onOpen={setSelected} onHide={hide} />
      )}
      <Drawer
        open={!!selected}
        onClose={() => setSelected(null)}
        size={760}
        title="评价详情"
        destroyOnHidden
        extra={
          selected?.rating && !selected.rating.hidden ? (
            <Button danger onClick={() => hide(selected.rating!)}>
              隐藏评价
            </Button>
          ) : null
        }
      >
        {selected ? <RatingDetail row={selected} /> : null}
      </Drawer>
      {dialog}
    </Page>
  );
}

interface TableProps {
  onOpen: (row: Row) => void;
  onHide: (rating: Rating) => void;
}

/** The latest completed orders (the bureau sees all) and the rating of each, if any. */
function RecentRatings({ onOpen, onHide }: TableProps) {
  const queue = useQueue('completed');
  const orders = useQuery({
    queryKey: ['bureau', 'orders', 'completed', queue.page, queue.pageSize],
    queryFn: () =>
      ok(
        api.GET('/api/v1/orders', {
          params: { query: { status: 'completed', page: queue.page, pageSize: queue.pageSize } },
        }),
      ),
  });
  const ratings = useQueries({
    queries: (orders.data?.items ?? []).map((o) => ({
      queryKey: [...RATINGS_KEY, 'order', o.id],
      queryFn: async (): Promise<Rating | null> => {
        try {
          return await ok(api.GET('/api/v1/orders/{id}/rating', { params: { path: { id: o.id } } }));
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }
      },
    })),
  });
  const rows: Row[] = (orders.data?.items ?? []).map((order, i) => ({
    orderId: order.id,
    order,
    rating: ratings[i]?.data,
  }));
  return (
    <>
      <ErrorAlert error={orders.error} />
      <RatingsTable
        rows={rows}
        loading={orders.isPending}
        pagination={queue.pagination(orders.data?.total)}
        onOpen={onOpen}
        onHide={onHide}
        recent
      />
    </>
  );
}

/** The visible ratings of one approved provider (newest first). */
function ProviderRatings({ onOpen, onHide }: TableProps) {
  const [providerId, setProviderId] = useState<string | undefined>();
  const queue = useQueue('all');
  const providers = useQuery({
    queryKey: ['bureau', 'providers', 'directory'],
    queryFn: () => ok(api.GET('/api/v1/providers', { params: { query: { pageSize: 100 } } })),
  });
  const ratings = useQuery({
    queryKey: [...RATINGS_KEY, 'provider', providerId, queue.page, queue.pageSize],
    enabled: !!providerId,
    queryFn: () =>
      ok(
        api.GET('/api/v1/providers/{id}/ratings', {
          params: { path: { id: providerId! }, query: { page: queue.page, pageSize: queue.pageSize } },
        }),
      ),
  });
  return (
    <>
      <Space wrap>
        <Select
          aria-label="服务机构"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="选择服务机构"
          style={{ width: 360 }}
          value={providerId}
          onChange={(id) => {
            setProviderId(id);
            queue.setStatus('all');
          }}
          loading={providers.isPending}
          options={(providers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
        {ratings.data ? (
          <Typography.Text type="secondary">
            公开评分 {ratings.data.count ? ratings.data.average.toFixed(1) : '—'} 分，共 {ratings.data.count} 条公开评价
          </Typography.Text>
        ) : null}
      </Space>
      <ErrorAlert error={providers.error ?? ratings.error} />
      {providerId ? (
        <RatingsTable
          rows={(ratings.data?.items ?? []).flatMap((r) => (r.orderId ? [{ orderId: r.orderId, rating: r }] : []))}
          loading={ratings.isPending}
          pagination={queue.pagination(ratings.data?.total)}
          onOpen={onOpen}
          onHide={onHide}
        />
      ) : (
        <Empty description="请选择服务机构查看其公开评价" />
      )}
    </>
  );
}

function RatingsTable({
  rows,
  loading,
  pagination,
  onOpen,
  onHide,
  recent = false,
}: TableProps & { rows: Row[]; loading: boolean; pagination: TablePaginationConfig; recent?: boolean }) {
  const { categoryName } = useCatalog();
  return (
    <Table<Row>
      rowKey="orderId"
      size="middle"
      loading={loading}
      dataSource={rows}
      pagination={pagination}
      locale={{ emptyText: '暂无评价' }}
      onRow={(row) => ({
        onClick: () => row.rating && onOpen(row),
        style: { cursor: row.rating ? 'pointer' : 'default' },
      })}
      columns={[
        recent
          ? {
              title: '订单',
              key: 'order',
              ellipsis: true,
              render: (_, r) => (
                <div>
                  <div>{r.order?.listingTitle}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.order?.enterpriseName} → {r.order?.providerName}
                  </Typography.Text>
                </div>
              ),
            }
          : {
              title: '服务类别',
              key: 'category',
              width: 120,
              render: (_, r) => categoryName(r.rating?.category ?? ''),
            },
        {
          title: '总体评分',
          key: 'overall',
          width: 150,
          render: (_, r) =>
            r.rating ? (
              <Rate disabled value={r.rating.overall} style={{ fontSize: 14 }} />
            ) : r.rating === null ? (
              '—'
            ) : (
              ''
            ),
        },
        {
          title: '评价内容',
          key: 'comment',
          ellipsis: true,
          render: (_, r) => r.rating?.comment ?? (r.rating ? '（无文字评价）' : ''),
        },
        { title: '评价时间', key: 'at', width: 150, render: (_, r) => (r.rating ? dateTime(r.rating.createdAt) : '') },
        {
          title: '状态',
          key: 'status',
          width: 90,
          render: (_, r) =>
            r.rating === undefined ? null : r.rating === null ? (
              <Tag>未评价</Tag>
            ) : r.rating.hidden ? (
              <Tag color="error">已隐藏</Tag>
            ) : (
              <Tag color="success">公开</Tag>
            ),
        },
        {
          title: '操作',
          key: 'op',
          width: 130,
          render: (_, r) =>
            r.rating ? (
              <Space size={0} onClick={(e) => e.stopPropagation()}>
                <Button type="link" onClick={() => onOpen(r)}>
                  查看
                </Button>
                {!r.rating.hidden ? (
                  <Button type="link" danger onClick={() => onHide(r.rating!)}>
                    隐藏
                  </Button>
                ) : null}
              </Space>
            ) : null,
        },
      ]}
    />
  );
}

function RatingDetail({ row }: { row: Row }) {
  const r = row.rating;
  if (!r) return null;
  const outcomes = Object.entries(r.outcomes ?? {});
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Section title="评价">
        <Descriptions
          size="small"
          column={2}
          items={[
            ...RATING_DIMENSIONS.map(([key, label]) =>
              item(label, <Rate disabled value={r[key]} style={{ fontSize: 14 }} />),
            ),
            item('状态', r.hidden ? <Tag color="error">已隐藏</Tag> : <Tag color="success">公开</Tag>),
            item('评价内容', <span style={{ whiteSpace: 'pre-wrap' }}>{r.comment ?? '（无文字评价）'}</span>, 2),
            ...outcomes.map(([key, value]) => item(OUTCOME[key] ?? '其他成效', outcomeValue(key, value))),
            item('评价时间', dateTime(r.createdAt)),
            item('修改时间', dateTime(r.updatedAt)),
            item('机构回复', r.reply ?? '—', 2),
            ...(r.hidden ? [item('隐藏理由', r.hiddenReason ?? '—', 2)] : []),
          ]}
        />
      </Section>
      <Section title="订单">
        <OrderDetail id={row.orderId} history={false} />
      </Section>
    </Space>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import { ErrorAlert, Page } from '../../components/Page';
import { dateTime, yuan } from '../../format';
import { keys, useCategories, useOwnProfile } from './data';
import { LISTING_DECISION, LISTING_STATUS } from './labels';

type Listing = Schema<'ListingView'>;
type Status = Listing['status'];

/** A listing's price as people read it: "¥4,500.00 / 件", "¥2,000.00 起 / 项", "面议". */
export function priceText(l: Pick<Listing, 'priceModel' | 'priceFen' | 'unit'>): string {
  if (l.priceModel === 'quote') return '面议';
  return `${yuan(l.priceFen)}${l.priceModel === 'from' ? ' 起' : ''} / ${l.unit}`;
}

/** Why a listing is not (or no longer) on show: the bureau's take-down reason, or the automatic unpublish. */
export function decisionText(l: Listing): string | null {
  const d = l.lastDecision;
  if (!d) return null;
  if (d.action === 'taken_down') return `${LISTING_DECISION.taken_down}：${d.reason ?? '（未填写理由）'}`;
  if (l.status === 'unpublished' && d.action === 'unpublished') return LISTING_DECISION.unpublished;
  return null;
}

/** 服务管理: the provider's listings in every state, publish and unpublish. */
export function ListingsPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const categories = useCategories();
  const profile = useOwnProfile();
  const [status, setStatus] = useState<Status | 'all'>('all');
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const list = useQuery({
    queryKey: [...keys.listings, status, page],
    queryFn: () =>
      ok(
        api.GET('/api/v1/providers/me/listings', {
          params: { query: { page, pageSize, ...(status === 'all' ? {} : { status }) } },
        }),
      ),
  });
  const change = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'publish' | 'unpublish' }) =>
      action === 'publish'
        ? ok(api.POST('/api/v1/listings/{id}/publish', { params: { path: { id } } }))
        : ok(api.POST('/api/v1/listings/{id}/unpublish', { params: { path: { id } } })),
    onSuccess: (l) => {
      message.success(l.status === 'published' ? '已发布，企业现在可以搜索到该服务' : '已撤回，该服务不再对外展示');
      void queryClient.invalidateQueries({ queryKey: keys.listings });
    },
    onError: (error) => message.error(error.message),
  });
  const approved = profile.data?.status === 'approved';

  return (
    <Page
      title="服务管理"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/provider/listings/new')}>
          新建服务
        </Button>
      }
    >
      {profile.data && !approved && (
        <Alert
          type="warning"
          showIcon
          message="入池后才能发布服务"
          description={
            <span>
              可以先创建服务草稿；审核通过、入池之后再发布。<Link to="/provider/application">查看入池申请</Link>
            </span>
          }
        />
      )}
      <Segmented
        value={status}
        onChange={(v) => {
          setStatus(v as Status | 'all');
          setPage(1);
        }}
        options={[
          { label: '全部', value: 'all' },
          ...(Object.keys(LISTING_STATUS) as Status[]).map((s) => ({ label: LISTING_STATUS[s].text, value: s })),
        ]}
      />
      <ErrorAlert error={list.error} />
      <Table<Listing>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '还没有服务，点击“新建服务”添加' }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (total) => `共 ${total} 项`,
        }}
        columns={[
          {
            title: '服务名称',
            key: 'title',
            render: (_, l) => (
              <Space direction="vertical" size={2}>
                <Link to={`/provider/listings/${l.id}`}>{l.title}</Link>
                <Space size={4} wrap>
                  {l.srdiSpecial && <Tag color="purple">专精特新专属</Tag>}
                  {l.voucherEligible && <Tag color="blue">可用服务券</Tag>}
                  {l.tags.map((t) => (
                    <Tag key={t}>{t}</Tag>
                  ))}
                </Space>
                {decisionText(l) && <Typography.Text type="danger">{decisionText(l)}</Typography.Text>}
              </Space>
            ),
          },
          { title: '服务类别', dataIndex: 'category', width: 110, render: (c: string) => categories.name(c) },
          { title: '价格', key: 'price', width: 170, render: (_, l) => priceText(l) },
          { title: '交付周期', dataIndex: 'deliveryDays', width: 90, render: (d: number) => `${d} 天` },
          {
            title: '状态',
            dataIndex: 'status',
            width: 100,
            render: (s: Status) => <Tag color={LISTING_STATUS[s].color}>{LISTING_STATUS[s].text}</Tag>,
          },
          { title: '服务企业', dataIndex: 'servedCount', width: 90, render: (n: number) => `${n} 家` },
          { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: (v: string) => dateTime(v) },
          {
            title: '操作',
            key: 'actions',
            width: 150,
            render: (_, l) => <RowActions listing={l} busy={change.isPending} onChange={change.mutate} />,
          },
        ]}
      />
    </Page>
  );
}

function RowActions({
  listing: l,
  busy,
  onChange,
}: {
  listing: Listing;
  busy: boolean;
  onChange: (v: { id: string; action: 'publish' | 'unpublish' }) => void;
}) {
  if (l.status === 'taken_down') return <Link to={`/provider/listings/${l.id}`}>查看</Link>;
  return (
    <Space size="small">
      <Link to={`/provider/listings/${l.id}`}>编辑</Link>
      {(l.status === 'draft' || l.status === 'unpublished') && (
        <Button type="link" size="small" disabled={busy} onClick={() => onChange({ id: l.id, action: 'publish' })}>
          发布
        </Button>
      )}
      {l.status === 'published' && (
        <Popconfirm
          title="撤回该服务？"
          description="撤回后企业将搜索不到该服务，已有订单不受影响。"
          okText="撤回"
          cancelText="取消"
          onConfirm={() => onChange({ id: l.id, action: 'unpublish' })}
        >
          <Button type="link" size="small" danger disabled={busy}>
            撤回
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Drawer, Input, Select, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, ok } from '../../../api/client';
import { ErrorAlert, Page, Section } from '../../../components/Page';
import { date, dateTime, yuan } from '../../../format';
import { useCatalog, useDemand, useProposals } from '../../matchmaking/data';
import {
  budgetText,
  DEMAND_STATUS,
  DEMAND_STATUSES,
  type Demand,
  type DemandStatus,
  type Proposal,
  ratingText,
} from '../../matchmaking/labels';
import { DemandFacts, DemandStatusTag, ProposalStatusTag } from '../../matchmaking/parts';
import { ShortId, StatusFilter, useQueue } from '../review/shared';

type StatusChoice = DemandStatus | 'all';

/** 供需对接: every enterprise demand (drafts included), by status, category and words; a drawer with its proposals. */
export function DemandsPage() {
  const queue = useQueue<StatusChoice>('open', 20);
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | null>(null);
  const { categories, categoryName, regionName } = useCatalog();
  const list = useQuery({
    queryKey: [
      'demands',
      'list',
      { side: 'bureau', q, category, status: queue.status, page: queue.page, pageSize: queue.pageSize },
    ],
    queryFn: () =>
      ok(
        api.GET('/api/v1/demands', {
          params: {
            query: {
              ...(q ? { q } : {}),
              ...(category ? { category } : {}),
              ...(queue.status !== 'all' ? { status: queue.status } : {}),
              page: queue.page,
              pageSize: queue.pageSize,
            },
          },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  return (
    <Page title="供需对接">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        企业发布的服务需求及服务机构提交的方案。需求采纳方案后生成订单，按订单流程管理。
      </Typography.Paragraph>
      <StatusFilter<StatusChoice>
        value={queue.status}
        onChange={queue.setStatus}
        options={[
          ...DEMAND_STATUSES.map((s) => ({ value: s as StatusChoice, label: DEMAND_STATUS[s].label })),
          { value: 'all', label: '全部' },
        ]}
      />
      <Space wrap>
        <Input.Search
          aria-label="搜索需求"
          placeholder="搜索需求标题或描述"
          allowClear
          enterButton="搜索"
          style={{ width: 360 }}
          onSearch={(v) => {
            setQ(v.trim());
            queue.setStatus(queue.status);
          }}
        />
        <Select
          aria-label="服务类别"
          allowClear
          placeholder="全部类别"
          style={{ width: 180 }}
          value={category}
          onChange={(c?: string) => {
            setCategory(c);
            queue.setStatus(queue.status);
          }}
          options={categories.map((c) => ({ value: c.code, label: c.name }))}
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Demand>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={queue.pagination(list.data?.total)}
        locale={{ emptyText: '没有符合条件的需求' }}
        onRow={(d) => ({ onClick: () => setSelected(d.id), style: { cursor: 'pointer' } })}
        scroll={{ x: 1100 }}
        columns={[
          { title: '需求', dataIndex: 'title', ellipsis: true },
          { title: '发布企业', dataIndex: 'enterpriseName', ellipsis: true, width: 200 },
          {
            title: '类别 / 地区',
            key: 'where',
            width: 150,
            render: (_, d) => `${categoryName(d.category)} · ${regionName(d.regionCode)}`,
          },
          { title: '预算', key: 'budget', width: 210, render: (_, d) => budgetText(d.budgetMinFen, d.budgetMaxFen) },
          { title: '截止日期', dataIndex: 'deadline', width: 110, render: (v: string) => date(v) },
          { title: '方案数', dataIndex: 'proposalCount', width: 80, render: (n: number) => `${n} 份` },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: DemandStatus) => <DemandStatusTag status={s} />,
          },
          { title: '发布时间', dataIndex: 'publishedAt', width: 150, render: (v: string | null) => dateTime(v) },
        ]}
      />
      <Drawer open={!!selected} onClose={() => setSelected(null)} size={820} title="需求详情" destroyOnHidden>
        {selected ? <DemandDetail id={selected} /> : null}
      </Drawer>
    </Page>
  );
}

function DemandDetail({ id }: { id: string }) {
  const demand = useDemand(id);
  const proposals = useProposals(id, demand.data?.status !== undefined && demand.data.status !== 'draft');
  if (demand.isPending) return <Skeleton active />;
  if (!demand.data) return <ErrorAlert error={demand.error} />;
  const d = demand.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {d.title}
      </Typography.Title>
      <DemandFacts demand={d} />
      {d.orderId ? (
        <Typography.Text>
          生成的订单：
          <ShortId id={d.orderId} />
        </Typography.Text>
      ) : null}
      <Section title={`方案（${proposals.data?.items.length ?? 0} 份）`}>
        <ErrorAlert error={proposals.error} />
        <Table<Proposal>
          rowKey="id"
          size="small"
          loading={proposals.isFetching}
          pagination={false}
          dataSource={proposals.data?.items ?? []}
          locale={{ emptyText: d.status === 'draft' ? '草稿尚未发布' : '暂无方案' }}
          expandable={{
            expandedRowRender: (p) => <div style={{ whiteSpace: 'pre-wrap' }}>{p.note}</div>,
          }}
          columns={[
            { title: '服务机构', dataIndex: 'providerName', ellipsis: true },
            { title: '报价', dataIndex: 'priceFen', width: 130, render: (v: number) => yuan(v) },
            { title: '交付', dataIndex: 'deliveryDays', width: 70, render: (v: number) => `${v} 天` },
            {
              title: '机构评分',
              key: 'rating',
              width: 150,
              render: (_, p) => ratingText(p.providerRating, p.providerRatingCount),
            },
            {
              title: '状态',
              dataIndex: 'status',
              width: 80,
              render: (s: Proposal['status']) => <ProposalStatusTag status={s} />,
            },
          ]}
        />
      </Section>
    </Space>
  );
}

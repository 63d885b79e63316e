import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { ErrorAlert, Page } from '../../../components/Page';
import { dateTime, yuan } from '../../../format';
import { AwardRoundDrawer } from './AwardRoundForm';
import { JOB_STATUS, label, roundStatus } from './labels';
import { noticeLastDay } from './round-helpers';

const PAGE_SIZE = 20;

/** 优质机构评选: the rounds, newest year first, and a new one. */
export function AwardRoundsPage() {
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: ['award-rounds', page],
    queryFn: () => ok(api.GET('/api/v1/award-rounds', { params: { query: { page, pageSize: PAGE_SIZE } } })),
  });
  return (
    <Page
      title="优质服务机构评选"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建评选
        </Button>
      }
    >
      <ErrorAlert error={list.error} />
      <Table<Schema<'AwardRoundSummaryView'>>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '暂无评选，点击“新建评选”开始' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        columns={[
          {
            title: '年度',
            dataIndex: 'year',
            render: (y: number, r) => <Link to={`/bureau/awards/${r.id}`}>{y} 年度评选</Link>,
          },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string) => <Tag color={roundStatus(s).color}>{roundStatus(s).text}</Tag>,
          },
          { title: '奖励预算', dataIndex: 'budgetFen', align: 'right', render: yuan },
          {
            title: '计算',
            dataIndex: 'jobStatus',
            render: (s: string | null, r) => (s ? label(JOB_STATUS, s) : r.computedAt ? '已计算' : '未计算'),
          },
          { title: '计算时间', dataIndex: 'computedAt', render: dateTime },
          { title: '公示期至', dataIndex: 'noticeEndsAt', render: (v: string | null) => noticeLastDay(v) },
          { title: '定稿时间', dataIndex: 'finalizedAt', render: dateTime },
          {
            title: '操作',
            key: 'open',
            render: (_, r) => <Link to={`/bureau/awards/${r.id}`}>查看</Link>,
          },
        ]}
      />
      <AwardRoundDrawer open={creating} onClose={() => setCreating(false)} />
    </Page>
  );
}

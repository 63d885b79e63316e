import { useQueries, useQuery } from '@tanstack/react-query';
import { Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorAlert, Section } from '../../components/Page';
import { dateTime, yuan } from '../../format';
import { type Application, APPLICATION_STATUS, type Program, StatusTag, useVoucherTotals } from './labels';

const PAGE_SIZE = 10;
type StatusFilter = Application['status'] | 'all';

/** Programme names by id: the open ones are at hand, closed ones are fetched one by one. */
export function useProgramNames(ids: string[], known: Program[]): Map<string, string> {
  const names = new Map(known.map((p) => [p.id, p.name]));
  const missing = [...new Set(ids)].filter((id) => !names.has(id));
  const fetched = useQueries({
    queries: missing.map((id) => ({
      queryKey: ['voucher-program', id],
      queryFn: () => ok(api.GET('/api/v1/voucher-programs/{id}', { params: { path: { id } } })),
      staleTime: 5 * 60_000,
    })),
  });
  for (const q of fetched) if (q.data) names.set(q.data.id, q.data.name);
  return names;
}

/** 我的申请: the enterprise's voucher applications, newest last as the API pages them, with status and reasons. */
export function ApplicationsSection({ programs }: { programs: Program[] }) {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<StatusFilter>('all');
  const list = useQuery({
    queryKey: ['voucher-applications', status, page],
    queryFn: () =>
      ok(
        api.GET('/api/v1/voucher-applications', {
          params: { query: { page, pageSize: PAGE_SIZE, ...(status === 'all' ? {} : { status }) } },
        }),
      ),
  });
  const names = useProgramNames(
    (list.data?.items ?? []).map((a) => a.programId),
    programs,
  );
  const vouchers = useVoucherTotals().query.data?.items ?? [];
  const faceOf = new Map(vouchers.map((v) => [v.id, v.faceValueFen]));
  return (
    <Section
      title="我的申请"
      extra={
        <Segmented<StatusFilter>
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={[
            { label: '全部', value: 'all' },
            ...(Object.keys(APPLICATION_STATUS) as Application['status'][]).map((s) => ({
              label: APPLICATION_STATUS[s].label,
              value: s,
            })),
          ]}
        />
      }
    >
      <ErrorAlert error={list.error} />
      <Table<Application>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '还没有服务券申请' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        columns={[
          { title: '服务券项目', dataIndex: 'programId', render: (id: string) => names.get(id) ?? '—' },
          { title: '申请金额', dataIndex: 'requestedFen', align: 'right', width: 130, render: (f: number) => yuan(f) },
          {
            title: '用途说明',
            dataIndex: 'purpose',
            ellipsis: true,
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: Application['status']) => <StatusTag status={APPLICATION_STATUS[s]} />,
          },
          {
            title: '审核结果',
            key: 'result',
            render: (_, a) =>
              a.status === 'approved' ? (
                <Space size={4} wrap>
                  {a.voucherId && faceOf.has(a.voucherId) && <span>已发放 {yuan(faceOf.get(a.voucherId))}</span>}
                  <Link to={`/enterprise/vouchers?voucher=${a.voucherId}`}>查看服务券</Link>
                </Space>
              ) : a.status === 'rejected' ? (
                <Typography.Text type="danger">理由：{a.reason ?? '未说明'}</Typography.Text>
              ) : (
                <Typography.Text type="secondary">等待主管部门审核</Typography.Text>
              ),
          },
          { title: '提交时间', dataIndex: 'createdAt', width: 150, render: (d: string) => dateTime(d) },
          {
            title: '审核时间',
            dataIndex: 'decidedAt',
            width: 150,
            render: (d: string | null) => dateTime(d),
          },
        ]}
      />
    </Section>
  );
}

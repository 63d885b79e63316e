import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Progress, Rate, Row, Select, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { ErrorAlert, Page } from '../../../components/Page';
import { date, dateTime, yuan } from '../../../format';
import { BurnDownChart } from './charts';
import { label, ORDER_STATUS_LABELS, programStatus, PROVIDER_STATUS_LABELS, roundStatus } from './labels';

type Overview = Schema<'StatsOverview'>;

export const overviewQuery = {
  queryKey: ['stats', 'overview'],
  queryFn: () => ok(api.GET('/api/v1/stats/overview')),
};

const ORDER_COLORS: Record<string, string> = {
  completed: '#52c41a',
  disputed: '#f5222d',
  declined: '#bfbfbf',
  cancelled: '#bfbfbf',
  expired: '#bfbfbf',
};

/** 统计概览: the pool against its target, orders, vouchers' budgets and burn-down, satisfaction, awards. */
export function DashboardPage() {
  const overview = useQuery(overviewQuery);
  const data = overview.data;
  return (
    <Page
      title="统计概览"
      extra={data ? <Typography.Text type="secondary">数据时间：{dateTime(data.generatedAt)}</Typography.Text> : null}
    >
      <ErrorAlert error={overview.error} />
      {overview.isPending ? <Spin /> : null}
      {data ? <Dashboard data={data} /> : null}
    </Page>
  );
}

function Dashboard({ data }: { data: Overview }) {
  const { pool, orders, listings, satisfaction } = data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={6}>
          <Card style={{ height: '100%' }}>
            <Statistic title="资源池机构" value={pool.members} suffix={`/ 目标 ${pool.target} 家`} />
            <Progress
              percent={Math.min(100, Math.floor(pool.reachedBp / 100))}
              status={pool.members >= pool.target ? 'success' : 'active'}
              aria-label="入池进度"
            />
            <Typography.Text type="secondary">
              {pool.shortOfTarget > 0 ? `距目标还差 ${pool.shortOfTarget} 家` : '已达到目标'}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card style={{ height: '100%' }}>
            <Statistic title="订单总数" value={orders.total} suffix="笔" />
            <Typography.Text type="secondary">已完成 {orders.byStatus.completed ?? 0} 笔</Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card style={{ height: '100%' }}>
            <Statistic
              title="上架服务产品"
              value={listings.byStatus.published ?? 0}
              suffix={`/ 共 ${listings.total} 项`}
            />
            <Typography.Text type="secondary">待审核入池 {pool.byStatus.submitted ?? 0} 家</Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card style={{ height: '100%' }}>
            <Statistic title="平均满意度" value={satisfaction.average} precision={2} suffix="/ 5" />
            <Space>
              <Rate disabled allowHalf value={Math.round(satisfaction.average * 2) / 2} style={{ fontSize: 14 }} />
              <Typography.Text type="secondary">{satisfaction.count} 条评价</Typography.Text>
            </Space>
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title="各服务类别入池机构（对照目标 100 家）">
            <PoolByCategory pool={pool} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="订单状态分布">
            <OrdersByStatus byStatus={orders.byStatus} />
          </Card>
        </Col>
      </Row>
      <Card title="入池状态">
        <Space wrap>
          {Object.entries(pool.byStatus).map(([status, n]) => (
            <Tag key={status} color={status === 'approved' ? 'green' : undefined}>
              {label(PROVIDER_STATUS_LABELS, status)} {n}
            </Tag>
          ))}
        </Space>
      </Card>
      <Programmes vouchers={data.vouchers} />
      <Matchmaking demands={data.demands} events={data.events} />
      <Card title="历年优质服务机构评选">
        <Table
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={data.awards.byYear}
          locale={{ emptyText: '暂无评选结果' }}
          columns={[
            { title: '年度', dataIndex: 'year' },
            {
              title: '状态',
              dataIndex: 'status',
              render: (s: string) => <Tag color={roundStatus(s).color}>{roundStatus(s).text}</Tag>,
            },
            { title: '获奖机构', dataIndex: 'awardedProviders', render: (n: number) => `${n} 家` },
            { title: '奖励总额', dataIndex: 'awardedFen', align: 'right', render: yuan },
          ]}
        />
      </Card>
    </Space>
  );
}

/** 供需对接: demands by category (posted, open, matched, hours to the first proposal) and what each event came to. */
function Matchmaking({ demands, events }: { demands: Overview['demands']; events: Overview['events'] }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={`供需对接需求（已发布 ${demands.posted} 条，成功对接 ${demands.matched} 条）`}>
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={demands.byCategory}
            locale={{ emptyText: '暂无已发布的需求' }}
            columns={[
              { title: '服务类别', dataIndex: 'name' },
              { title: '已发布', dataIndex: 'posted', align: 'right' },
              { title: '征集中', dataIndex: 'open', align: 'right' },
              { title: '已对接', dataIndex: 'matched', align: 'right' },
              {
                title: '首个方案用时（中位数）',
                dataIndex: 'medianHoursToFirstProposal',
                align: 'right',
                render: (h: number | null) => (h === null ? '—' : h < 48 ? `${h} 小时` : `${(h / 24).toFixed(1)} 天`),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card
          title={`对接活动（${events.totals.events} 场，洽谈 ${events.totals.meetingsHeld}/${events.totals.meetings} 场已举行，促成订单 ${events.totals.conversions} 笔）`}
        >
          <Table
            size="small"
            rowKey="eventId"
            pagination={false}
            dataSource={events.byEvent}
            locale={{ emptyText: '暂无对接活动' }}
            columns={[
              { title: '活动', dataIndex: 'title', ellipsis: true },
              { title: '日期', dataIndex: 'startsAt', width: 110, render: (d: string) => date(d) },
              {
                title: '报名（企业/机构）',
                key: 'registrations',
                align: 'right',
                render: (_, e) => `${e.registrations.enterprise} / ${e.registrations.provider}`,
              },
              {
                title: '已举行洽谈',
                key: 'held',
                align: 'right',
                render: (_, e) => `${e.meetingsHeld} / ${e.meetings}`,
              },
              { title: '促成订单', dataIndex: 'conversions', align: 'right' },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}

function PoolByCategory({ pool }: { pool: Overview['pool'] }) {
  const data = [
    { name: '全部', approved: pool.members, total: true },
    ...pool.byCategory.map((c) => ({ name: c.name, approved: c.approved, total: false })),
  ];
  return (
    <div role="img" aria-label="各类别入池机构图" style={{ width: '100%', height: 300 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 20, right: 24, bottom: 24, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} angle={-30} textAnchor="end" height={56} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => [`${v} 家`, '入池机构']} />
          <ReferenceLine
            y={pool.target}
            stroke="#f5222d"
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={{ value: `目标 ${pool.target} 家`, position: 'insideTopRight', fill: '#f5222d', fontSize: 12 }}
          />
          <Bar dataKey="approved" name="入池机构" maxBarSize={36} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.name} fill={d.total ? '#1d4ed8' : '#69b1ff'} />
            ))}
            <LabelList dataKey="approved" position="top" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function OrdersByStatus({ byStatus }: { byStatus: Record<string, number> }) {
  const data = Object.entries(byStatus).map(([status, n]) => ({
    status,
    name: label(ORDER_STATUS_LABELS, status),
    n,
  }));
  return (
    <div role="img" aria-label="订单状态图" style={{ width: '100%', height: 300 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 32, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={56} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => [`${v} 笔`, '订单']} />
          <Bar dataKey="n" name="订单" maxBarSize={18} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.status} fill={ORDER_COLORS[d.status] ?? '#1d4ed8'} />
            ))}
            <LabelList dataKey="n" position="right" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function Programmes({ vouchers }: { vouchers: Overview['vouchers'] }) {
  const [selected, setSelected] = useState<string | undefined>();
  const programs = vouchers.programs;
  const current = programs.find((p) => p.id === selected) ?? programs[0];
  const money = (title: string, key: keyof Schema<'VoucherTotals'>) => ({
    title,
    dataIndex: key,
    align: 'right' as const,
    render: (fen: number) => yuan(fen),
  });
  return (
    <Card title="服务券项目预算">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={programs}
        scroll={{ x: 1000 }}
        locale={{ emptyText: '暂无服务券项目' }}
        columns={[
          { title: '项目', dataIndex: 'name', ellipsis: true, width: 200 },
          { title: '年度', dataIndex: 'year', width: 64 },
          {
            title: '状态',
            dataIndex: 'status',
            width: 80,
            render: (s: string) => <Tag color={programStatus(s).color}>{programStatus(s).text}</Tag>,
          },
          money('总预算', 'budgetFen'),
          money('已发放', 'committedFen'),
          money('冻结中', 'heldFen'),
          money('已使用', 'consumedFen'),
          money('已兑付', 'redeemedFen'),
          money('已支付', 'paidFen'),
          money('剩余可发', 'remainingFen'),
        ]}
        summary={() =>
          programs.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                合计
              </Table.Summary.Cell>
              {(
                [
                  'budgetFen',
                  'committedFen',
                  'heldFen',
                  'consumedFen',
                  'redeemedFen',
                  'paidFen',
                  'remainingFen',
                ] as const
              ).map((k, i) => (
                <Table.Summary.Cell key={k} index={i + 3} align="right">
                  {yuan(vouchers.totals[k])}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : null
        }
      />
      <div style={{ marginTop: 16 }}>
        {current ? (
          <>
            <Space style={{ marginBottom: 8 }}>
              <Typography.Text strong>月度消耗趋势</Typography.Text>
              <Select
                aria-label="选择服务券项目"
                value={current.id}
                onChange={setSelected}
                style={{ minWidth: 260 }}
                options={programs.map((p) => ({ value: p.id, label: p.name }))}
              />
            </Space>
            <BurnDownChart months={current.burnDown} budgetFen={current.budgetFen} />
          </>
        ) : (
          <Empty description="暂无服务券项目" image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )}
      </div>
    </Card>
  );
}

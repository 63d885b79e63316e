import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Flex, Result, Segmented, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/Page';
import { date, yuan } from '../../format';
import { awardsQuery, awardStatus, isNotFound, noticeLastDay, type PublicAwards, usePublishedAwards } from './shared';

type Entry = PublicAwards['ranked'][number];

const RANK_COLORS: Record<number, string> = { 1: '#d4a017', 2: '#9ca3af', 3: '#b45309' };

/** One year's published list: its status and notice, the figures, and the ranked providers. */
function AwardList({ list }: { list: PublicAwards }) {
  const status = awardStatus(list);
  const lastDay = noticeLastDay(list.noticeEndsAt);
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex vertical gap={12}>
          <Flex align="center" gap={12} wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {list.year} 年度优质服务机构评选结果
            </Typography.Title>
            <Tag color={status.color}>{status.label}</Tag>
          </Flex>
          {list.status === 'published' && (
            <Alert
              type={status.label === '公示中' ? 'info' : 'warning'}
              showIcon
              title={
                status.label === '公示中'
                  ? `公示期至 ${date(lastDay)}，公示期内服务机构可对评选结果提出异议。`
                  : `公示期已于 ${date(lastDay)} 结束，最终结果确定后将在此公布。`
              }
            />
          )}
          <Flex gap={32} wrap>
            <Statistic title="获奖机构" value={list.ranked.filter((r) => r.awardFen > 0).length} suffix="家" />
            <Statistic title="符合条件机构" value={list.eligibleCount} suffix="家" />
            <Statistic title="奖励总额" value={yuan(list.awardedFen)} />
            <Statistic title="公示日期" value={date(list.publishedAt)} />
            {list.finalizedAt && <Statistic title="确定日期" value={date(list.finalizedAt)} />}
          </Flex>
        </Flex>
      </Card>
      <Card title="排名" styles={{ body: { padding: 0 } }}>
        <Table<Entry>
          rowKey="providerId"
          dataSource={list.ranked}
          pagination={list.ranked.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 820 }}
          size="middle"
          locale={{ emptyText: '本年度没有符合条件的服务机构' }}
          columns={[
            {
              title: '名次',
              dataIndex: 'rank',
              width: 70,
              fixed: 'left',
              render: (rank: number) => (
                <Typography.Text strong style={{ color: RANK_COLORS[rank] }}>
                  {rank}
                </Typography.Text>
              ),
            },
            {
              title: '服务机构',
              dataIndex: 'providerName',
              render: (name: string | null, r) => (
                <Link to={`/providers/${r.providerId}`}>{name ?? '（机构已注销）'}</Link>
              ),
            },
            { title: '综合得分', dataIndex: 'score', width: 100, align: 'right', render: (s: number) => s.toFixed(2) },
            {
              title: '奖励金额',
              dataIndex: 'awardFen',
              width: 140,
              align: 'right',
              render: (fen: number) => (fen > 0 ? yuan(fen) : '—'),
            },
            {
              title: '服务企业数',
              key: 'served',
              width: 100,
              align: 'right',
              render: (_, r) => `${r.facts.served} 家`,
            },
            {
              title: '满意度',
              key: 'satisfaction',
              width: 90,
              align: 'right',
              render: (_, r) => r.facts.satisfaction.toFixed(2),
            },
            {
              title: '成效',
              key: 'effectiveness',
              width: 80,
              align: 'right',
              render: (_, r) => r.facts.effectiveness.toFixed(2),
            },
          ]}
        />
      </Card>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        评选依据：服务企业数、满意度与服务成效（满意度、成效为 1–5 分的加权平均）。综合得分为三项归一化后的加权和（0–100
        分）。
      </Typography.Text>
    </Flex>
  );
}

/** `/awards` (the latest published year) and `/awards/:year`: the annual quality-provider list. */
export function AwardsPage() {
  const { year: yearParam } = useParams();
  const navigate = useNavigate();
  const published = usePublishedAwards();
  const asked = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
  // A year given in the URL is asked for itself (it may be older than the years looked up).
  const one = useQuery({ ...awardsQuery(asked ?? 0), enabled: asked !== null });
  const years = [...new Set([...published.lists.map((l) => l.year), ...(one.data ? [one.data.year] : [])])].sort(
    (a, b) => b - a,
  );
  const list = yearParam ? one.data : published.lists[0];
  const pending = yearParam ? asked !== null && one.isPending : published.pending;
  const missing = yearParam ? asked === null || isNotFound(one.error) : !published.pending && !list;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          优质服务机构评选
        </Typography.Title>
        {years.length > 1 && (
          <Segmented
            aria-label="评选年度"
            value={list?.year}
            options={years.map((y) => ({ value: y, label: `${y} 年度` }))}
            onChange={(y) => navigate(`/awards/${y}`)}
          />
        )}
      </Flex>
      <ErrorAlert error={yearParam ? (isNotFound(one.error) ? null : one.error) : published.error} />
      {pending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : list ? (
        <AwardList list={list} />
      ) : missing && yearParam ? (
        <Result
          status="info"
          title={asked === null ? '年度不正确' : (one.error?.message ?? '该年度评选结果尚未公示')}
          subTitle={asked === null ? '请输入四位数的年度，如 2026。' : `${asked} 年度的评选结果公示后将在此公布。`}
          extra={<Link to="/awards">查看最近公示的评选结果</Link>}
        />
      ) : (
        <Card>
          <Empty description="暂无已公示的评选结果，评选结果公示后将在此公布。" />
        </Card>
      )}
    </Flex>
  );
}

import { Button, Descriptions, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Schema } from '../../../api/types';
import { dateTime, yuan } from '../../../format';
import { TIE_BREAK_LABELS } from './labels';
import { configOf, figure, weightPercent } from './round-helpers';

type Results = Schema<'AwardResultsView'>;
type Ranked = Schema<'RankedAwardView'>;
type Ineligible = Schema<'IneligibleAwardView'>;

export const providerLabel = (name: string | null | undefined, id: string) => name ?? `机构 ${id.slice(0, 8)}`;

/** A criterion's cell: the raw fact, its normalised value and its weighted part of the score. */
function Criterion({ raw, normalized, part }: { raw: ReactNode; normalized: number; part: number }) {
  return (
    <Space direction="vertical" size={0}>
      <span>{raw}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        标准化 {figure(normalized)} · 计 {figure(part)} 分
      </Typography.Text>
    </Space>
  );
}

/** The round's results: ranked with every score part and award, and the ineligible with their reasons. */
export function RoundResults({ results, onExplain }: { results: Results; onExplain: (providerId: string) => void }) {
  const config = configOf(results.config);
  const explain = (providerId: string, name: string) => (
    <Button type="link" size="small" onClick={() => onExplain(providerId)} aria-label={`查看${name}的评分说明`}>
      评分说明
    </Button>
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions size="small" column={4} bordered>
        <Descriptions.Item label="符合条件机构">{results.eligibleCount} 家</Descriptions.Item>
        <Descriptions.Item label="不符合条件">{results.ineligible.length} 家</Descriptions.Item>
        <Descriptions.Item label="奖励合计">{yuan(results.awardedFen)}</Descriptions.Item>
        <Descriptions.Item label="奖励预算">{yuan(results.budgetFen)}</Descriptions.Item>
        <Descriptions.Item label="全体满意度均分 m">{figure(results.m)}</Descriptions.Item>
        <Descriptions.Item label="全体成效均分 me">{figure(results.me)}</Descriptions.Item>
        <Descriptions.Item label="先验权重 C">{figure(results.C)}</Descriptions.Item>
        <Descriptions.Item label="计算时间">{dateTime(results.computedAt)}</Descriptions.Item>
      </Descriptions>
      <Tabs
        items={[
          {
            key: 'ranked',
            label: `排名（${results.ranked.length}）`,
            children: (
              <Table<Ranked>
                rowKey="providerId"
                size="small"
                dataSource={results.ranked}
                pagination={results.ranked.length > 20 ? { pageSize: 20 } : false}
                locale={{ emptyText: '没有符合条件的服务机构' }}
                columns={[
                  { title: '名次', dataIndex: 'rank', width: 64 },
                  {
                    title: '服务机构',
                    dataIndex: 'providerName',
                    render: (n: string | null, r) => (
                      <Space direction="vertical" size={0}>
                        <span>{providerLabel(n, r.providerId)}</span>
                        {r.tieBreak ? (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            同分，因{TIE_BREAK_LABELS[r.tieBreak] ?? r.tieBreak}排前
                          </Typography.Text>
                        ) : null}
                      </Space>
                    ),
                  },
                  {
                    title: '综合得分',
                    dataIndex: 'score',
                    width: 96,
                    render: (s: number) => <Typography.Text strong>{figure(s)}</Typography.Text>,
                  },
                  {
                    title: `服务企业（${weightPercent(config.weights.served)}）`,
                    key: 'served',
                    render: (_, r) => (
                      <Criterion raw={`${r.facts.served} 家`} normalized={r.normalized.served} part={r.parts.served} />
                    ),
                  },
                  {
                    title: `满意度（${weightPercent(config.weights.satisfaction)}）`,
                    key: 'satisfaction',
                    render: (_, r) => (
                      <Criterion
                        raw={`${figure(r.facts.satisfaction)}（${r.facts.ratingCount} 家评价）`}
                        normalized={r.normalized.satisfaction}
                        part={r.parts.satisfaction}
                      />
                    ),
                  },
                  {
                    title: `成效（${weightPercent(config.weights.effectiveness)}）`,
                    key: 'effectiveness',
                    render: (_, r) => (
                      <Criterion
                        raw={figure(r.facts.effectiveness)}
                        normalized={r.normalized.effectiveness}
                        part={r.parts.effectiveness}
                      />
                    ),
                  },
                  {
                    title: '奖励',
                    dataIndex: 'awardFen',
                    align: 'right',
                    render: (fen: number) => (fen > 0 ? <Typography.Text strong>{yuan(fen)}</Typography.Text> : '—'),
                  },
                  {
                    title: '',
                    key: 'explain',
                    width: 96,
                    render: (_, r) => explain(r.providerId, providerLabel(r.providerName, r.providerId)),
                  },
                ]}
              />
            ),
          },
          {
            key: 'ineligible',
            label: `不符合条件（${results.ineligible.length}）`,
            children: (
              <Table<Ineligible>
                rowKey="providerId"
                size="small"
                dataSource={results.ineligible}
                pagination={results.ineligible.length > 20 ? { pageSize: 20 } : false}
                locale={{ emptyText: '没有不符合条件的服务机构' }}
                columns={[
                  {
                    title: '服务机构',
                    dataIndex: 'providerName',
                    width: 220,
                    render: (n: string | null, r) => providerLabel(n, r.providerId),
                  },
                  {
                    title: '不符合的原因',
                    dataIndex: 'reasons',
                    render: (reasons: string[]) => (
                      <Space direction="vertical" size={2}>
                        {reasons.map((r) => (
                          <Tag key={r} color="orange" style={{ whiteSpace: 'normal' }}>
                            {r}
                          </Tag>
                        ))}
                      </Space>
                    ),
                  },
                  { title: '服务企业', key: 'served', width: 90, render: (_, r) => `${r.facts.served} 家` },
                  { title: '评价企业', key: 'rated', width: 90, render: (_, r) => `${r.facts.ratingCount} 家` },
                  { title: '满意度', key: 'q', width: 80, render: (_, r) => figure(r.facts.satisfaction) },
                  { title: '成效', key: 'e', width: 80, render: (_, r) => figure(r.facts.effectiveness) },
                  {
                    title: '',
                    key: 'explain',
                    width: 96,
                    render: (_, r) => explain(r.providerId, providerLabel(r.providerName, r.providerId)),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}

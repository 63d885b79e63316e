import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Space, Spin, Table, Typography } from 'antd';
import { api, ok } from '../../../api/client';
import { ErrorAlert } from '../../../components/Page';
import { dateTime, yuan } from '../../../format';
import { figure, weightPercent } from './round-helpers';

interface Triple {
  served: number;
  satisfaction: number;
  effectiveness: number;
}

/** GET /award-rounds/:id/results/:providerId (an open object in the OpenAPI): what the page reads of it. */
interface Explanation {
  kind: 'ranked' | 'ineligible';
  rank?: number;
  eligibleCount?: number;
  score?: number;
  awardFen?: number;
  facts: { served: number; ratingCount: number; satisfaction: number; effectiveness: number };
  tally: { ratingCount: number; ratingSum: number; effectivenessCount: number; effectivenessSum: number };
  normalized?: Triple;
  parts?: Triple;
  weights?: Triple;
  reasons?: Array<{ code: string; message: string }>;
  sentences: string[];
  inputs?: {
    admittedAt: string | null;
    approvedAtCompute: boolean;
    suspendedInYear: boolean;
    fraudRejectedClaimInYear: boolean;
    served: number;
    orders: Array<{ enterpriseId: string; orders: number }>;
    votes: Array<{ enterpriseId: string; overall: number; effectiveness: number | null; ratings: number }>;
    relatedDropped: Array<{ enterpriseId: string; relatedBy: string[]; orders: number; ratings: number }>;
  };
}

const RELATED_BY: Record<string, string> = {
  uscc: '统一社会信用代码相同',
  legal_representative: '法定代表人相同',
  contact_phone: '联系电话相同',
};

const yesNo = (v: boolean | undefined) => (v ? '是' : '否');
const shortId = (id: string) => id.slice(0, 8);

/** A provider's result explained: the sentences the provider reads, and every figure behind them. */
export function ExplanationDrawer({
  roundId,
  providerId,
  providerName,
  onClose,
}: {
  roundId: string;
  providerId: string | null;
  providerName: string;
  onClose: () => void;
}) {
  const explanation = useQuery({
    queryKey: ['award-rounds', roundId, 'explanation', providerId],
    enabled: providerId !== null,
    queryFn: async () =>
      (await ok(
        api.GET('/api/v1/award-rounds/{id}/results/{providerId}', {
          params: { path: { id: roundId, providerId: providerId as string } },
        }),
      )) as unknown as Explanation,
  });
  const e = explanation.data;
  return (
    <Drawer title={`评分说明 · ${providerName}`} open={providerId !== null} onClose={onClose} width={720}>
      <ErrorAlert error={explanation.error} />
      {explanation.isPending && providerId ? <Spin /> : null}
      {e ? <ExplanationBody e={e} /> : null}
    </Drawer>
  );
}

function ExplanationBody({ e }: { e: Explanation }) {
  const ranked = e.kind === 'ranked';
  const rows =
    ranked && e.normalized && e.parts && e.weights
      ? [
          { key: 'served', name: '服务企业数', raw: `${e.facts.served} 家` },
          { key: 'satisfaction', name: '满意度', raw: figure(e.facts.satisfaction) },
          { key: 'effectiveness', name: '成效', raw: figure(e.facts.effectiveness) },
        ].map((r) => {
          const k = r.key as keyof Triple;
          return { ...r, normalized: e.normalized![k], weight: e.weights![k], part: e.parts![k] };
        })
      : [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {ranked ? (
        <Alert
          type={(e.awardFen ?? 0) > 0 ? 'success' : 'info'}
          showIcon
          message={`第 ${e.rank} 名（共 ${e.eligibleCount} 家符合条件），综合得分 ${figure(e.score)}`}
          description={(e.awardFen ?? 0) > 0 ? `奖励 ${yuan(e.awardFen)}` : '不在奖励名次内'}
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          message="不符合参评条件"
          description={(e.reasons ?? []).map((r) => r.message).join('；')}
        />
      )}
      <div>
        <Typography.Title level={5}>说明</Typography.Title>
        {e.sentences.map((s, i) => (
          <Typography.Paragraph key={i} style={{ marginBottom: 8 }}>
            {s}
          </Typography.Paragraph>
        ))}
      </div>
      {rows.length ? (
        <div>
          <Typography.Title level={5}>得分构成</Typography.Title>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: '指标', dataIndex: 'name' },
              { title: '原始值', dataIndex: 'raw' },
              { title: '标准化（0-100）', dataIndex: 'normalized', render: figure },
              { title: '权重', dataIndex: 'weight', render: weightPercent },
              { title: '得分', dataIndex: 'part', render: figure },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={4}>
                  综合得分
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4}>
                  <Typography.Text strong>{figure(e.score)}</Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </div>
      ) : null}
      <Descriptions title="原始数据" size="small" column={2} bordered>
        <Descriptions.Item label="服务企业数 S">{e.facts.served} 家</Descriptions.Item>
        <Descriptions.Item label="评价企业数 n">{e.facts.ratingCount} 家</Descriptions.Item>
        <Descriptions.Item label="满意度 Q">{figure(e.facts.satisfaction)}</Descriptions.Item>
        <Descriptions.Item label="成效 E">{figure(e.facts.effectiveness)}</Descriptions.Item>
        <Descriptions.Item label="满意度总分">
          {figure(e.tally.ratingSum)}（{e.tally.ratingCount} 票）
        </Descriptions.Item>
        <Descriptions.Item label="成效总分">
          {figure(e.tally.effectivenessSum)}（{e.tally.effectivenessCount} 票）
        </Descriptions.Item>
        {e.inputs ? (
          <>
            <Descriptions.Item label="入池时间">{dateTime(e.inputs.admittedAt)}</Descriptions.Item>
            <Descriptions.Item label="计算时在池">{yesNo(e.inputs.approvedAtCompute)}</Descriptions.Item>
            <Descriptions.Item label="年内曾被暂停">{yesNo(e.inputs.suspendedInYear)}</Descriptions.Item>
            <Descriptions.Item label="年内兑付被认定欺诈">{yesNo(e.inputs.fraudRejectedClaimInYear)}</Descriptions.Item>
          </>
        ) : null}
      </Descriptions>
      {e.inputs ? <Inputs inputs={e.inputs} /> : null}
    </Space>
  );
}

function Inputs({ inputs }: { inputs: NonNullable<Explanation['inputs']> }) {
  const orders = new Map(inputs.orders.map((o) => [o.enterpriseId, o.orders]));
  const rows = [
    ...new Set([...inputs.orders.map((o) => o.enterpriseId), ...inputs.votes.map((v) => v.enterpriseId)]),
  ].map((id) => ({ id, orders: orders.get(id) ?? 0, vote: inputs.votes.find((v) => v.enterpriseId === id) }));
  return (
    <div>
      <Typography.Title level={5}>计入的企业（每家企业一票）</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '没有计入的订单或评价' }}
        columns={[
          { title: '企业编号', dataIndex: 'id', render: shortId },
          { title: '计入订单', dataIndex: 'orders', render: (n: number) => `${n} 笔` },
          { title: '评价次数', key: 'ratings', render: (_, r) => (r.vote ? `${r.vote.ratings} 次` : '—') },
          { title: '总体评分', key: 'overall', render: (_, r) => (r.vote ? figure(r.vote.overall) : '—') },
          { title: '成效评分', key: 'eff', render: (_, r) => figure(r.vote?.effectiveness ?? null) },
        ]}
      />
      {inputs.relatedDropped.length ? (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          message="因关联关系未计入"
          description={inputs.relatedDropped.map((d) => (
            <div key={d.enterpriseId}>
              企业 {shortId(d.enterpriseId)}：{d.relatedBy.map((b) => RELATED_BY[b] ?? b).join('、')}（{d.orders}{' '}
              笔订单、{d.ratings} 条评价）
            </div>
          ))}
        />
      ) : null}
    </div>
  );
}

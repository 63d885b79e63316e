import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Popconfirm, Progress, Space, Spin, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, download, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { ErrorAlert, Page, Section } from '../../../components/Page';
import { dateTime, yuan } from '../../../format';
import { ExplanationDrawer } from './ExplanationDrawer';
import { JOB_STATUS, roundStatus } from './labels';
import { ObjectionsSection } from './ObjectionsSection';
import { configOf, figure, noticeLastDay, weightPercent } from './round-helpers';
import { providerLabel, RoundResults } from './RoundResults';

type Round = Schema<'AwardRoundView'>;
const pending = (round: Round | undefined) => round?.jobStatus === 'queued' || round?.jobStatus === 'running';

/** 评选详情: status, computing (polled), results, explanations, notice, objections, finalising, export. */
export function AwardRoundPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const [explaining, setExplaining] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const round = useQuery({
    queryKey: ['award-rounds', id, 'round'],
    queryFn: () => ok(api.GET('/api/v1/award-rounds/{id}', { params: { path: { id } } })),
    // While the worker computes: every second, for the progress bar.
    refetchInterval: (query) => (pending(query.state.data) ? 1000 : false),
  });
  const r = round.data;
  const hasResult = !!r?.computedAt && !pending(r);
  const results = useQuery({
    queryKey: ['award-rounds', id, 'results', r?.computedAt],
    queryFn: () => ok(api.GET('/api/v1/award-rounds/{id}/results', { params: { path: { id } } })),
    enabled: hasResult,
  });
  // A job that just finished: stats and the list change too.
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !pending(r)) queryClient.invalidateQueries({ queryKey: ['stats'] });
    wasPending.current = pending(r);
  }, [r, queryClient]);

  const names = new Map(
    [...(results.data?.ranked ?? []), ...(results.data?.ineligible ?? [])].map((p) => [p.providerId, p.providerName]),
  );
  const nameOf = (providerId: string) => providerLabel(names.get(providerId), providerId);

  if (round.isPending) return <Spin />;
  if (!r) return <ErrorAlert error={round.error} />;
  const status = roundStatus(r.status);
  return (
    <Page
      title={
        <Space>
          {r.year} 年度优质服务机构评选
          <Tag color={status.color}>{status.text}</Tag>
        </Space>
      }
      extra={<RoundActions round={r} onError={setActionError} />}
    >
      <Link to="/bureau/awards">← 返回评选列表</Link>
      <ErrorAlert error={actionError} />
      <JobState round={r} />
      <Section title="评选信息">
        <RoundFacts round={r} />
      </Section>
      <Section title="评选结果">
        {!r.computedAt && !pending(r) ? (
          <Alert type="info" showIcon message="尚未计算：点击“计算”生成评选结果" />
        ) : null}
        {pending(r) ? <Alert type="info" showIcon message="正在计算，完成后显示结果" /> : null}
        <ErrorAlert error={results.error} />
        {hasResult && results.isPending ? <Spin /> : null}
        {results.data && hasResult ? <RoundResults results={results.data} onExplain={setExplaining} /> : null}
      </Section>
      {r.status !== 'draft' ? <ObjectionsSection roundId={id} final={r.status === 'final'} nameOf={nameOf} /> : null}
      <ExplanationDrawer
        roundId={id}
        providerId={explaining}
        providerName={explaining ? nameOf(explaining) : ''}
        onClose={() => setExplaining(null)}
      />
    </Page>
  );
}

function JobState({ round }: { round: Round }) {
  if (round.jobStatus === 'queued' || round.jobStatus === 'running')
    return (
      <Alert
        type="info"
        showIcon
        message={JOB_STATUS[round.jobStatus]}
        description={
          <Progress percent={round.jobPercent ?? 0} status="active" aria-label="计算进度" style={{ maxWidth: 480 }} />
        }
      />
    );
  if (round.jobStatus === 'failed')
    return (
      <Alert
        type="error"
        showIcon
        message="计算失败，请检查评选配置和数据后重新计算"
        description={round.jobError ? `失败原因：${round.jobError}` : undefined}
      />
    );
  return null;
}

function RoundFacts({ round }: { round: Round }) {
  const c = configOf(round.config);
  return (
    <Descriptions size="small" column={3} bordered>
      <Descriptions.Item label="奖励预算">{yuan(round.budgetFen)}</Descriptions.Item>
      <Descriptions.Item label="计算时间">{dateTime(round.computedAt)}</Descriptions.Item>
      <Descriptions.Item label="公示时间">{dateTime(round.publishedAt)}</Descriptions.Item>
      <Descriptions.Item label="公示期至">
        {round.noticeEndsAt
          ? `${noticeLastDay(round.noticeEndsAt)}（共 ${c.noticeDays} 天）`
          : `公示 ${c.noticeDays} 天`}
      </Descriptions.Item>
      <Descriptions.Item label="可定稿时间">{dateTime(round.noticeEndsAt)}</Descriptions.Item>
      <Descriptions.Item label="定稿时间">{dateTime(round.finalizedAt)}</Descriptions.Item>
      <Descriptions.Item label="评分权重" span={2}>
        服务企业 {weightPercent(c.weights.served)}，满意度 {weightPercent(c.weights.satisfaction)}，成效{' '}
        {weightPercent(c.weights.effectiveness)}；先验权重 C = {figure(c.priorWeight)}
      </Descriptions.Item>
      <Descriptions.Item label="入池截止">{c.admittedBy.replace('-', ' 月 ')} 日</Descriptions.Item>
      <Descriptions.Item label="参评条件" span={3}>
        服务企业不少于 {c.minServed} 家，评价企业不少于 {c.minRatings} 家，计入订单成交价不低于 {yuan(c.minOrderFen)}
      </Descriptions.Item>
      <Descriptions.Item label="奖励档次" span={3}>
        {c.tiers.length
          ? c.tiers
              .map(
                (t) =>
                  `第 ${t.fromRank === t.toRank ? t.fromRank : `${t.fromRank}-${t.toRank}`} 名各 ${yuan(t.amountFen)}`,
              )
              .join('；')
          : '未设奖励名次'}
      </Descriptions.Item>
    </Descriptions>
  );
}

function RoundActions({ round, onError }: { round: Round; onError: (error: unknown) => void }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const setError = onError;
  const path = { params: { path: { id: round.id } } };
  const done = (text: string) => (next: Round) => {
    onError(null);
    message.success(text);
    queryClient.setQueryData(['award-rounds', round.id, 'round'], next);
    queryClient.invalidateQueries({ queryKey: ['award-rounds'] });
    queryClient.invalidateQueries({ queryKey: ['stats'] });
  };
  const compute = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/award-rounds/{id}/compute', path)),
    onSuccess: done('已提交计算，正在排队'),
    onError: setError,
  });
  const publish = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/award-rounds/{id}/publish', path)),
    onSuccess: done('评选结果已公示，参评机构已收到通知'),
    onError: setError,
  });
  const finalize = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/award-rounds/{id}/finalize', path)),
    onSuccess: done('评选已定稿'),
    onError: setError,
  });
  const exporting = useMutation({
    mutationFn: () => download(`/api/v1/award-rounds/${round.id}/export`, `${round.year}年度优质服务机构评选结果.xlsx`),
    onError: setError,
  });
  const busy = pending(round);
  const canCompute = (round.status === 'draft' || round.status === 'computed') && !busy;
  return (
    <Space wrap>
      {canCompute ? (
        round.status === 'computed' ? (
          <Popconfirm
            title="重新计算会替换当前结果，确定？"
            okText="重新计算"
            cancelText="取消"
            onConfirm={() => compute.mutate()}
          >
            <Button loading={compute.isPending}>重新计算</Button>
          </Popconfirm>
        ) : (
          <Button type="primary" loading={compute.isPending} onClick={() => compute.mutate()}>
            计算
          </Button>
        )
      ) : null}
      {round.status === 'computed' && !busy ? (
        <Popconfirm
          title="公示后将通知所有参评机构，公示期内可提出异议。确定公示？"
          okText="公示"
          cancelText="取消"
          onConfirm={() => publish.mutate()}
        >
          <Button type="primary" loading={publish.isPending}>
            公示结果
          </Button>
        </Popconfirm>
      ) : null}
      {round.status === 'published' ? (
        <Popconfirm
          title="定稿后评选结果不再改变，确定定稿？"
          okText="定稿"
          cancelText="取消"
          onConfirm={() => finalize.mutate()}
        >
          <Button type="primary" loading={finalize.isPending}>
            定稿
          </Button>
        </Popconfirm>
      ) : null}
      {round.computedAt ? (
        <Button icon={<DownloadOutlined />} loading={exporting.isPending} onClick={() => exporting.mutate()}>
          导出 Excel
        </Button>
      ) : null}
      <Link to={`/bureau/audit?entityType=award_round&entityId=${round.id}`}>操作记录</Link>
    </Space>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Empty, Form, Input, List, Space, Table, Tag, Typography } from 'antd';
import { api, ApiError, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import { useAuth } from '../../auth';
import { ErrorAlert, Section } from '../../components/Page';
import { applyFieldErrors } from '../../components/forms';
import { date, dateTime, yuan } from '../../format';
import { type AwardExplanation, figure } from './awardTypes';
import { keys } from './data';
import { Sentences } from './Sentences';
import { labelOf, OBJECTION_STATUS, ROUND_STATUS } from './labels';

type PublicAwards = Schema<'PublicAwardsView'>;
type Objection = Schema<'AwardObjectionView'>;

/** The last day of a notice that ends at an instant (midnight in Shanghai: objections through the day before). */
const lastDay = (endsAt: string | null): string => (endsAt ? date(new Date(new Date(endsAt).getTime() - 1)) : '—');

/** This provider's explanation in a round, or null when it did not take part. */
function useOwnExplanation(roundId: string | undefined, providerId: string) {
  return useQuery({
    queryKey: [...keys.rounds, roundId, providerId],
    queryFn: () =>
      ok(
        api.GET('/api/v1/award-rounds/{id}/results/{providerId}', {
          params: { path: { id: roundId as string, providerId } },
        }),
      )
        .then((explanation) => explanation as unknown as AwardExplanation)
        .catch(() => null),
    enabled: !!roundId && !!providerId,
  });
}

/** The year's published (公示) or final list, the provider's own explanation, and its objections. */
export function AwardRoundSection({ year }: { year: number }) {
  const { user } = useAuth();
  const providerId = user?.organisation.id ?? '';
  const list = useQuery({
    queryKey: ['awards', year],
    queryFn: () => ok(api.GET('/api/v1/awards/{year}', { params: { path: { year: String(year) } } })),
    retry: false,
  });
  const explained = useOwnExplanation(list.data?.roundId, providerId);
  const own = list.data && explained.data ? { roundId: list.data.roundId, explanation: explained.data } : null;
  const notPublished = list.error instanceof ApiError && list.error.code === 'AWARDS_NOT_PUBLISHED';

  if (notPublished || list.isPending)
    return (
      <Section title={`${year} 年度评选结果`}>
        {list.isPending ? null : <Empty description={`${year} 年度评选结果尚未公示`} />}
      </Section>
    );
  if (!list.data) return <ErrorAlert error={list.error} />;
  const a = list.data;
  const status = labelOf(ROUND_STATUS, a.status);
  const inNotice = a.status === 'published' && !!a.noticeEndsAt && new Date(a.noticeEndsAt) > new Date();
  return (
    <Section title={`${year} 年度评选结果`} extra={<Tag color={status.color}>{status.text}</Tag>}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label="公示时间">{dateTime(a.publishedAt)}</Descriptions.Item>
          <Descriptions.Item label="公示期至">{lastDay(a.noticeEndsAt)}</Descriptions.Item>
          <Descriptions.Item label="结果确定">{dateTime(a.finalizedAt)}</Descriptions.Item>
          <Descriptions.Item label="奖励预算">{yuan(a.budgetFen)}</Descriptions.Item>
          <Descriptions.Item label="奖励合计">{yuan(a.awardedFen)}</Descriptions.Item>
          <Descriptions.Item label="参评机构">
            符合条件 {a.eligibleCount} 家，未符合条件 {a.ineligibleCount} 家
          </Descriptions.Item>
        </Descriptions>
        {own && (
          <Alert
            type={own.explanation.kind === 'ranked' ? 'info' : 'warning'}
            message="本机构的评选结果"
            description={<Sentences lines={own.explanation.sentences} />}
          />
        )}
        <RankedTable awards={a} providerId={providerId} />
        {own ? (
          <Objections roundId={own.roundId} inNotice={inNotice} noticeEndsAt={a.noticeEndsAt} />
        ) : (
          !explained.isPending && (
            <Typography.Text type="secondary">本机构未参加 {year} 年度评选，无评选说明与异议记录。</Typography.Text>
          )
        )}
      </Space>
    </Section>
  );
}

function RankedTable({ awards, providerId }: { awards: PublicAwards; providerId: string }) {
  return (
    <Table
      size="small"
      rowKey="providerId"
      dataSource={awards.ranked}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: '没有符合条件的机构' }}
      rowClassName={(r) => (r.providerId === providerId ? 'ant-table-row-selected' : '')}
      columns={[
        { title: '名次', dataIndex: 'rank', width: 70 },
        {
          title: '服务机构',
          dataIndex: 'providerName',
          render: (name: string | null, r) => (
            <Space>
              {name ?? '—'}
              {r.providerId === providerId && <Tag color="blue">本机构</Tag>}
            </Space>
          ),
        },
        { title: '服务企业', key: 'served', width: 100, render: (_, r) => `${r.facts.served} 家` },
        { title: '满意度', key: 'q', width: 90, render: (_, r) => figure(r.facts.satisfaction) },
        { title: '成效', key: 'e', width: 90, render: (_, r) => figure(r.facts.effectiveness) },
        { title: '得分', dataIndex: 'score', width: 90, render: (v: number) => figure(v) },
        { title: '奖励', dataIndex: 'awardFen', width: 130, render: (v: number) => (v > 0 ? yuan(v) : '—') },
      ]}
    />
  );
}

/** The provider's objections to the round, and a new one while the notice runs. */
function Objections({
  roundId,
  inNotice,
  noticeEndsAt,
}: {
  roundId: string;
  inNotice: boolean;
  noticeEndsAt: string | null;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const objections = useQuery({
    queryKey: keys.objections(roundId),
    queryFn: () => ok(api.GET('/api/v1/award-rounds/{id}/objections', { params: { path: { id: roundId } } })),
  });
  const lodge = useMutation({
    mutationFn: (reason: string) =>
      ok(api.POST('/api/v1/award-rounds/{id}/objections', { params: { path: { id: roundId } }, body: { reason } })),
    onSuccess: () => {
      message.success('异议已提交，主管部门答复后将通知您');
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: keys.objections(roundId) });
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error);
    },
  });
  return (
    <div>
      <Typography.Title level={5}>我的异议</Typography.Title>
      <ErrorAlert error={objections.error} />
      <List<Objection>
        size="small"
        bordered
        loading={objections.isPending}
        dataSource={objections.data ?? []}
        locale={{ emptyText: '暂无异议' }}
        renderItem={(o) => {
          const status = labelOf(OBJECTION_STATUS, o.status);
          return (
            <List.Item>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap>
                  <Tag color={status.color}>{status.text}</Tag>
                  <Typography.Text type="secondary">提出于 {dateTime(o.createdAt)}</Typography.Text>
                </Space>
                <Typography.Text>异议理由：{o.reason}</Typography.Text>
                {o.answer && (
                  <Typography.Text type="secondary">
                    答复（{dateTime(o.answeredAt)}）：{o.answer}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          );
        }}
      />
      {inNotice ? (
        <Form form={form} layout="vertical" style={{ marginTop: 16 }} onFinish={(v) => lodge.mutate(v.reason.trim())}>
          <Form.Item
            label="异议理由"
            name="reason"
            extra={`公示期内（至 ${lastDay(noticeEndsAt)}）可提出异议；上一条异议答复前不能再次提出。`}
            rules={[
              { required: true, whitespace: true, message: '请填写异议理由' },
              { max: 2000, message: '不超过 2000 字' },
            ]}
          >
            <Input.TextArea rows={3} showCount maxLength={2000} />
          </Form.Item>
          <ErrorAlert error={lodge.error} />
          <Button type="primary" htmlType="submit" loading={lodge.isPending} style={{ marginTop: 8 }}>
            提出异议
          </Button>
        </Form>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          不在公示期内，不能提出异议。
        </Typography.Paragraph>
      )}
    </div>
  );
}

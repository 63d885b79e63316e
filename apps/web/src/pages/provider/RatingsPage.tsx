import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Progress,
  Rate,
  Row,
  Space,
  Statistic,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, ApiError, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import { useAuth } from '../../auth';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { applyFieldErrors } from '../../components/forms';
import { dateTime, yuan } from '../../format';
import { keys, useCategories, useListingTitles } from './data';
import { OUTCOME, RATING_DIMENSION } from './labels';

type Rating = Schema<'PublicRatingView'>;

const DIMENSIONS = ['professionalism', 'timeliness', 'effectiveness', 'value'] as const;

/** A rating's outcomes in words ("专利申请（件）：2"). */
function outcomeWords(outcomes: Rating['outcomes']): string[] {
  if (!outcomes) return [];
  return Object.entries(outcomes).map(([k, v]) =>
    k === 'financingRaisedFen' && typeof v === 'number'
      ? `${OUTCOME[k]}：${yuan(v)}`
      : `${OUTCOME[k] ?? k}：${String(v)}`,
  );
}

/** 评价管理: ratings received (visible ones), the figures, and one reply to each. */
export function RatingsPage() {
  const { user } = useAuth();
  const providerId = user?.organisation.id ?? '';
  const categories = useCategories();
  const titleOf = useListingTitles();
  const [page, setPage] = useState(1);
  const [replying, setReplying] = useState<Rating | null>(null);
  const pageSize = 10;
  const ratings = useQuery({
    queryKey: [...keys.ratings, page],
    queryFn: () =>
      ok(
        api.GET('/api/v1/providers/{id}/ratings', {
          params: { path: { id: providerId }, query: { page, pageSize } },
        }),
      ),
    enabled: !!providerId,
    retry: false,
  });
  const data = ratings.data;
  const notMember = ratings.error instanceof ApiError && ratings.error.status === 404;

  return (
    <Page title="评价管理">
      {notMember ? (
        <Alert type="info" showIcon message="入池（在册）后可在此查看企业评价并回复。" />
      ) : (
        <ErrorAlert error={ratings.error} />
      )}
      {data && <Summary data={data} />}
      <Section title="收到的评价">
        <List<Rating>
          loading={ratings.isPending && !notMember}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <Empty description="暂无评价" /> }}
          pagination={
            data && data.total > pageSize ? { current: page, pageSize, total: data.total, onChange: setPage } : false
          }
          renderItem={(r) => (
            <List.Item
              key={r.id}
              actions={
                r.reply
                  ? []
                  : [
                      <Button key="reply" type="link" onClick={() => setReplying(r)}>
                        回复
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Rate disabled value={r.overall} style={{ fontSize: 14 }} />
                    <Typography.Text>
                      {(r.listingId ? titleOf(r.listingId) : null) ?? categories.name(r.category)}
                    </Typography.Text>
                    <Typography.Text type="secondary">{dateTime(r.createdAt)}</Typography.Text>
                  </Space>
                }
                description={
                  <Space direction="vertical" size={4} style={{ width: '100%' }}>
                    <Typography.Text type="secondary">
                      {DIMENSIONS.map((d) => `${RATING_DIMENSION[d]} ${r[d]} 分`).join(' · ')}
                    </Typography.Text>
                    {r.comment && <Typography.Text>{r.comment}</Typography.Text>}
                    {outcomeWords(r.outcomes).length > 0 && (
                      <Typography.Text type="secondary">
                        服务成果：{outcomeWords(r.outcomes).join('；')}
                      </Typography.Text>
                    )}
                    {r.reply && (
                      <Card size="small" style={{ background: '#f6f8fb' }}>
                        <Typography.Text strong>我的回复：</Typography.Text>
                        <Typography.Text>{r.reply}</Typography.Text>
                        <Typography.Text type="secondary"> （{dateTime(r.repliedAt)}）</Typography.Text>
                      </Card>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Section>
      {replying && <ReplyModal rating={replying} onClose={() => setReplying(null)} />}
    </Page>
  );
}

function Summary({ data }: { data: Schema<'ProviderRatingsView'> }) {
  const distribution = data.distribution as unknown as Record<string, number>;
  const dimensions = data.dimensions as unknown as Record<string, number | null>;
  return (
    <Row gutter={16} align="stretch">
      <Col span={6}>
        <Card style={{ height: '100%' }}>
          <Statistic
            title="总体满意度"
            value={data.count ? data.average : '—'}
            precision={data.count ? 2 : undefined}
            suffix={data.count ? '/ 5' : undefined}
          />
          <Typography.Text type="secondary">共 {data.count} 条评价</Typography.Text>
        </Card>
      </Col>
      <Col span={9}>
        <Card title="评分分布" size="small" style={{ height: '100%' }}>
          {['5', '4', '3', '2', '1'].map((star) => (
            <Row key={star} gutter={8} align="middle">
              <Col span={4}>{star} 星</Col>
              <Col span={20}>
                <Progress
                  percent={data.count ? Math.round(((distribution[star] ?? 0) / data.count) * 100) : 0}
                  format={() => `${distribution[star] ?? 0} 条`}
                  size="small"
                />
              </Col>
            </Row>
          ))}
        </Card>
      </Col>
      <Col span={9}>
        <Card title="分项平均分" size="small" style={{ height: '100%' }}>
          {DIMENSIONS.map((d) => (
            <Row key={d} gutter={8}>
              <Col span={10}>{RATING_DIMENSION[d]}</Col>
              <Col span={14}>
                {typeof dimensions[d] === 'number' ? `${(dimensions[d] as number).toFixed(2)} 分` : '—'}
              </Col>
            </Row>
          ))}
        </Card>
      </Col>
    </Row>
  );
}

/** The reply (once; it cannot be changed afterwards). */
function ReplyModal({ rating, onClose }: { rating: Rating; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ body: string }>();
  const reply = useMutation({
    mutationFn: (body: string) =>
      ok(api.POST('/api/v1/ratings/{id}/reply', { params: { path: { id: rating.id } }, body: { body } })),
    onSuccess: () => {
      message.success('回复已发布');
      void queryClient.invalidateQueries({ queryKey: keys.ratings });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error);
    },
  });
  return (
    <Modal
      open
      title="回复评价"
      okText="发布回复"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={reply.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">每条评价只能回复一次，发布后不能修改。</Typography.Paragraph>
      {rating.comment && <Typography.Paragraph>企业评价：{rating.comment}</Typography.Paragraph>}
      <Form form={form} layout="vertical" onFinish={(v) => reply.mutate(v.body.trim())}>
        <Form.Item
          label="回复内容"
          name="body"
          rules={[
            { required: true, whitespace: true, message: '请输入回复内容' },
            { max: 2000, message: '不超过 2000 字' },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={2000} />
        </Form.Item>
        <ErrorAlert error={reply.error} />
      </Form>
    </Modal>
  );
}

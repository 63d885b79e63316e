import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Form, Input, InputNumber, Rate, Row, Select, Space, Spin, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, ok } from '../../api/client';
import { applyFieldErrors } from '../../components/forms';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { dateTime, fenOf, yuanNumber } from '../../format';
import { useCategoryNames, useOrder } from './data';
import { OUTCOMES, RATING_DIMENSIONS, type OutcomeKind } from './labels';
import { type Rating, useRating } from './parts';

type Scores = Record<(typeof RATING_DIMENSIONS)[number][0], number>;
type RateForm = Scores & { comment?: string; note?: string; outcomes?: Record<string, number | null | undefined> };

const SCORE_TEXT = ['很差', '较差', '一般', '满意', '非常满意'];

/** Rating a completed order (the five scores, a comment, the outcomes of its category), or editing it within 7 days. */
export function RatePage() {
  const { id = '' } = useParams();
  const order = useOrder(id);
  const rating = useRating(order.data);
  if (order.isPending || (order.data?.status === 'completed' && rating.isPending)) return <Spin />;
  if (!order.data) return <ErrorAlert error={order.error} />;
  const back = <Link to={`/enterprise/orders/${id}`}>返回订单</Link>;
  if (order.data.status !== 'completed')
    return (
      <Page title="评价服务" extra={back}>
        <Alert type="warning" showIcon title="订单完成后才能评价" />
      </Page>
    );
  const r = rating.data ?? null;
  if (r && (r.hidden || (r.editableUntil && Date.now() > new Date(r.editableUntil).getTime())))
    return (
      <Page title="评价服务" extra={back}>
        <Alert type="info" showIcon title={r.hidden ? '该评价已被隐藏，不能修改' : '评价已超过 7 天的可修改期限'} />
      </Page>
    );
  return (
    <Page title={r ? '修改评价' : '评价服务'} extra={back}>
      <ErrorAlert error={rating.error} />
      <RateFormCard orderId={id} title={order.data.listingTitle} category={order.data.category} rating={r} />
    </Page>
  );
}

function outcomeInput(kind: OutcomeKind) {
  if (kind === 'level')
    return (
      <Select allowClear placeholder="请选择" options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: `${n} 级` }))} />
    );
  return (
    <InputNumber
      min={0}
      precision={kind === 'count' ? 0 : kind === 'tonnes' ? 3 : 2}
      style={{ width: '100%' }}
      placeholder="选填"
    />
  );
}

function RateFormCard({
  orderId,
  title,
  category,
  rating,
}: {
  orderId: string;
  title: string;
  category: string;
  rating: Rating | null;
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const categoryName = useCategoryNames();
  const [form] = Form.useForm<RateForm>();
  const fields = OUTCOMES[category] ?? [];
  const saved = (rating?.outcomes ?? {}) as Record<string, unknown>;
  const initial: Partial<RateForm> = rating
    ? {
        overall: rating.overall,
        professionalism: rating.professionalism,
        timeliness: rating.timeliness,
        effectiveness: rating.effectiveness,
        value: rating.value,
        comment: rating.comment ?? undefined,
        note: typeof saved.note === 'string' ? saved.note : undefined,
        outcomes: Object.fromEntries(
          fields.map((f) => {
            const v = saved[f.key];
            return [f.key, typeof v === 'number' ? (f.kind === 'fen' ? yuanNumber(v) : v) : undefined];
          }),
        ),
      }
    : {};
  const save = useMutation({
    mutationFn: (v: RateForm) => {
      const outcomes: Record<string, unknown> = {};
      for (const f of fields) {
        const value = v.outcomes?.[f.key];
        if (value === null || value === undefined) continue;
        outcomes[f.key] = f.kind === 'fen' ? fenOf(value) : value;
      }
      if (v.note?.trim()) outcomes.note = v.note.trim();
      const body = {
        overall: v.overall,
        professionalism: v.professionalism,
        timeliness: v.timeliness,
        effectiveness: v.effectiveness,
        value: v.value,
        ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}),
        ...(Object.keys(outcomes).length || rating ? { outcomes } : {}),
      };
      const params = { path: { id: orderId } };
      return rating
        ? ok(api.PATCH('/api/v1/orders/{id}/rating', { params, body }))
        : ok(api.POST('/api/v1/orders/{id}/rating', { params, body }));
    },
    onSuccess: () => {
      message.success(rating ? '评价已修改' : '评价已提交，感谢您的反馈');
      void queryClient.invalidateQueries({ queryKey: ['order-rating', orderId] });
      navigate(`/enterprise/orders/${orderId}`);
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error, { 'outcomes.note': 'note' });
    },
  });
  return (
    <Form<RateForm> form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Section title={`满意度评分：${title}`}>
            {RATING_DIMENSIONS.map(([key, label]) => (
              <Form.Item
                key={key}
                label={label}
                name={key}
                rules={[{ required: true, message: `请为${label}评分` }]}
                layout="horizontal"
                labelCol={{ flex: '100px' }}
                labelAlign="left"
                style={{ marginBottom: 8 }}
              >
                <Rate tooltips={SCORE_TEXT} aria-label={label} />
              </Form.Item>
            ))}
            <Form.Item label="评价内容" name="comment" rules={[{ max: 1000, message: '评价内容不超过 1000 字' }]}>
              <Input.TextArea rows={4} maxLength={1000} showCount placeholder="选填：服务过程、沟通、成果等" />
            </Form.Item>
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section title={`服务成效（${categoryName(category)}，选填）`}>
            <Typography.Paragraph type="secondary">
              请填写可量化的服务成效，用于评估服务效果和年度优质服务机构评选。
            </Typography.Paragraph>
            {fields.map((f) => (
              <Form.Item key={f.key} label={f.label} name={['outcomes', f.key]}>
                {outcomeInput(f.kind)}
              </Form.Item>
            ))}
            <Form.Item label="成效说明" name="note" rules={[{ max: 500, message: '成效说明不超过 500 字' }]}>
              <Input.TextArea
                rows={3}
                maxLength={500}
                showCount
                placeholder="选填：其他成效，如获得的认定、节约的成本等"
              />
            </Form.Item>
          </Section>
        </Col>
      </Row>
      <ErrorAlert error={save.error} />
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {rating ? '保存修改' : '提交评价'}
        </Button>
        {rating?.editableUntil ? (
          <Typography.Text type="secondary">可修改至 {dateTime(rating.editableUntil)}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">提交后 7 天内可修改。</Typography.Text>
        )}
      </Space>
    </Form>
  );
}

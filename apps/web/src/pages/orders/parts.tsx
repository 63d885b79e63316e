import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Rate,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, ApiError, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import { applyFieldErrors } from '../../components/forms';
import { Section } from '../../components/Page';
import { dateTime, yuan } from '../../format';
import { useCategoryNames } from './data';
import {
  ACTOR_ROLE,
  eventDetails,
  eventTitle,
  listedPrice,
  ORDER_STATUS,
  OUTCOMES,
  outcomeText,
  PRICE_MODEL,
  RATING_DIMENSIONS,
  type Order,
  type OrderStatus,
} from './labels';

export function StatusTag({ status }: { status: OrderStatus }) {
  const s = ORDER_STATUS[status];
  return <Tag color={s.color}>{s.label}</Tag>;
}

/** The order's facts: parties, price (listed, quoted, agreed), voucher part, co-pay, what was paid. */
export function OrderFacts({ order, side }: { order: Order; side: 'enterprise' | 'provider' }) {
  const categoryName = useCategoryNames();
  const priceKnown = order.agreedPriceFen ?? (order.priceModel !== 'quote' ? order.listedPriceFen : null);
  return (
    <Descriptions
      bordered
      size="small"
      column={2}
      styles={{ label: { width: 120 } }}
      items={[
        { key: 'id', label: '订单编号', span: 2, children: <Typography.Text copyable>{order.id}</Typography.Text> },
        side === 'enterprise'
          ? { key: 'party', label: '服务机构', children: order.providerName }
          : { key: 'party', label: '委托企业', children: order.enterpriseName },
        { key: 'category', label: '服务类别', children: categoryName(order.category) },
        { key: 'model', label: '计价方式', children: PRICE_MODEL[order.priceModel] },
        { key: 'listed', label: '服务标价', children: listedPrice(order.priceModel, order.listedPriceFen) },
        { key: 'quoted', label: '服务机构报价', children: yuan(order.quotedPriceFen) },
        {
          key: 'agreed',
          label: '成交价',
          children: order.agreedPriceFen !== null ? yuan(order.agreedPriceFen) : '待确认',
        },
        {
          key: 'voucher',
          label: '服务券抵扣',
          children: order.voucherId ? yuan(order.voucherFen) : '未使用服务券',
        },
        {
          key: 'copay',
          label: '企业自付',
          children:
            order.copayFen !== null
              ? `${yuan(order.copayFen)}${order.agreedPriceFen === null && priceKnown !== null ? '（待服务机构接受）' : ''}`
              : '报价确认后计算',
        },
        { key: 'paid', label: '已支付', children: yuan(order.paidFen) },
        { key: 'refunded', label: '已退款', children: yuan(order.refundedFen) },
        { key: 'created', label: '提交时间', children: dateTime(order.createdAt) },
        { key: 'expires', label: '处理期限', children: order.expiresAt ? dateTime(order.expiresAt) : '—' },
        {
          key: 'requirement',
          label: '需求说明',
          span: 2,
          children: <div style={{ whiteSpace: 'pre-wrap' }}>{order.requirement}</div>,
        },
        ...(order.deliverySummary
          ? [
              {
                key: 'delivery',
                label: '交付说明',
                span: 2,
                children: <div style={{ whiteSpace: 'pre-wrap' }}>{order.deliverySummary}</div>,
              },
            ]
          : []),
      ]}
    />
  );
}

/** The order's history, oldest first: who did what, when, with the price, reason or summary. */
export function OrderTimeline({ order }: { order: Order }) {
  const events = order.events ?? [];
  if (!events.length) return <Empty description="暂无记录" />;
  return (
    <Timeline
      items={events.map((e, i) => ({
        key: i,
        color: e.action.includes('cancel') || e.action === 'decline' || e.action === 'dispute' ? 'red' : 'blue',
        content: (
          <div>
            <Typography.Text strong>{eventTitle(e)}</Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {ACTOR_ROLE[e.actorRole]} · {dateTime(e.createdAt)}
              </Typography.Text>
            </div>
            {eventDetails(e).map((line) => (
              <div key={line} style={{ whiteSpace: 'pre-wrap' }}>
                {line}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}

const THREAD_PAGE = 100;

/** The message thread between the two parties (oldest first), with a box to write. */
export function MessageThread({ order, mine }: { order: Order; mine: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ body: string }>();
  const [page, setPage] = useState<number | null>(null);
  const key = ['order-messages', order.id] as const;
  const thread = useQuery({
    queryKey: [...key, page],
    queryFn: async () => {
      const get = (p: number) =>
        ok(
          api.GET('/api/v1/orders/{id}/messages', {
            params: { path: { id: order.id }, query: { page: p, pageSize: THREAD_PAGE } },
          }),
        );
      const first = await get(page ?? 1);
      // Opened on the newest page of the thread unless another page was chosen.
      const last = Math.max(1, Math.ceil(first.total / THREAD_PAGE));
      return page === null && last > 1 ? get(last) : first;
    },
    refetchInterval: 15_000,
    staleTime: 0,
  });
  const post = useMutation({
    mutationFn: (body: string) =>
      ok(api.POST('/api/v1/orders/{id}/messages', { params: { path: { id: order.id } }, body: { body } })),
    onSuccess: () => {
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error);
      message.error(error.message);
    },
  });
  const author = (orgId: string) =>
    orgId === order.enterpriseId ? order.enterpriseName : orgId === order.providerId ? order.providerName : '主管部门';
  const items = thread.data?.items ?? [];
  return (
    <Section title="留言沟通">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无留言，可在此与对方沟通需求、收款账户等事项" />
      ) : (
        <Space orientation="vertical" style={{ width: '100%', maxHeight: 360, overflowY: 'auto' }}>
          {items.map((m) => (
            <div
              key={m.id}
              className="order-message"
              style={{
                background: m.authorOrgId === mine ? '#eff6ff' : '#f5f5f5',
                borderRadius: 6,
                padding: '8px 12px',
              }}
            >
              <Typography.Text strong>{author(m.authorOrgId)}</Typography.Text>{' '}
              <Typography.Text type="secondary">{dateTime(m.createdAt)}</Typography.Text>
              <div style={{ whiteSpace: 'pre-wrap' }}>{m.body}</div>
            </div>
          ))}
        </Space>
      )}
      {(thread.data?.total ?? 0) > THREAD_PAGE ? (
        <Button type="link" onClick={() => setPage((p) => (p === null ? 1 : null))}>
          {page === null ? '查看最早的留言' : '查看最新的留言'}
        </Button>
      ) : null}
      <Form form={form} layout="vertical" onFinish={(v) => post.mutate(v.body)} style={{ marginTop: 12 }}>
        <Form.Item
          label="留言"
          name="body"
          rules={[
            { required: true, whitespace: true, message: '请输入留言内容' },
            { max: 2000, message: '留言不超过 2000 字' },
          ]}
        >
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={post.isPending}>
          发送留言
        </Button>
      </Form>
    </Section>
  );
}

/** A modal asking for one required text (a reason, a delivery summary, a transfer reference). */
export function TextPrompt({
  open,
  title,
  label,
  hint,
  max = 2000,
  rows = 4,
  okText = '确定',
  danger,
  loading,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  label: string;
  hint?: string;
  max?: number;
  rows?: number;
  okText?: string;
  danger?: boolean;
  loading?: boolean;
  onSubmit: (text: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="返回"
      okButtonProps={{ danger, loading }}
      destroyOnHidden
      onCancel={onClose}
      onOk={() => {
        form
          .validateFields()
          .then(({ text }) => onSubmit(text.trim()))
          .then(onClose)
          .catch((error: unknown) => {
            // Invalid input stays next to the field; other refusals are shown by the caller.
            if (error instanceof ApiError && error.fields.length) {
              form.setFields([{ name: 'text', errors: [error.message] }]);
            }
          });
      }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          label={label}
          name="text"
          extra={hint}
          rules={[
            { required: true, whitespace: true, message: `请填写${label}` },
            { max, message: `${label}不超过 ${max} 字` },
          ]}
        >
          {max > 100 ? <Input.TextArea rows={rows} maxLength={max} showCount /> : <Input maxLength={max} />}
        </Form.Item>
      </Form>
    </Modal>
  );
}

export type Rating = Schema<'RatingView'>;

/** A rating as both parties see it: the five scores, the comment, the outcomes and the reply. */
export function RatingSummary({ rating, category }: { rating: Rating; category: string }) {
  const outcomes = (rating.outcomes ?? {}) as Record<string, unknown>;
  const known = OUTCOMES[category] ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {rating.hidden ? (
        <Typography.Text type="warning">该评价已被主管部门隐藏：{rating.hiddenReason ?? '—'}</Typography.Text>
      ) : null}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={RATING_DIMENSIONS.map(([key, label]) => ({
          key,
          label,
          children: <Rate disabled value={rating[key]} style={{ fontSize: 14 }} />,
        }))}
      />
      {rating.comment ? <div style={{ whiteSpace: 'pre-wrap' }}>评价：{rating.comment}</div> : null}
      {Object.keys(outcomes).length ? (
        <Descriptions
          size="small"
          title="服务成效"
          column={{ xs: 1, sm: 2 }}
          items={Object.entries(outcomes).map(([key, value]) => {
            const o = known.find((k) => k.key === key);
            return {
              key,
              label: key === 'note' ? '成效说明' : (o?.label ?? key),
              children: outcomeText(o?.kind, value),
            };
          })}
        />
      ) : null}
      {rating.reply ? (
        <div style={{ whiteSpace: 'pre-wrap' }}>
          服务机构回复：{rating.reply}
          <Typography.Text type="secondary"> （{dateTime(rating.repliedAt)}）</Typography.Text>
        </div>
      ) : null}
      <Typography.Text type="secondary">评价时间：{dateTime(rating.createdAt)}</Typography.Text>
    </Space>
  );
}

/** The order's rating (GET /orders/:id/rating), null while there is none. */
export function useRating(order: Order | undefined) {
  return useQuery({
    queryKey: ['order-rating', order?.id],
    queryFn: async () => {
      try {
        return await ok(api.GET('/api/v1/orders/{id}/rating', { params: { path: { id: order!.id } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled: order?.status === 'completed',
    staleTime: 0,
  });
}

/** What happens next, or why the order ended, in one line for each side. */
export function StatusHint({ order, side }: { order: Order; side: 'enterprise' | 'provider' }) {
  const last = [...(order.events ?? [])].reverse().find((e) => e.toStatus === order.status);
  const reason = (last?.detail as { reason?: unknown } | null)?.reason;
  const why = typeof reason === 'string' ? `：${reason}` : '';
  const until = order.expiresAt ? `，${dateTime(order.expiresAt)} 前未处理将自动过期` : '';
  const hints: Record<OrderStatus, { enterprise: string; provider: string } | null> = {
    requested: {
      enterprise: `等待服务机构接受或报价${until}`,
      provider:
        order.priceModel === 'quote'
          ? `请根据需求报价或拒绝${until}`
          : `请接受预约${order.priceModel === 'from' ? '（或报价）' : ''}或拒绝${until}`,
    },
    quoted: { enterprise: `请确认报价或取消预约${until}`, provider: `等待企业确认报价${until}` },
    confirmed: null,
    in_progress: { enterprise: '服务进行中，服务机构交付后请确认验收', provider: '服务进行中，完成后请提交交付' },
    delivered: {
      enterprise: '服务机构已提交交付，请核对交付说明后确认验收，或提出争议',
      provider: '已提交交付，等待企业确认验收',
    },
    completed: null,
    disputed: {
      enterprise: `争议处理中，等待主管部门裁定${why}`,
      provider: `企业提出争议，等待主管部门裁定${why}`,
    },
    declined: { enterprise: `服务机构已拒绝该预约${why}`, provider: `已拒绝该预约${why}` },
    cancelled: { enterprise: `订单已取消${why}`, provider: `订单已取消${why}` },
    expired: { enterprise: '订单超时未处理，已过期', provider: '订单超时未处理，已过期' },
  };
  const hint = hints[order.status];
  if (!hint) return null;
  // Yellow when it is this side's turn to act, blue otherwise.
  const turn = side === 'enterprise' ? ['quoted', 'delivered'] : ['requested', 'in_progress'];
  return <Alert type={turn.includes(order.status) ? 'warning' : 'info'} showIcon title={hint[side]} />;
}

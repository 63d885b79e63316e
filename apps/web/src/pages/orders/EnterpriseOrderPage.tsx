import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Popconfirm, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, ok } from '../../api/client';
import { ErrorAlert, Section } from '../../components/Page';
import { dateTime, yuan } from '../../format';
import { newIdempotencyKey, useOrder, useVouchersWithPrograms, voucherSplit } from './data';
import { PAYMENT_METHOD, PAYMENT_STATUS, type Order } from './labels';
import { OrderMissing, OrderScaffold } from './OrderScaffold';
import { RatingSummary, TextPrompt, useRating } from './parts';
import { useOrderActions } from './useOrderActions';

const RATING_WINDOW_MS = 30 * 24 * 3600 * 1000;

/** The enterprise's order: status, history, messages, price and voucher part, and what it may do now. */
export function EnterpriseOrderPage() {
  const { id = '' } = useParams();
  const order = useOrder(id);
  const act = useOrderActions(id);
  const [prompt, setPrompt] = useState<'cancel' | 'dispute' | null>(null);
  if (!order.data) return <OrderMissing query={order} back="/enterprise/orders" backText="返回我的预约" />;
  const o = order.data;
  const canCancel = ['requested', 'quoted', 'confirmed'].includes(o.status);
  const canDispute = ['in_progress', 'delivered'].includes(o.status);
  return (
    <OrderScaffold
      order={o}
      side="enterprise"
      back="/enterprise/orders"
      actions={
        <>
          {o.status === 'delivered' ? (
            <Popconfirm
              title="确认验收"
              description="确认服务已按约交付？验收后订单完成，服务券抵扣部分将被核销。"
              onConfirm={() => act.mutate({ action: 'acceptDelivery' })}
            >
              <Button type="primary" loading={act.isPending}>
                确认验收
              </Button>
            </Popconfirm>
          ) : null}
          {canDispute ? (
            <Button danger onClick={() => setPrompt('dispute')}>
              提出争议
            </Button>
          ) : null}
          {canCancel ? (
            <Button danger onClick={() => setPrompt('cancel')}>
              取消预约
            </Button>
          ) : null}
        </>
      }
      panels={
        <>
          {o.status === 'quoted' ? (
            <QuoteToConfirm
              order={o}
              onConfirm={(priceFen) => act.mutate({ action: 'confirm', priceFen })}
              pending={act.isPending}
              error={act.variables?.action === 'confirm' ? act.error : null}
            />
          ) : null}
          <PaymentPanel order={o} />
          {o.status === 'completed' ? <RatingPanel order={o} /> : null}
        </>
      }
    >
      <TextPrompt
        open={prompt === 'cancel'}
        title="取消预约"
        label="取消理由"
        okText="确认取消"
        danger
        loading={act.isPending}
        hint={o.paidFen > 0 ? '已支付的自付款将按原支付方式退回。' : undefined}
        onSubmit={(reason) => act.mutateAsync({ action: 'cancel', reason })}
        onClose={() => setPrompt(null)}
      />
      <TextPrompt
        open={prompt === 'dispute'}
        title="提出争议"
        label="争议理由"
        okText="提交争议"
        danger
        loading={act.isPending}
        hint="争议由主管部门核实后裁定按完成或取消处理。"
        onSubmit={(reason) => act.mutateAsync({ action: 'dispute', reason })}
        onClose={() => setPrompt(null)}
      />
    </OrderScaffold>
  );
}

/** The provider's quote, the voucher part and co-pay it would give, and confirming it (naming the price seen). */
function QuoteToConfirm({
  order,
  onConfirm,
  pending,
  error,
}: {
  order: Order;
  onConfirm: (priceFen: number) => void;
  pending: boolean;
  /** Why the last confirmation was refused (a changed quote): shown with the quote as it is now. */
  error: Error | null;
}) {
  const { vouchers, programs, loading } = useVouchersWithPrograms(!!order.voucherId);
  const unknown = loading ? '计算中…' : '确认时计算';
  const quoted = order.quotedPriceFen!;
  const voucher = vouchers.find((v) => v.id === order.voucherId);
  const program = voucher ? programs.get(voucher.programId) : undefined;
  // What the voucher can hold for this order: its available money and what the order holds already
  // (a `from` listing held at its starting price); the API re-holds at the quote the same way.
  const split =
    voucher && program
      ? voucherSplit(quoted, program.coverageBp, voucher.availableFen + order.voucherFen)
      : order.voucherId
        ? null
        : { voucherFen: 0, copayFen: quoted };
  return (
    <Section title="服务机构已报价">
      <Descriptions
        bordered
        size="small"
        column={3}
        items={[
          { key: 'quote', label: '报价', children: <Typography.Text strong>{yuan(quoted)}</Typography.Text> },
          { key: 'voucher', label: '预计服务券抵扣', children: split ? yuan(split.voucherFen) : unknown },
          { key: 'copay', label: '预计企业自付', children: split ? yuan(split.copayFen) : unknown },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0' }}>
        确认后按报价成交，服务券抵扣金额（价格 × 覆盖比例，不超过可用余额）同时冻结；报价有效期至{' '}
        {dateTime(order.expiresAt)}。
      </Typography.Paragraph>
      {error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <Popconfirm title="确认报价" description={`确认按 ${yuan(quoted)} 成交？`} onConfirm={() => onConfirm(quoted)}>
        <Button type="primary" loading={pending}>
          确认报价
        </Button>
      </Popconfirm>
    </Section>
  );
}

/**
 * The co-pay: nothing to pay, paid, or how to pay it. A bank transfer to the provider (always
 * possible: the provider records it); a card payment through Stripe where the API has it configured.
 */
function PaymentPanel({ order }: { order: Order }) {
  const { message } = App.useApp();
  const [card, setCard] = useState<'unavailable' | { amountFen: number } | null>(null);
  const pay = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/api/v1/orders/{id}/payments', {
          params: { path: { id: order.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
        }),
      ),
    onSuccess: (intent) => setCard({ amountFen: intent.amountFen }),
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'CARD_PAYMENTS_UNAVAILABLE') setCard('unavailable');
      message.error(error.message);
    },
  });
  if (order.copayFen === null || order.agreedPriceFen === null) return null;
  const due = order.copayFen - order.paidFen;
  const p = order.payment;
  const refunds =
    order.refundedFen > 0 ? (
      <Alert type="info" showIcon title={`已退款 ${yuan(order.refundedFen)}（按原支付方式退回）`} />
    ) : null;
  if (order.copayFen === 0) return <Alert type="success" showIcon title="服务券已全额抵扣，无需支付企业自付部分" />;
  if (due <= 0)
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          type="success"
          showIcon
          title={`企业自付部分 ${yuan(order.copayFen)} 已支付${p.method ? `（${PAYMENT_METHOD[p.method]}）` : ''}`}
        />
        {refunds}
      </Space>
    );
  if (order.status !== 'confirmed') return refunds;
  const cardOpen = p.method === 'stripe' && p.status === 'pending';
  return (
    <Section title="支付企业自付部分">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={`待支付 ${yuan(due)}：服务机构在自付部分到账后开始服务`} />
        <Descriptions
          title="银行转账"
          bordered
          size="small"
          column={1}
          styles={{ label: { width: 180 } }}
          items={[
            { key: 'payee', label: '收款方', children: order.providerName },
            { key: 'amount', label: '转账金额', children: <Typography.Text strong>{yuan(due)}</Typography.Text> },
            {
              key: 'ref',
              label: '转账附言（订单编号）',
              children: <Typography.Text copyable>{order.id}</Typography.Text>,
            },
          ]}
        />
        <Typography.Text type="secondary">
          请向服务机构转账，并在附言中填写订单编号；收款账户请通过下方留言向服务机构确认。服务机构确认到账后在系统中登记，订单即显示为已支付。
        </Typography.Text>
        {cardOpen || typeof card === 'object' ? (
          <Alert
            type="info"
            showIcon
            title={`银行卡支付：${PAYMENT_STATUS[p.status ?? 'pending'] ?? '待支付'}${
              card && typeof card === 'object' ? `，金额 ${yuan(card.amountFen)}` : ''
            }`}
            description="已在 Stripe 创建支付。本控制台尚未接入 Stripe 收银组件，暂不能在此输入银行卡信息；支付结果以 Stripe 通知为准。支付进行中的 30 分钟内服务机构不能登记银行转账。"
          />
        ) : null}
        {p.method === 'stripe' && p.problem ? (
          <Alert type="error" showIcon title={`银行卡支付异常：${PAYMENT_STATUS[p.status ?? 'problem']}`} />
        ) : null}
        {card === 'unavailable' ? (
          <Typography.Text type="secondary">本平台暂未开通银行卡支付，请使用银行转账。</Typography.Text>
        ) : (
          <Popconfirm
            title="银行卡支付"
            description={`通过 Stripe 支付 ${yuan(due)}？支付进行中时服务机构不能登记银行转账。`}
            onConfirm={() => pay.mutate()}
          >
            <Button loading={pay.isPending}>银行卡支付</Button>
          </Popconfirm>
        )}
      </Space>
    </Section>
  );
}

/** A completed order's rating: give it (within 30 days), see it, edit it (within 7 days). */
function RatingPanel({ order }: { order: Order }) {
  const rating = useRating(order);
  const navigate = useNavigate();
  const rateLink = `/enterprise/orders/${order.id}/rate`;
  if (rating.isPending) return <Spin />;
  if (rating.error) return <ErrorAlert error={rating.error} />;
  const r = rating.data;
  if (!r) {
    const open = order.completedAt !== null && Date.now() <= new Date(order.completedAt).getTime() + RATING_WINDOW_MS;
    return (
      <Section title="服务评价">
        {open ? (
          <Space>
            <Typography.Text>服务已完成，请在完成后 30 天内评价本次服务并填写服务成效。</Typography.Text>
            <Button type="primary" onClick={() => navigate(rateLink)}>
              评价本次服务
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">评价期已过（完成后 30 天内可评价）。</Typography.Text>
        )}
      </Section>
    );
  }
  const editable = !r.hidden && r.editableUntil !== null && Date.now() <= new Date(r.editableUntil).getTime();
  return (
    <Section
      title="我的评价"
      extra={editable ? <Link to={rateLink}>修改评价（{dateTime(r.editableUntil)} 前）</Link> : null}
    >
      <RatingSummary rating={r} category={order.category} />
    </Section>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, InputNumber, Modal, Popconfirm, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorAlert, Section } from '../../components/Page';
import { fenOf, yuan, yuanNumber } from '../../format';
import { useOrder } from './data';
import { PAYMENT_METHOD, type Order } from './labels';
import { OrderMissing, OrderScaffold } from './OrderScaffold';
import { RatingSummary, TextPrompt, type Rating, useRating } from './parts';
import { useOrderActions } from './useOrderActions';

type Prompt = 'decline' | 'cancel' | 'deliver' | 'payment' | 'quote' | null;

/** An incoming order for the provider: quote or accept, decline, record the transfer, start, deliver; messages and history. */
export function ProviderOrderPage() {
  const { id = '' } = useParams();
  const order = useOrder(id);
  const act = useOrderActions(id);
  const [prompt, setPrompt] = useState<Prompt>(null);
  if (!order.data) return <OrderMissing query={order} back="/provider/orders" backText="返回预约订单" />;
  const o = order.data;
  const answering = o.status === 'requested' || o.status === 'quoted';
  const due = (o.copayFen ?? 0) - o.paidFen;
  const close = () => setPrompt(null);
  return (
    <OrderScaffold
      order={o}
      side="provider"
      back="/provider/orders"
      actions={
        <>
          {answering && o.priceModel !== 'fixed' ? (
            <Button type={o.priceModel === 'quote' ? 'primary' : 'default'} onClick={() => setPrompt('quote')}>
              {o.status === 'quoted' ? '修改报价' : '报价'}
            </Button>
          ) : null}
          {o.status === 'requested' && o.priceModel !== 'quote' ? (
            <Popconfirm
              title="接受预约"
              description={`按标价 ${yuan(o.listedPriceFen)} 接受该预约？`}
              onConfirm={() => act.mutate({ action: 'accept' })}
            >
              <Button type="primary" loading={act.isPending}>
                接受预约
              </Button>
            </Popconfirm>
          ) : null}
          {o.status === 'confirmed' && due > 0 ? (
            <Button onClick={() => setPrompt('payment')}>登记银行转账</Button>
          ) : null}
          {o.status === 'confirmed' ? (
            <Popconfirm
              title="开始服务"
              description="确认开始提供服务？"
              onConfirm={() => act.mutate({ action: 'start' })}
            >
              <Button type="primary" loading={act.isPending}>
                开始服务
              </Button>
            </Popconfirm>
          ) : null}
          {o.status === 'in_progress' ? (
            <Button type="primary" onClick={() => setPrompt('deliver')}>
              提交交付
            </Button>
          ) : null}
          {answering ? (
            <Button danger onClick={() => setPrompt('decline')}>
              拒绝预约
            </Button>
          ) : null}
          {o.status === 'confirmed' ? (
            <Button danger onClick={() => setPrompt('cancel')}>
              取消订单
            </Button>
          ) : null}
        </>
      }
      panels={
        <>
          <CopayState order={o} />
          {o.status === 'completed' ? <ProviderRating order={o} /> : null}
        </>
      }
    >
      <QuoteModal order={o} open={prompt === 'quote'} onClose={close} />
      <TextPrompt
        open={prompt === 'decline'}
        title="拒绝预约"
        label="拒绝理由"
        okText="确认拒绝"
        danger
        loading={act.isPending}
        onSubmit={(reason) => act.mutateAsync({ action: 'decline', reason })}
        onClose={close}
      />
      <TextPrompt
        open={prompt === 'cancel'}
        title="取消订单"
        label="取消理由"
        okText="确认取消"
        danger
        loading={act.isPending}
        hint={o.paidFen > 0 ? '企业已支付的自付款将按原支付方式退回。' : undefined}
        onSubmit={(reason) => act.mutateAsync({ action: 'cancel', reason })}
        onClose={close}
      />
      <TextPrompt
        open={prompt === 'deliver'}
        title="提交交付"
        label="交付说明"
        hint="说明交付的成果，例如：已提交3件发明专利申请，取得受理通知书，附检索报告。"
        loading={act.isPending}
        onSubmit={(summary) => act.mutateAsync({ action: 'deliver', summary })}
        onClose={close}
      />
      <TextPrompt
        open={prompt === 'payment'}
        title={`登记银行转账（${yuan(due)}）`}
        label="银行转账流水号"
        max={100}
        hint={`确认已收到企业转账 ${yuan(due)}（附言应为订单编号）后登记，登记后即可开始服务。`}
        loading={act.isPending}
        onSubmit={(reference) => act.mutateAsync({ action: 'payOffline', reference })}
        onClose={close}
      />
    </OrderScaffold>
  );
}

/** Where the co-pay stands, for the provider: to receive by transfer, paid, being paid by card, nothing to pay. */
function CopayState({ order }: { order: Order }) {
  if (order.copayFen === null || order.agreedPriceFen === null) return null;
  const due = order.copayFen - order.paidFen;
  if (order.copayFen === 0) return <Alert type="success" showIcon title="服务券已全额抵扣，企业无需支付自付部分" />;
  if (due <= 0)
    return (
      <Alert
        type="success"
        showIcon
        title={`企业自付部分 ${yuan(order.copayFen)} 已到账${order.payment.method ? `（${PAYMENT_METHOD[order.payment.method]}）` : ''}`}
      />
    );
  if (order.status !== 'confirmed') return null;
  const card = order.payment.method === 'stripe' && order.payment.status === 'pending';
  return (
    <Alert
      type="warning"
      showIcon
      title={`待收企业自付部分 ${yuan(due)}`}
      description={
        card
          ? '企业正在通过银行卡支付，支付进行中时不能登记银行转账。'
          : '企业将通过银行转账支付（附言为订单编号）；收到后请点击“登记银行转账”，之后即可开始服务。'
      }
    />
  );
}

/** The quote (price in yuan, sent as fen); on a `from` listing at least its starting price. */
function QuoteModal({ order, open, onClose }: { order: Order; open: boolean; onClose: () => void }) {
  const act = useOrderActions(order.id);
  const [form] = Form.useForm<{ price: number }>();
  const floor = order.priceModel === 'from' ? (order.listedPriceFen ?? 1) : 1;
  return (
    <Modal
      open={open}
      title={order.status === 'quoted' ? '修改报价' : '报价'}
      okText="发送报价"
      cancelText="返回"
      okButtonProps={{ loading: act.isPending }}
      destroyOnHidden
      onCancel={onClose}
      onOk={() => {
        form
          .validateFields()
          .then(({ price }) => act.mutateAsync({ action: 'quote', priceFen: fenOf(price)! }))
          .then(onClose)
          .catch(() => undefined);
      }}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ price: yuanNumber(order.quotedPriceFen) ?? undefined }}
      >
        <Form.Item
          label="报价金额（元）"
          name="price"
          extra={
            order.priceModel === 'from'
              ? `起步价 ${yuan(order.listedPriceFen)}，报价不能低于起步价。`
              : '企业确认报价后按此价格成交。'
          }
          rules={[
            { required: true, message: '请填写报价金额' },
            {
              validator: (_, v: number | null | undefined) =>
                v === null || v === undefined || (fenOf(v) ?? 0) >= floor
                  ? Promise.resolve()
                  : Promise.reject(new Error(`报价不能低于 ${yuan(floor)}`)),
            },
          ]}
        >
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} prefix="¥" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The enterprise's rating of a completed order, once given, with the provider's one reply. */
function ProviderRating({ order }: { order: Order }) {
  const rating = useRating(order);
  if (rating.isPending) return <Spin />;
  if (rating.error) return <ErrorAlert error={rating.error} />;
  if (!rating.data)
    return (
      <Section title="企业评价">
        <Typography.Text type="secondary">企业尚未评价（完成后 30 天内可评价）。</Typography.Text>
      </Section>
    );
  return (
    <Section title="企业评价">
      <RatingSummary rating={rating.data} category={order.category} />
      {!rating.data.reply ? <ReplyBox rating={rating.data} /> : null}
    </Section>
  );
}

function ReplyBox({ rating }: { rating: Rating }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const reply = useMutation({
    mutationFn: (body: string) =>
      ok(api.POST('/api/v1/ratings/{id}/reply', { params: { path: { id: rating.id } }, body: { body } })),
    onSuccess: () => {
      message.success('已回复');
      void queryClient.invalidateQueries({ queryKey: ['order-rating', rating.orderId] });
    },
    onError: (error) => message.error(error.message),
  });
  return (
    <>
      <Button style={{ marginTop: 12 }} onClick={() => setOpen(true)}>
        回复评价
      </Button>
      <TextPrompt
        open={open}
        title="回复评价（仅可回复一次）"
        label="回复内容"
        loading={reply.isPending}
        onSubmit={(body) => reply.mutateAsync(body)}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

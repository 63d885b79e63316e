import { useQuery } from '@tanstack/react-query';
import { Descriptions, Skeleton, Timeline, Typography } from 'antd';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { ErrorAlert } from '../../../components/Page';
import { dateTime, yuan } from '../../../format';
import { ACTOR_ROLE, ORDER_EVENT, ORDER_STATUS, PRICE_MODEL } from './labels';
import { item, StatusTag, useCatalog } from './shared';

export const orderKey = (id: string) => ['bureau', 'order', id];

/** An order as the bureau sees it (GET /orders/:id): parties, money and history. */
export function useOrder(id: string | null | undefined) {
  return useQuery({
    queryKey: orderKey(id ?? ''),
    enabled: !!id,
    queryFn: () => ok(api.GET('/api/v1/orders/{id}', { params: { path: { id: id! } } })),
  });
}

export function OrderDetail({ id, history = true }: { id: string; history?: boolean }) {
  const order = useOrder(id);
  if (order.isPending) return <Skeleton active />;
  if (order.error) return <ErrorAlert error={order.error} />;
  return <OrderFacts order={order.data} history={history} />;
}

function OrderFacts({ order, history }: { order: Schema<'OrderView'>; history: boolean }) {
  const { categoryName } = useCatalog();
  return (
    <>
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          item('服务', order.listingTitle, 2),
          item('企业', order.enterpriseName),
          item('服务机构', order.providerName),
          item('服务类别', categoryName(order.category)),
          item('订单状态', <StatusTag label={ORDER_STATUS[order.status]} />),
          item(
            order.priceModel === 'quote' ? '计价方式' : `标价（${PRICE_MODEL[order.priceModel]}）`,
            order.priceModel === 'quote' ? PRICE_MODEL.quote : yuan(order.listedPriceFen),
          ),
          item('成交价', yuan(order.agreedPriceFen)),
          item('服务券抵扣', yuan(order.voucherFen)),
          item('企业自付', yuan(order.copayFen)),
          item('已收自付款', yuan(order.paidFen)),
          item('已退款', yuan(order.refundedFen)),
          item('确认时间', dateTime(order.confirmedAt)),
          item('完成时间', dateTime(order.completedAt)),
          item('需求描述', <span style={{ whiteSpace: 'pre-wrap' }}>{order.requirement}</span>, 2),
          item('交付说明', order.deliverySummary ?? '—', 2),
        ]}
      />
      {history && order.events?.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            订单记录
          </Typography.Title>
          <Timeline
            items={order.events.map((e, i) => ({
              key: i,
              color: e.action === 'dispute' ? 'red' : 'blue',
              title: dateTime(e.createdAt),
              content: <EventText event={e} />,
            }))}
          />
        </>
      ) : null}
    </>
  );
}

function EventText({ event }: { event: Schema<'OrderEventView'> }) {
  const detail = event.detail ?? {};
  const parts: string[] = [];
  if (typeof detail.priceFen === 'number') parts.push(`价格 ${yuan(detail.priceFen)}`);
  if (typeof detail.amountFen === 'number') parts.push(`金额 ${yuan(detail.amountFen)}`);
  if (typeof detail.reason === 'string') parts.push(`理由：${detail.reason}`);
  if (typeof detail.summary === 'string') parts.push(`交付说明：${detail.summary}`);
  return (
    <div>
      <Typography.Text strong>
        {ACTOR_ROLE[event.actorRole] ?? ''} · {ORDER_EVENT[event.action] ?? '其他操作'}
      </Typography.Text>
      {parts.length ? <div style={{ whiteSpace: 'pre-wrap' }}>{parts.join('；')}</div> : null}
    </div>
  );
}

/** The dispute's reason: the last `dispute` event of the order. */
export const disputeReason = (order: Schema<'OrderView'> | undefined): string | null => {
  const e = [...(order?.events ?? [])].reverse().find((x) => x.action === 'dispute');
  return typeof e?.detail?.reason === 'string' ? e.detail.reason : null;
};

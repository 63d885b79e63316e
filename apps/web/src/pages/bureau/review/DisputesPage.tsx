import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Drawer, Space, Table } from 'antd';
import { useState } from 'react';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { ErrorAlert, Page } from '../../../components/Page';
import { dateTime, yuan } from '../../../format';
import { ORDER_STATUS } from './labels';
import { disputeReason, OrderDetail, orderKey, useOrder } from './OrderDetail';
import { StatusFilter, statusOptions, StatusTag, useDecision, useQueue } from './shared';

type Order = Schema<'OrderView'>;
type OrderStatus = Order['status'];

const FILTER = statusOptions(ORDER_STATUS, [
  'disputed',
  'in_progress',
  'delivered',
  'completed',
  'cancelled',
  'requested',
  'quoted',
  'confirmed',
  'declined',
  'expired',
]);

/** 争议处理: orders the enterprise disputed, resolved by the reviewer as completed or cancelled (refunded). */
export function DisputesPage() {
  const queue = useQueue<OrderStatus>('disputed');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { ask, dialog } = useDecision();
  const list = useQuery({
    queryKey: ['bureau', 'orders', queue.status, queue.page, queue.pageSize],
    queryFn: () =>
      ok(
        api.GET('/api/v1/orders', {
          params: { query: { status: queue.status, page: queue.page, pageSize: queue.pageSize } },
        }),
      ),
  });

  const resolve = (o: Order, outcome: 'completed' | 'cancelled') =>
    ask({
      title: outcome === 'completed' ? '裁定订单完成' : '裁定订单取消',
      okText: outcome === 'completed' ? '裁定完成' : '裁定取消',
      danger: outcome === 'cancelled',
      description:
        outcome === 'completed'
          ? `订单按已交付处理为“已完成”，服务券抵扣部分 ${yuan(o.voucherFen)} 转为已使用，机构可申请兑付。`
          : `订单处理为“已取消”：服务券抵扣部分 ${yuan(o.voucherFen)} 退回企业的服务券，已付自付款 ${yuan(o.paidFen)} 原路退还。`,
      reasonLabel: '裁定理由',
      reasonPlaceholder: '请写明裁定依据，双方均可看到',
      submit: (v) =>
        ok(
          api.POST('/api/v1/orders/{id}/resolve', {
            params: { path: { id: o.id } },
            body: { outcome, reason: String(v.reason).trim() },
          }),
        ),
      success: '已裁定',
      invalidate: [['bureau', 'orders'], orderKey(o.id)],
    });

  return (
    <Page title="争议处理">
      <StatusFilter label="订单状态" value={queue.status} onChange={queue.setStatus} options={FILTER} />
      <ErrorAlert error={list.error} />
      <Table<Order>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={queue.pagination(list.data?.total)}
        locale={{ emptyText: queue.status === 'disputed' ? '暂无待处理的争议' : '暂无订单' }}
        onRow={(o) => ({ onClick: () => setSelectedId(o.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: '服务', dataIndex: 'listingTitle', ellipsis: true },
          { title: '企业', dataIndex: 'enterpriseName', ellipsis: true },
          { title: '服务机构', dataIndex: 'providerName', ellipsis: true },
          {
            title: '成交价',
            dataIndex: 'agreedPriceFen',
            align: 'right',
            width: 120,
            render: (f: number | null) => yuan(f),
          },
          { title: '服务券抵扣', dataIndex: 'voucherFen', align: 'right', width: 120, render: (f: number) => yuan(f) },
          { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: (v: string) => dateTime(v) },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: OrderStatus) => <StatusTag label={ORDER_STATUS[s]} />,
          },
          {
            title: '操作',
            key: 'op',
            width: 80,
            render: (_, o) => (
              <Button type="link" onClick={() => setSelectedId(o.id)}>
                {o.status === 'disputed' ? '处理' : '查看'}
              </Button>
            ),
          },
        ]}
      />
      <Drawer open={!!selectedId} onClose={() => setSelectedId(null)} size={820} title="订单详情" destroyOnHidden>
        {selectedId ? <DisputeDetail id={selectedId} resolve={resolve} /> : null}
      </Drawer>
      {dialog}
    </Page>
  );
}

function DisputeDetail({
  id,
  resolve,
}: {
  id: string;
  resolve: (o: Order, outcome: 'completed' | 'cancelled') => void;
}) {
  const order = useOrder(id);
  const o = order.data;
  const reason = disputeReason(o);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {o?.status === 'disputed' ? (
        <Alert
          type="error"
          showIcon
          title="企业对该订单提出了争议"
          description={reason ? `争议理由：${reason}` : undefined}
          action={
            <Space orientation="vertical">
              <Button type="primary" onClick={() => resolve(o, 'completed')}>
                裁定完成
              </Button>
              <Button danger onClick={() => resolve(o, 'cancelled')}>
                裁定取消
              </Button>
            </Space>
          }
        />
      ) : null}
      <OrderDetail id={id} />
    </Space>
  );
}

import { useQueries, useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Space, Spin, Table, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorAlert } from '../../components/Page';
import { date, dateTime, yuan } from '../../format';
import { BUCKETS, type Movement, MOVEMENT_FLOW, MOVEMENT_KIND, StatusTag, type Voucher, voucherStatus } from './labels';

const COLORS = { available: '#1d4ed8', held: '#f59e0b', consumed: '#16a34a', expired: '#9ca3af' } as const;

/** One voucher: its figures, its money split into buckets, and its ledger with the orders it served. */
export function VoucherDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const voucher = useQuery({
    queryKey: ['voucher', id],
    queryFn: () => ok(api.GET('/api/v1/vouchers/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
  const v = voucher.data;
  return (
    <Drawer open={!!id} onClose={onClose} size={720} title={v ? `服务券 ${v.code}` : '服务券明细'}>
      <ErrorAlert error={voucher.error} />
      {voucher.isPending && !!id && <Spin />}
      {v && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions
            column={2}
            size="small"
            bordered
            items={[
              { key: 'code', label: '券码', children: <Typography.Text copyable>{v.code}</Typography.Text> },
              { key: 'status', label: '状态', children: <StatusTag status={voucherStatus(v)} /> },
              { key: 'program', label: '服务券项目', span: 2, children: v.programName },
              { key: 'face', label: '面额', children: yuan(v.faceValueFen) },
              { key: 'issued', label: '发放时间', children: dateTime(v.issuedAt) },
              { key: 'valid', label: '有效期', span: 2, children: `${date(v.validFrom)} 至 ${date(v.validUntil)}` },
            ]}
          />
          <Buckets voucher={v} />
          <History voucher={v} />
        </Space>
      )}
    </Drawer>
  );
}

function Buckets({ voucher: v }: { voucher: Voucher }) {
  const parts = [
    { key: 'available', fen: v.availableFen },
    { key: 'held', fen: v.heldFen },
    { key: 'consumed', fen: v.consumedFen },
    { key: 'expired', fen: v.expiredFen },
  ] as const;
  return (
    <div>
      <Typography.Title level={5}>余额构成</Typography.Title>
      <div
        style={{ display: 'flex', height: 12, borderRadius: 6, overflow: 'hidden', background: '#f0f0f0' }}
        aria-hidden
      >
        {parts.map((p) =>
          p.fen > 0 ? (
            <div key={p.key} style={{ width: `${(p.fen / v.faceValueFen) * 100}%`, background: COLORS[p.key] }} />
          ) : null,
        )}
      </div>
      <Descriptions
        column={4}
        size="small"
        layout="vertical"
        style={{ marginTop: 12 }}
        items={parts.map((p) => ({
          key: p.key,
          label: (
            <Space size={4}>
              <span
                style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 4, background: COLORS[p.key] }}
              />
              {BUCKETS[p.key]}
            </Space>
          ),
          children: (
            <span data-bucket={p.key}>
              {yuan(p.fen)}
              {p.key === 'expired' && v.revokedFen > 0 && (
                <Typography.Text type="secondary">（其中撤销 {yuan(v.revokedFen)}）</Typography.Text>
              )}
            </span>
          ),
        }))}
      />
    </div>
  );
}

function History({ voucher }: { voucher: Voucher }) {
  const history = voucher.history ?? [];
  const orderIds = [...new Set(history.map((m) => m.orderId).filter((o): o is string => !!o))];
  const orders = useQueries({
    queries: orderIds.map((id) => ({
      queryKey: ['order', id],
      queryFn: () => ok(api.GET('/api/v1/orders/{id}', { params: { path: { id } } })),
      staleTime: 60_000,
    })),
  });
  const titles = new Map(orders.flatMap((q) => (q.data ? [[q.data.id, q.data.listingTitle] as const] : [])));
  return (
    <div>
      <Typography.Title level={5}>变动记录</Typography.Title>
      <Table<Movement>
        rowKey={(m, i) => `${m.kind}-${m.createdAt}-${i}`}
        size="small"
        pagination={false}
        dataSource={history}
        locale={{ emptyText: '暂无变动' }}
        columns={[
          { title: '时间', dataIndex: 'createdAt', width: 140, render: (d: string) => dateTime(d) },
          {
            title: '变动',
            dataIndex: 'kind',
            width: 130,
            render: (k: Movement['kind']) => (
              <Tooltip title={MOVEMENT_FLOW[k]}>
                <span>{MOVEMENT_KIND[k]}</span>
              </Tooltip>
            ),
          },
          { title: '金额', dataIndex: 'amountFen', align: 'right', width: 120, render: (f: number) => yuan(f) },
          { title: '资金去向', dataIndex: 'kind', key: 'flow', render: (k: Movement['kind']) => MOVEMENT_FLOW[k] },
          {
            title: '关联订单',
            dataIndex: 'orderId',
            render: (o: string | null) =>
              o ? (
                <Link to={`/enterprise/orders/${o}`}>{titles.get(o) ?? `订单 ${o.slice(0, 8)}`}</Link>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
        ]}
      />
    </div>
  );
}

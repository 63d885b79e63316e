import { useQuery } from '@tanstack/react-query';
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Table, Tabs, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorAlert, Page } from '../../components/Page';
import { dateTime, yuan } from '../../format';
import { useCategoryNames } from './data';
import { listedPrice, ORDER_STATUS, ORDER_STATUSES, type Order, type OrderStatus } from './labels';
import { StatusTag } from './parts';

const PAGE_SIZE = 20;

/** The price an order stands at: agreed, else quoted, else listed. */
function currentPrice(o: Order): string {
  if (o.agreedPriceFen !== null) return yuan(o.agreedPriceFen);
  if (o.quotedPriceFen !== null) return `${yuan(o.quotedPriceFen)}（报价）`;
  return listedPrice(o.priceModel, o.listedPriceFen);
}

/** Own orders by status tab, newest first, paginated by the API: the enterprise's bookings or the provider's incoming orders. */
export function OrderListPage({ side }: { side: 'enterprise' | 'provider' }) {
  const [params, setParams] = useSearchParams();
  const status = (ORDER_STATUSES as string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as OrderStatus)
    : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const categoryName = useCategoryNames();
  const list = useQuery({
    queryKey: ['orders', side, status ?? 'all', page],
    queryFn: () => ok(api.GET('/api/v1/orders', { params: { query: { status, page, pageSize: PAGE_SIZE } } })),
    placeholderData: (previous) => previous,
    staleTime: 0,
    refetchInterval: 60_000,
  });
  const go = (next: { status?: string; page?: number }) => {
    const p = new URLSearchParams();
    if (next.status) p.set('status', next.status);
    if (next.page && next.page > 1) p.set('page', String(next.page));
    setParams(p);
  };
  const base = `/${side}/orders`;
  return (
    <Page
      title={side === 'enterprise' ? '我的预约' : '预约订单'}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} loading={list.isFetching}>
          刷新
        </Button>
      }
    >
      <Tabs
        activeKey={status ?? 'all'}
        onChange={(key) => go({ status: key === 'all' ? undefined : key })}
        items={[
          { key: 'all', label: '全部' },
          ...ORDER_STATUSES.map((s) => ({ key: s, label: ORDER_STATUS[s].label })),
        ]}
      />
      <ErrorAlert error={list.error} />
      <Table<Order>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: side === 'enterprise' ? '暂无预约，可在服务大厅选择服务后预约' : '暂无预约订单' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (p) => go({ status, page: p }),
        }}
        columns={[
          {
            title: '服务',
            dataIndex: 'listingTitle',
            render: (title: string, o) => (
              <div>
                <Link to={`${base}/${o.id}`}>{title}</Link>
                <div>
                  <Typography.Text type="secondary">{categoryName(o.category)}</Typography.Text>
                </div>
              </div>
            ),
          },
          side === 'enterprise'
            ? { title: '服务机构', dataIndex: 'providerName', ellipsis: true }
            : { title: '委托企业', dataIndex: 'enterpriseName', ellipsis: true },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: OrderStatus) => <StatusTag status={s} /> },
          { title: '价格', key: 'price', width: 170, render: (_, o) => currentPrice(o) },
          {
            title: '服务券抵扣',
            key: 'voucher',
            width: 120,
            align: 'right',
            render: (_, o) => (o.voucherId ? yuan(o.voucherFen) : '—'),
          },
          {
            title: '企业自付',
            dataIndex: 'copayFen',
            width: 120,
            align: 'right',
            render: (v: number | null) => yuan(v),
          },
          { title: '提交时间', dataIndex: 'createdAt', width: 150, render: (v: string) => dateTime(v) },
          {
            title: '操作',
            key: 'open',
            width: 70,
            render: (_, o) => <Link to={`${base}/${o.id}`}>查看</Link>,
          },
        ]}
      />
    </Page>
  );
}

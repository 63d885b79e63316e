import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Space, Table, Tabs, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorAlert, Page } from '../../components/Page';
import { date, dateTime } from '../../format';
import { demandKeys, useCatalog } from './data';
import { budgetText, DEMAND_STATUS, DEMAND_STATUSES, type Demand, type DemandStatus } from './labels';
import { DemandStatusTag } from './parts';

const PAGE_SIZE = 20;

/** 我的需求: the enterprise's own demands by status tab, with their proposal counts and deadlines. */
export function EnterpriseDemandsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = (DEMAND_STATUSES as string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as DemandStatus)
    : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { categoryName, regionName } = useCatalog();
  const list = useQuery({
    queryKey: demandKeys.list({ side: 'enterprise', status, page }),
    queryFn: () => ok(api.GET('/api/v1/demands', { params: { query: { status, page, pageSize: PAGE_SIZE } } })),
    placeholderData: (previous) => previous,
    staleTime: 0,
  });
  const go = (next: { status?: string; page?: number }) => {
    const p = new URLSearchParams();
    if (next.status) p.set('status', next.status);
    if (next.page && next.page > 1) p.set('page', String(next.page));
    setParams(p);
  };
  return (
    <Page
      title="我的需求"
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} loading={list.isFetching}>
            刷新
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/enterprise/demands/new')}>
            发布需求
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        发布服务需求后，资源池中对应类别的服务机构可以提交方案（报价、交付周期、服务说明）；您可以对比各家方案，采纳其中一份后自动生成订单。
      </Typography.Paragraph>
      <Tabs
        activeKey={status ?? 'all'}
        onChange={(key) => go({ status: key === 'all' ? undefined : key })}
        items={[
          { key: 'all', label: '全部' },
          ...DEMAND_STATUSES.map((s) => ({ key: s, label: DEMAND_STATUS[s].label })),
        ]}
      />
      <ErrorAlert error={list.error} />
      <Table<Demand>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '暂无需求，点击右上角“发布需求”提出您的服务需求' }}
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
            title: '需求',
            dataIndex: 'title',
            render: (title: string, d) => (
              <div>
                <Link to={`/enterprise/demands/${d.id}`}>{title}</Link>
                <div>
                  <Typography.Text type="secondary">
                    {categoryName(d.category)} · {regionName(d.regionCode)}
                  </Typography.Text>
                </div>
              </div>
            ),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: DemandStatus) => <DemandStatusTag status={s} />,
          },
          {
            title: '方案',
            dataIndex: 'proposalCount',
            width: 90,
            render: (n: number, d) =>
              d.status === 'open' && n > 0 ? (
                <Badge count={n} color="blue" showZero title={`${n} 份方案`} />
              ) : (
                `${n} 份`
              ),
          },
          {
            title: '预算',
            key: 'budget',
            width: 230,
            render: (_, d) => budgetText(d.budgetMinFen, d.budgetMaxFen),
          },
          { title: '截止日期', dataIndex: 'deadline', width: 110, render: (v: string) => date(v) },
          { title: '发布时间', dataIndex: 'publishedAt', width: 150, render: (v: string | null) => dateTime(v) },
          {
            title: '操作',
            key: 'open',
            width: 70,
            render: (_, d) => <Link to={`/enterprise/demands/${d.id}`}>查看</Link>,
          },
        ]}
      />
    </Page>
  );
}

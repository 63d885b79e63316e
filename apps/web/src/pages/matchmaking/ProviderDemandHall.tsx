import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorAlert, Page } from '../../components/Page';
import { date } from '../../format';
import { demandKeys, useCatalog } from './data';
import { budgetText, DEMAND_STATUS, DEMAND_STATUSES, type Demand, type DemandStatus } from './labels';
import { DemandStatusTag, ProposalStatusTag } from './parts';

const PAGE_SIZE = 20;
/** The status filter's "every status" value (the hall shows open demands unless asked otherwise). */
const ANY = 'all';

/** 需求大厅: the demands a provider may answer (its categories in the pool, and public ones), searchable, open ones first. */
export function ProviderDemandHall() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? undefined;
  const regionCode = params.get('region') ?? undefined;
  const rawStatus = params.get('status') ?? 'open';
  const status = (DEMAND_STATUSES as string[]).includes(rawStatus) ? (rawStatus as DemandStatus) : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const catalog = useCatalog();
  const profile = useQuery({ queryKey: ['provider', 'profile'], queryFn: () => ok(api.GET('/api/v1/providers/me')) });
  const list = useQuery({
    queryKey: demandKeys.list({ side: 'provider', q, category, regionCode, status, page }),
    queryFn: () =>
      ok(
        api.GET('/api/v1/demands', {
          params: {
            query: {
              ...(q ? { q } : {}),
              ...(category ? { category } : {}),
              ...(regionCode ? { regionCode } : {}),
              ...(status ? { status } : {}),
              page,
              pageSize: PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: (previous) => previous,
    staleTime: 0,
  });
  /** Changes one filter and goes back to the first page. */
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next);
  };
  const approved = profile.data?.status === 'approved';

  return (
    <Page
      title="需求大厅"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} loading={list.isFetching}>
          刷新
        </Button>
      }
    >
      {profile.data && !approved ? (
        <Alert
          type="warning"
          showIcon
          title="入池后才能提交方案"
          description={
            <span>
              目前仅显示公开需求。审核通过、入池之后，可以看到并响应本机构服务类别的全部需求。
              <Link to="/provider/application">查看入池申请</Link>
            </span>
          }
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          这里列出与本机构服务类别相符的企业需求和公开需求。每个需求可提交一份方案，企业决定前可以修改或撤回。
        </Typography.Paragraph>
      )}
      <Space wrap>
        <Input.Search
          key={q}
          aria-label="搜索需求"
          placeholder="搜索需求标题或描述，如 数字化、专利"
          allowClear
          enterButton="搜索"
          defaultValue={q}
          style={{ width: 360 }}
          onSearch={(v) => set('q', v.trim() || undefined)}
        />
        <Select
          aria-label="服务类别"
          allowClear
          placeholder="全部类别"
          style={{ width: 160 }}
          value={category}
          onChange={(v?: string) => set('category', v)}
          options={catalog.categories.map((c) => ({ value: c.code, label: c.name }))}
        />
        <Select
          aria-label="所在地区"
          allowClear
          placeholder="全部地区"
          style={{ width: 160 }}
          value={regionCode}
          onChange={(v?: string) => set('region', v)}
          options={catalog.regions.map((r) => ({ value: r.code, label: r.name }))}
        />
        <Select
          aria-label="需求状态"
          style={{ width: 130 }}
          value={status ?? ANY}
          onChange={(v: string) => set('status', v === 'open' ? undefined : v)}
          options={[
            ...DEMAND_STATUSES.filter((s) => s !== 'draft').map((s) => ({ value: s, label: DEMAND_STATUS[s].label })),
            { value: ANY, label: '全部状态' },
          ]}
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Demand>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: q ? '没有找到相关需求，换个关键词试试' : '暂无需求' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (p) => {
            const next = new URLSearchParams(params);
            if (p > 1) next.set('page', String(p));
            else next.delete('page');
            setParams(next);
          },
        }}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: '需求',
            dataIndex: 'title',
            render: (title: string, d) => (
              <div>
                <Link to={`/provider/demands/${d.id}`}>{title}</Link>
                <div>
                  <Typography.Text type="secondary">{d.enterpriseName ?? '—'}</Typography.Text>
                  {d.visibility === 'public' ? (
                    <Tag style={{ marginLeft: 8 }} bordered={false}>
                      公开
                    </Tag>
                  ) : null}
                  {d.voucherIntended ? (
                    <Tag color="green" bordered={false}>
                      计划使用服务券
                    </Tag>
                  ) : null}
                </div>
              </div>
            ),
          },
          {
            title: '类别 / 地区',
            key: 'where',
            width: 150,
            render: (_, d) => (
              <div>
                <div>{catalog.categoryName(d.category)}</div>
                <Typography.Text type="secondary">{catalog.regionName(d.regionCode)}</Typography.Text>
              </div>
            ),
          },
          { title: '预算', key: 'budget', width: 210, render: (_, d) => budgetText(d.budgetMinFen, d.budgetMaxFen) },
          { title: '截止日期', dataIndex: 'deadline', width: 110, render: (v: string) => date(v) },
          { title: '方案数', dataIndex: 'proposalCount', width: 80, render: (n: number) => `${n} 份` },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: DemandStatus) => <DemandStatusTag status={s} />,
          },
          {
            title: '我的方案',
            key: 'mine',
            width: 100,
            render: (_, d) =>
              d.myProposal ? (
                <ProposalStatusTag status={d.myProposal.status} />
              ) : (
                <Typography.Text type="secondary">未提交</Typography.Text>
              ),
          },
          {
            title: '操作',
            key: 'open',
            width: 90,
            render: (_, d) => (
              <Link to={`/provider/demands/${d.id}`}>
                {d.status === 'open' && (!d.myProposal || d.myProposal.status === 'withdrawn') ? '提交方案' : '查看'}
              </Link>
            ),
          },
        ]}
      />
    </Page>
  );
}

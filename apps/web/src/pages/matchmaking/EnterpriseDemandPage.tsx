import { CheckCircleOutlined, EditOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
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
  Popconfirm,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { date, dateTime, yuan } from '../../format';
import { useVouchersWithPrograms, voucherRefusal, voucherSplit, type Voucher } from '../orders/data';
import { demandKeys, useCatalog, useDemand, useProposals } from './data';
import { type Demand, type Proposal, ratingText, type SuggestedProvider } from './labels';
import { DemandFacts, DemandStatusTag, ProposalStatusTag } from './parts';

/** An enterprise's demand: its facts, publish or close it, its proposals side by side, accept one; suggested providers. */
export function EnterpriseDemandPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const demand = useDemand(id);
  const proposals = useProposals(id, demand.isSuccess && demand.data.status !== 'draft');
  const [accepting, setAccepting] = useState<Proposal | null>(null);
  const [closing, setClosing] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: demandKeys.all });
  const publish = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/demands/{id}/publish', { params: { path: { id } } })),
    onSuccess: () => {
      message.success('需求已发布，相关服务机构将收到通知');
      void refresh();
    },
    onError: (error) => message.error(error.message),
  });

  if (demand.isPending) return <Spin />;
  if (!demand.data)
    return (
      <Page title="需求详情">
        <ErrorAlert error={demand.error} />
        <Link to="/enterprise/demands">返回我的需求</Link>
      </Page>
    );
  const d = demand.data;
  const items = proposals.data?.items ?? [];
  const accepted = items.find((p) => p.id === d.acceptedProposalId);

  return (
    <Page
      title={
        <Space wrap>
          {d.title}
          <DemandStatusTag status={d.status} />
        </Space>
      }
      extra={
        <Space wrap>
          {d.status === 'draft' ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => navigate(`/enterprise/demands/${d.id}/edit`)}>
                编辑
              </Button>
              <Popconfirm
                title="发布需求"
                description="发布后需求内容不能再修改，相关服务机构将收到通知。确认发布？"
                okText="发布"
                onConfirm={() => publish.mutate()}
              >
                <Button type="primary" icon={<SendOutlined />} loading={publish.isPending}>
                  发布
                </Button>
              </Popconfirm>
            </>
          ) : null}
          {d.status === 'draft' || d.status === 'open' ? (
            <Button danger icon={<StopOutlined />} onClick={() => setClosing(true)}>
              关闭需求
            </Button>
          ) : null}
          {d.orderId ? (
            <Button type="primary" onClick={() => navigate(`/enterprise/orders/${d.orderId}`)}>
              查看订单
            </Button>
          ) : null}
          <Button onClick={() => navigate('/enterprise/demands')}>返回列表</Button>
        </Space>
      }
    >
      <StatusAlert demand={d} accepted={accepted} />
      {d.status !== 'draft' ? (
        <Section
          title={`方案对比（${items.filter((p) => p.status !== 'withdrawn').length} 份）`}
          extra={
            <Button size="small" onClick={() => void proposals.refetch()} loading={proposals.isFetching}>
              刷新
            </Button>
          }
        >
          <ErrorAlert error={proposals.error} />
          <ProposalComparison demand={d} proposals={items} loading={proposals.isPending} onAccept={setAccepting} />
        </Section>
      ) : null}
      <Section title="需求信息">
        <DemandFacts demand={d} showEnterprise={false} />
      </Section>
      <SuggestedProviders demand={d} />
      {accepting ? (
        <AcceptDialog
          demand={d}
          proposal={accepting}
          onClose={() => setAccepting(null)}
          onAccepted={(orderId) => {
            setAccepting(null);
            void refresh();
            void queryClient.invalidateQueries({ queryKey: ['orders'] });
            message.success('已采纳方案，订单已生成，请确认报价');
            navigate(`/enterprise/orders/${orderId}`);
          }}
        />
      ) : null}
      {closing ? (
        <CloseDialog
          demand={d}
          onClose={() => setClosing(false)}
          onClosed={() => {
            setClosing(false);
            message.success('需求已关闭');
            void refresh();
          }}
        />
      ) : null}
    </Page>
  );
}

/** Where the demand stands, and what happens next, in one line. */
function StatusAlert({ demand: d, accepted }: { demand: Demand; accepted?: Proposal }) {
  switch (d.status) {
    case 'draft':
      return (
        <Alert
          type="info"
          showIcon
          title="草稿仅您自己可见"
          description="发布后，资源池中该服务类别的服务机构即可看到并提交方案，系统还会通知下方推荐的服务机构。"
        />
      );
    case 'open':
      return (
        <Alert
          type="info"
          showIcon
          title={`正在征集方案，截止 ${date(d.deadline)}`}
          description={
            d.proposalCount
              ? '可在下方对比各家方案的报价、交付周期、评分和服务经验，采纳其中一份后即生成订单。'
              : '收到方案后会通知您。'
          }
        />
      );
    case 'matched':
      return (
        <Alert
          type="success"
          showIcon
          title={`已采纳${accepted ? `「${accepted.providerName}」` : ''}的方案，订单已生成`}
          description={
            d.orderId ? (
              <span>
                请在订单中确认报价后开始服务。<Link to={`/enterprise/orders/${d.orderId}`}>查看订单</Link>
              </span>
            ) : undefined
          }
        />
      );
    case 'closed':
      return (
        <Alert
          type="warning"
          showIcon
          title="需求已关闭"
          description={d.closeReason ? `理由：${d.closeReason}` : undefined}
        />
      );
    case 'expired':
      return <Alert type="warning" showIcon title="已过截止日期，需求已过期，未采纳的方案均已结束" />;
  }
}

interface Row {
  key: string;
  label: string;
  render: (p: Proposal) => ReactNode;
}

/**
 * The standing and decided proposals side by side: one column per proposal, one row per fact
 * (price, delivery, rating, served, listing, note, status), the lowest price and the shortest
 * delivery marked, and the accept button under each while the demand is open.
 */
export function ProposalComparison({
  demand,
  proposals,
  loading,
  onAccept,
}: {
  demand: Demand;
  proposals: Proposal[];
  loading: boolean;
  onAccept?: (p: Proposal) => void;
}) {
  const shown = proposals.filter((p) => p.status !== 'withdrawn');
  const withdrawn = proposals.length - shown.length;
  if (!shown.length)
    return (
      <Empty description={loading ? '加载中…' : `暂无方案${withdrawn ? `（${withdrawn} 份已被服务机构撤回）` : ''}`} />
    );
  const standing = shown.filter((p) => p.status !== 'declined');
  const lowest = Math.min(...standing.map((p) => p.priceFen));
  const fastest = Math.min(...standing.map((p) => p.deliveryDays));
  const several = standing.length > 1;
  const rows: Row[] = [
    {
      key: 'price',
      label: '报价',
      render: (p) => (
        <Space size={4} wrap>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {yuan(p.priceFen)}
          </Typography.Text>
          {several && p.status !== 'declined' && p.priceFen === lowest ? <Tag color="green">最低报价</Tag> : null}
          {demand.budgetMaxFen !== null && p.priceFen > demand.budgetMaxFen ? <Tag color="orange">超出预算</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'days',
      label: '交付周期',
      render: (p) => (
        <Space size={4} wrap>
          {`${p.deliveryDays} 天`}
          {several && p.status !== 'declined' && p.deliveryDays === fastest ? <Tag color="blue">最快交付</Tag> : null}
        </Space>
      ),
    },
    { key: 'rating', label: '机构评分', render: (p) => ratingText(p.providerRating, p.providerRatingCount) },
    { key: 'served', label: '已服务企业', render: (p) => `${p.providerServedCount} 家` },
    {
      key: 'listing',
      label: '关联服务',
      render: (p) =>
        p.listingId ? (
          <Link to={`/listings/${p.listingId}`} target="_blank">
            {p.listingTitle ?? '查看服务'}
          </Link>
        ) : (
          <Typography.Text type="secondary">未关联</Typography.Text>
        ),
    },
    {
      key: 'note',
      label: '方案说明',
      render: (p) => (
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-wrap', margin: 0 }}
          ellipsis={{ rows: 6, expandable: 'collapsible', symbol: (open) => (open ? '收起' : '展开') }}
        >
          {p.note}
        </Typography.Paragraph>
      ),
    },
    { key: 'submitted', label: '提交时间', render: (p) => dateTime(p.updatedAt) },
    { key: 'status', label: '状态', render: (p) => <ProposalStatusTag status={p.status} /> },
  ];
  if (onAccept && demand.status === 'open')
    rows.push({
      key: 'action',
      label: '操作',
      render: (p) =>
        p.status === 'submitted' ? (
          <Button
            type="primary"
            icon={<CheckCircleOutlined />}
            aria-label={`采纳「${p.providerName}」的方案`}
            onClick={() => onAccept(p)}
          >
            采纳此方案
          </Button>
        ) : null,
    });
  return (
    <>
      <Table<Row>
        className="proposal-comparison"
        rowKey="key"
        size="small"
        bordered
        pagination={false}
        dataSource={rows}
        scroll={{ x: 130 + shown.length * 280 }}
        columns={[
          {
            title: '对比项',
            dataIndex: 'label',
            width: 130,
            fixed: 'left',
            render: (label: string) => <Typography.Text type="secondary">{label}</Typography.Text>,
          },
          ...shown.map((p) => ({
            title: (
              <Link to={`/providers/${p.providerId}`} target="_blank">
                {p.providerName}
              </Link>
            ),
            key: p.id,
            width: 280,
            onCell: () => ({
              style:
                p.status === 'accepted' ? { background: '#f6ffed' } : p.status === 'declined' ? { opacity: 0.6 } : {},
            }),
            render: (_: unknown, row: Row) => row.render(p),
          })),
        ]}
      />
      {withdrawn ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          另有 {withdrawn} 份方案已被服务机构撤回。
        </Typography.Text>
      ) : null}
    </>
  );
}

const NO_VOUCHER = 'none';

/** Accepting a proposal: what it makes (an order quoted at its price), optionally with one of the enterprise's vouchers. */
function AcceptDialog({
  demand,
  proposal,
  onClose,
  onAccepted,
}: {
  demand: Demand;
  proposal: Proposal;
  onClose: () => void;
  onAccepted: (orderId: string) => void;
}) {
  const [form] = Form.useForm<{ voucherId: string }>();
  const voucherId = Form.useWatch('voucherId', form) ?? NO_VOUCHER;
  const { vouchers, programs, loading, error: vouchersError } = useVouchersWithPrograms();
  // The order is made on the proposal's listing when it names one: its voucher eligibility then applies.
  const listing = useQuery({
    queryKey: ['listing', proposal.listingId],
    queryFn: () => ok(api.GET('/api/v1/listings/{id}', { params: { path: { id: proposal.listingId as string } } })),
    enabled: !!proposal.listingId,
    retry: false,
  });
  const orderOf = {
    category: listing.data?.category ?? demand.category,
    voucherEligible: listing.data?.voucherEligible ?? true,
  };
  const active = vouchers.filter((v) => v.status === 'active');
  const fits = active.filter((v) => !voucherRefusal(v, programs.get(v.programId), orderOf));
  const chosen = fits.find((v) => v.id === voucherId);
  const program = chosen ? programs.get(chosen.programId) : undefined;
  const split = chosen && program ? voucherSplit(proposal.priceFen, program.coverageBp, chosen.availableFen) : null;
  const accept = useMutation({
    mutationFn: (values: { voucherId: string }) =>
      ok(
        api.POST('/api/v1/proposals/{id}/accept', {
          params: { path: { id: proposal.id } },
          body: values.voucherId !== NO_VOUCHER ? { voucherId: values.voucherId } : {},
        }),
      ),
    onSuccess: (result) => onAccepted(result.orderId),
  });
  return (
    <Modal
      open
      title={`采纳「${proposal.providerName}」的方案`}
      okText="确认采纳"
      cancelText="取消"
      confirmLoading={accept.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={560}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: 120 } }}
          items={[
            {
              key: 'price',
              label: '方案报价',
              children: <Typography.Text strong>{yuan(proposal.priceFen)}</Typography.Text>,
            },
            { key: 'days', label: '交付周期', children: `${proposal.deliveryDays} 天` },
            ...(split
              ? [
                  {
                    key: 'voucher',
                    label: '服务券抵扣',
                    children: <Typography.Text type="success">{yuan(split.voucherFen)}</Typography.Text>,
                  },
                  { key: 'copay', label: '企业自付', children: yuan(split.copayFen) },
                ]
              : []),
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          采纳后将按该方案报价生成订单（状态为“已报价”），您在订单中确认报价后订单成立
          {chosen ? '，届时从服务券中冻结抵扣金额' : ''}。其他方案将标记为未采纳，需求状态变为“已对接”，此操作不能撤销。
        </Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ voucherId: NO_VOUCHER }}
          onFinish={(v) => accept.mutate(v)}
        >
          <Form.Item
            label="使用服务券"
            name="voucherId"
            style={{ marginBottom: 0 }}
            extra={
              fits.length
                ? '每个订单可使用一张服务券。'
                : active.length
                  ? '您的服务券不适用于该服务类别或已无可用余额。'
                  : '您暂无可用的服务券。'
            }
          >
            <Select
              loading={loading}
              options={[
                { value: NO_VOUCHER, label: '不使用服务券' },
                ...fits.map((v: Voucher) => ({
                  value: v.id,
                  label: `${v.programName} · ${v.code} · 可用 ${yuan(v.availableFen)}`,
                })),
              ]}
            />
          </Form.Item>
        </Form>
        <ErrorAlert error={accept.error ?? vouchersError} />
      </Space>
    </Modal>
  );
}

/** Closing a draft or an open demand, with an optional reason told to the providers who proposed. */
function CloseDialog({ demand, onClose, onClosed }: { demand: Demand; onClose: () => void; onClosed: () => void }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const close = useMutation({
    mutationFn: (values: { reason?: string }) =>
      ok(
        api.POST('/api/v1/demands/{id}/close', {
          params: { path: { id: demand.id } },
          body: values.reason?.trim() ? { reason: values.reason.trim() } : {},
        }),
      ),
    onSuccess: onClosed,
  });
  return (
    <Modal
      open
      title="关闭需求"
      okText="关闭需求"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={close.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        关闭后不再征集方案，{demand.proposalCount ? '已提交的方案将标记为未采纳并通知相应服务机构，' : ''}
        此操作不能撤销。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => close.mutate(v)}>
        <Form.Item label="关闭理由（选填）" name="reason" rules={[{ max: 500, message: '理由不超过 500 字' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：已通过其他渠道解决" />
        </Form.Item>
      </Form>
      <ErrorAlert error={close.error} />
    </Modal>
  );
}

/** The top providers the platform suggests for the demand, and why. */
function SuggestedProviders({ demand }: { demand: Demand }) {
  const { categoryName } = useCatalog();
  const suggested = useQuery({
    queryKey: demandKeys.suggested(demand.id),
    queryFn: () => ok(api.GET('/api/v1/demands/{id}/suggested-providers', { params: { path: { id: demand.id } } })),
  });
  const notifiedAt = suggested.data?.notifiedAt;
  return (
    <Section
      title="推荐服务机构"
      extra={
        <Typography.Text type="secondary">
          {notifiedAt
            ? `已于 ${dateTime(notifiedAt)} 通知以下机构`
            : demand.status === 'draft'
              ? '发布后将通知以下机构'
              : `${categoryName(demand.category)}类入池机构`}
        </Typography.Text>
      }
    >
      <ErrorAlert error={suggested.error} />
      <Table<SuggestedProvider>
        rowKey="providerId"
        size="small"
        loading={suggested.isPending}
        pagination={false}
        dataSource={suggested.data?.items ?? []}
        locale={{ emptyText: '暂无服务该类别和地区的入池机构' }}
        scroll={{ x: 900 }}
        columns={[
          { title: '排名', dataIndex: 'rank', width: 60, align: 'center' },
          {
            title: '服务机构',
            dataIndex: 'providerName',
            width: 220,
            render: (name: string, s) => (
              <Link to={`/providers/${s.providerId}`} target="_blank">
                {name}
              </Link>
            ),
          },
          {
            title: '匹配词',
            dataIndex: 'matchedWords',
            render: (words: string[]) =>
              words.length ? (
                <Space size={[0, 4]} wrap>
                  {words.map((w) => (
                    <Tag key={w} color="blue">
                      {w}
                    </Tag>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          {
            title: '评分',
            key: 'rating',
            width: 150,
            render: (_, s) => ratingText(s.rating, s.ratingCount),
          },
          { title: '已服务企业', dataIndex: 'servedCount', width: 100, render: (n: number) => `${n} 家` },
          {
            title: '推荐理由',
            dataIndex: 'reason',
            width: 300,
            render: (r: string) => <Typography.Text type="secondary">{r}</Typography.Text>,
          },
        ]}
      />
    </Section>
  );
}

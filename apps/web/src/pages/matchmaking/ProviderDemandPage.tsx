import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, ok } from '../../api/client';
import { applyFieldErrors } from '../../components/forms';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { dateTime, fenOf, yuan, yuanNumber } from '../../format';
import { demandKeys, useCatalog, useDemand, useProposals } from './data';
import { budgetText, type Demand, type Proposal } from './labels';
import { DemandFacts, DemandStatusTag, ProposalStatusTag } from './parts';

interface ProposalForm {
  price: number | null;
  deliveryDays: number | null;
  note: string;
  listingId?: string | null;
}

/** A demand as a provider sees it, with its own proposal: submitted, edited or withdrawn while it stands; the outcome. */
export function ProviderDemandPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const demand = useDemand(id);
  const proposals = useProposals(id, demand.isSuccess);

  if (demand.isPending) return <Spin />;
  if (!demand.data)
    return (
      <Page title="需求详情">
        <ErrorAlert error={demand.error} />
        <Link to="/provider/demands">返回需求大厅</Link>
      </Page>
    );
  const d = demand.data;
  // One proposal per provider and demand (a withdrawn one is submitted again on the same row).
  const mine = proposals.data?.items[0];
  return (
    <Page
      title={
        <Space wrap>
          {d.title}
          <DemandStatusTag status={d.status} />
        </Space>
      }
      extra={<Button onClick={() => navigate('/provider/demands')}>返回需求大厅</Button>}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Section title="需求信息">
            <DemandFacts demand={d} narrow />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          {proposals.isPending ? (
            <Spin />
          ) : proposals.error ? (
            <ErrorAlert error={proposals.error} />
          ) : (
            <MyProposal demand={d} proposal={mine} />
          )}
        </Col>
      </Row>
    </Page>
  );
}

/** The provider's own proposal: its outcome, or the form to submit it (again) or edit it while it stands. */
function MyProposal({ demand, proposal }: { demand: Demand; proposal?: Proposal }) {
  const [editing, setEditing] = useState(false);
  const open = demand.status === 'open';
  if (!proposal || proposal.status === 'withdrawn') {
    if (!open)
      return (
        <Section title="我的方案">
          <Alert
            type="info"
            showIcon
            title={proposal ? '您已撤回方案，需求已结束征集' : '该需求已结束征集，不能再提交方案'}
          />
        </Section>
      );
    return (
      <Section title="提交方案">
        {proposal ? (
          <Alert type="info" showIcon title="您已撤回方案，可以重新提交" style={{ marginBottom: 16 }} />
        ) : null}
        <ProposalEditor demand={demand} initial={proposal} mode="submit" onDone={() => undefined} />
      </Section>
    );
  }
  if (editing)
    return (
      <Section title="修改方案">
        <ProposalEditor demand={demand} initial={proposal} mode="edit" onDone={() => setEditing(false)} />
      </Section>
    );
  return (
    <Section title="我的方案" extra={<ProposalStatusTag status={proposal.status} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Outcome demand={demand} proposal={proposal} />
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: 110 } }}
          items={[
            {
              key: 'price',
              label: '报价',
              children: <Typography.Text strong>{yuan(proposal.priceFen)}</Typography.Text>,
            },
            { key: 'days', label: '交付周期', children: `${proposal.deliveryDays} 天` },
            {
              key: 'listing',
              label: '关联服务',
              children: proposal.listingId ? (
                <Link to={`/listings/${proposal.listingId}`} target="_blank">
                  {proposal.listingTitle ?? '查看服务'}
                </Link>
              ) : (
                '未关联'
              ),
            },
            {
              key: 'note',
              label: '方案说明',
              children: <div style={{ whiteSpace: 'pre-wrap' }}>{proposal.note}</div>,
            },
            { key: 'updated', label: '提交时间', children: dateTime(proposal.updatedAt) },
            ...(proposal.decidedAt
              ? [{ key: 'decided', label: '决定时间', children: dateTime(proposal.decidedAt) }]
              : []),
          ]}
        />
        {proposal.status === 'submitted' && open ? (
          <StandingActions proposal={proposal} onEdit={() => setEditing(true)} />
        ) : null}
      </Space>
    </Section>
  );
}

/** What became of the proposal, in one line: accepted (with its order), declined (and why), or waiting. */
function Outcome({ demand, proposal }: { demand: Demand; proposal: Proposal }) {
  if (proposal.status === 'accepted')
    return (
      <Alert
        type="success"
        showIcon
        title="您的方案已被采纳，订单已生成"
        description={
          demand.orderId ? (
            <span>
              等待企业确认报价。<Link to={`/provider/orders/${demand.orderId}`}>查看订单</Link>
            </span>
          ) : undefined
        }
      />
    );
  if (proposal.status === 'declined')
    return (
      <Alert
        type="warning"
        showIcon
        title="方案未被采纳"
        description={
          demand.status === 'matched'
            ? '企业已采纳了其他机构的方案。'
            : demand.status === 'expired'
              ? '需求已过截止日期。'
              : demand.closeReason
                ? `企业关闭了需求，理由：${demand.closeReason}`
                : '企业关闭了需求。'
        }
      />
    );
  return <Alert type="info" showIcon title="方案已提交，等待企业决定；企业决定前可以修改或撤回。" />;
}

function StandingActions({ proposal, onEdit }: { proposal: Proposal; onEdit: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/proposals/{id}/withdraw', { params: { path: { id: proposal.id } } })),
    onSuccess: () => {
      message.success('方案已撤回');
      void queryClient.invalidateQueries({ queryKey: demandKeys.all });
    },
    onError: (error) => message.error(error.message),
  });
  return (
    <Space>
      <Button onClick={onEdit}>修改方案</Button>
      <Popconfirm
        title="撤回方案"
        description="撤回后企业将看不到这份方案；需求仍在征集时可以重新提交。"
        okText="撤回"
        okButtonProps={{ danger: true }}
        onConfirm={() => withdraw.mutate()}
      >
        <Button danger loading={withdraw.isPending}>
          撤回方案
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** The proposal form: price in yuan (sent in fen), delivery days, the note, optionally one of its published listings. */
function ProposalEditor({
  demand,
  initial,
  mode,
  onDone,
}: {
  demand: Demand;
  initial?: Proposal;
  mode: 'submit' | 'edit';
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { categoryName } = useCatalog();
  const [form] = Form.useForm<ProposalForm>();
  const listings = useQuery({
    queryKey: ['provider', 'listings', 'published'],
    queryFn: () =>
      ok(
        api.GET('/api/v1/providers/me/listings', {
          params: { query: { status: 'published', page: 1, pageSize: 100 } },
        }),
      ),
  });
  // Its listings of the demand's category first.
  const own = [...(listings.data?.items ?? [])].sort(
    (a, b) => Number(b.category === demand.category) - Number(a.category === demand.category),
  );
  const send = useMutation({
    mutationFn: (v: ProposalForm) => {
      const body = {
        priceFen: fenOf(v.price) ?? 0,
        deliveryDays: v.deliveryDays ?? 0,
        note: v.note.trim(),
        listingId: v.listingId || null,
      };
      return mode === 'edit' && initial
        ? ok(api.PATCH('/api/v1/proposals/{id}', { params: { path: { id: initial.id } }, body }))
        : ok(api.POST('/api/v1/demands/{id}/proposals', { params: { path: { id: demand.id } }, body }));
    },
    onSuccess: () => {
      message.success(mode === 'edit' ? '方案已修改' : '方案已提交，企业将收到通知');
      void queryClient.invalidateQueries({ queryKey: demandKeys.all });
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error, { priceFen: 'price' });
    },
  });
  return (
    <Form<ProposalForm>
      form={form}
      layout="vertical"
      initialValues={
        initial
          ? {
              price: yuanNumber(initial.priceFen),
              deliveryDays: initial.deliveryDays,
              note: initial.note,
              listingId: initial.listingId,
            }
          : { price: null, deliveryDays: null, note: '', listingId: null }
      }
      onFinish={(v) => send.mutate(v)}
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            label="报价（元）"
            name="price"
            extra={`企业预算：${budgetText(demand.budgetMinFen, demand.budgetMaxFen)}`}
            rules={[
              { required: true, message: '请填写报价' },
              { type: 'number', min: 0.01, message: '报价应大于 0' },
            ]}
          >
            <InputNumber min={0} max={1_000_000_000} precision={2} style={{ width: '100%' }} placeholder="如 98000" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="交付周期（天）" name="deliveryDays" rules={[{ required: true, message: '请填写交付周期' }]}>
            <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} placeholder="1 - 365" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label="方案说明"
        name="note"
        rules={[
          { required: true, whitespace: true, message: '请填写方案说明' },
          { max: 2000, message: '方案说明不超过 2000 字' },
        ]}
      >
        <Input.TextArea
          rows={5}
          maxLength={2000}
          showCount
          placeholder="说明服务内容、实施步骤、团队和交付成果，例如：两周现场诊断，输出诊断报告与选型建议。"
        />
      </Form.Item>
      <Form.Item label="关联服务（选填）" name="listingId" extra="关联后，采纳生成的订单将对应该服务产品。">
        <Select
          allowClear
          loading={listings.isPending}
          placeholder="不关联服务产品"
          options={own.map((l) => ({ value: l.id, label: `${l.title}（${categoryName(l.category)}）` }))}
        />
      </Form.Item>
      <ErrorAlert error={send.error} />
      <Space style={{ marginTop: send.error ? 12 : 0 }}>
        <Button type="primary" htmlType="submit" loading={send.isPending}>
          {mode === 'edit' ? '保存修改' : '提交方案'}
        </Button>
        {mode === 'edit' ? <Button onClick={onDone}>取消</Button> : null}
      </Space>
    </Form>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Segmented,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { api, ApiError, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { applyFieldErrors } from '../../components/forms';
import { dateTime, fenOf, yuan, yuanNumber } from '../../format';
import { keys, newIdempotencyKey } from './data';
import { CLAIM_STATUS, labelOf, RISK_FLAG } from './labels';

type Order = Schema<'OrderView'>;
type Claim = Schema<'RedemptionClaimView'>;
type ClaimStatus = Claim['status'];

/** Every page of a paginated list (a provider's completed orders and claims are few hundred at most). */
async function all<T>(load: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= 20; page++) {
    const got = await load(page);
    items.push(...got.items);
    if (items.length >= got.total || got.items.length === 0) break;
  }
  return items;
}

/** Whether an order's voucher part may be claimed now, given its claims (DOMAIN.md §5 rule 6). */
function claimState(order: Order, claims: Claim[]): 'claimable' | 'claimed' | 'forfeited' {
  const mine = claims.filter((c) => c.orderId === order.id);
  if (mine.some((c) => c.status === 'rejected' && c.final)) return 'forfeited';
  if (mine.some((c) => c.status !== 'rejected')) return 'claimed';
  return 'claimable';
}

/** 服务券兑付: completed voucher orders to claim, the claim form, and the provider's claims with what was paid. */
export function RedemptionPage() {
  const [claiming, setClaiming] = useState<Order | null>(null);
  const orders = useQuery({
    queryKey: keys.claimable,
    queryFn: async () => {
      const [completed, claims] = await Promise.all([
        all((page) =>
          ok(api.GET('/api/v1/orders', { params: { query: { status: 'completed', page, pageSize: 100 } } })),
        ),
        all((page) => ok(api.GET('/api/v1/redemption-claims', { params: { query: { page, pageSize: 100 } } }))),
      ]);
      const withVoucher = completed.filter((o) => o.voucherFen > 0);
      return {
        claimable: withVoucher.filter((o) => claimState(o, claims) === 'claimable'),
        titles: new Map(completed.map((o) => [o.id, `${o.listingTitle}（${o.enterpriseName}）`])),
      };
    },
  });

  return (
    <Page title="服务券兑付">
      <Section title="可申请兑付的订单">
        <Typography.Paragraph type="secondary">
          企业使用服务券支付的部分，在订单完成后由本机构凭发票向主管部门申请兑付。每个订单申请一次；被驳回且可更正的，可重新申请一次。
        </Typography.Paragraph>
        <ErrorAlert error={orders.error} />
        <Table<Order>
          rowKey="id"
          size="middle"
          loading={orders.isPending}
          dataSource={orders.data?.claimable ?? []}
          locale={{ emptyText: '暂无待申请兑付的订单' }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: '服务', dataIndex: 'listingTitle' },
            { title: '企业', dataIndex: 'enterpriseName' },
            { title: '成交价', dataIndex: 'agreedPriceFen', width: 130, render: (v: number | null) => yuan(v) },
            { title: '服务券支付', dataIndex: 'voucherFen', width: 130, render: (v: number) => yuan(v) },
            { title: '完成时间', dataIndex: 'completedAt', width: 150, render: (v: string | null) => dateTime(v) },
            {
              title: '操作',
              key: 'actions',
              width: 110,
              render: (_, o) => (
                <Button type="link" onClick={() => setClaiming(o)}>
                  申请兑付
                </Button>
              ),
            },
          ]}
        />
      </Section>
      <ClaimsSection titles={orders.data?.titles} />
      {claiming && <ClaimModal order={claiming} onClose={() => setClaiming(null)} />}
    </Page>
  );
}

function ClaimsSection({ titles }: { titles?: Map<string, string> }) {
  const [status, setStatus] = useState<ClaimStatus | 'all'>('all');
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const claims = useQuery({
    queryKey: [...keys.claims, status, page],
    queryFn: () =>
      ok(
        api.GET('/api/v1/redemption-claims', {
          params: { query: { page, pageSize, ...(status === 'all' ? {} : { status }) } },
        }),
      ),
  });
  return (
    <Section
      title="我的兑付申请"
      extra={
        <Segmented
          value={status}
          onChange={(v) => {
            setStatus(v as ClaimStatus | 'all');
            setPage(1);
          }}
          options={[
            { label: '全部', value: 'all' },
            ...(Object.keys(CLAIM_STATUS) as ClaimStatus[]).map((s) => ({ label: CLAIM_STATUS[s].text, value: s })),
          ]}
        />
      }
    >
      <ErrorAlert error={claims.error} />
      <Table<Claim>
        rowKey="id"
        size="middle"
        loading={claims.isPending}
        dataSource={claims.data?.items ?? []}
        locale={{ emptyText: '暂无兑付申请' }}
        pagination={{
          current: page,
          pageSize,
          total: claims.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        expandable={{
          expandedRowRender: (c) => <ClaimDetail claim={c} />,
          rowExpandable: () => true,
        }}
        columns={[
          {
            title: '订单',
            dataIndex: 'orderId',
            render: (id: string) => titles?.get(id) ?? `订单 ${id.slice(0, 8)}`,
          },
          { title: '兑付金额', dataIndex: 'amountFen', width: 110, render: (v: number) => yuan(v) },
          { title: '发票号码', dataIndex: 'invoiceNo', width: 160 },
          {
            title: '状态',
            dataIndex: 'status',
            width: 120,
            render: (s: ClaimStatus, c) => {
              const label = labelOf(CLAIM_STATUS, s);
              return (
                <Space direction="vertical" size={0}>
                  <Tag color={label.color}>{label.text}</Tag>
                  {s === 'rejected' && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.final ? '不予兑付' : '可更正后重新申请'}
                    </Typography.Text>
                  )}
                </Space>
              );
            },
          },
          {
            title: '审核意见 / 支付',
            key: 'outcome',
            width: 250,
            render: (_, c) => outcomeText(c),
          },
          { title: '提交时间', dataIndex: 'createdAt', width: 150, render: (v: string) => dateTime(v) },
        ]}
      />
    </Section>
  );
}

/** What became of a claim, in one line. */
function outcomeText(c: Claim): string {
  if (c.status === 'rejected') return `驳回理由：${c.reason ?? '—'}`;
  if (c.status === 'paid')
    return `已于 ${dateTime(c.paidAt)} 支付 ${yuan(c.amountFen)}，银行流水号 ${c.bankReference ?? '—'}`;
  if (c.status === 'batched') return '已纳入结算批次，等待支付';
  if (c.status === 'approved') return `审核通过（${dateTime(c.decidedAt)}），等待纳入结算批次`;
  return '等待主管部门审核';
}

function ClaimDetail({ claim: c }: { claim: Claim }) {
  return (
    <Descriptions size="small" column={2} bordered>
      <Descriptions.Item label="发票金额">{yuan(c.invoiceAmountFen)}</Descriptions.Item>
      <Descriptions.Item label="合同编号">{c.contractNo}</Descriptions.Item>
      <Descriptions.Item label="服务报告摘要" span={2}>
        {c.reportSummary}
      </Descriptions.Item>
      <Descriptions.Item label="审核时间">{dateTime(c.decidedAt)}</Descriptions.Item>
      <Descriptions.Item label="结算批次">{c.batchId ? `批次 ${c.batchId.slice(0, 8)}` : '—'}</Descriptions.Item>
      <Descriptions.Item label="支付时间">{dateTime(c.paidAt)}</Descriptions.Item>
      <Descriptions.Item label="银行流水号">{c.bankReference ?? '—'}</Descriptions.Item>
      {c.riskFlags && c.riskFlags.length > 0 && (
        <Descriptions.Item label="风险提示" span={2}>
          <Space direction="vertical" size={0}>
            {c.riskFlags.map((f) => (
              <Tooltip key={f.code} title={f.detail}>
                <Typography.Text type="warning">{RISK_FLAG[f.code] ?? f.code}</Typography.Text>
              </Tooltip>
            ))}
          </Space>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

interface ClaimForm {
  invoiceNo: string;
  invoiceAmount: number | null;
  contractNo: string;
  reportSummary: string;
}

/** The claim form: invoice number and amount (at least the agreed price), contract number, service report. */
function ClaimModal({ order, onClose }: { order: Order; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ClaimForm>();
  const idempotencyKey = useMemo(newIdempotencyKey, []);
  const agreed = order.agreedPriceFen ?? 0;
  const submit = useMutation({
    mutationFn: (v: ClaimForm) =>
      ok(
        api.POST('/api/v1/redemption-claims', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: {
            orderId: order.id,
            invoiceNo: v.invoiceNo.trim().toUpperCase(),
            invoiceAmountFen: fenOf(v.invoiceAmount ?? '') ?? 0,
            contractNo: v.contractNo.trim(),
            reportSummary: v.reportSummary.trim(),
          },
        }),
      ),
    onSuccess: () => {
      message.success('兑付申请已提交');
      void queryClient.invalidateQueries({ queryKey: keys.claims });
      void queryClient.invalidateQueries({ queryKey: keys.claimable });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error, { invoiceAmountFen: 'invoiceAmount' });
    },
  });
  return (
    <Modal
      open
      title="申请兑付"
      okText="提交申请"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={submit.isPending}
      destroyOnHidden
      width={600}
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="服务">{order.listingTitle}</Descriptions.Item>
        <Descriptions.Item label="企业">{order.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label="成交价">{yuan(order.agreedPriceFen)}</Descriptions.Item>
        <Descriptions.Item label="兑付金额（服务券支付部分）">{yuan(order.voucherFen)}</Descriptions.Item>
      </Descriptions>
      <Form<ClaimForm>
        form={form}
        layout="vertical"
        initialValues={{ invoiceAmount: yuanNumber(agreed) }}
        onFinish={(v) => submit.mutate(v)}
      >
        <Form.Item
          label="发票号码"
          name="invoiceNo"
          normalize={(v: string) => v.toUpperCase()}
          rules={[
            { required: true, message: '请输入发票号码' },
            { pattern: /^[0-9A-Z][0-9A-Z-]{0,49}$/, message: '发票号码为 1-50 位字母、数字或短横线' },
          ]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          label="发票金额（元）"
          name="invoiceAmount"
          rules={[
            { required: true, message: '请输入发票金额' },
            {
              validator: (_, v: number | null) =>
                v === null || v === undefined || (fenOf(v) ?? 0) >= agreed
                  ? Promise.resolve()
                  : Promise.reject(new Error(`发票金额不能低于成交价 ${yuan(agreed)}`)),
            },
          ]}
        >
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="合同编号"
          name="contractNo"
          rules={[
            { required: true, whitespace: true, message: '请输入合同编号' },
            { max: 100, message: '合同编号不超过 100 字' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label="服务报告摘要"
          name="reportSummary"
          rules={[
            { required: true, whitespace: true, message: '请填写服务报告摘要' },
            { max: 2000, message: '不超过 2000 字' },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={2000} />
        </Form.Item>
        <ErrorAlert error={submit.error} />
      </Form>
    </Modal>
  );
}

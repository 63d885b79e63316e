import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Descriptions, Drawer, Form, Input, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, download, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { ErrorAlert, Page, Section } from '../../../components/Page';
import { dateTime, yuan } from '../../../format';
import { BATCH_STATUS, CLAIM_STATUS } from './labels';
import { item, ShortId, StatusFilter, statusOptions, StatusTag, useDecision, useQueue } from './shared';

type Claim = Schema<'RedemptionClaimView'>;
type Batch = Schema<'SettlementBatchView'>;
type BatchStatus = Batch['status'];

const FILTER = statusOptions(BATCH_STATUS, ['created', 'paid']);
const CLAIMS_KEY = ['bureau', 'redemption-claims'];
const BATCHES_KEY = ['bureau', 'settlement-batches'];

/** The .xlsx name the API gives a batch (settlement-batch-<day in Shanghai>-<id prefix>.xlsx). */
const fileName = (b: Batch) =>
  `settlement-batch-${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(b.createdAt))}-${b.id.slice(0, 8)}.xlsx`;

/** 兑付结算 (finance): approved claims grouped into settlement batches, exported, marked paid with the bank reference. */
export function SettlementPage() {
  const [batchId, setBatchId] = useState<string | null>(null);
  const { ask, dialog } = useDecision();
  const markPaid = (b: Batch) =>
    ask({
      title: '标记结算批次已付款',
      okText: '确认已付款',
      danger: true,
      description: `本批次 ${b.claimCount} 笔，合计 ${yuan(b.totalFen)}。标记后不可撤销，批次内兑付申请均变为“已支付”。`,
      fields: (
        <Form.Item
          label="银行流水号"
          name="bankReference"
          rules={[
            { required: true, whitespace: true, message: '请填写银行流水号' },
            { max: 100, message: '不能超过 100 个字' },
          ]}
        >
          <Input placeholder="如：ICBC-20260415-000123" maxLength={100} />
        </Form.Item>
      ),
      submit: (v) =>
        ok(
          api.POST('/api/v1/settlement-batches/{id}/mark-paid', {
            params: { path: { id: b.id } },
            body: { bankReference: String(v.bankReference).trim() },
          }),
        ),
      success: '已标记为已付款',
      invalidate: [BATCHES_KEY, CLAIMS_KEY],
    });
  return (
    <Page title="兑付结算">
      <PendingClaims ask={ask} onCreated={setBatchId} />
      <Batches onOpen={setBatchId} markPaid={markPaid} />
      <Drawer open={!!batchId} onClose={() => setBatchId(null)} size={860} title="结算批次" destroyOnHidden>
        {batchId ? <BatchDetail id={batchId} markPaid={markPaid} /> : null}
      </Drawer>
      {dialog}
    </Page>
  );
}

/** Approved claims in no batch yet, chosen for a new batch. */
function PendingClaims({
  ask,
  onCreated,
}: {
  ask: ReturnType<typeof useDecision>['ask'];
  onCreated: (batchId: string) => void;
}) {
  const queue = useQueue('approved', 50);
  const [chosen, setChosen] = useState<Claim[]>([]);
  const claims = useQuery({
    queryKey: [...CLAIMS_KEY, 'approved', queue.page, queue.pageSize],
    queryFn: () =>
      ok(
        api.GET('/api/v1/redemption-claims', {
          params: { query: { status: 'approved', page: queue.page, pageSize: queue.pageSize } },
        }),
      ),
  });
  const total = chosen.reduce((sum, c) => sum + c.amountFen, 0);
  const build = () =>
    ask({
      title: '生成结算批次',
      okText: '生成批次',
      description: `将 ${chosen.length} 笔已通过的兑付申请纳入一个结算批次，合计 ${yuan(total)}。每笔申请只能进入一个批次。`,
      submit: () => ok(api.POST('/api/v1/settlement-batches', { body: { claimIds: chosen.map((c) => c.id) } })),
      success: '结算批次已生成',
      invalidate: [CLAIMS_KEY, BATCHES_KEY],
      onDone: (batch) => {
        setChosen([]);
        onCreated((batch as Batch).id);
      },
    });
  return (
    <Section
      title="待结算的兑付申请"
      extra={
        <Space>
          <Typography.Text type="secondary">
            已选 {chosen.length} 笔，合计 {yuan(total)}
          </Typography.Text>
          <Button type="primary" disabled={!chosen.length} onClick={build}>
            生成结算批次
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={claims.error} />
      <Table<Claim>
        rowKey="id"
        size="small"
        loading={claims.isPending}
        dataSource={claims.data?.items ?? []}
        pagination={queue.pagination(claims.data?.total)}
        locale={{ emptyText: '没有待结算的兑付申请' }}
        rowSelection={{
          selectedRowKeys: chosen.map((c) => c.id),
          preserveSelectedRowKeys: true,
          onChange: (_, rows) => setChosen(rows.filter(Boolean)),
        }}
        columns={[
          { title: '服务机构（收款方）', dataIndex: 'providerName', ellipsis: true },
          { title: '发票号码', dataIndex: 'invoiceNo', width: 170 },
          { title: '合同编号', dataIndex: 'contractNo', width: 160, ellipsis: true },
          { title: '兑付金额', dataIndex: 'amountFen', align: 'right', width: 130, render: (f: number) => yuan(f) },
          { title: '审核通过时间', dataIndex: 'decidedAt', width: 150, render: (v: string | null) => dateTime(v) },
        ]}
      />
    </Section>
  );
}

function Batches({ onOpen, markPaid }: { onOpen: (id: string) => void; markPaid: (b: Batch) => void }) {
  const queue = useQueue<BatchStatus>('created');
  const batches = useQuery({
    queryKey: [...BATCHES_KEY, queue.status, queue.page, queue.pageSize],
    queryFn: () =>
      ok(
        api.GET('/api/v1/settlement-batches', {
          params: { query: { status: queue.status, page: queue.page, pageSize: queue.pageSize } },
        }),
      ),
  });
  return (
    <Section title="结算批次" extra={<StatusFilter value={queue.status} onChange={queue.setStatus} options={FILTER} />}>
      <ErrorAlert error={batches.error} />
      <Table<Batch>
        rowKey="id"
        size="small"
        loading={batches.isPending}
        dataSource={batches.data?.items ?? []}
        pagination={queue.pagination(batches.data?.total)}
        locale={{ emptyText: queue.status === 'created' ? '没有待付款的批次' : '暂无已付款批次' }}
        onRow={(b) => ({ onClick: () => onOpen(b.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: '批次号', dataIndex: 'id', width: 110, render: (id: string) => <ShortId id={id} /> },
          { title: '生成时间', dataIndex: 'createdAt', width: 150, render: (v: string) => dateTime(v) },
          { title: '笔数', dataIndex: 'claimCount', width: 70, align: 'right' },
          { title: '合计金额', dataIndex: 'totalFen', width: 140, align: 'right', render: (f: number) => yuan(f) },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: BatchStatus) => <StatusTag label={BATCH_STATUS[s]} />,
          },
          { title: '银行流水号', dataIndex: 'bankReference', ellipsis: true, render: (v: string | null) => v ?? '—' },
          { title: '付款时间', dataIndex: 'paidAt', width: 150, render: (v: string | null) => dateTime(v) },
          {
            title: '操作',
            key: 'op',
            width: 220,
            render: (_, b) => (
              <Space size={0} onClick={(e) => e.stopPropagation()}>
                <Button type="link" onClick={() => onOpen(b.id)}>
                  查看
                </Button>
                <DownloadButton batch={b} type="link" />
                {b.status === 'created' ? (
                  <Button type="link" onClick={() => markPaid(b)}>
                    标记已付款
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </Section>
  );
}

function DownloadButton({ batch, type }: { batch: Batch; type?: 'link' | 'default' }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      type={type}
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await download(`/api/v1/settlement-batches/${batch.id}/export`, fileName(batch));
        } catch (error) {
          message.error(error instanceof Error ? error.message : '下载失败');
        } finally {
          setBusy(false);
        }
      }}
    >
      下载清单
    </Button>
  );
}

function BatchDetail({ id, markPaid }: { id: string; markPaid: (b: Batch) => void }) {
  const batch = useQuery({
    queryKey: [...BATCHES_KEY, 'one', id],
    queryFn: () => ok(api.GET('/api/v1/settlement-batches/{id}', { params: { path: { id } } })),
  });
  if (batch.isPending) return <Skeleton active />;
  if (batch.error) return <ErrorAlert error={batch.error} />;
  const b = batch.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space size="large" wrap>
        <Statistic title="合计金额" value={yuan(b.totalFen)} />
        <Statistic title="笔数" value={b.claimCount} />
        <Statistic title="状态" value={BATCH_STATUS[b.status].text} />
      </Space>
      <Descriptions
        size="small"
        column={2}
        items={[
          item('批次号', <Typography.Text copyable>{b.id}</Typography.Text>, 2),
          item('生成时间', dateTime(b.createdAt)),
          item('付款时间', dateTime(b.paidAt)),
          item('银行流水号', b.bankReference ?? '—', 2),
        ]}
      />
      <Space>
        <DownloadButton batch={b} />
        {b.status === 'created' ? (
          <Button type="primary" onClick={() => markPaid(b)}>
            标记已付款
          </Button>
        ) : null}
      </Space>
      <Table<Claim>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={b.claims ?? []}
        columns={[
          { title: '服务机构（收款方）', dataIndex: 'providerName', ellipsis: true },
          { title: '发票号码', dataIndex: 'invoiceNo', width: 170 },
          { title: '合同编号', dataIndex: 'contractNo', width: 150, ellipsis: true },
          { title: '兑付金额', dataIndex: 'amountFen', align: 'right', width: 120, render: (f: number) => yuan(f) },
          {
            title: '状态',
            dataIndex: 'status',
            width: 110,
            render: (s: Claim['status']) => <StatusTag label={CLAIM_STATUS[s]} />,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              合计
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {yuan(b.totalFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} />
          </Table.Summary.Row>
        )}
      />
    </Space>
  );
}

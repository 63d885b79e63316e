import { WarningFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Form, List, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { Section } from '../../../components/Page';
import { dateTime, yuan } from '../../../format';
import { CLAIM_STATUS, RISK_FLAG, riskDetail, riskLabel } from './labels';
import { OrderDetail } from './OrderDetail';
import { ReviewQueue } from './ReviewQueue';
import { item, reasonOf, ShortId, statusOptions, StatusTag, useDecision, useEnterpriseNames, useQueue } from './shared';

type Claim = Schema<'RedemptionClaimView'>;
type ClaimStatus = Claim['status'];

const FILTER = statusOptions(CLAIM_STATUS, ['submitted', 'approved', 'batched', 'paid', 'rejected']);

/** The risk flags of a claim as red tags (their Chinese names). */
export function RiskTags({ flags }: { flags: Claim['riskFlags'] }) {
  if (!flags?.length) return <Typography.Text type="secondary">无</Typography.Text>;
  return (
    <Space size={[0, 4]} wrap>
      {flags.map((f) => (
        <Tag key={f.code} color="error" title={RISK_FLAG[f.code]?.hint}>
          {riskLabel(f.code)}
        </Tag>
      ))}
    </Space>
  );
}

/** The risk flags of a claim with what was seen, in Chinese. */
export function RiskFlags({ flags }: { flags: Claim['riskFlags'] }) {
  if (!flags?.length) return <Alert type="success" showIcon title="未发现风险提示" />;
  return (
    <List
      size="small"
      bordered
      dataSource={flags}
      renderItem={(f) => (
        <List.Item>
          <Space align="start">
            <WarningFilled style={{ color: '#fa541c', marginTop: 4 }} />
            <div>
              <Typography.Text strong>{riskLabel(f.code)}</Typography.Text>
              <div>{riskDetail(f)}</div>
            </div>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** 兑付审核: providers' redemption claims with their order, invoice and risk flags; approve or reject. */
export function RedemptionClaimsPage() {
  const queue = useQueue<ClaimStatus>('submitted');
  const [selected, setSelected] = useState<Claim | null>(null);
  const { ask, dialog } = useDecision();
  const enterpriseName = useEnterpriseNames();
  const list = useQuery({
    queryKey: ['bureau', 'redemption-claims', queue.status, queue.page, queue.pageSize],
    queryFn: () =>
      ok(
        api.GET('/api/v1/redemption-claims', {
          params: { query: { status: queue.status, page: queue.page, pageSize: queue.pageSize } },
        }),
      ),
  });
  const invalidate = [
    ['bureau', 'redemption-claims'],
    ['bureau', 'voucher-programs'],
  ];
  const done = (result: unknown) => setSelected(result as Claim);

  const approve = (c: Claim) =>
    ask({
      title: '兑付审核通过',
      okText: '审核通过',
      description: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <span>
            通过后 {yuan(c.amountFen)} 计入已兑付，由财务纳入结算批次付款给{c.providerName ?? '服务机构'}。
          </span>
          {c.riskFlags?.length ? (
            <Alert
              type="warning"
              showIcon
              title={`该申请有 ${c.riskFlags.length} 项风险提示：${c.riskFlags.map((f) => riskLabel(f.code)).join('、')}`}
              description="请确认已核实后再通过。"
            />
          ) : null}
        </Space>
      ),
      submit: () => ok(api.POST('/api/v1/redemption-claims/{id}/approve', { params: { path: { id: c.id } } })),
      success: '兑付申请已通过',
      invalidate,
      onDone: done,
    });
  const reject = (c: Claim) =>
    ask({
      title: '驳回兑付申请',
      okText: '驳回',
      danger: true,
      fields: (
        <Form.Item label="驳回类型" name="final" rules={[{ required: true, message: '请选择驳回类型' }]}>
          <Radio.Group
            options={[
              { value: false, label: '可更正：机构修改后可为该订单重新申请一次' },
              { value: true, label: '最终驳回（认定虚假材料）：该笔金额核减，不再兑付' },
            ]}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          />
        </Form.Item>
      ),
      initialValues: { final: false },
      reasonLabel: '驳回理由',
      reasonPlaceholder: '如：发票抬头与合同主体不一致，请更正后重新提交',
      submit: (v) =>
        ok(
          api.POST('/api/v1/redemption-claims/{id}/reject', {
            params: { path: { id: c.id } },
            body: { ...reasonOf(v), final: v.final === true },
          }),
        ),
      success: '已驳回',
      invalidate,
      onDone: done,
    });

  return (
    <ReviewQueue<Claim, ClaimStatus>
      title="兑付审核"
      queue={queue}
      filter={FILTER}
      list={list}
      emptyText="暂无兑付申请"
      opWidth={70}
      selected={selected}
      onSelect={setSelected}
      drawerSize={820}
      drawerTitle={selected ? `兑付申请：${selected.providerName ?? ''}` : ''}
      decision={
        selected?.status === 'submitted'
          ? { approve: '审核通过', onApprove: () => approve(selected), onReject: () => reject(selected) }
          : null
      }
      dialog={dialog}
      statuses={CLAIM_STATUS}
      statusWidth={130}
      columns={[
        { title: '服务机构', dataIndex: 'providerName', ellipsis: true },
        {
          title: '企业',
          dataIndex: 'enterpriseId',
          ellipsis: true,
          render: (id: string) => enterpriseName(id) ?? <ShortId id={id} />,
        },
        { title: '兑付金额', dataIndex: 'amountFen', align: 'right', width: 120, render: (f: number) => yuan(f) },
        { title: '发票号码', dataIndex: 'invoiceNo', width: 150, ellipsis: true },
        { title: '风险提示', dataIndex: 'riskFlags', render: (f: Claim['riskFlags']) => <RiskTags flags={f} /> },
        { title: '提交时间', dataIndex: 'createdAt', width: 140, render: (v: string) => dateTime(v) },
      ]}
    >
      {selected ? <ClaimDetail claim={selected} /> : null}
    </ReviewQueue>
  );
}

function ClaimDetail({ claim: c }: { claim: Claim }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Section title="风险提示">
        <RiskFlags flags={c.riskFlags} />
      </Section>
      <Section title="兑付申请">
        <Descriptions
          size="small"
          column={2}
          items={[
            item('兑付金额（服务券抵扣部分）', <Typography.Text strong>{yuan(c.amountFen)}</Typography.Text>, 2),
            item('发票号码', c.invoiceNo),
            item('发票金额', yuan(c.invoiceAmountFen)),
            item('合同编号', c.contractNo),
            item('状态', <StatusTag label={CLAIM_STATUS[c.status]} />),
            item('服务报告摘要', <span style={{ whiteSpace: 'pre-wrap' }}>{c.reportSummary}</span>, 2),
            item('提交时间', dateTime(c.createdAt)),
            item('审核时间', dateTime(c.decidedAt)),
            ...(c.reason ? [item(c.final ? '最终驳回理由' : '驳回理由', c.reason, 2)] : []),
            ...(c.paidAt ? [item('付款时间', dateTime(c.paidAt)), item('银行流水号', c.bankReference ?? '—')] : []),
          ]}
        />
      </Section>
      <Section title="关联订单">
        <OrderDetail id={c.orderId} />
      </Section>
    </Space>
  );
}

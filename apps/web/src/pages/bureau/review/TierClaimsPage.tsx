import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Descriptions, Form, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { date, dateTime } from '../../../format';
import { TIER, TIER_CLAIM_STATUS } from './labels';
import { ReviewQueue } from './ReviewQueue';
import { item, reasonOf, statusOptions, StatusTag, useDecision, useQueue } from './shared';

type Claim = Schema<'TierClaimReviewView'>;
type ClaimStatus = Claim['status'];

const FILTER = statusOptions(TIER_CLAIM_STATUS, ['pending', 'verified', 'rejected']);

/** 等级认定: enterprises' SRDI tier claims, verified (valid until 31 Dec of year + 3 by default) or rejected. */
export function TierClaimsPage() {
  const queue = useQueue<ClaimStatus>('pending');
  const [selected, setSelected] = useState<Claim | null>(null);
  const { ask, dialog } = useDecision();
  const list = useQuery({
    queryKey: ['bureau', 'tier-claims', queue.status, queue.page, queue.pageSize],
    queryFn: () =>
      ok(
        api.GET('/api/v1/tier-claims', {
          params: { query: { status: queue.status, page: queue.page, pageSize: queue.pageSize } },
        }),
      ),
  });
  const invalidate = [
    ['bureau', 'tier-claims'],
    ['bureau', 'enterprise-names'],
  ];
  const done = (claim: Claim) => (result: unknown) => setSelected({ ...claim, ...(result as object) });

  const verify = (c: Claim) =>
    ask({
      title: `认定「${c.enterpriseName}」为${TIER[c.tier]}`,
      okText: '认定通过',
      description: '请核对证书原件或公示名单。认定后企业在有效期内按该等级享受服务券政策。',
      fields: (
        <Form.Item label="有效期至" name="validUntil" extra={`默认为证书年度后第 3 年的 12 月 31 日`}>
          <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
        </Form.Item>
      ),
      initialValues: { validUntil: dayjs(`${c.year + 3}-12-31`) },
      submit: (v) => {
        const until = v.validUntil as Dayjs | null | undefined;
        return ok(
          api.POST('/api/v1/tier-claims/{id}/verify', {
            params: { path: { id: c.id } },
            body: until ? { validUntil: until.format('YYYY-MM-DD') } : {},
          }),
        );
      },
      success: '已认定',
      invalidate,
      onDone: done(c),
    });
  const reject = (c: Claim) =>
    ask({
      title: `驳回「${c.enterpriseName}」的等级认定`,
      okText: '驳回',
      danger: true,
      reasonLabel: '驳回理由',
      reasonPlaceholder: '如：证书编号与公示名单不符，请核对后重新提交',
      submit: (v) =>
        ok(api.POST('/api/v1/tier-claims/{id}/reject', { params: { path: { id: c.id } }, body: reasonOf(v) })),
      success: '已驳回',
      invalidate,
      onDone: done(c),
    });

  return (
    <ReviewQueue<Claim, ClaimStatus>
      title="等级认定"
      queue={queue}
      filter={FILTER}
      list={list}
      emptyText="暂无认定申请"
      selected={selected}
      onSelect={setSelected}
      drawerSize={560}
      drawerTitle={selected ? `等级认定：${selected.enterpriseName}` : ''}
      decision={
        selected?.status === 'pending'
          ? { approve: '认定通过', onApprove: () => verify(selected), onReject: () => reject(selected) }
          : null
      }
      dialog={dialog}
      statuses={TIER_CLAIM_STATUS}
      columns={[
        { title: '企业', dataIndex: 'enterpriseName', ellipsis: true },
        { title: '统一社会信用代码', dataIndex: 'enterpriseUscc', width: 190 },
        { title: '申请等级', dataIndex: 'tier', render: (t: Claim['tier']) => TIER[t] },
        { title: '证书编号', dataIndex: 'certificateNo', ellipsis: true },
        { title: '认定年度', dataIndex: 'year', width: 90 },
        { title: '提交时间', dataIndex: 'createdAt', width: 150, render: (v: string) => dateTime(v) },
      ]}
    >
      {selected ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              item('企业', selected.enterpriseName),
              item('统一社会信用代码', selected.enterpriseUscc),
              item('申请等级', TIER[selected.tier]),
              item('证书编号', selected.certificateNo),
              item('认定年度', `${selected.year} 年`),
              item('提交时间', dateTime(selected.createdAt)),
              item('状态', <StatusTag label={TIER_CLAIM_STATUS[selected.status]} />),
              item('有效期至', date(selected.validUntil)),
              item('审核时间', dateTime(selected.decidedAt)),
              item('驳回理由', selected.reason ?? '—'),
            ]}
          />
          <Alert type="info" showIcon title="如资料有误，请驳回并写明原因，企业修改后可重新提交认定申请。" />
        </Space>
      ) : null}
    </ReviewQueue>
  );
}

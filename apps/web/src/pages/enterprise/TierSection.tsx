import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, api, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import { applyFieldErrors } from '../../components/forms';
import { ErrorAlert, Section } from '../../components/Page';
import { date, dateTime } from '../../format';
import {
  CLAIM_STATUS,
  type Enterprise,
  ME_KEY,
  StatusTag,
  thisYear,
  TIER_OPTIONS,
  TIERS,
  type TierClaim,
} from './labels';

type ClaimForm = Schema<'TierClaimDto'>;

/** 专精特新等级认定: the tier that counts today, the latest claim's review, a new claim and every claim. */
export function TierSection({ enterprise }: { enterprise: Enterprise }) {
  const [claiming, setClaiming] = useState(false);
  const latest = enterprise.tierClaims[0];
  return (
    <Section
      title="专精特新等级认定"
      extra={
        <Button type="primary" onClick={() => setClaiming(true)}>
          申请等级认定
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <CurrentTier enterprise={enterprise} />
        {latest?.status === 'pending' && (
          <Alert
            type="info"
            showIcon
            title={`${TIERS[latest.tier]}（证书 ${latest.certificateNo}）认定申请审核中，审核通过后方可申请相应的服务券。`}
          />
        )}
        {latest?.status === 'rejected' && (
          <Alert
            type="warning"
            showIcon
            title={`${TIERS[latest.tier]}（证书 ${latest.certificateNo}）认定申请已退回`}
            description={
              <>
                <div>退回理由：{latest.reason ?? '未说明'}</div>
                <Typography.Text type="secondary">核对证书信息后，可重新申请等级认定。</Typography.Text>
              </>
            }
          />
        )}
        <Table<TierClaim>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={enterprise.tierClaims}
          locale={{ emptyText: '尚未提交等级认定申请' }}
          columns={[
            { title: '认定等级', dataIndex: 'tier', render: (t: TierClaim['tier']) => TIERS[t] },
            { title: '证书编号', dataIndex: 'certificateNo' },
            { title: '认定年度', dataIndex: 'year', width: 90 },
            {
              title: '审核状态',
              dataIndex: 'status',
              width: 100,
              render: (s: TierClaim['status']) => <StatusTag status={CLAIM_STATUS[s]} />,
            },
            { title: '有效期至', dataIndex: 'validUntil', width: 110, render: (d: string | null) => date(d) },
            {
              title: '审核意见',
              dataIndex: 'reason',
              render: (r: string | null) => r ?? <Typography.Text type="secondary">—</Typography.Text>,
            },
            { title: '提交时间', dataIndex: 'createdAt', width: 150, render: (d: string) => dateTime(d) },
          ]}
        />
      </Space>
      <ClaimModal open={claiming} onClose={() => setClaiming(false)} />
    </Section>
  );
}

function CurrentTier({ enterprise }: { enterprise: Enterprise }) {
  if (!enterprise.tier)
    return (
      <Space>
        <Typography.Text strong>当前认定等级：</Typography.Text>
        <Tag>暂无有效认定</Tag>
        <Typography.Text type="secondary">服务券项目只认可经主管部门审核通过且在有效期内的等级。</Typography.Text>
      </Space>
    );
  return (
    <Space wrap>
      <Typography.Text strong>当前认定等级：</Typography.Text>
      <Tag color="gold">{TIERS[enterprise.tier.tier]}</Tag>
      <StatusTag status={CLAIM_STATUS.verified} />
      <Typography.Text>有效期至 {date(enterprise.tier.validUntil)}</Typography.Text>
    </Space>
  );
}

function ClaimModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<ClaimForm>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const submit = useMutation({
    mutationFn: (body: ClaimForm) => ok(api.POST('/api/v1/enterprises/me/tier-claims', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      message.success('认定申请已提交，请等待主管部门审核');
      close();
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error);
    },
  });
  function close() {
    form.resetFields();
    submit.reset();
    onClose();
  }
  return (
    <Modal
      open={open}
      title="申请专精特新等级认定"
      okText="提交申请"
      onOk={() => form.submit()}
      confirmLoading={submit.isPending}
      onCancel={close}
      forceRender
    >
      <Form<ClaimForm> form={form} layout="vertical" onFinish={(values) => submit.mutate(values)}>
        <ErrorAlert error={submit.error} />
        <Form.Item name="tier" label="认定等级" rules={[{ required: true, message: '请选择认定等级' }]}>
          <Select options={TIER_OPTIONS} placeholder="请选择" />
        </Form.Item>
        <Form.Item
          name="certificateNo"
          label="证书编号"
          rules={[
            { required: true, whitespace: true, message: '请填写认定证书或公告文号' },
            { max: 100, message: '最多 100 个字' },
          ]}
          extra="认定证书编号或认定公告文号，如：浙经信企业〔2024〕123号"
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="year"
          label="认定年度"
          rules={[{ required: true, message: '请填写认定年度' }]}
          extra="认定有效期默认至认定年度后第三年的 12 月 31 日"
        >
          <InputNumber min={2000} max={thisYear()} precision={0} style={{ width: '100%' }} placeholder="如：2024" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

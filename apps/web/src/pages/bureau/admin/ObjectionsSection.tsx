import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Radio, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { applyFieldErrors } from '../../../components/forms';
import { ErrorAlert, Section } from '../../../components/Page';
import { dateTime } from '../../../format';
import { OBJECTION_STATUS } from './labels';

type Objection = Schema<'AwardObjectionView'>;
type Answer = { outcome: 'upheld' | 'dismissed'; reason: string };

/** 异议: the providers' objections to a round on notice, each answered by an admin (upheld / dismissed + reason). */
export function ObjectionsSection({
  roundId,
  final,
  nameOf,
}: {
  roundId: string;
  final: boolean;
  nameOf: (providerId: string) => string;
}) {
  const [answering, setAnswering] = useState<Objection | null>(null);
  const objections = useQuery({
    queryKey: ['award-rounds', roundId, 'objections'],
    queryFn: () => ok(api.GET('/api/v1/award-rounds/{id}/objections', { params: { path: { id: roundId } } })),
  });
  const open = (objections.data ?? []).filter((o) => o.status === 'open').length;
  return (
    <Section title="异议" extra={open ? <Typography.Text type="warning">{open} 条待答复</Typography.Text> : null}>
      <ErrorAlert error={objections.error} />
      <Table<Objection>
        rowKey="id"
        size="small"
        loading={objections.isPending}
        dataSource={objections.data ?? []}
        pagination={false}
        locale={{ emptyText: '暂无异议' }}
        columns={[
          { title: '服务机构', dataIndex: 'providerId', width: 200, render: nameOf },
          {
            title: '异议理由',
            dataIndex: 'reason',
            render: (r: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{r}</span>,
          },
          { title: '提出时间', dataIndex: 'createdAt', width: 150, render: dateTime },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: string) => <Tag color={OBJECTION_STATUS[s]?.color}>{OBJECTION_STATUS[s]?.text ?? s}</Tag>,
          },
          {
            title: '答复',
            dataIndex: 'answer',
            render: (a: string | null, o) =>
              a ? (
                <span>
                  {a}
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dateTime(o.answeredAt)}
                  </Typography.Text>
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: '操作',
            key: 'answer-action',
            width: 80,
            render: (_, o) =>
              o.status === 'open' && !final ? (
                <Button type="link" size="small" onClick={() => setAnswering(o)}>
                  答复
                </Button>
              ) : null,
          },
        ]}
      />
      <AnswerModal
        roundId={roundId}
        objection={answering}
        providerName={answering ? nameOf(answering.providerId) : ''}
        onClose={() => setAnswering(null)}
      />
    </Section>
  );
}

function AnswerModal({
  roundId,
  objection,
  providerName,
  onClose,
}: {
  roundId: string;
  objection: Objection | null;
  providerName: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Answer>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const answer = useMutation({
    mutationFn: (v: Answer) =>
      ok(
        api.POST('/api/v1/award-rounds/{id}/objections/{objectionId}/resolve', {
          params: { path: { id: roundId, objectionId: (objection as Objection).id } },
          body: { outcome: v.outcome, reason: v.reason.trim() },
        }),
      ),
    onSuccess: (o) => {
      message.success(
        o.status === 'upheld' ? '已采纳异议：评选退回“已计算”，请重新计算并公示' : '已答复异议（不采纳）',
      );
      queryClient.invalidateQueries({ queryKey: ['award-rounds'] });
      form.resetFields();
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error);
    },
  });
  return (
    <Modal
      title={`答复异议 · ${providerName}`}
      open={objection !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="提交答复"
      confirmLoading={answer.isPending}
      destroyOnHidden
    >
      {objection ? (
        <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
          异议理由：{objection.reason}
        </Typography.Paragraph>
      ) : null}
      <Form<Answer> form={form} layout="vertical" onFinish={(v) => answer.mutate(v)}>
        <Form.Item label="处理结果" name="outcome" rules={[{ required: true, message: '请选择处理结果' }]}>
          <Radio.Group
            options={[
              { value: 'dismissed', label: '不采纳（维持公示结果）' },
              { value: 'upheld', label: '采纳（评选退回重新计算）' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="答复理由"
          name="reason"
          rules={[{ required: true, whitespace: true, max: 2000, message: '请填写答复理由（2000 字以内）' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <ErrorAlert error={answer.error} />
      </Form>
    </Modal>
  );
}

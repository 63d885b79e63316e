import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Descriptions, Form, Input, Modal, Radio, Tag } from 'antd';
import { api, ok } from '../../api/client';
import { ErrorAlert } from '../../components/Page';
import { dateTime } from '../../format';
import { clock, eventKeys, type Meeting, MEETING_STATUS, monthDay } from './data';

interface OutcomeValues {
  held: boolean;
  note?: string;
}

/** One meeting for the bureau: who, when, its outcome, and (admins, once it has begun) recording it. */
export function MeetingModal({
  meeting,
  canRecord,
  onClose,
}: {
  meeting: Meeting | null;
  canRecord: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<OutcomeValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const record = useMutation({
    mutationFn: (v: OutcomeValues) =>
      ok(
        api.POST('/api/v1/meetings/{id}/outcome', {
          params: { path: { id: meeting!.id } },
          body: { held: v.held, ...(v.note?.trim() ? { note: v.note.trim() } : {}) },
        }),
      ),
    onSuccess: (m) => {
      message.success(m.held ? '已登记：洽谈已举行' : '已登记：洽谈未举行');
      queryClient.invalidateQueries({ queryKey: eventKeys.all });
      queryClient.invalidateQueries({ queryKey: ['stats'] });
      onClose();
    },
  });
  const held = Form.useWatch('held', form);
  const open = !!meeting;
  // Whether the meeting has started comes from the server's clock: its outcome is taken from then on.
  const recordable = canRecord && meeting?.status === 'scheduled' && meeting.started;
  const status = meeting ? MEETING_STATUS[meeting.status] : null;
  return (
    <Modal
      title="洽谈详情"
      open={open}
      onCancel={onClose}
      onOk={recordable ? () => form.submit() : onClose}
      okText={recordable ? '保存结果' : '关闭'}
      cancelButtonProps={recordable ? undefined : { style: { display: 'none' } }}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      {meeting ? (
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'enterprise', label: '企业', children: meeting.enterpriseName },
            { key: 'provider', label: '服务机构', children: meeting.providerName },
            {
              key: 'time',
              label: '时间',
              children: `${monthDay(meeting.startsAt)} ${clock(meeting.startsAt)}–${clock(meeting.endsAt)}（${meeting.minutes} 分钟）`,
            },
            { key: 'status', label: '状态', children: <Tag color={status!.color}>{status!.text}</Tag> },
            ...(meeting.outcomeAt
              ? [
                  { key: 'note', label: '洽谈纪要', children: meeting.outcomeNote ?? '—' },
                  { key: 'at', label: '登记时间', children: dateTime(meeting.outcomeAt) },
                ]
              : []),
          ]}
        />
      ) : null}
      {canRecord && meeting?.status === 'scheduled' && !meeting.started ? (
        <Alert type="info" showIcon message="洽谈开始后才能登记结果" style={{ marginTop: 12 }} />
      ) : null}
      {recordable ? (
        <Form<OutcomeValues>
          form={form}
          layout="vertical"
          style={{ marginTop: 16 }}
          onFinish={(v) => record.mutate(v)}
          onValuesChange={() => record.reset()}
        >
          <Form.Item label="洽谈结果" name="held" rules={[{ required: true, message: '请选择洽谈是否举行' }]}>
            <Radio.Group
              options={[
                { value: true, label: '已举行' },
                { value: false, label: '未举行' },
              ]}
            />
          </Form.Item>
          <Form.Item
            label={held === false ? '未举行原因（选填）' : '洽谈纪要（选填）'}
            name="note"
            rules={[{ max: 2000, message: '不超过 2000 字' }]}
          >
            <Input.TextArea
              rows={3}
              placeholder={held === false ? '如：企业临时缺席' : '如：双方达成初步合作意向，约定下周提交报价'}
            />
          </Form.Item>
          <ErrorAlert error={record.error} />
        </Form>
      ) : null}
    </Modal>
  );
}

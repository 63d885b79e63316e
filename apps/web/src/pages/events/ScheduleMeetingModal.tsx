import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, InputNumber, Modal, Select } from 'antd';
import { api, ApiError, ok } from '../../api/client';
import { applyFieldErrors } from '../../components/forms';
import { ErrorAlert } from '../../components/Page';
import { clock, eventKeys, type MatchmakingEvent, MINUTE_MS, multiDay, SIDE_NAME, slotLabel } from './data';

const STEP_MS = 15 * MINUTE_MS;

interface MeetingValues {
  enterpriseId: string;
  providerId: string;
  startsAt: number;
  minutes: number;
}

/** Where a new meeting goes: a provider and a start picked in the grid, or nothing yet. */
export interface SlotChoice {
  providerId?: string;
  startsAt?: number;
}

/** MEETING_CONFLICT names the party (details.party) and the meeting it clashes with: say who and when. */
function ConflictAlert({ error, event }: { error: ApiError; event: MatchmakingEvent }) {
  const details = (error.details ?? {}) as { party?: 'enterprise' | 'provider'; orgId?: string; meetingId?: string };
  const party = details.party;
  const name = event.registrations?.find((r) => r.orgId === details.orgId)?.name;
  const other = event.meetings?.find((m) => m.id === details.meetingId);
  const who = party ? `${SIDE_NAME[party]}「${name ?? ''}」` : '一方';
  const description = other
    ? `${who}在 ${clock(other.startsAt)}–${clock(other.endsAt)} 已与「${
        party === 'enterprise' ? other.providerName : other.enterpriseName
      }」安排洽谈，请换一个时间。`
    : `${who}在该时段已有其他对接活动的洽谈，请换一个时间。`;
  return <Alert type="error" showIcon message={`时间冲突：${who}在该时段已有洽谈安排`} description={description} />;
}

/** 安排洽谈: a registered enterprise and provider, a start within the event (15-minute steps), minutes. */
export function ScheduleMeetingModal({
  event,
  choice,
  onClose,
}: {
  event: MatchmakingEvent;
  choice: SlotChoice | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<MeetingValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const schedule = useMutation({
    mutationFn: (v: MeetingValues) =>
      ok(
        api.POST('/api/v1/matchmaking-events/{id}/meetings', {
          params: { path: { id: event.id } },
          body: {
            enterpriseId: v.enterpriseId,
            providerId: v.providerId,
            startsAt: new Date(v.startsAt).toISOString(),
            minutes: v.minutes,
          },
        }),
      ),
    onSuccess: (m) => {
      message.success(`已安排洽谈：${m.enterpriseName} 与 ${m.providerName}，${clock(m.startsAt)} 开始`);
      queryClient.invalidateQueries({ queryKey: eventKeys.all });
      queryClient.invalidateQueries({ queryKey: ['stats'] });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error);
    },
  });

  const of = (kind: 'enterprise' | 'provider') =>
    (event.registrations ?? [])
      .filter((r) => r.orgType === kind)
      .map((r) => ({ value: r.orgId, label: r.name || r.orgId }));
  const withDay = multiDay(event);
  const starts: Array<{ value: number; label: string }> = [];
  const first = Math.ceil(new Date(event.startsAt).getTime() / STEP_MS) * STEP_MS;
  for (let t = first; t < new Date(event.endsAt).getTime(); t += STEP_MS)
    starts.push({ value: t, label: slotLabel(t, withDay) });
  if (choice?.startsAt !== undefined && !starts.some((s) => s.value === choice.startsAt))
    starts.push({ value: choice.startsAt, label: slotLabel(choice.startsAt, withDay) });
  const error = schedule.error;
  return (
    <Modal
      title="安排一对一洽谈"
      open={!!choice}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="安排洽谈"
      confirmLoading={schedule.isPending}
      destroyOnHidden
    >
      <Form<MeetingValues>
        form={form}
        layout="vertical"
        initialValues={{ ...choice, minutes: 30 }}
        onFinish={(v) => schedule.mutate(v)}
        onValuesChange={() => schedule.reset()}
      >
        <Form.Item label="企业" name="enterpriseId" rules={[{ required: true, message: '请选择已报名的企业' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={of('enterprise')}
            placeholder="选择已报名的企业"
            notFoundContent="还没有企业报名"
          />
        </Form.Item>
        <Form.Item label="服务机构" name="providerId" rules={[{ required: true, message: '请选择已报名的服务机构' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={of('provider')}
            placeholder="选择已报名的服务机构"
            notFoundContent="还没有服务机构报名"
          />
        </Form.Item>
        <Form.Item label="开始时间（北京时间）" name="startsAt" rules={[{ required: true, message: '请选择开始时间' }]}>
          <Select showSearch optionFilterProp="label" options={starts} placeholder="选择开始时间" />
        </Form.Item>
        <Form.Item
          label="时长（分钟）"
          name="minutes"
          rules={[{ required: true, type: 'number', min: 5, max: 240, message: '时长为 5 到 240 分钟' }]}
        >
          <InputNumber min={5} max={240} step={5} precision={0} suffix="分钟" style={{ width: '100%' }} />
        </Form.Item>
        {error instanceof ApiError && error.code === 'MEETING_CONFLICT' ? (
          <ConflictAlert error={error} event={event} />
        ) : (
          <ErrorAlert error={error} />
        )}
      </Form>
    </Modal>
  );
}

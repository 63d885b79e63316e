import { CheckCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Tag } from 'antd';
import { api, ApiError, ok } from '../../api/client';
import { eventKeys, type EventSummary, seatsLeft, type Side } from './data';

/** Why registering is not open to this side now, or null (the server decides; this only explains). */
export function closedReason(event: EventSummary, side: Side): string | null {
  if (event.status === 'ended') return '活动已结束';
  if (seatsLeft(event, side) === 0) return '名额已满';
  return null;
}

/** A refusal in words, with what to do about it. */
export function RegisterRefusal({ error }: { error: unknown }) {
  if (!error) return null;
  if (!(error instanceof ApiError)) return <Alert type="error" showIcon message="网络异常，请稍后再试" />;
  const hint: Record<string, string> = {
    PROVIDER_NOT_APPROVED: '通过入池审核的服务机构才能报名对接活动，请先完成入池申请。',
    EVENT_FULL: '可关注后续活动，或联系主管部门。',
  };
  return <Alert type="error" showIcon message={error.message} description={hint[error.code]} />;
}

/** 报名: the register button (or why not), for the enterprise's or provider's own organisation. */
export function useRegister(event: EventSummary) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: () =>
      ok(api.POST('/api/v1/matchmaking-events/{id}/registrations', { params: { path: { id: event.id } } })),
    onSuccess: () => {
      message.success(`报名成功：${event.title}`);
      queryClient.invalidateQueries({ queryKey: eventKeys.all });
    },
    onError: (error) => {
      // Already registered elsewhere (another tab): show the registration as it is.
      if (error instanceof ApiError && error.code === 'ALREADY_REGISTERED')
        queryClient.invalidateQueries({ queryKey: eventKeys.all });
    },
  });
}

export function RegisterButton({
  event,
  side,
  register,
}: {
  event: EventSummary;
  side: Side;
  register: ReturnType<typeof useRegister>;
}) {
  if (event.registeredByMe)
    return (
      <Tag icon={<CheckCircleOutlined />} color="success">
        已报名
      </Tag>
    );
  const closed = closedReason(event, side);
  if (closed) return <Tag>{closed}</Tag>;
  return (
    <Button
      type="primary"
      loading={register.isPending}
      onClick={() => register.mutate()}
      aria-label={`报名 ${event.title}`}
    >
      报名
    </Button>
  );
}

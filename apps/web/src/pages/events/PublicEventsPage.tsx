import { Button, Card, Empty, Space, Spin, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { audienceOf, useAuth } from '../../auth';
import { ErrorAlert } from '../../components/Page';
import { type EventSummary, useEvents } from './data';
import { EventCardHead, EventFacts } from './EventFacts';

/** 对接活动 for anyone: the bureau's upcoming events; enterprises and providers register in their consoles. */
export function PublicEventsPage() {
  const events = useEvents('upcoming', 1);
  const items = events.data?.items ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          对接活动
        </Typography.Title>
        <Typography.Text type="secondary">
          市经济和信息化局组织专精特新中小企业与资源池服务机构一对一洽谈。企业和入池服务机构登录后即可报名。
        </Typography.Text>
      </div>
      <ErrorAlert error={events.error} />
      {events.isPending ? (
        <Spin />
      ) : items.length ? (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))', gap: 16 }}>
          {items.map((e) => (
            <PublicEventCard key={e.id} event={e} />
          ))}
        </div>
      ) : (
        <Card>
          <Empty description="目前没有即将举行的对接活动" />
        </Card>
      )}
    </Space>
  );
}

function PublicEventCard({ event }: { event: EventSummary }) {
  const { user } = useAuth();
  const navigate = useNavigate();
  const audience = user ? audienceOf(user) : null;
  const action =
    audience === 'bureau'
      ? { text: '管理活动', to: `/bureau/events/${event.id}` }
      : audience
        ? { text: event.registeredByMe ? '查看报名' : '去报名', to: `/${audience}/events/${event.id}` }
        : { text: '登录后报名', to: '/login' };
  return (
    <Card>
      <EventCardHead
        title={event.title}
        event={event}
        action={
          <Button type={audience ? 'primary' : 'default'} onClick={() => navigate(action.to)}>
            {action.text}
          </Button>
        }
      />
      <EventFacts event={event} column={1} />
    </Card>
  );
}

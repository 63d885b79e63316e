import { Card, Empty, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert, Page } from '../../components/Page';
import { type EventSummary, seatsLeft, type Side, SIDE_NAME, useEvents, type When } from './data';
import { EventCardHead, EventFacts } from './EventFacts';
import { RegisterButton, RegisterRefusal, useRegister } from './Register';

/** 对接活动 (enterprise and provider): the bureau's events with places left, and registering. */
export function ParticipantEventsPage({ side }: { side: Side }) {
  const [when, setWhen] = useState<When>('upcoming');
  const events = useEvents(when, 1);
  const items = events.data?.items ?? [];
  return (
    <Page title="对接活动">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        主管部门组织的供需对接活动：报名后，主管部门会为{side === 'enterprise' ? '贵企业与服务机构' : '贵机构与企业'}
        安排一对一洽谈，安排结果会通过通知告知。
      </Typography.Paragraph>
      <Tabs
        activeKey={when}
        onChange={(key) => setWhen(key as When)}
        items={[
          { key: 'upcoming', label: '即将举行' },
          { key: 'past', label: '往期活动' },
        ]}
      />
      <ErrorAlert error={events.error} />
      {events.isPending ? (
        <Spin />
      ) : items.length ? (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(460px, 1fr))', gap: 16 }}>
          {items.map((e) => (
            <EventCard key={e.id} event={e} side={side} />
          ))}
        </div>
      ) : (
        <Card>
          <Empty description={when === 'upcoming' ? '目前没有即将举行的对接活动' : '暂无往期活动'} />
        </Card>
      )}
    </Page>
  );
}

function EventCard({ event, side }: { event: EventSummary; side: Side }) {
  const register = useRegister(event);
  const left = seatsLeft(event, side);
  return (
    <Card>
      <EventCardHead
        title={<Link to={`/${side}/events/${event.id}`}>{event.title}</Link>}
        event={event}
        action={<RegisterButton event={event} side={side} register={register} />}
      />
      <EventFacts event={event} column={1} />
      {event.status !== 'ended' ? (
        <Typography.Paragraph type={left > 0 ? 'success' : 'danger'} style={{ margin: '12px 0 0' }}>
          {left > 0 ? `${SIDE_NAME[side]}名额剩余 ${left} 个` : `${SIDE_NAME[side]}名额已满`}
        </Typography.Paragraph>
      ) : null}
      <RegisterRefusal error={register.error} />
    </Card>
  );
}

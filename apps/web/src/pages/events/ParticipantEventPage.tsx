import { Alert, Space, Spin, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { clock, EVENT_PHASE, type Meeting, MEETING_STATUS, monthDay, placeText, type Side, useEvent } from './data';
import { EventFacts } from './EventFacts';
import { RegisterButton, RegisterRefusal, useRegister } from './Register';

/** One event for an enterprise or a provider: its facts, registering, and the caller's own meetings. */
export function ParticipantEventPage({ side }: { side: Side }) {
  const { id = '' } = useParams();
  const event = useEvent(id);
  if (event.isPending) return <Spin />;
  if (!event.data) return <ErrorAlert error={event.error} />;
  return <EventDetail side={side} event={event.data} />;
}

function EventDetail({ side, event: e }: { side: Side; event: NonNullable<ReturnType<typeof useEvent>['data']> }) {
  const register = useRegister(e);
  const phase = EVENT_PHASE[e.status];
  const counterpart = side === 'enterprise' ? '服务机构' : '企业';
  const meetings = [...(e.meetings ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <Page
      title={
        <Space wrap>
          {e.title}
          <Tag color={phase.color}>{phase.text}</Tag>
        </Space>
      }
      extra={<RegisterButton event={e} side={side} register={register} />}
    >
      <Link to={`/${side}/events`}>← 返回对接活动</Link>
      <RegisterRefusal error={register.error} />
      <Section title="活动信息">
        <EventFacts event={e} />
      </Section>
      <Section title="我的洽谈">
        {!e.registeredByMe ? (
          <Alert
            type="info"
            showIcon
            message={e.status === 'ended' ? '贵单位未报名本次活动' : '报名后，主管部门会在此为您安排一对一洽谈'}
          />
        ) : (
          <Table<Meeting>
            rowKey="id"
            dataSource={meetings}
            pagination={false}
            locale={{ emptyText: '主管部门尚未为您安排洽谈，安排后会通知您' }}
            columns={[
              {
                title: '时间（北京时间）',
                key: 'time',
                render: (_, m) =>
                  `${monthDay(m.startsAt)} ${clock(m.startsAt)}–${clock(m.endsAt)}（${m.minutes} 分钟）`,
              },
              {
                title: `洽谈${counterpart}`,
                key: 'counterpart',
                render: (_, m) => (side === 'enterprise' ? m.providerName : m.enterpriseName),
              },
              { title: '地点', key: 'place', render: () => placeText(e) },
              {
                title: '状态',
                dataIndex: 'status',
                render: (s: Meeting['status']) => <Tag color={MEETING_STATUS[s].color}>{MEETING_STATUS[s].text}</Tag>,
              },
            ]}
          />
        )}
      </Section>
    </Page>
  );
}

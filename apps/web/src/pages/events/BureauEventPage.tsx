import { CalendarOutlined } from '@ant-design/icons';
import { Button, Col, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { hasRole, useAuth } from '../../auth';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { dateTime } from '../../format';
import {
  clock,
  EVENT_PHASE,
  type MatchmakingEvent,
  type Meeting,
  MEETING_STATUS,
  monthDay,
  type Registration,
  useEvent,
} from './data';
import { EventFacts } from './EventFacts';
import { MeetingGrid } from './MeetingGrid';
import { MeetingModal } from './MeetingModal';
import { ScheduleMeetingModal, type SlotChoice } from './ScheduleMeetingModal';

/** 对接活动详情 (bureau): facts and figures, the meeting schedule grid, meetings with outcomes, registrations. */
export function BureauEventPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const admin = hasRole(user, 'admin');
  const event = useEvent(id);
  const [choice, setChoice] = useState<SlotChoice | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  // Each dialog opened anew gets a fresh form (a kept form instance would keep the last choice's values).
  const [opening, setOpening] = useState(0);
  const schedule = (c: SlotChoice) => {
    setOpening((n) => n + 1);
    setChoice(c);
  };
  const openMeeting = (m: Meeting) => {
    setOpening((n) => n + 1);
    setOpened(m.id);
  };
  const e = event.data;
  if (event.isPending) return <Spin />;
  if (!e) return <ErrorAlert error={event.error} />;
  const phase = EVENT_PHASE[e.status];
  const canSchedule = admin && e.status !== 'ended';
  const meeting = e.meetings?.find((m) => m.id === opened) ?? null;
  return (
    <Page
      title={
        <Space wrap>
          {e.title}
          <Tag color={phase.color}>{phase.text}</Tag>
        </Space>
      }
      extra={
        canSchedule ? (
          <Button type="primary" icon={<CalendarOutlined />} onClick={() => schedule({})}>
            安排洽谈
          </Button>
        ) : null
      }
    >
      <Link to="/bureau/events">← 返回活动列表</Link>
      <Section title="活动信息">
        <EventFacts event={e} />
        <Figures event={e} />
      </Section>
      <Section
        title="洽谈日程"
        extra={
          <Typography.Text type="secondary">
            {canSchedule ? '每行 30 分钟，按服务机构分列；点击空白格安排洽谈，点击洽谈查看或登记结果' : '每行 30 分钟'}
          </Typography.Text>
        }
      >
        <MeetingGrid
          event={e}
          onSlot={canSchedule ? (providerId, startsAt) => schedule({ providerId, startsAt }) : undefined}
          onMeeting={openMeeting}
        />
      </Section>
      <Section title={`洽谈记录（${e.meetings?.length ?? 0}）`}>
        <MeetingsTable event={e} admin={admin} onOpen={openMeeting} />
      </Section>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Registrations title="报名企业" rows={(e.registrations ?? []).filter((r) => r.orgType === 'enterprise')} />
        </Col>
        <Col xs={24} lg={12}>
          <Registrations title="报名服务机构" rows={(e.registrations ?? []).filter((r) => r.orgType === 'provider')} />
        </Col>
      </Row>
      {admin ? (
        <ScheduleMeetingModal key={`s${opening}`} event={e} choice={choice} onClose={() => setChoice(null)} />
      ) : null}
      <MeetingModal key={`m${opening}`} meeting={meeting} canRecord={admin} onClose={() => setOpened(null)} />
    </Page>
  );
}

function Figures({ event }: { event: MatchmakingEvent }) {
  const f = event.figures;
  if (!f) return null;
  return (
    <Row gutter={16} style={{ marginTop: 16 }}>
      <Col span={5}>
        <Statistic title="报名企业" value={f.registrations.enterprise} suffix={`/ ${event.enterpriseCapacity}`} />
      </Col>
      <Col span={5}>
        <Statistic title="报名服务机构" value={f.registrations.provider} suffix={`/ ${event.providerCapacity}`} />
      </Col>
      <Col span={4}>
        <Statistic title="安排洽谈" value={f.meetings} />
      </Col>
      <Col span={4}>
        <Statistic title="已举行" value={f.meetingsHeld} />
      </Col>
      <Col span={6}>
        <Statistic title="成交订单（洽谈后 90 天内）" value={f.conversions} />
      </Col>
    </Row>
  );
}

function MeetingsTable({
  event,
  admin,
  onOpen,
}: {
  event: MatchmakingEvent;
  admin: boolean;
  onOpen: (m: Meeting) => void;
}) {
  const rows = [...(event.meetings ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const recordable = (m: Meeting) => admin && m.status === 'scheduled' && m.started;
  return (
    <Table<Meeting>
      rowKey="id"
      size="small"
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: '还没有安排洽谈' }}
      columns={[
        {
          title: '时间',
          key: 'time',
          render: (_, m) => `${monthDay(m.startsAt)} ${clock(m.startsAt)}–${clock(m.endsAt)}`,
        },
        { title: '企业', dataIndex: 'enterpriseName' },
        { title: '服务机构', dataIndex: 'providerName' },
        { title: '时长', dataIndex: 'minutes', render: (n: number) => `${n} 分钟` },
        {
          title: '结果',
          dataIndex: 'status',
          render: (s: Meeting['status']) => <Tag color={MEETING_STATUS[s].color}>{MEETING_STATUS[s].text}</Tag>,
        },
        { title: '纪要', dataIndex: 'outcomeNote', ellipsis: true, render: (n: string | null) => n ?? '—' },
        {
          title: '操作',
          key: 'action',
          render: (_, m) => (
            <Button type="link" size="small" onClick={() => onOpen(m)}>
              {recordable(m) ? '登记结果' : '查看'}
            </Button>
          ),
        },
      ]}
    />
  );
}

function Registrations({ title, rows }: { title: string; rows: Registration[] }) {
  return (
    <Section title={`${title}（${rows.length}）`}>
      <Table<Registration>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        locale={{ emptyText: '暂无报名' }}
        columns={[
          { title: '名称', dataIndex: 'name', render: (n: string | undefined) => n || '—' },
          { title: '报名时间', dataIndex: 'createdAt', render: dateTime },
        ]}
      />
    </Section>
  );
}

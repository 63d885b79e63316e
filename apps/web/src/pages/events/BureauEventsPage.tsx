import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { hasRole, useAuth } from '../../auth';
import { ErrorAlert, Page } from '../../components/Page';
import { EVENT_PHASE, type EventSummary, eventTime, PAGE_SIZE, placeText, useEvents, type When } from './data';
import { EventFormDrawer } from './EventForm';

/** 对接活动 (bureau): upcoming and past events with registrations against places and what they came to. */
export function BureauEventsPage() {
  const { user } = useAuth();
  const admin = hasRole(user, 'admin');
  const [when, setWhen] = useState<When>('upcoming');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const events = useEvents(when, page);
  // The bureau's list carries each event's meetings, held meetings and conversions.
  const figure = (e: EventSummary, key: 'meetings' | 'meetingsHeld' | 'conversions') => e.figures?.[key] ?? '—';
  return (
    <Page
      title="对接活动"
      extra={
        admin ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建活动
          </Button>
        ) : null
      }
    >
      <Tabs
        activeKey={when}
        onChange={(key) => {
          setWhen(key as When);
          setPage(1);
        }}
        items={[
          { key: 'upcoming', label: '即将举行与进行中' },
          { key: 'past', label: '往期活动' },
        ]}
      />
      <ErrorAlert error={events.error} />
      <Table<EventSummary>
        rowKey="id"
        loading={events.isPending}
        dataSource={events.data?.items ?? []}
        locale={{ emptyText: when === 'upcoming' ? '暂无即将举行的活动' : '暂无往期活动' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: events.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: '活动名称',
            dataIndex: 'title',
            width: 260,
            render: (title: string, e) => <Link to={`/bureau/events/${e.id}`}>{title}</Link>,
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 80,
            render: (s: EventSummary['status']) => <Tag color={EVENT_PHASE[s].color}>{EVENT_PHASE[s].text}</Tag>,
          },
          {
            title: '时间',
            key: 'time',
            width: 130,
            // "2026/12/15" over "09:00 – 12:00" (Beijing time, as everywhere in the console).
            render: (_, e) => {
              const [day, ...rest] = eventTime(e).split(' ');
              return (
                <>
                  {day}
                  <br />
                  {rest.join(' ')}
                </>
              );
            },
          },
          { title: '地点', key: 'place', render: (_, e) => placeText(e), ellipsis: true },
          {
            title: '企业报名',
            key: 'enterprises',
            width: 88,
            align: 'right',
            render: (_, e) => `${e.registered.enterprise} / ${e.enterpriseCapacity}`,
          },
          {
            title: '机构报名',
            key: 'providers',
            width: 88,
            align: 'right',
            render: (_, e) => `${e.registered.provider} / ${e.providerCapacity}`,
          },
          { title: '洽谈', key: 'meetings', width: 72, align: 'right', render: (_, e) => figure(e, 'meetings') },
          { title: '已举行', key: 'held', width: 84, align: 'right', render: (_, e) => figure(e, 'meetingsHeld') },
          {
            title: '成交订单',
            key: 'conversions',
            width: 88,
            align: 'right',
            render: (_, e) => figure(e, 'conversions'),
          },
        ]}
      />
      {admin ? <EventFormDrawer open={creating} onClose={() => setCreating(false)} /> : null}
    </Page>
  );
}

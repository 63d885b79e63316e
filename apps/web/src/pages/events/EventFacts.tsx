import { Descriptions, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCategories } from '../public/shared';
import { EVENT_PHASE, type EventSummary, eventTime, seatsLeft } from './data';

/** An event's facts: time (Beijing), place, categories, places per kind and how many are left. */
export function EventFacts({ event, column = 2 }: { event: EventSummary; column?: number }) {
  const categories = useCategories();
  const places = (side: 'enterprise' | 'provider', capacity: number) =>
    `${event.registered[side]} / ${capacity}（剩余 ${seatsLeft(event, side)}）`;
  return (
    <Descriptions
      column={column}
      size="small"
      items={[
        { key: 'time', label: '活动时间', children: `${eventTime(event)}（北京时间）` },
        {
          key: 'place',
          label: '地点',
          children: (
            <Space>
              {event.online ? <Tag color="cyan">线上</Tag> : <Tag>线下</Tag>}
              {event.place}
            </Space>
          ),
        },
        {
          key: 'categories',
          label: '服务类别',
          children: (
            <Space size={[4, 4]} wrap>
              {event.categories.map((c) => (
                <Tag key={c}>{categories.nameOf(c)}</Tag>
              ))}
            </Space>
          ),
        },
        { key: 'enterprises', label: '企业报名', children: places('enterprise', event.enterpriseCapacity) },
        { key: 'providers', label: '服务机构报名', children: places('provider', event.providerCapacity) },
        ...(event.description
          ? [{ key: 'description', label: '活动介绍', span: column, children: event.description }]
          : []),
      ]}
    />
  );
}

/** An event card's head: its title (wrapping, never cut) with its phase, and an action on the right. */
export function EventCardHead({ title, event, action }: { title: ReactNode; event: EventSummary; action: ReactNode }) {
  const phase = EVENT_PHASE[event.status];
  return (
    <Flex justify="space-between" align="flex-start" gap={12} style={{ marginBottom: 12 }}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {title} <Tag color={phase.color}>{phase.text}</Tag>
      </Typography.Title>
      <div style={{ flex: 'none' }}>{action}</div>
    </Flex>
  );
}

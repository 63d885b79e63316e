import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Button, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { hasRole, useAuth } from '../../../auth';
import { ErrorAlert, Page } from '../../../components/Page';
import { dateTime } from '../../../format';
import { auditChanges } from './audit-format';
import { ACTION_LABELS, ENTITY_LABELS, label } from './labels';
import { bureauUsersQuery } from './UsersPage';

type Event = Schema<'AuditEventView'>;
type EntityType = Event['entityType'];
type Filters = {
  entityType?: EntityType;
  entityId?: string;
  actorId?: string;
  action?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
};

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidRule = { pattern: UUID, message: '应为完整的编号（36 位）' };
const FILTER_KEYS = ['entityType', 'entityId', 'actorId', 'action', 'from', 'to'] as const;

/** Where an entity is shown in the admin pages. */
const pageOf = (type: string, id: string): string | null => (type === 'award_round' ? `/bureau/awards/${id}` : null);

/** 操作记录: the audit log, filtered by entity, actor, action and time, newest first. */
export function AuditPage() {
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Filters>();
  const page = Number(params.get('page') ?? 1) || 1;
  const query = Object.fromEntries(FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k) as string]] : [])));
  const events = useQuery({
    queryKey: ['audit-events', query, page],
    queryFn: () =>
      ok(api.GET('/api/v1/audit-events', { params: { query: { ...query, page, pageSize: PAGE_SIZE } as never } })),
  });
  const admin = hasRole(user, 'admin');
  const users = useQuery({ ...bureauUsersQuery, enabled: admin });
  const categories = useQuery({ queryKey: ['categories'], queryFn: () => ok(api.GET('/api/v1/categories')) });
  const categoryNames = new Map((categories.data ?? []).map((c) => [c.code, c.name]));
  const userNames = new Map((users.data ?? []).map((u) => [u.id, u.name]));

  const apply = (v: Filters) => {
    const next = new URLSearchParams();
    if (v.entityType) next.set('entityType', v.entityType);
    if (v.entityId?.trim()) next.set('entityId', v.entityId.trim());
    if (v.actorId?.trim()) next.set('actorId', v.actorId.trim());
    if (v.action) next.set('action', v.action);
    if (v.range?.[0]) next.set('from', v.range[0].startOf('minute').format());
    if (v.range?.[1]) next.set('to', v.range[1].endOf('minute').add(1, 'millisecond').format());
    setParams(next);
  };
  const only = (e: Event) => {
    form.setFieldsValue({ entityType: e.entityType, entityId: e.entityId });
    setParams(new URLSearchParams({ entityType: e.entityType, entityId: e.entityId }));
  };
  const initial: Filters = {
    entityType: (params.get('entityType') as EntityType) ?? undefined,
    entityId: params.get('entityId') ?? undefined,
    actorId: params.get('actorId') ?? undefined,
    action: params.get('action') ?? undefined,
    range: params.get('from') || params.get('to') ? [from(params.get('from')), from(params.get('to'))] : null,
  };

  return (
    <Page title="操作记录">
      <Form<Filters> form={form} layout="inline" initialValues={initial} onFinish={apply} style={{ rowGap: 12 }}>
        <Form.Item label="对象类型" name="entityType">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部"
            style={{ width: 150 }}
            options={Object.entries(ENTITY_LABELS).map(([value, text]) => ({ value, label: text }))}
          />
        </Form.Item>
        <Form.Item label="对象编号" name="entityId" rules={[uuidRule]}>
          <Input allowClear placeholder="完整编号" style={{ width: 300 }} />
        </Form.Item>
        <Form.Item label="操作" name="action">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部"
            style={{ width: 160 }}
            options={Object.entries(ACTION_LABELS).map(([value, text]) => ({ value, label: text }))}
          />
        </Form.Item>
        <Form.Item label="操作人" name="actorId" rules={[uuidRule]}>
          <AutoComplete
            allowClear
            placeholder={admin ? '选择工作人员或输入编号' : '操作人编号'}
            style={{ width: 300 }}
            options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.name}（${u.email}）` }))}
            filterOption={(input, option) =>
              String(option?.label ?? '').includes(input) || String(option?.value).startsWith(input)
            }
          />
        </Form.Item>
        <Form.Item label="时间" name="range">
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
            <Button
              onClick={() => {
                form.setFieldsValue({
                  entityType: undefined,
                  entityId: undefined,
                  actorId: undefined,
                  action: undefined,
                  range: null,
                });
                setParams(new URLSearchParams());
              }}
            >
              重置
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <ErrorAlert error={events.error} />
      <Table<Event>
        rowKey="id"
        size="small"
        loading={events.isPending}
        dataSource={events.data?.items ?? []}
        locale={{ emptyText: '没有符合条件的操作记录' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: events.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n} 条`,
          onChange: (p) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            setParams(next);
          },
        }}
        columns={[
          { title: '时间', dataIndex: 'createdAt', width: 140, render: dateTime },
          {
            title: '对象',
            key: 'entity',
            width: 190,
            render: (_, e) => {
              const to = pageOf(e.entityType, e.entityId);
              return (
                <Space direction="vertical" size={0}>
                  <Tag>{label(ENTITY_LABELS, e.entityType)}</Tag>
                  <Space size={4}>
                    <Typography.Text
                      copyable={{ text: e.entityId, tooltips: ['复制编号', '已复制'] }}
                      style={{ fontSize: 12 }}
                    >
                      {to ? <Link to={to}>{e.entityId.slice(0, 8)}</Link> : e.entityId.slice(0, 8)}
                    </Typography.Text>
                    <Button type="link" size="small" style={{ padding: 0, fontSize: 12 }} onClick={() => only(e)}>
                      只看此对象
                    </Button>
                  </Space>
                </Space>
              );
            },
          },
          { title: '操作', dataIndex: 'action', width: 120, render: (a: string) => label(ACTION_LABELS, a) },
          {
            title: '操作人',
            dataIndex: 'actorId',
            width: 120,
            render: (id: string | null) =>
              id === null
                ? '系统'
                : (userNames.get(id) ?? <Typography.Text type="secondary">{id.slice(0, 8)}</Typography.Text>),
          },
          { title: '理由', dataIndex: 'reason', width: 180, render: (r: string | null) => r ?? '—' },
          {
            title: '变更内容',
            key: 'changes',
            render: (_, e) => {
              const lines = auditChanges(
                e.entityType,
                e.before as Record<string, unknown> | null,
                e.after as Record<string, unknown> | null,
                categoryNames,
              );
              return lines.length ? (
                <Typography.Paragraph
                  style={{ whiteSpace: 'pre-line', margin: 0, fontSize: 13 }}
                  ellipsis={{ rows: 4, expandable: true, symbol: '展开' }}
                >
                  {lines.join('\n')}
                </Typography.Paragraph>
              ) : (
                '—'
              );
            },
          },
        ]}
      />
    </Page>
  );
}

function from(value: string | null): Dayjs | null {
  return value ? dayjs(value) : null;
}

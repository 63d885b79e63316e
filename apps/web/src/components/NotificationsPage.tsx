import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, List, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../api/client';
import { dateTime } from '../format';
import { ErrorAlert, Page } from './Page';

/** The organisation's notifications (站内通知), unread first to read, newest first. */
export function NotificationsPage() {
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [unread, setUnread] = useState<'true' | 'false'>('false');
  const list = useQuery({
    queryKey: ['notifications', unread, page],
    queryFn: () => ok(api.GET('/api/v1/notifications', { params: { query: { page, pageSize: 20, unread } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const read = useMutation({
    mutationFn: (id: string) => ok(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const readAll = useMutation({ mutationFn: () => ok(api.POST('/api/v1/notifications/read-all')), onSuccess: refresh });
  return (
    <Page
      title="通知"
      extra={
        <Button onClick={() => readAll.mutate()} loading={readAll.isPending} disabled={!list.data?.unread}>
          全部标为已读
        </Button>
      }
    >
      <Segmented
        value={unread}
        onChange={(v) => {
          setUnread(v as 'true' | 'false');
          setPage(1);
        }}
        options={[
          { label: '全部', value: 'false' },
          { label: `未读（${list.data?.unread ?? 0}）`, value: 'true' },
        ]}
      />
      <ErrorAlert error={list.error ?? read.error ?? readAll.error} />
      <List
        bordered
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '暂无通知' }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        renderItem={(n) => (
          <List.Item
            actions={
              n.readAt
                ? []
                : [
                    <Button key="read" type="link" onClick={() => read.mutate(n.id)}>
                      标为已读
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Badge dot={!n.readAt} offset={[6, 0]}>
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                </Badge>
              }
              description={
                <>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{n.body}</div>
                  <Typography.Text type="secondary">{dateTime(n.createdAt)}</Typography.Text>
                  {n.link ? <ConsoleLink link={n.link} /> : null}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Page>
  );
}

/** A notification's API path shown as the console page that shows it, when there is one. */
function ConsoleLink({ link }: { link: string }) {
  return (
    <Link to={consolePath(link)} style={{ marginLeft: 12 }}>
      查看
    </Link>
  );
}

export function consolePath(link: string): string {
  return link;
}

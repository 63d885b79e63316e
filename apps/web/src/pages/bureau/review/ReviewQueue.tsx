import { Button, Drawer, Space, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert, Page } from '../../../components/Page';
import type { StatusLabel } from './labels';
import { StatusFilter, StatusTag, type useQueue } from './shared';

/**
 * A review queue page: the status filter, the table with its status column (a row opens the item in a drawer, "审核"), the
 * drawer with the item and, while it waits for a decision, approve and reject buttons (`decision`)
 * or other `actions`; `dialog` is the page's decision dialog.
 */
export function ReviewQueue<T extends { id: string; status: S }, S extends string>({
  title,
  queue,
  filter,
  list,
  emptyText,
  columns,
  statuses,
  statusWidth = 90,
  opWidth = 80,
  selected,
  onSelect,
  drawerSize,
  drawerTitle,
  decision,
  actions,
  dialog,
  children,
}: {
  title: string;
  queue: ReturnType<typeof useQueue<S>>;
  filter: Array<{ value: S; label: string }>;
  list: { data?: { items: T[]; total: number }; isPending: boolean; error: Error | null };
  emptyText: string;
  /** The columns before the "状态" and "操作" ones. */
  columns: TableColumnsType<T>;
  /** The Chinese names of the statuses, for the "状态" column. */
  statuses: Record<S, StatusLabel>;
  statusWidth?: number;
  opWidth?: number;
  selected: T | null;
  onSelect: (item: T | null) => void;
  drawerSize: number;
  drawerTitle: ReactNode;
  decision?: { approve: string; onApprove: () => void; onReject: () => void } | null;
  actions?: ReactNode;
  dialog: ReactNode;
  /** The drawer's content. */
  children: ReactNode;
}) {
  return (
    <Page title={title}>
      <StatusFilter value={queue.status} onChange={queue.setStatus} options={filter} />
      <ErrorAlert error={list.error} />
      <Table<T>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={queue.pagination(list.data?.total)}
        locale={{ emptyText }}
        onRow={(row) => ({ onClick: () => onSelect(row), style: { cursor: 'pointer' } })}
        columns={[
          ...columns,
          {
            title: '状态',
            dataIndex: 'status',
            width: statusWidth,
            render: (s: S) => <StatusTag label={statuses[s]} />,
          },
          {
            title: '操作',
            key: 'op',
            width: opWidth,
            render: (_, row) => (
              <Button type="link" onClick={() => onSelect(row)}>
                审核
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        open={!!selected}
        onClose={() => onSelect(null)}
        size={drawerSize}
        title={drawerTitle}
        extra={
          decision ? (
            <Space>
              <Button type="primary" onClick={decision.onApprove}>
                {decision.approve}
              </Button>
              <Button danger onClick={decision.onReject}>
                驳回
              </Button>
            </Space>
          ) : (
            (actions ?? null)
          )
        }
      >
        {children}
      </Drawer>
      {dialog}
    </Page>
  );
}

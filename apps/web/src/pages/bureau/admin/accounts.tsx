import { Button, Popconfirm, Space, Tag, Tooltip } from 'antd';
import type { QueryKey } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { hasRole, useAuth } from '../../../auth';
import { dateTime } from '../../../format';
import { reasonOf, useDecision } from '../review/shared';

type UserView = Schema<'UserView'>;

/** 正常 / 已停用 (with when and why on hover). */
export function AccountStatus({ user }: { user: UserView }) {
  if (!user.deactivatedAt) return <Tag color="green">正常</Tag>;
  return (
    <Tooltip title={`${dateTime(user.deactivatedAt)} 停用：${user.deactivationReason ?? ''}`}>
      <Tag color="red">已停用</Tag>
    </Tooltip>
  );
}

/**
 * An admin's 停用 / 恢复 buttons for a user (none for themselves or for other roles); a deactivated
 * user's tokens stop working at once, so the dialog says so.
 */
export function useAccountActions(invalidate: QueryKey[]): {
  actions: (user: UserView) => ReactNode;
  dialog: ReactNode;
} {
  const { user: me } = useAuth();
  const { ask, dialog } = useDecision();
  const queryClient = useQueryClient();
  const isAdmin = hasRole(me, 'admin');
  const reactivate = async (user: UserView) => {
    await ok(api.POST('/api/v1/bureau/users/{id}/reactivate', { params: { path: { id: user.id } } }));
    await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  };
  const actions = (user: UserView) => {
    if (!isAdmin || user.id === me?.id) return null;
    return (
      <Space>
        {user.deactivatedAt ? (
          <Popconfirm
            title={`恢复 ${user.name} 的账号？`}
            okText="恢复"
            cancelText="取消"
            onConfirm={() => reactivate(user)}
          >
            <Button size="small">恢复</Button>
          </Popconfirm>
        ) : (
          <Button
            size="small"
            danger
            onClick={() =>
              ask({
                title: `停用账号：${user.name}（${user.email}）`,
                okText: '停用',
                danger: true,
                description: '停用后该账号立即退出登录，不能再登录，直到管理员恢复。',
                reasonLabel: '停用理由',
                submit: (values) =>
                  ok(
                    api.POST('/api/v1/bureau/users/{id}/deactivate', {
                      params: { path: { id: user.id } },
                      body: reasonOf(values),
                    }),
                  ),
                success: `已停用 ${user.name} 的账号`,
                invalidate,
              })
            }
          >
            停用
          </Button>
        )}
      </Space>
    );
  };
  return { actions, dialog };
}

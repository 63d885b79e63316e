import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, ApiError, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { applyFieldErrors } from '../../../components/forms';
import { ErrorAlert, Page } from '../../../components/Page';
import { dateTime } from '../../../format';
import { AccountStatus, useAccountActions } from './accounts';
import { ROLE_LABELS } from './labels';

type BureauRole = 'reviewer' | 'finance' | 'admin';
type NewUser = { email: string; password: string; name: string; roles: BureauRole[] };

export const bureauUsersQuery = {
  queryKey: ['bureau', 'users'],
  queryFn: () => ok(api.GET('/api/v1/bureau/users')),
};

const ROLE_OPTIONS = (['reviewer', 'finance', 'admin'] as const).map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** 工作人员: the bureau's users and their roles; an admin adds one, deactivates or restores one. */
export function UsersPage() {
  const users = useQuery(bureauUsersQuery);
  const [creating, setCreating] = useState(false);
  const { actions, dialog } = useAccountActions([bureauUsersQuery.queryKey]);
  return (
    <Page
      title="工作人员"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建工作人员
        </Button>
      }
    >
      <ErrorAlert error={users.error} />
      <Table<Schema<'UserView'>>
        rowKey="id"
        loading={users.isPending}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无工作人员' }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '登录邮箱', dataIndex: 'email' },
          {
            title: '角色',
            dataIndex: 'roles',
            render: (roles: string[]) =>
              roles.map((r) => (
                <Tag key={r} color={r === 'admin' ? 'blue' : undefined}>
                  {ROLE_LABELS[r] ?? r}
                </Tag>
              )),
          },
          { title: '创建时间', dataIndex: 'createdAt', render: dateTime },
          { title: '最近登录', dataIndex: 'lastLoginAt', render: (v: string | null) => (v ? dateTime(v) : '从未登录') },
          { title: '状态', key: 'status', render: (_, u) => <AccountStatus user={u} /> },
          { title: '操作', key: 'actions', render: (_, u) => actions(u) },
        ]}
      />
      {dialog}
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
    </Page>
  );
}

function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<NewUser>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const create = useMutation({
    mutationFn: (body: NewUser) => ok(api.POST('/api/v1/bureau/users', { body })),
    onSuccess: (user) => {
      message.success(`已创建工作人员：${user.name}`);
      queryClient.invalidateQueries({ queryKey: bureauUsersQuery.queryKey });
      form.resetFields();
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error);
    },
  });
  return (
    <Modal
      title="新建工作人员"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="创建"
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<NewUser> form={form} layout="vertical" onFinish={(v) => create.mutate({ ...v, email: v.email.trim() })}>
        <Form.Item
          label="姓名"
          name="name"
          rules={[{ required: true, whitespace: true, max: 100, message: '请输入姓名（100 字以内）' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label="登录邮箱"
          name="email"
          rules={[{ required: true, type: 'email', message: '请输入正确的邮箱' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="初始密码"
          name="password"
          rules={[{ required: true, min: 8, max: 128, message: '密码至少 8 位' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="角色"
          name="roles"
          rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}
        >
          <Checkbox.Group options={ROLE_OPTIONS} />
        </Form.Item>
        <ErrorAlert error={create.error} />
      </Form>
    </Modal>
  );
}

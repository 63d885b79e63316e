import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Input, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { homeOf, useAuth } from '../../auth';
import { ErrorAlert } from '../../components/Page';

export function LoginPage() {
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const login = useMutation({
    mutationFn: async (body: { email: string; password: string }) => {
      const session = await ok(api.POST('/api/v1/auth/login', { body }));
      return signIn(session.accessToken);
    },
    onSuccess: (user) => {
      const next = params.get('next');
      navigate(next && next.startsWith(`/${user.organisation.type}`) ? next : homeOf(user), { replace: true });
    },
  });
  return (
    <Card style={{ maxWidth: 420, margin: '32px auto' }}>
      <Typography.Title level={3}>登录</Typography.Title>
      <Form layout="vertical" onFinish={(values) => login.mutate(values)} requiredMark={false}>
        <Form.Item label="邮箱" name="email" rules={[{ required: true, type: 'email', message: '请输入正确的邮箱' }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <ErrorAlert error={login.error} />
        <Form.Item style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            登录
          </Button>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">
        还没有账号？<Link to="/register">注册企业或服务机构</Link>
      </Typography.Text>
    </Card>
  );
}

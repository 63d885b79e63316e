import { isValidUscc } from '@rules/uscc-check';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Radio, Select, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api, ApiError, ok } from '../../api/client';
import { homeOf, useAuth } from '../../auth';
import { ErrorAlert } from '../../components/Page';
import { applyFieldErrors } from '../../components/forms';

interface RegisterForm {
  orgType: 'enterprise' | 'provider';
  orgName: string;
  uscc: string;
  regionCode: string;
  name: string;
  email: string;
  password: string;
}

export function RegisterPage() {
  const [form] = Form.useForm<RegisterForm>();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const regions = useQuery({ queryKey: ['regions'], queryFn: () => ok(api.GET('/api/v1/regions')) });
  const register = useMutation({
    mutationFn: async (v: RegisterForm) => {
      const session = await ok(
        api.POST('/api/v1/auth/register', {
          body: {
            orgType: v.orgType,
            name: v.name,
            email: v.email,
            password: v.password,
            org: { name: v.orgName, uscc: v.uscc.trim().toUpperCase(), regionCode: v.regionCode },
          },
        }),
      );
      return { user: await signIn(session.accessToken), contested: session.usccContested === true };
    },
    onSuccess: ({ user, contested }) => {
      navigate(homeOf(user), { replace: true });
      // Registering is never refused for a code someone else registered first; the bureau's licence check decides.
      if (contested)
        modal.info({
          title: '该统一社会信用代码已有其他机构注册',
          content:
            '注册已完成。主管部门将在入池审核或等级认定时核验营业执照，核验通过的一方取得该代码；如发现被他人冒用，请联系主管部门。',
          okText: '知道了',
        });
    },
    onError: (error) => {
      if (error instanceof ApiError)
        applyFieldErrors(form, error, { 'org.name': 'orgName', 'org.uscc': 'uscc', 'org.regionCode': 'regionCode' });
    },
  });
  return (
    <Card style={{ maxWidth: 520, margin: '24px auto' }}>
      <Typography.Title level={3}>注册</Typography.Title>
      <Form<RegisterForm>
        form={form}
        layout="vertical"
        initialValues={{ orgType: 'enterprise' }}
        onFinish={(v) => register.mutate(v)}
        requiredMark={false}
      >
        <Form.Item label="我是" name="orgType">
          <Radio.Group
            optionType="button"
            options={[
              { label: '企业（找服务）', value: 'enterprise' },
              { label: '服务机构（提供服务）', value: 'provider' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="单位名称"
          name="orgName"
          rules={[{ required: true, max: 100, message: '请输入单位名称（100 字以内）' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label="统一社会信用代码"
          name="uscc"
          validateTrigger="onChange"
          normalize={(v: string) => v.toUpperCase().replace(/\s/g, '')}
          rules={[
            { required: true, message: '请输入统一社会信用代码' },
            {
              validator: (_, v: string | undefined) => {
                if (!v || isValidUscc(v as unknown)) return Promise.resolve();
                return Promise.reject(
                  new Error(v.length !== 18 ? `应为 18 位，当前 ${v.length} 位` : '校验位不正确，请核对'),
                );
              },
            },
          ]}
        >
          <Input maxLength={18} placeholder="18 位，如 91330212MA2H7Q3R4X" />
        </Form.Item>
        <Form.Item label="所在区县" name="regionCode" rules={[{ required: true, message: '请选择所在区县' }]}>
          <Select
            loading={regions.isPending}
            options={(regions.data?.items ?? [])
              .filter((r) => r.parent !== null)
              .map((r) => ({ label: r.name, value: r.code }))}
            placeholder="请选择"
          />
        </Form.Item>
        <Form.Item label="联系人姓名" name="name" rules={[{ required: true, max: 100, message: '请输入姓名' }]}>
          <Input />
        </Form.Item>
        <Form.Item
          label="登录邮箱"
          name="email"
          rules={[{ required: true, type: 'email', message: '请输入正确的邮箱' }]}
        >
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item
          label="密码"
          name="password"
          rules={[{ required: true, min: 8, max: 128, message: '密码至少 8 位' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <ErrorAlert error={register.error} />
        <Button type="primary" htmlType="submit" block loading={register.isPending} style={{ marginTop: 16 }}>
          注册
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        已有账号？<Link to="/login">登录</Link>
      </Typography.Paragraph>
    </Card>
  );
}

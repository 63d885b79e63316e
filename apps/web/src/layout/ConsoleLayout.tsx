import { BellOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { api, ok } from '../api/client';
import { hasRole, useAuth } from '../auth';
import type { NavItem } from './nav';

const { Header, Sider, Content } = Layout;

const TITLES: Record<string, string> = {
  enterprise: '企业工作台',
  provider: '服务机构工作台',
  bureau: '主管部门工作台',
};

/** The signed-in console: a side menu of the user's pages, the organisation, notifications and log out. */
export function ConsoleLayout({ items }: { items: NavItem[] }) {
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const unread = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => ok(api.GET('/api/v1/notifications', { params: { query: { unread: 'true', pageSize: 1 } } })),
    refetchInterval: 60_000,
    enabled: !!user,
  });
  if (!user) return null;
  const audience = user.organisation.type;
  const visible = items.filter((i) => !i.roles || hasRole(user, ...i.roles));
  const selected = visible
    .map((i) => i.path)
    .filter((p) => location.pathname === p || location.pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={208} theme="light" breakpoint="lg" collapsedWidth={0} style={{ borderRight: '1px solid #f0f0f0' }}>
        <Link to="/" style={{ display: 'block', padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>
          专精特新服务资源池
        </Link>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={visible.map((i) => ({ key: i.path, icon: i.icon, label: <Link to={i.path}>{i.label}</Link> }))}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Typography.Text strong>{TITLES[audience] ?? '工作台'}</Typography.Text>
          <Space size="large">
            <Link to={`/${audience}/notifications`} aria-label="通知">
              <Badge count={unread.data?.unread ?? 0} size="small">
                <BellOutlined style={{ fontSize: 18 }} />
              </Badge>
            </Link>
            <Dropdown
              menu={{
                items: [{ key: 'logout', icon: <LogoutOutlined />, label: '退出登录' }],
                onClick: () => {
                  signOut();
                  navigate('/');
                },
              }}
            >
              <Button type="text" icon={<UserOutlined />}>
                {user.organisation.name} · {user.name}
              </Button>
            </Dropdown>
          </Space>
        </Header>
        <Content style={{ padding: 24 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}

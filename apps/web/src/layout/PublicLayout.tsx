import { Button, Input, Layout, Space } from 'antd';
import { Link, Outlet, useNavigate } from 'react-router';
import { homeOf, useAuth } from '../auth';

const { Header, Content, Footer } = Layout;

/** The public pages: the name, a search box, the award list, and log in / register or the console. */
export function PublicLayout() {
  const { user } = useAuth();
  const navigate = useNavigate();
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7fa' }}>
      <Header
        style={{
          background: '#fff',
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          padding: '0 16px',
          borderBottom: '1px solid #eef0f3',
          flexWrap: 'wrap',
          height: 'auto',
          minHeight: 64,
          lineHeight: 'normal',
          paddingBlock: 10,
        }}
      >
        <Link to="/" style={{ fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          专精特新服务资源池
        </Link>
        <Input.Search
          placeholder="搜索服务，如：专利、数字化转型、碳核查"
          allowClear
          onSearch={(q) => navigate(q.trim() ? `/search?q=${encodeURIComponent(q.trim())}` : '/search')}
          style={{ flex: '1 1 240px', maxWidth: 480 }}
          aria-label="搜索服务"
        />
        <Space style={{ marginLeft: 'auto' }} wrap>
          <Link to="/search">找服务</Link>
          <Link to="/awards">优质服务机构</Link>
          <Link to="/events">对接活动</Link>
          {user ? (
            <Button type="primary" onClick={() => navigate(homeOf(user))}>
              进入工作台
            </Button>
          ) : (
            <>
              <Button onClick={() => navigate('/login')}>登录</Button>
              <Button type="primary" onClick={() => navigate('/register')}>
                注册
              </Button>
            </>
          )}
        </Space>
      </Header>
      <Content style={{ width: '100%', maxWidth: 1200, margin: '0 auto', padding: '24px 16px' }}>
        <Outlet />
      </Content>
      <Footer style={{ textAlign: 'center', color: '#8c8c8c' }}>
        专精特新中小企业服务机构资源池 · 市经济和信息化局
      </Footer>
    </Layout>
  );
}

import { FileTextOutlined, GiftOutlined, SearchOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth';
import { ErrorAlert, Page } from '../../components/Page';
import { date, yuan } from '../../format';
import {
  applyWindow,
  CLAIM_STATUS,
  StatusTag,
  TIERS,
  useEnterprise,
  useOpenPrograms,
  useVoucherTotals,
} from './labels';

/** 工作台首页: the tier that counts, the voucher balance, open programmes and the way to services and orders. */
export function EnterpriseHome() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const me = useEnterprise();
  const totals = useVoucherTotals();
  const programs = useOpenPrograms();
  const openPrograms = (programs.data?.items ?? []).filter((p) => applyWindow(p).open).length;
  const e = me.data;
  const latest = e?.tierClaims[0];
  const incomplete = e && (!e.legalRepresentative || !e.contactPhone || !e.industry);
  return (
    <Page title={`您好，${user?.organisation.name ?? ''}`}>
      <ErrorAlert error={me.error ?? totals.query.error} />
      {incomplete && (
        <Alert
          type="info"
          showIcon
          title="请完善企业资料（法定代表人、联系电话、所属行业等），便于服务机构与主管部门联系。"
          action={<Link to="/enterprise/profile">去完善</Link>}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            title={
              <Space>
                <SafetyCertificateOutlined />
                专精特新认定等级
              </Space>
            }
            extra={<Link to="/enterprise/profile">查看与申请</Link>}
            style={{ height: '100%' }}
          >
            {e?.tier ? (
              <Space orientation="vertical">
                <Space wrap>
                  <Tag color="gold" style={{ fontSize: 14, padding: '2px 8px' }}>
                    {TIERS[e.tier.tier]}
                  </Tag>
                  <StatusTag status={CLAIM_STATUS.verified} />
                </Space>
                <Typography.Text type="secondary">有效期至 {date(e.tier.validUntil)}</Typography.Text>
              </Space>
            ) : (
              <Space orientation="vertical">
                <Typography.Text>暂无经审核的有效认定等级</Typography.Text>
                {latest && latest.status !== 'verified' && (
                  <Space wrap>
                    <Typography.Text type="secondary">最近一次申请：{TIERS[latest.tier]}</Typography.Text>
                    <StatusTag status={CLAIM_STATUS[latest.status]} />
                  </Space>
                )}
                {latest?.status === 'rejected' && latest.reason && (
                  <Typography.Text type="danger">退回理由：{latest.reason}</Typography.Text>
                )}
              </Space>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={
              <Space>
                <GiftOutlined />
                服务券
              </Space>
            }
            extra={<Link to="/enterprise/vouchers">查看明细</Link>}
            style={{ height: '100%' }}
          >
            <Row gutter={16}>
              <Col span={8}>
                <Statistic title="可用余额" value={yuan(totals.available)} />
              </Col>
              <Col span={8}>
                <Statistic title="订单占用中" value={yuan(totals.held)} />
              </Col>
              <Col span={8}>
                <Statistic title="持有服务券" value={totals.count} suffix="张" />
              </Col>
            </Row>
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
              {openPrograms > 0 ? (
                <>
                  当前有 {openPrograms} 个服务券项目正在受理申请，<Link to="/enterprise/voucher-programs">去申请</Link>
                </>
              ) : (
                <>
                  当前没有受理中的服务券项目，<Link to="/enterprise/voucher-programs">查看项目</Link>
                </>
              )}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
      <Card title="快捷入口">
        <Space size="middle" wrap>
          <Button type="primary" icon={<SearchOutlined />} onClick={() => navigate('/search')}>
            搜索服务
          </Button>
          <Button icon={<FileTextOutlined />} onClick={() => navigate('/enterprise/orders')}>
            我的预约
          </Button>
          <Button icon={<GiftOutlined />} onClick={() => navigate('/enterprise/voucher-programs')}>
            申请服务券
          </Button>
          <Button icon={<SafetyCertificateOutlined />} onClick={() => navigate('/enterprise/profile')}>
            企业资料
          </Button>
        </Space>
      </Card>
    </Page>
  );
}

import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BulbOutlined,
  CloudServerOutlined,
  ExperimentOutlined,
  FundOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Input, Progress, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorAlert } from '../../components/Page';
import { date, yuan } from '../../format';
import {
  awardStatus,
  noticeLastDay,
  priceText,
  RatingLine,
  type PriceModel,
  type SearchItem,
  useCategories,
  usePublishedAwards,
} from './shared';

/** The pool's target size (DOMAIN.md: "over 100 providers"). */
const POOL_TARGET = 100;
const HOT_WORDS = ['专利', '数字化转型', '碳核查', '高新技术企业认定', '融资'];

const CATEGORY_ICONS: Record<string, ReactNode> = {
  tech_innovation: <BulbOutlined />,
  ip: <SafetyCertificateOutlined />,
  digital: <CloudServerOutlined />,
  energy_carbon: <ThunderboltOutlined />,
  finance: <FundOutlined />,
  market: <RiseOutlined />,
  consulting: <SolutionOutlined />,
  industry_matching: <ApartmentOutlined />,
  testing: <ExperimentOutlined />,
  talent: <TeamOutlined />,
  legal_tax: <AuditOutlined />,
};

const searchLink = (query: Record<string, string>) => `/search?${new URLSearchParams(query)}`;

function Hero() {
  const navigate = useNavigate();
  return (
    <Card
      variant="borderless"
      style={{ background: 'linear-gradient(120deg, #1d4ed8 0%, #2563eb 55%, #0ea5e9 100%)' }}
      styles={{ body: { padding: 'clamp(20px, 4vw, 36px)' } }}
    >
      <Flex vertical gap={16} style={{ maxWidth: 760 }}>
        <Typography.Title level={2} style={{ color: '#fff', margin: 0, fontSize: 'clamp(22px, 6vw, 30px)' }}>
          专精特新中小企业专业服务资源池
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.88)', fontSize: 16 }}>
          汇集经市经信局审核入池的专业服务机构：技术创新、知识产权、数字化转型、节能降碳、投融资等一站找齐，可用服务券抵扣部分费用。
        </Typography.Text>
        <Input.Search
          aria-label="搜索服务产品"
          placeholder="搜索服务，如：专利申请、数字化转型诊断、碳核查"
          enterButton="搜索"
          size="large"
          allowClear
          maxLength={200}
          onSearch={(q) => navigate(q.trim() ? searchLink({ q: q.trim() }) : '/search')}
        />
        <Flex gap={8} wrap align="center">
          <Typography.Text style={{ color: 'rgba(255,255,255,0.8)' }}>热门搜索：</Typography.Text>
          {HOT_WORDS.map((word) => (
            <Link key={word} to={searchLink({ q: word })} style={{ color: '#fff', textDecoration: 'underline' }}>
              {word}
            </Link>
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}

/** The pool's size against its target, the services online and the categories. */
function PoolFigures({ listings, categories }: { listings?: number; categories: number }) {
  const pool = useQuery({
    queryKey: ['pool-size'],
    queryFn: () => ok(api.GET('/api/v1/providers', { params: { query: { pageSize: 1 } } })),
  });
  const size = pool.data?.total;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12}>
        <Card style={{ height: '100%' }}>
          <Flex vertical gap={8} aria-label="资源池规模">
            <Statistic
              title="已入池服务机构"
              value={size ?? '—'}
              suffix={`/ ${POOL_TARGET} 家（目标）`}
              loading={pool.isPending}
            />
            <Progress
              percent={size === undefined ? 0 : Math.min(100, Math.round((size * 100) / POOL_TARGET))}
              format={(percent) => `${percent}%`}
            />
            <ErrorAlert error={pool.error} />
          </Flex>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card style={{ height: '100%' }}>
          <Statistic title="在线服务产品" value={listings ?? '—'} suffix="项" />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card style={{ height: '100%' }}>
          <Statistic title="服务类别" value={categories} suffix="类" />
        </Card>
      </Col>
    </Row>
  );
}

function CategoryGrid({ counts }: { counts: Record<string, number> }) {
  const categories = useCategories();
  return (
    <Card title="服务类别">
      <ErrorAlert error={categories.error} />
      {categories.isPending ? (
        <Skeleton active />
      ) : (
        <Row gutter={[12, 12]} role="list" aria-label="服务类别">
          {categories.items.map((c) => (
            <Col key={c.code} xs={8} md={6} lg={4} role="listitem">
              <Link
                to={searchLink({ category: c.code })}
                style={{ display: 'block', border: '1px solid #e6ebf5', borderRadius: 8, background: '#f8faff' }}
              >
                <Flex vertical align="center" gap={6} style={{ padding: '14px 4px' }}>
                  <span style={{ fontSize: 26, color: '#1d4ed8' }}>
                    {CATEGORY_ICONS[c.code] ?? <AppstoreOutlined />}
                  </span>
                  <Typography.Text strong>{c.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {counts[c.code] ?? 0} 项服务
                  </Typography.Text>
                </Flex>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

function SpecialTile({ item }: { item: SearchItem }) {
  const categories = useCategories();
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Flex vertical gap={6}>
        <Flex gap={4} wrap>
          <Tag color="red">专精特新专属</Tag>
          <Tag color="blue">{categories.nameOf(item.category)}</Tag>
          {item.voucherEligible && <Tag color="green">可用服务券</Tag>}
        </Flex>
        <Link to={`/listings/${item.id}`} style={{ fontSize: 15, fontWeight: 600 }}>
          {item.title}
        </Link>
        <Link to={`/providers/${item.providerId}`} style={{ color: '#595959' }}>
          {item.providerName}
        </Link>
        <RatingLine rating={item.rating} count={item.ratingCount} />
        <Typography.Text strong style={{ color: '#c2410c', fontSize: 16 }}>
          {priceText(item.priceModel as PriceModel, item.priceFen, item.unit)}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

function SrdiSpecials() {
  const specials = useQuery({
    queryKey: ['search', 'home-specials'],
    queryFn: () =>
      ok(api.GET('/api/v1/search/listings', { params: { query: { srdiSpecial: true, sort: 'rating', pageSize: 6 } } })),
  });
  return (
    <Card
      title="专精特新专属服务"
      extra={
        <Link to={searchLink({ srdiSpecial: 'true' })}>
          查看全部{specials.data ? ` ${specials.data.total} 项` : ''} ›
        </Link>
      }
    >
      <ErrorAlert error={specials.error} />
      {specials.isPending ? (
        <Skeleton active />
      ) : specials.data?.items.length ? (
        <Row gutter={[12, 12]}>
          {specials.data.items.map((item) => (
            <Col key={item.id} xs={24} sm={12} lg={8}>
              <SpecialTile item={item} />
            </Col>
          ))}
        </Row>
      ) : (
        <Empty description="暂无专精特新专属服务" />
      )}
    </Card>
  );
}

function AwardsTeaser() {
  const awards = usePublishedAwards();
  const latest = awards.lists[0];
  const status = latest && awardStatus(latest);
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <TrophyOutlined style={{ color: '#d4a017' }} />
          优质服务机构评选
        </Flex>
      }
      extra={<Link to="/awards">查看评选名单 ›</Link>}
    >
      {awards.pending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : latest && status ? (
        <Flex vertical gap={8}>
          <Flex gap={8} align="center" wrap>
            <Link to={`/awards/${latest.year}`} style={{ fontWeight: 600 }}>
              {latest.year} 年度评选结果
            </Link>
            <Tag color={status.color}>{status.label}</Tag>
            {latest.status === 'published' && status.label === '公示中' && (
              <Typography.Text type="secondary">公示期至 {date(noticeLastDay(latest.noticeEndsAt))}</Typography.Text>
            )}
          </Flex>
          {latest.ranked.slice(0, 3).map((r) => (
            <Flex key={r.providerId} gap={8} align="center" wrap>
              <Tag>第 {r.rank} 名</Tag>
              <Link to={`/providers/${r.providerId}`}>{r.providerName}</Link>
              {r.awardFen > 0 && <Typography.Text type="secondary">奖励 {yuan(r.awardFen)}</Typography.Text>}
            </Flex>
          ))}
          {awards.lists.length > 1 && (
            <Typography.Text type="secondary">
              往年名单：
              {awards.lists.slice(1).map((l) => (
                <Link key={l.year} to={`/awards/${l.year}`} style={{ marginRight: 8 }}>
                  {l.year} 年度
                </Link>
              ))}
            </Typography.Text>
          )}
        </Flex>
      ) : (
        <Typography.Text type="secondary">
          每年按服务企业数、满意度和服务成效评选优质服务机构，单个机构最高奖励 50 万元；结果公示后将在此公布。
        </Typography.Text>
      )}
    </Card>
  );
}

/** `/`: search, the categories, SRDI specials, the pool's size against its target and the award list. */
export function HomePage() {
  const categories = useCategories();
  const all = useQuery({
    queryKey: ['search', 'home-facets'],
    queryFn: () => ok(api.GET('/api/v1/search/listings', { params: { query: { pageSize: 1 } } })),
  });
  return (
    <Flex vertical gap={16}>
      <Hero />
      <PoolFigures listings={all.data?.total} categories={categories.items.length} />
      <CategoryGrid counts={all.data?.facets.category ?? {}} />
      <SrdiSpecials />
      <AwardsTeaser />
    </Flex>
  );
}

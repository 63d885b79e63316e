import { useQuery } from '@tanstack/react-query';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Row,
  Skeleton,
  Statistic,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ok } from '../../api/client';
import { audienceOf, useAuth } from '../../auth';
import { ErrorAlert } from '../../components/Page';
import { date } from '../../format';
import {
  isNotFound,
  ListingTags,
  NotFoundResult,
  PRICE_MODEL,
  priceText,
  RatingLine,
  useCategories,
  useRegions,
} from './shared';

/** The booking button: anyone may press it; the console asks a logged-out visitor to log in first. */
function BookButton({ listingId }: { listingId: string }) {
  const { user } = useAuth();
  const navigate = useNavigate();
  const otherAudience = user !== null && audienceOf(user) !== 'enterprise';
  const button = (
    <Button
      type="primary"
      size="large"
      block
      disabled={otherAudience}
      onClick={() => navigate(`/enterprise/book/${listingId}`)}
    >
      预约
    </Button>
  );
  return otherAudience ? <Tooltip title="仅企业用户可以预约服务">{button}</Tooltip> : button;
}

/** The provider beside its listing: name, rating, enterprises served (its public page's data). */
function ProviderCard({ providerId, fallbackName }: { providerId: string; fallbackName?: string }) {
  const provider = useQuery({
    queryKey: ['provider', providerId],
    queryFn: () => ok(api.GET('/api/v1/providers/{id}', { params: { path: { id: providerId } } })),
  });
  const regions = useRegions();
  const p = provider.data;
  return (
    <Card title="服务机构" size="small">
      {provider.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Flex vertical gap={8}>
          <Link to={`/providers/${providerId}`} style={{ fontSize: 16, fontWeight: 600 }}>
            {p?.name ?? fallbackName}
          </Link>
          {p && (
            <>
              <RatingLine rating={p.rating} count={p.ratingCount} />
              <Flex gap={24}>
                <Statistic title="服务企业" value={p.servedCount} suffix="家" />
                <Statistic title="评价" value={p.ratingCount} suffix="条" />
              </Flex>
              <Typography.Text type="secondary">
                {regions.nameOf(p.regionCode)}
                {p.admittedAt ? ` · ${date(p.admittedAt)} 入池` : ''}
              </Typography.Text>
            </>
          )}
          <ErrorAlert error={provider.error} />
          <Link to={`/providers/${providerId}`}>查看机构主页与全部评价 ›</Link>
        </Flex>
      )}
    </Card>
  );
}

/** `/listings/:id`: a published listing, its price in words and yuan, its provider and the booking button. */
export function ListingPage() {
  const { id = '' } = useParams();
  const categories = useCategories();
  const regions = useRegions();
  const listing = useQuery({
    queryKey: ['listing', id],
    queryFn: () => ok(api.GET('/api/v1/listings/{id}', { params: { path: { id } } })),
    retry: false,
  });
  if (isNotFound(listing.error))
    return <NotFoundResult title="该服务不存在或已下架" subTitle="您可以搜索其他服务机构提供的同类服务。" />;
  if (listing.error) return <ErrorAlert error={listing.error} />;
  const l = listing.data;
  if (!l) return <Skeleton active paragraph={{ rows: 8 }} />;
  const model = l.priceModel;
  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { title: <Link to="/">首页</Link> },
          { title: <Link to={`/search?category=${l.category}`}>{categories.nameOf(l.category)}</Link> },
          { title: l.title },
        ]}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card>
            <Flex vertical gap={12}>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {l.title}
              </Typography.Title>
              <ListingTags category={l.category} srdiSpecial={l.srdiSpecial} voucherEligible={l.voucherEligible} />
              <Flex align="baseline" gap={12} wrap>
                <Typography.Text type="secondary">{PRICE_MODEL[model]}</Typography.Text>
                <Typography.Text strong style={{ fontSize: 26, color: '#c2410c' }}>
                  {priceText(model, l.priceFen, l.unit)}
                </Typography.Text>
              </Flex>
              <Descriptions
                column={{ xs: 1, sm: 2 }}
                size="small"
                bordered
                items={[
                  { key: 'model', label: '价格方式', children: PRICE_MODEL[model] },
                  {
                    key: 'price',
                    label: '价格',
                    children: model === 'quote' ? '面议（由服务机构报价）' : priceText(model, l.priceFen, l.unit),
                  },
                  { key: 'days', label: '交付周期', children: `约 ${l.deliveryDays} 天` },
                  { key: 'regions', label: '服务区域', children: l.regionCodes.map(regions.nameOf).join('、') },
                  {
                    key: 'voucher',
                    label: '服务券',
                    children: l.voucherEligible ? (
                      <Tag color="green">可使用服务券</Tag>
                    ) : (
                      <Typography.Text type="secondary">不支持服务券</Typography.Text>
                    ),
                  },
                  {
                    key: 'srdi',
                    label: '专精特新专属',
                    children: l.srdiSpecial ? <Tag color="red">专精特新企业专属优惠</Tag> : '否',
                  },
                  { key: 'served', label: '本服务已服务', children: `${l.servedCount} 家企业` },
                  { key: 'tags', label: '标签', children: l.tags.length ? l.tags.join('、') : '—' },
                ]}
              />
              <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
                服务介绍
              </Typography.Title>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{l.description}</Typography.Paragraph>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <Card size="small">
              <Flex vertical gap={8}>
                <BookButton listingId={l.id} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {model === 'quote'
                    ? '提交需求后由服务机构报价，确认报价后成交。'
                    : '提交需求后由服务机构确认；符合条件的可使用服务券抵扣部分费用。'}
                </Typography.Text>
              </Flex>
            </Card>
            <ProviderCard providerId={l.providerId} fallbackName={l.providerName} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

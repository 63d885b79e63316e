import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorAlert } from '../../components/Page';
import { date } from '../../format';
import { ProviderRatings } from './ProviderRatings';
import {
  isNotFound,
  ListingCard,
  NotFoundResult,
  RatingLine,
  type SearchItem,
  useCategories,
  useRegions,
} from './shared';

const PAGE = 100;
const MAX_PAGES = 5;

/**
 * A provider's published listings. The search API has no provider filter: this searches the
 * provider's name (a searchable field; its own listings match every word and rank first) and keeps
 * the provider's hits, page by page until its listings stop appearing.
 */
async function listingsOf(providerId: string, name: string): Promise<SearchItem[]> {
  const found: SearchItem[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await ok(
      api.GET('/api/v1/search/listings', { params: { query: { q: name.slice(0, 200), page, pageSize: PAGE } } }),
    );
    const own = result.items.filter((i) => i.providerId === providerId);
    found.push(...own);
    if (result.items.length < PAGE || (found.length > 0 && own.length === 0)) break;
  }
  return found;
}

/** `/providers/:id`: an approved provider's public page: profile, published listings, ratings with replies. */
export function ProviderPage() {
  const { id = '' } = useParams();
  const categories = useCategories();
  const regions = useRegions();
  const provider = useQuery({
    queryKey: ['provider', id],
    queryFn: () => ok(api.GET('/api/v1/providers/{id}', { params: { path: { id } } })),
    retry: false,
  });
  const p = provider.data;
  const listings = useQuery({
    queryKey: ['provider-listings', id, p?.name],
    queryFn: () => listingsOf(id, p?.name ?? ''),
    enabled: !!p,
  });
  if (isNotFound(provider.error))
    return (
      <NotFoundResult
        title="该服务机构不存在或已不在资源池中"
        subTitle="资源池中的其他服务机构可以在“找服务”中查看。"
      />
    );
  if (provider.error) return <ErrorAlert error={provider.error} />;
  if (!p) return <Skeleton active paragraph={{ rows: 8 }} />;
  return (
    <Flex vertical gap={16}>
      <Card>
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} md={15}>
            <Flex vertical gap={8}>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {p.name}
              </Typography.Title>
              <Flex gap={4} wrap>
                <Tag color="gold">资源池成员</Tag>
                {p.categories.map((c) => (
                  <Tag key={c} color="blue">
                    {categories.nameOf(c)}
                  </Tag>
                ))}
              </Flex>
              <RatingLine rating={p.rating} count={p.ratingCount} />
              <Typography.Text type="secondary">
                {regions.nameOf(p.regionCode)}
                {p.admittedAt ? ` · ${date(p.admittedAt)} 入池` : ''}
                {p.staffCount ? ` · ${p.staffCount} 名员工` : ''}
              </Typography.Text>
            </Flex>
          </Col>
          <Col xs={24} md={9}>
            <Flex gap={32} justify="space-around">
              <Statistic title="服务企业" value={p.servedCount} suffix="家" />
              <Statistic title="平均评分" value={p.rating ?? '—'} precision={p.rating ? 1 : undefined} />
              <Statistic title="评价" value={p.ratingCount} suffix="条" />
            </Flex>
          </Col>
        </Row>
        {p.introduction && (
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, whiteSpace: 'pre-wrap' }}>
            {p.introduction}
          </Typography.Paragraph>
        )}
        {p.qualifications.length > 0 && (
          <Descriptions
            style={{ marginTop: 16 }}
            size="small"
            column={1}
            title="资质"
            items={p.qualifications.map((q, i) => ({
              key: i,
              label: q.kind,
              children: `${q.issuer} · 编号 ${q.number} · 有效期至 ${date(q.validUntil)}`,
            }))}
          />
        )}
      </Card>
      <Card title={`服务产品${listings.data ? `（${listings.data.length}）` : ''}`}>
        <ErrorAlert error={listings.error} />
        {listings.isPending ? (
          <Skeleton active />
        ) : listings.data?.length ? (
          <Flex vertical gap={12}>
            {listings.data.map((item) => (
              <ListingCard key={item.id} item={item} showProvider={false} />
            ))}
          </Flex>
        ) : (
          <Empty description="暂无已发布的服务" />
        )}
      </Card>
      <ProviderRatings providerId={p.id} />
    </Flex>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Pagination, Progress, Rate, Row, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorAlert } from '../../components/Page';
import { dateTime, yuan } from '../../format';
import { useCategories } from './shared';

const DIMENSIONS: Array<[string, string]> = [
  ['overall', '总体评价'],
  ['professionalism', '专业水平'],
  ['timeliness', '响应及时'],
  ['effectiveness', '服务成效'],
  ['value', '性价比'],
];

/** Outcome totals the enterprises reported (成效), in words; zero totals are not shown. */
function outcomeLines(outcomes: Record<string, number>): string[] {
  const n = (k: string) => Number(outcomes[k] ?? 0);
  const lines: string[] = [];
  if (n('patentsFiled')) lines.push(`帮助企业申请专利 ${n('patentsFiled')} 件`);
  if (n('patentsGranted')) lines.push(`获得专利授权 ${n('patentsGranted')} 件`);
  if (n('trademarks')) lines.push(`注册商标 ${n('trademarks')} 件`);
  if (n('energySavedTce')) lines.push(`节约标准煤 ${n('energySavedTce')} 吨`);
  if (n('co2SavedT')) lines.push(`减排二氧化碳 ${n('co2SavedT')} 吨`);
  if (n('financingRaisedFen')) lines.push(`帮助企业融资 ${yuan(n('financingRaisedFen'))}`);
  if (n('newContracts')) lines.push(`新签合同 ${n('newContracts')} 份`);
  if (n('newCustomers')) lines.push(`新增客户 ${n('newCustomers')} 家`);
  if (n('maturityRated')) lines.push(`数字化成熟度平均提升 ${(n('maturityGain') / n('maturityRated')).toFixed(1)} 级`);
  return lines;
}

const PAGE_SIZE = 5;

/** A provider's visible ratings: average, distribution, dimensions, outcomes, and each rating with its reply. */
export function ProviderRatings({ providerId }: { providerId: string }) {
  const [page, setPage] = useState(1);
  const categories = useCategories();
  const ratings = useQuery({
    queryKey: ['provider-ratings', providerId, page],
    queryFn: () =>
      ok(
        api.GET('/api/v1/providers/{id}/ratings', {
          params: { path: { id: providerId }, query: { page, pageSize: PAGE_SIZE } },
        }),
      ),
  });
  if (ratings.error) return <ErrorAlert error={ratings.error} />;
  const r = ratings.data;
  if (!r) return <Skeleton active />;
  const distribution = r.distribution as Record<string, number>;
  const dimensions = r.dimensions as Record<string, number>;
  const outcomes = outcomeLines(r.outcomes as Record<string, number>);
  return (
    <Card title={`服务评价（${r.count}）`}>
      {r.count === 0 ? (
        <Empty description="暂无评价" />
      ) : (
        <Flex vertical gap={16}>
          <Row gutter={[24, 16]}>
            <Col xs={24} sm={8}>
              <Flex vertical align="center" gap={4}>
                <Typography.Text style={{ fontSize: 40, fontWeight: 600, lineHeight: 1.1 }}>
                  {r.average.toFixed(1)}
                </Typography.Text>
                <Rate disabled allowHalf value={Math.round(r.average * 2) / 2} style={{ fontSize: 16 }} />
                <Typography.Text type="secondary">{r.count} 条评价</Typography.Text>
              </Flex>
            </Col>
            <Col xs={24} sm={16} aria-label="评分分布">
              {['5', '4', '3', '2', '1'].map((star) => {
                const n = distribution[star] ?? 0;
                return (
                  <Flex key={star} align="center" gap={8}>
                    <Typography.Text style={{ width: 36 }}>{star} 星</Typography.Text>
                    <Progress
                      percent={r.count ? Math.round((n * 100) / r.count) : 0}
                      showInfo={false}
                      size="small"
                      style={{ flex: 1, margin: 0 }}
                    />
                    <Typography.Text type="secondary" style={{ width: 40, textAlign: 'right' }}>
                      {n} 条
                    </Typography.Text>
                  </Flex>
                );
              })}
            </Col>
          </Row>
          <Flex gap={8} wrap>
            {DIMENSIONS.map(([key, label]) => (
              <Tag key={key}>
                {label} {Number(dimensions[key] ?? 0).toFixed(1)}
              </Tag>
            ))}
          </Flex>
          {outcomes.length > 0 && (
            <Typography.Paragraph style={{ margin: 0 }}>
              <Typography.Text strong>企业反馈的服务成效：</Typography.Text>
              {outcomes.join('；')}
            </Typography.Paragraph>
          )}
          {r.items.map((item) => (
            <Flex key={item.id} vertical gap={6} style={{ borderTop: '1px solid #f0f0f0', paddingTop: 12 }}>
              <Flex gap={8} align="center" wrap>
                <Rate disabled value={item.overall} style={{ fontSize: 14 }} />
                <Tag>{categories.nameOf(item.category)}</Tag>
                <Typography.Text type="secondary">{dateTime(item.createdAt)}</Typography.Text>
              </Flex>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {item.comment || <Typography.Text type="secondary">企业未填写文字评价</Typography.Text>}
              </Typography.Paragraph>
              {item.reply && (
                <div style={{ background: '#f5f7fa', borderRadius: 6, padding: '8px 12px' }}>
                  <Typography.Text strong>机构回复：</Typography.Text>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{item.reply}</Typography.Text>
                </div>
              )}
            </Flex>
          ))}
          {r.total > PAGE_SIZE && (
            <Pagination
              style={{ alignSelf: 'center' }}
              current={page}
              pageSize={PAGE_SIZE}
              total={r.total}
              onChange={setPage}
              showSizeChanger={false}
              size="small"
            />
          )}
        </Flex>
      )}
    </Card>
  );
}

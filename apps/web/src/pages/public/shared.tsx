import { useQueries, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Grid, Rate, Result, Tag, Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, ApiError, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import { yuan } from '../../format';

export type SearchItem = Schema<'SearchItemView'>;
export type PriceModel = SearchItem['priceModel'];
export type PublicAwards = Schema<'PublicAwardsView'>;

/** The price models in words. */
export const PRICE_MODEL: Record<PriceModel, string> = { fixed: '固定价', from: '起步价', quote: '面议' };

/** "¥4,500.00 / 件", "¥800.00 起 / 次" or "面议". */
export function priceText(model: PriceModel, fen: number | null | undefined, unit: string): string {
  if (model === 'quote' || fen === null || fen === undefined) return '面议';
  return `${yuan(fen)}${model === 'from' ? ' 起' : ''} / ${unit}`;
}

/** The service categories (code -> Chinese name), shared with every public page. */
export function useCategories() {
  const query = useQuery({
    queryKey: ['categories'],
    queryFn: () => ok(api.GET('/api/v1/categories')),
    staleTime: 10 * 60_000,
  });
  const names = new Map((query.data ?? []).map((c) => [c.code, c.name]));
  return { ...query, items: query.data ?? [], nameOf: (code: string) => names.get(code) ?? code };
}

/** The jurisdiction's regions (code -> name); the same query key as the registration form. */
export function useRegions() {
  const query = useQuery({
    queryKey: ['regions'],
    queryFn: () => ok(api.GET('/api/v1/regions')),
    staleTime: 10 * 60_000,
  });
  const names = new Map((query.data?.items ?? []).map((r) => [r.code, r.name]));
  return { ...query, items: query.data?.items ?? [], nameOf: (code: string) => names.get(code) ?? code };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

/**
 * The search API's highlight markup (HTML-escaped text, matches in `<em>`) rendered safely: only the
 * `<em>` tags become <mark>, everything else is shown as plain text (React escapes it).
 */
export function Highlighted({ html, plain = false }: { html: string; plain?: boolean }) {
  const parts: ReactNode[] = [];
  let marked = false;
  html.split(/(<em>|<\/em>)/).forEach((part, i) => {
    if (part === '<em>') marked = true;
    else if (part === '</em>') marked = false;
    else if (part)
      parts.push(
        marked && !plain ? <mark key={i}>{unescape(part)}</mark> : <Fragment key={i}>{unescape(part)}</Fragment>,
      );
  });
  return <>{parts}</>;
}

/** A provider's rating: stars, the average and the count ("暂无评价" before any). */
export function RatingLine({ rating, count }: { rating: number | null | undefined; count: number }) {
  if (!count || !rating) return <Typography.Text type="secondary">暂无评价</Typography.Text>;
  return (
    <Flex align="center" gap={6} wrap>
      <Rate disabled allowHalf value={Math.round(rating * 2) / 2} style={{ fontSize: 14 }} />
      <Typography.Text strong>{rating.toFixed(1)} 分</Typography.Text>
      <Typography.Text type="secondary">（{count} 条评价）</Typography.Text>
    </Flex>
  );
}

/** The flags of a listing as tags: its category, SRDI special, voucher eligible. */
export function ListingTags({
  category,
  srdiSpecial,
  voucherEligible,
}: {
  category?: string;
  srdiSpecial: boolean;
  voucherEligible: boolean;
}) {
  const categories = useCategories();
  return (
    <Flex gap={4} wrap>
      {category && <Tag color="blue">{categories.nameOf(category)}</Tag>}
      {srdiSpecial && <Tag color="red">专精特新专属</Tag>}
      {voucherEligible && <Tag color="green">可用服务券</Tag>}
    </Flex>
  );
}

/** One search result (or a provider's listing): title, flags, snippet, provider, rating, price. */
export function ListingCard({ item, showProvider = true }: { item: SearchItem; showProvider?: boolean }) {
  // On a provider's page the words searched are its name, not the visitor's: nothing to highlight.
  const plain = !showProvider;
  // On a phone the price goes in a line under the text rather than a column beside it.
  const wide = Grid.useBreakpoint().sm ?? true;
  return (
    <Card size="small" variant="outlined" className="listing-card">
      <Flex justify="space-between" gap={16} wrap>
        <Flex vertical gap={6} style={{ flex: '1 1 360px', minWidth: 0 }}>
          <Link to={`/listings/${item.id}`} style={{ fontSize: 16, fontWeight: 600 }}>
            <Highlighted html={item.highlight.title} plain={plain} />
          </Link>
          <ListingTags category={item.category} srdiSpecial={item.srdiSpecial} voucherEligible={item.voucherEligible} />
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            <Highlighted html={item.highlight.description} plain={plain} />
          </Typography.Paragraph>
          {showProvider && (
            <Flex gap={12} align="center" wrap>
              <Link to={`/providers/${item.providerId}`}>{item.providerName}</Link>
              <RatingLine rating={item.rating} count={item.ratingCount} />
              <Typography.Text type="secondary">已服务 {item.servedCount} 家企业</Typography.Text>
            </Flex>
          )}
        </Flex>
        <Flex
          vertical={wide}
          align={wide ? 'flex-end' : 'baseline'}
          justify={wide ? 'center' : 'flex-start'}
          gap={wide ? 4 : 8}
          wrap
          style={wide ? { minWidth: 140, marginLeft: 'auto' } : { width: '100%' }}
        >
          <Typography.Text type="secondary">{PRICE_MODEL[item.priceModel as PriceModel]}</Typography.Text>
          <Typography.Text strong style={{ fontSize: 18, color: '#c2410c' }}>
            {priceText(item.priceModel as PriceModel, item.priceFen, item.unit)}
          </Typography.Text>
          <Typography.Text type="secondary">约 {item.deliveryDays} 天交付</Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}

/** A "not found" answer of a public page, in Chinese, with the way back. */
export function NotFoundResult({ title, subTitle }: { title: string; subTitle?: string }) {
  return (
    <Result
      status="404"
      title={title}
      subTitle={subTitle}
      extra={
        <Flex gap={8} justify="center" wrap>
          <Link to="/search">
            <Button type="primary">去找服务</Button>
          </Link>
          <Link to="/">
            <Button>返回首页</Button>
          </Link>
        </Flex>
      }
    />
  );
}

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** The calendar year in Asia/Shanghai. */
export function shanghaiYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}

/** How many years back the award list looks for published rounds. */
const AWARD_YEARS_BACK = 5;

export const awardsQuery = (year: number) => ({
  queryKey: ['awards', year],
  queryFn: () => ok(api.GET('/api/v1/awards/{year}', { params: { path: { year: String(year) } } })),
  // An unpublished year answers 404 AWARDS_NOT_PUBLISHED: that is an answer, not a failure to retry.
  retry: false,
  staleTime: 60_000,
});

/** The published (or final) award lists of this year and the few before it, newest first. */
export function usePublishedAwards() {
  const current = shanghaiYear();
  const years = Array.from({ length: AWARD_YEARS_BACK }, (_, i) => current - i);
  const results = useQueries({ queries: years.map(awardsQuery) });
  const lists = results.flatMap((r) => (r.data ? [r.data] : []));
  const failed = results.find((r) => r.error && !isNotFound(r.error))?.error ?? null;
  return { lists, pending: results.some((r) => r.isPending), error: failed };
}

/** Public notice runs until `noticeEndsAt` (exclusive): the last day of notice is the day before. */
export function awardStatus(list: Pick<PublicAwards, 'status' | 'noticeEndsAt'>, now = Date.now()) {
  if (list.status === 'final') return { label: '最终结果', color: 'green' };
  if (list.noticeEndsAt && new Date(list.noticeEndsAt).getTime() > now) return { label: '公示中', color: 'orange' };
  return { label: '公示期已结束', color: 'default' };
}

export const noticeLastDay = (noticeEndsAt: string | null): Date | null =>
  noticeEndsAt ? new Date(new Date(noticeEndsAt).getTime() - 1) : null;

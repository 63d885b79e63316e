import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import type { Order } from './labels';

/** Service categories by code, for their Chinese names. */
export function useCategoryNames(): (code: string) => string {
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: () => ok(api.GET('/api/v1/categories')),
    staleTime: 60 * 60_000,
  });
  return (code) => categories.data?.find((c) => c.code === code)?.name ?? code;
}

export const orderKey = (id: string) => ['order', id] as const;

/** One order with its history (GET /orders/:id). */
export function useOrder(id: string) {
  return useQuery({
    queryKey: orderKey(id),
    queryFn: () => ok(api.GET('/api/v1/orders/{id}', { params: { path: { id } } })),
    // The other party moves the order on: opening it always shows where it is now.
    staleTime: 0,
  });
}

/** An Idempotency-Key for one submit attempt (crypto.randomUUID where the page is a secure context). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The actions of an order, each with the body its endpoint takes. */
export type OrderAction =
  | { action: 'quote'; priceFen: number }
  | { action: 'accept' }
  | { action: 'decline'; reason: string }
  | { action: 'confirm'; priceFen: number }
  | { action: 'cancel'; reason: string }
  | { action: 'payOffline'; reference: string }
  | { action: 'start' }
  | { action: 'deliver'; summary: string }
  | { action: 'acceptDelivery' }
  | { action: 'dispute'; reason: string };

export function runOrderAction(id: string, a: OrderAction): Promise<Order> {
  const params = { path: { id } };
  switch (a.action) {
    case 'quote':
      return ok(api.POST('/api/v1/orders/{id}/quote', { params, body: { priceFen: a.priceFen } }));
    case 'accept':
      return ok(api.POST('/api/v1/orders/{id}/accept', { params }));
    case 'decline':
      return ok(api.POST('/api/v1/orders/{id}/decline', { params, body: { reason: a.reason } }));
    case 'confirm':
      return ok(api.POST('/api/v1/orders/{id}/confirm', { params, body: { priceFen: a.priceFen } }));
    case 'cancel':
      return ok(api.POST('/api/v1/orders/{id}/cancel', { params, body: { reason: a.reason } }));
    case 'payOffline':
      return ok(api.POST('/api/v1/orders/{id}/payments/offline', { params, body: { reference: a.reference } }));
    case 'start':
      return ok(api.POST('/api/v1/orders/{id}/start', { params }));
    case 'deliver':
      return ok(api.POST('/api/v1/orders/{id}/deliver', { params, body: { summary: a.summary } }));
    case 'acceptDelivery':
      return ok(api.POST('/api/v1/orders/{id}/accept-delivery', { params }));
    case 'dispute':
      return ok(api.POST('/api/v1/orders/{id}/dispute', { params, body: { reason: a.reason } }));
  }
}

export const ACTION_DONE: Record<OrderAction['action'], string> = {
  quote: '报价已发送',
  accept: '已接受预约',
  decline: '已拒绝预约',
  confirm: '已确认报价',
  cancel: '订单已取消',
  payOffline: '已登记银行转账',
  start: '已开始服务',
  deliver: '已提交交付',
  acceptDelivery: '已确认验收，订单完成',
  dispute: '已提出争议，等待主管部门处理',
};

export type Voucher = Schema<'VoucherView'>;
export type VoucherProgram = Schema<'VoucherProgramView'>;

/** Today's date (YYYY-MM-DD) in Asia/Shanghai, as the API's voucher rules compare it. */
export const shanghaiToday = (now = new Date()): string =>
  new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);

/**
 * Why a voucher cannot pay part of an order of this listing, or null when it can. The same checks,
 * in the same order, as the API's hold rule (libs/vouchers vouchers.rules.ts `checkHold`, DOMAIN.md
 * §5 rule 2): not revoked or expired, today inside validity, the listing voucher-eligible, its
 * category among the programme's, money available.
 */
export function voucherRefusal(
  voucher: Voucher,
  program: VoucherProgram | undefined,
  listing: { category: string; voucherEligible: boolean },
  today = shanghaiToday(),
): string | null {
  if (!program || program.status === 'draft') return '服务券项目不可用';
  if (voucher.status === 'revoked') return '服务券已被撤销';
  if (voucher.status === 'expired' || today > program.validUntil) return '服务券已过期';
  if (today < program.validFrom) return '服务券尚未生效';
  if (!listing.voucherEligible) return '该服务不支持使用服务券';
  if (!program.categories.includes(listing.category)) return '该服务类别不在服务券适用范围内';
  if (voucher.availableFen <= 0) return '服务券没有可用余额';
  return null;
}

/**
 * The voucher part of a price, computed exactly as the API holds it (the API offers no preview):
 * DOMAIN.md §5 rule 2, hold = min(available, floor(price x coverageBp / 10000)), as
 * `holdAmount` in libs/vouchers/src/vouchers.rules.ts; co-pay = price - voucher part
 * (`copayFen` in libs/orders/src/orders.rules.ts).
 */
export function voucherSplit(priceFen: number, coverageBp: number, availableFen: number) {
  const voucherFen = Math.max(0, Math.min(availableFen, Math.floor((priceFen * coverageBp) / 10000)));
  return { voucherFen, copayFen: Math.max(0, priceFen - voucherFen) };
}

/** The enterprise's vouchers (GET /vouchers) with their programmes (coverage, categories, validity). */
export function useVouchersWithPrograms(enabled = true) {
  const vouchers = useQuery({
    queryKey: ['vouchers', 'mine'],
    queryFn: () => ok(api.GET('/api/v1/vouchers', { params: { query: { pageSize: 100 } } })),
    enabled,
  });
  const programIds = [...new Set((vouchers.data?.items ?? []).map((v) => v.programId))].sort();
  const programs = useQuery({
    queryKey: ['voucher-programs', 'of', programIds],
    queryFn: async () => {
      const found = await Promise.all(
        programIds.map((id) =>
          ok(api.GET('/api/v1/voucher-programs/{id}', { params: { path: { id } } })).catch(() => undefined),
        ),
      );
      return new Map(found.filter((p): p is VoucherProgram => !!p).map((p) => [p.id, p]));
    },
    enabled: enabled && vouchers.isSuccess,
  });
  return {
    vouchers: vouchers.data?.items ?? [],
    programs: programs.data ?? new Map<string, VoucherProgram>(),
    loading: vouchers.isPending || (vouchers.isSuccess && programs.isPending),
    error: vouchers.error ?? programs.error,
  };
}

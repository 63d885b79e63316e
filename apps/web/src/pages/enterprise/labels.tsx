import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { api, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import { TIER as TIERS } from '../../labels';

/** The enterprise's own pages: API enums in Chinese (one table each), shared queries and small helpers. */

export type Tier = Schema<'TierClaimView'>['tier'];
export type TierClaim = Schema<'TierClaimView'>;
export type Enterprise = Schema<'EnterpriseView'>;
export type Program = Schema<'VoucherProgramView'>;
export type Application = Schema<'VoucherApplicationView'>;
export type Voucher = Schema<'VoucherView'>;
export type Movement = Schema<'VoucherMovementView'>;

export { TIERS };
export const TIER_OPTIONS = (Object.keys(TIERS) as Tier[]).map((value) => ({ value, label: TIERS[value] }));

export const CLAIM_STATUS: Record<TierClaim['status'], { label: string; color: string }> = {
  pending: { label: '审核中', color: 'processing' },
  verified: { label: '已认定', color: 'success' },
  rejected: { label: '已退回', color: 'error' },
};

export const APPLICATION_STATUS: Record<Application['status'], { label: string; color: string }> = {
  submitted: { label: '审核中', color: 'processing' },
  approved: { label: '已通过', color: 'success' },
  rejected: { label: '未通过', color: 'error' },
};

export const PROGRAM_STATUS: Record<Program['status'], string> = {
  draft: '草稿',
  open: '开放中',
  closed: '已关闭',
};

export const VOUCHER_STATUS: Record<Voucher['status'] | 'not_yet', { label: string; color: string }> = {
  not_yet: { label: '未生效', color: 'default' },
  active: { label: '有效', color: 'success' },
  expired: { label: '已过期', color: 'default' },
  revoked: { label: '已撤销', color: 'error' },
};

/** Ledger movements of a voucher's money, in Chinese. */
export const MOVEMENT_KIND: Record<Movement['kind'], string> = {
  issue: '发放',
  hold: '订单占用',
  release: '占用释放',
  consume: '订单使用',
  expire: '到期失效',
  revoke: '主管部门撤销',
  redeem: '兑付审核通过',
  pay: '已兑付给服务机构',
};

/** Where each movement takes the money, bucket to bucket. */
export const MOVEMENT_FLOW: Record<Movement['kind'], string> = {
  issue: '计入可用余额',
  hold: '可用 → 订单占用中',
  release: '订单占用中 → 可用',
  consume: '订单占用中 → 已使用',
  expire: '可用 → 已过期',
  revoke: '可用 → 已撤销',
  redeem: '已使用部分，服务机构兑付申请通过',
  pay: '已使用部分，主管部门已付款',
};

/** Buckets of a voucher's money: available + held + consumed + expired = face. */
export const BUCKETS = {
  available: '可用',
  held: '订单占用中',
  consumed: '已使用',
  expired: '已过期/撤销',
} as const;

export function StatusTag({ status }: { status: { label: string; color: string } }) {
  return <Tag color={status.color}>{status.label}</Tag>;
}

/** 5000 bp -> "50%". */
export const percent = (bp: number): string => `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 2)}%`;

/** Today as YYYY-MM-DD in Asia/Shanghai (programme windows and validity are Shanghai days). */
export function shanghaiToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

export const thisYear = (): number => Number(shanghaiToday().slice(0, 4));

/** Where a programme's application window stands today. */
export function applyWindow(program: Pick<Program, 'status' | 'applyFrom' | 'applyUntil'>): {
  open: boolean;
  label: string;
} {
  const today = shanghaiToday();
  if (program.status !== 'open') return { open: false, label: PROGRAM_STATUS[program.status] };
  if (today < program.applyFrom) return { open: false, label: '未到申请期' };
  if (today > program.applyUntil) return { open: false, label: '申请已截止' };
  return { open: true, label: '申请中' };
}

/** The voucher's status as the enterprise reads it (an active voucher before its validity is "未生效"). */
export function voucherStatus(v: Pick<Voucher, 'status' | 'validFrom'>) {
  if (v.status === 'active' && shanghaiToday() < v.validFrom) return VOUCHER_STATUS.not_yet;
  return VOUCHER_STATUS[v.status];
}

export const ME_KEY = ['enterprise', 'me'] as const;

/** The enterprise's profile with its current tier and every tier claim. */
export function useEnterprise() {
  return useQuery({ queryKey: ME_KEY, queryFn: () => ok(api.GET('/api/v1/enterprises/me')) });
}

/** Category codes to names (seeded by the bureau). */
export function useCategoryNames(): Map<string, string> {
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: () => ok(api.GET('/api/v1/categories')),
    staleTime: 60 * 60_000,
  });
  return new Map((categories.data ?? []).map((c) => [c.code, c.name]));
}

/** Region codes to names. */
export function useRegionNames(): Map<string, string> {
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => ok(api.GET('/api/v1/regions')),
    staleTime: 60 * 60_000,
  });
  return new Map((regions.data?.items ?? []).map((r) => [r.code, r.name]));
}

/** The programmes open to enterprises (the API answers only open ones to them). */
export function useOpenPrograms() {
  return useQuery({
    queryKey: ['voucher-programs', 'open'],
    queryFn: () => ok(api.GET('/api/v1/voucher-programs', { params: { query: { pageSize: 100 } } })),
  });
}

/** Every voucher of the enterprise (up to 100) for its totals: shared by the dashboard. */
export function useVoucherTotals() {
  const all = useQuery({
    queryKey: ['vouchers', 'all'],
    queryFn: () => ok(api.GET('/api/v1/vouchers', { params: { query: { pageSize: 100 } } })),
  });
  const usable = (all.data?.items ?? []).filter((v) => v.status === 'active');
  return {
    query: all,
    count: all.data?.total ?? 0,
    available: usable.reduce((s, v) => s + v.availableFen, 0),
    held: usable.reduce((s, v) => s + v.heldFen, 0),
    consumed: (all.data?.items ?? []).reduce((s, v) => s + v.consumedFen, 0),
  };
}

import type { Schema } from '../../api/types';
import { yuan } from '../../format';

/** Matchmaking (供需对接, DOMAIN.md §9): the API's enums in Chinese, one table each, with their tag colours. */

export type Demand = Schema<'DemandView'>;
export type DemandStatus = Demand['status'];
export type Visibility = Demand['visibility'];
export type Proposal = Schema<'ProposalView'>;
export type ProposalStatus = Proposal['status'];
export type SuggestedProvider = Schema<'SuggestedProviderView'>;

export const DEMAND_STATUS: Record<DemandStatus, { label: string; color: string }> = {
  draft: { label: '草稿', color: 'default' },
  open: { label: '征集中', color: 'processing' },
  matched: { label: '已对接', color: 'success' },
  closed: { label: '已关闭', color: 'default' },
  expired: { label: '已过期', color: 'warning' },
};
export const DEMAND_STATUSES = Object.keys(DEMAND_STATUS) as DemandStatus[];

export const PROPOSAL_STATUS: Record<ProposalStatus, { label: string; color: string }> = {
  submitted: { label: '待决定', color: 'processing' },
  accepted: { label: '已采纳', color: 'success' },
  declined: { label: '未采纳', color: 'default' },
  withdrawn: { label: '已撤回', color: 'default' },
};

/** Who sees a demand (and who may answer it: always the approved providers of its category). */
export const VISIBILITY: Record<Visibility, { label: string; hint: string }> = {
  pool: {
    label: '仅资源池内可见',
    hint: '只有该服务类别的入池服务机构和主管部门能看到此需求。',
  },
  public: {
    label: '公开',
    hint: '所有访问平台的人都能看到此需求（企业名称仅登录用户可见）；仍只有该类别的入池服务机构能提交方案。',
  },
};

/** A budget range as people read it: "¥50,000.00 – ¥150,000.00", "¥50,000.00 以上", "不超过 …", "面议". */
export function budgetText(minFen: number | null, maxFen: number | null): string {
  if (minFen === null && maxFen === null) return '面议';
  if (minFen === null) return `不超过 ${yuan(maxFen)}`;
  if (maxFen === null) return `${yuan(minFen)} 以上`;
  if (minFen === maxFen) return yuan(minFen);
  return `${yuan(minFen)} – ${yuan(maxFen)}`;
}

/** A provider's rating as a short text: "4.8 分（12 条评价）" or "暂无评价". */
export const ratingText = (rating: number, count: number): string =>
  count > 0 ? `${rating.toFixed(1)} 分（${count} 条评价）` : '暂无评价';

/** The provider console's API enums in Chinese: one table per area, with the tag colour of each state. */

import { RATING_DIMENSIONS } from '../../labels';

export interface Label {
  text: string;
  color: string;
}

/** Pool membership (DOMAIN.md §1). */
export const PROVIDER_STATUS: Record<string, Label> = {
  draft: { text: '草稿', color: 'default' },
  submitted: { text: '审核中', color: 'processing' },
  returned: { text: '已退回', color: 'warning' },
  approved: { text: '已入池', color: 'success' },
  rejected: { text: '已驳回', color: 'error' },
  suspended: { text: '已暂停', color: 'orange' },
  removed: { text: '已移出', color: 'default' },
};

/** `lastDecision.action` of a pool decision. */
export const POOL_DECISION: Record<string, string> = {
  submitted: '提交申请',
  approved: '审核通过，准予入池',
  returned: '退回修改',
  rejected: '驳回申请',
  suspended: '暂停资格',
  reinstated: '恢复资格',
  removed: '移出资源池',
};

/** Admission checks shown with the application. */
export const ADMISSION_CHECK: Record<string, string> = {
  USCC_VALID: '统一社会信用代码有效',
  USCC_UNIQUE_IN_POOL: '统一社会信用代码未在资源池中重复',
  USCC_UNCONTESTED: '统一社会信用代码无其他机构注册',
  HAS_CATEGORY: '至少选择一个服务类别',
  QUALIFICATIONS_VALID: '资质证书均在有效期内',
};

/** Profile fields the API names when an application is incomplete (PROFILE_INCOMPLETE). */
export const PROFILE_FIELD: Record<string, string> = {
  legalRepresentative: '法定代表人',
  contactName: '联系人',
  contactPhone: '联系电话',
  address: '地址',
  introduction: '机构简介',
  categories: '服务类别',
};

export const LISTING_STATUS: Record<string, Label> = {
  draft: { text: '草稿', color: 'default' },
  published: { text: '已发布', color: 'success' },
  unpublished: { text: '已撤回', color: 'warning' },
  taken_down: { text: '已被下架', color: 'error' },
};

/** A listing's last decision (`lastDecision.action`): a bureau take-down or an automatic unpublish. */
export const LISTING_DECISION: Record<string, string> = {
  taken_down: '主管部门下架',
  unpublished: '本机构被移出资源池，服务已自动撤回',
};

export const PRICE_MODEL: Record<string, string> = {
  fixed: '固定价格',
  from: '起步价',
  quote: '面议（按需报价）',
};

export const CLAIM_STATUS: Record<string, Label> = {
  submitted: { text: '待审核', color: 'processing' },
  approved: { text: '审核通过', color: 'success' },
  rejected: { text: '已驳回', color: 'error' },
  batched: { text: '已纳入结算批次', color: 'cyan' },
  paid: { text: '已支付', color: 'green' },
};

/** Risk flags of a claim (DOMAIN.md §5) in words. */
export const RISK_FLAG: Record<string, string> = {
  SHARED_USCC: '企业与服务机构的统一社会信用代码相同',
  SHARED_LEGAL_REPRESENTATIVE: '企业与服务机构的法定代表人相同',
  SHARED_CONTACT_PHONE: '企业与服务机构的联系电话相同',
  PRICE_ABOVE_LISTING: '成交价高于服务标价',
  FREQUENT_PAIR: '同一企业与本机构本年度服务券订单超过 3 笔',
  FULL_VOUCHER_SOON_AFTER_ISSUE: '服务券发放后 3 天内即全额用于本订单',
  QUICK_DELIVERY: '确认后 1 天内即交付',
};

export const ROUND_STATUS: Record<string, Label> = {
  draft: { text: '草稿', color: 'default' },
  computed: { text: '已计算', color: 'processing' },
  published: { text: '公示中', color: 'warning' },
  final: { text: '结果已确定', color: 'success' },
};

export const OBJECTION_STATUS: Record<string, Label> = {
  open: { text: '待答复', color: 'processing' },
  upheld: { text: '已采纳', color: 'success' },
  dismissed: { text: '未采纳', color: 'default' },
};

/** Rating dimensions (DOMAIN.md §6). */
export const RATING_DIMENSION: Record<string, string> = Object.fromEntries(RATING_DIMENSIONS);

/** Measurable outcomes of a rating, by key. */
export const OUTCOME: Record<string, string> = {
  patentsFiled: '专利申请（件）',
  patentsGranted: '专利授权（件）',
  trademarks: '商标（件）',
  maturityBefore: '服务前数字化成熟度',
  maturityAfter: '服务后数字化成熟度',
  energySavedTce: '节能量（吨标准煤）',
  co2SavedT: '减排二氧化碳（吨）',
  financingRaisedFen: '融资金额',
  newContracts: '新增合同（份）',
  newCustomers: '新增客户（家）',
  note: '说明',
};

export const labelOf = (table: Record<string, Label>, key: string | null | undefined): Label =>
  (key && table[key]) || { text: key ?? '—', color: 'default' };

/** The API's codes in Chinese for the bureau's review queues: one table per area. */
import { fenOf, yuan } from '../../../format';
import type { Schema } from '../../../api/types';

export { ACTOR_ROLE, RATING_DIMENSIONS, TIER } from '../../../labels';

export interface StatusLabel {
  text: string;
  color: string;
}

/** Pool membership (DOMAIN.md §1). */
export const POOL_STATUS: Record<Schema<'ProviderProfileView'>['status'], StatusLabel> = {
  draft: { text: '草稿', color: 'default' },
  submitted: { text: '待审核', color: 'processing' },
  approved: { text: '已入池', color: 'success' },
  returned: { text: '已退回修改', color: 'warning' },
  rejected: { text: '已驳回', color: 'error' },
  suspended: { text: '已暂停', color: 'orange' },
  removed: { text: '已移出', color: 'default' },
};

/** `lastDecision.action` of a provider (past tense). */
export const POOL_DECISION: Record<string, string> = {
  submitted: '提交申请',
  approved: '批准入池',
  returned: '退回修改',
  rejected: '驳回申请',
  suspended: '暂停资格',
  reinstated: '恢复资格',
  removed: '移出资源池',
};

export const ADMISSION_CHECK: Record<Schema<'AdmissionCheckView'>['code'], string> = {
  USCC_VALID: '统一社会信用代码有效',
  USCC_UNIQUE_IN_POOL: '统一社会信用代码在资源池中唯一',
  USCC_UNCONTESTED: '统一社会信用代码无其他机构注册',
  HAS_CATEGORY: '至少选择一个服务类别',
  QUALIFICATIONS_VALID: '资质证书均在有效期内',
};

export const TIER_CLAIM_STATUS: Record<Schema<'TierClaimView'>['status'], StatusLabel> = {
  pending: { text: '待审核', color: 'processing' },
  verified: { text: '已认定', color: 'success' },
  rejected: { text: '已驳回', color: 'error' },
};

export const VOUCHER_APPLICATION_STATUS: Record<Schema<'VoucherApplicationView'>['status'], StatusLabel> = {
  submitted: { text: '待审核', color: 'processing' },
  approved: { text: '已发券', color: 'success' },
  rejected: { text: '已驳回', color: 'error' },
};

export const CLAIM_STATUS: Record<Schema<'RedemptionClaimView'>['status'], StatusLabel> = {
  submitted: { text: '待审核', color: 'processing' },
  approved: { text: '已通过（待结算）', color: 'success' },
  rejected: { text: '已驳回', color: 'error' },
  batched: { text: '已入结算批次', color: 'purple' },
  paid: { text: '已支付', color: 'default' },
};

export const BATCH_STATUS: Record<Schema<'SettlementBatchView'>['status'], StatusLabel> = {
  created: { text: '待付款', color: 'processing' },
  paid: { text: '已付款', color: 'success' },
};

export const ORDER_STATUS: Record<Schema<'OrderView'>['status'], StatusLabel> = {
  requested: { text: '待响应', color: 'processing' },
  quoted: { text: '已报价', color: 'cyan' },
  confirmed: { text: '已确认', color: 'blue' },
  in_progress: { text: '服务中', color: 'geekblue' },
  delivered: { text: '已交付', color: 'purple' },
  completed: { text: '已完成', color: 'success' },
  disputed: { text: '争议中', color: 'error' },
  declined: { text: '已拒绝', color: 'default' },
  cancelled: { text: '已取消', color: 'default' },
  expired: { text: '已过期', color: 'default' },
};

export const ORDER_EVENT: Record<string, string> = {
  requested: '提交需求',
  quote: '报价',
  accept: '接单',
  decline: '拒绝',
  confirm: '确认报价',
  cancel: '取消订单',
  start: '开始服务',
  deliver: '交付',
  accept_delivery: '验收通过',
  dispute: '提出争议',
  resolve_completed: '裁定为完成',
  resolve_cancelled: '裁定为取消',
  expire: '超时失效',
  payment_paid: '自付款已到账',
  payment_cancelled: '支付已取消',
  payment_refunded: '已退款',
  payment_refund_requested: '已发起退款',
  payment_problem: '支付异常',
};

export const PRICE_MODEL: Record<Schema<'ListingView'>['priceModel'], string> = {
  fixed: '固定价格',
  from: '起步价',
  quote: '面议报价',
};

export const LISTING_STATUS: Record<Schema<'ListingView'>['status'], StatusLabel> = {
  draft: { text: '草稿', color: 'default' },
  published: { text: '已发布', color: 'success' },
  unpublished: { text: '已下架', color: 'default' },
  taken_down: { text: '已被强制下架', color: 'error' },
};

/** Measured outcome keys of a rating (DOMAIN.md §6). */
export const OUTCOME: Record<string, string> = {
  patentsFiled: '专利申请数',
  patentsGranted: '专利授权数',
  trademarks: '商标数',
  maturityBefore: '服务前数字化成熟度',
  maturityAfter: '服务后数字化成熟度',
  energySavedTce: '节能量（吨标准煤）',
  co2SavedT: '减碳量（吨二氧化碳）',
  financingRaisedFen: '融资金额',
  newContracts: '新增合同数',
  newCustomers: '新增客户数',
  note: '备注',
};

export const outcomeValue = (key: string, value: unknown): string =>
  key.endsWith('Fen') && typeof value === 'number' ? yuan(value) : String(value);

/** Redemption risk flags (libs/vouchers vouchers.rules.ts RISK_FLAG_CODES): a name and what it means. */
export const RISK_FLAG: Record<string, { label: string; hint: string }> = {
  SHARED_USCC: { label: '统一社会信用代码相同', hint: '企业与服务机构的统一社会信用代码相同，可能为关联方' },
  SHARED_LEGAL_REPRESENTATIVE: { label: '法定代表人相同', hint: '企业与服务机构的法定代表人相同，可能为关联方' },
  SHARED_CONTACT_PHONE: { label: '联系电话相同', hint: '企业与服务机构的联系电话相同，可能为关联方' },
  PRICE_ABOVE_LISTING: { label: '成交价高于标价', hint: '订单成交价高于服务产品的标价或起步价' },
  FREQUENT_PAIR: { label: '同一企业与机构交易频繁', hint: '同一企业与同一机构本年度服务券订单超过 3 笔' },
  FULL_VOUCHER_SOON_AFTER_ISSUE: {
    label: '发券后短期内用满面额',
    hint: '服务券发放后 3 天内即确认订单，并使用了服务券全部面额',
  },
  QUICK_DELIVERY: { label: '交付过快', hint: '订单确认后 1 天内即完成交付' },
};

const money = (text: string) => yuan(fenOf(text));

/** "2 days 5 hours" -> "2天5小时". */
function span(text: string): string {
  if (/^0 minutes$/.test(text.trim())) return '不到1分钟';
  return text
    .replace(/(\d+) days?/g, '$1天')
    .replace(/(\d+) hours?/g, '$1小时')
    .replace(/(\d+) minutes?/g, '$1分钟')
    .replace(/\s+/g, '');
}

const DETAILS: Array<[string, RegExp, (m: RegExpExecArray) => string]> = [
  ['SHARED_USCC', /USCC (\S+)/, (m) => `企业与服务机构的统一社会信用代码均为 ${m[1]}`],
  ['SHARED_LEGAL_REPRESENTATIVE', /legal representative: (.+)$/, (m) => `企业与服务机构的法定代表人均为 ${m[1]}`],
  [
    'SHARED_CONTACT_PHONE',
    /contact phone: (.+) \(enterprise (.+)\)$/,
    (m) => `联系电话相同：服务机构 ${m[1]}，企业 ${m[2]}`,
  ],
  [
    'PRICE_ABOVE_LISTING',
    /agreed price ([\d.]+) CNY is ([\d.]+) CNY above the listing's (starting|listed) price ([\d.]+) CNY/,
    (m) => `成交价 ${money(m[1])}，比${m[3] === 'starting' ? '起步价' : '标价'} ${money(m[4])} 高出 ${money(m[2])}`,
  ],
  [
    'FREQUENT_PAIR',
    /have (\d+) voucher orders in (\d{4}) \(more than (\d+)\)/,
    (m) => `该企业与该机构 ${m[2]} 年共有 ${m[1]} 笔服务券订单（超过 ${m[3]} 笔）`,
  ],
  [
    'FULL_VOUCHER_SOON_AFTER_ISSUE',
    /confirmed (.+) after the voucher was issued and uses its full face value ([\d.]+) CNY/,
    (m) => `服务券发放后 ${span(m[1])} 即确认订单，并用满全部面额 ${money(m[2])}`,
  ],
  ['QUICK_DELIVERY', /Delivered (.+) after the order was confirmed/, (m) => `订单确认后 ${span(m[1])} 即交付`],
];

/** A risk flag's detail in Chinese (the API words it in English with its figures): the figures kept, else the hint. */
export function riskDetail(flag: Schema<'RiskFlagView'>): string {
  for (const [code, pattern, words] of DETAILS) {
    if (code !== flag.code) continue;
    const m = pattern.exec(flag.detail);
    if (m) return words(m);
  }
  return RISK_FLAG[flag.code]?.hint ?? '需人工核查';
}

export const riskLabel = (code: string): string => RISK_FLAG[code]?.label ?? '其他风险提示';

/** The admin pages' API enums in Chinese: one table per area, an unknown value shown as it is. */
import { TIER } from '../../../labels';

export const label = (table: Record<string, string>, value: string | null | undefined): string =>
  value === null || value === undefined ? '—' : (table[value] ?? value);

export const ROLE_LABELS: Record<string, string> = {
  reviewer: '审核',
  finance: '财务',
  admin: '管理员',
  owner: '负责人',
};

/** The tiers as every other page names them (one table, apps/web/src/labels.ts). */
export const TIER_LABELS: Record<string, string> = TIER;

export const PROGRAM_STATUS: Record<string, { text: string; color: string }> = {
  draft: { text: '草稿', color: 'default' },
  open: { text: '申请中', color: 'green' },
  closed: { text: '已结束', color: 'orange' },
};

export const ROUND_STATUS: Record<string, { text: string; color: string }> = {
  draft: { text: '未计算', color: 'default' },
  computed: { text: '已计算', color: 'blue' },
  published: { text: '公示中', color: 'orange' },
  final: { text: '已定稿', color: 'green' },
};

export const JOB_STATUS: Record<string, string> = {
  queued: '排队等待计算',
  running: '正在计算',
  done: '计算完成',
  failed: '计算失败',
};

export const OBJECTION_STATUS: Record<string, { text: string; color: string }> = {
  open: { text: '待答复', color: 'orange' },
  upheld: { text: '已采纳', color: 'green' },
  dismissed: { text: '未采纳', color: 'default' },
};

export const TIE_BREAK_LABELS: Record<string, string> = {
  HIGHER_SATISFACTION: '满意度更高',
  MORE_SERVED: '服务企业更多',
  EARLIER_ADMISSION: '入池更早',
  PROVIDER_ID: '机构编号顺序',
};

export const PROVIDER_STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  submitted: '待审核',
  approved: '已入池',
  returned: '已退回修改',
  rejected: '已驳回',
  suspended: '已暂停',
  removed: '已移出',
};

export const ORDER_STATUS_LABELS: Record<string, string> = {
  requested: '待响应',
  quoted: '已报价',
  confirmed: '已确认',
  in_progress: '服务中',
  delivered: '已交付',
  completed: '已完成',
  disputed: '争议中',
  declined: '已拒绝',
  cancelled: '已取消',
  expired: '已过期',
};

export const LISTING_STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  published: '已上架',
  unpublished: '已下架',
  taken_down: '被下架',
};

export const ENTITY_LABELS: Record<string, string> = {
  provider: '服务机构',
  enterprise: '企业',
  tier_claim: '等级认定',
  listing: '服务产品',
  order: '订单',
  voucher_program: '服务券项目',
  voucher_application: '服务券申请',
  voucher: '服务券',
  redemption_claim: '兑付申请',
  settlement_batch: '结算批次',
  rating: '评价',
  award_round: '优质机构评选',
  demand: '服务需求',
  proposal: '服务方案',
  matchmaking_event: '对接活动',
  meeting: '对接洽谈',
  user: '用户',
  organisation: '机构主体',
};

/** Audit actions (the services' names for what happened), each with its own words for the filter. */
export const ACTION_LABELS: Record<string, string> = {
  create: '创建',
  created: '新建（产品、用户）',
  registered: '注册',
  update: '修改项目',
  updated: '修改服务产品',
  edit: '修改评价',
  profile_updated: '修改资料',
  submit: '提交申请',
  submitted: '提交入池申请',
  approve: '审核通过',
  approved: '准予入池',
  returned: '退回修改',
  reject: '驳回',
  rejected: '不予通过',
  suspended: '暂停资格',
  reinstated: '恢复资格',
  removed: '移出资源池',
  claimed: '申请等级认定',
  verified: '等级认定通过',
  licence_verified: '营业执照核验通过',
  deactivated: '停用账号',
  reactivated: '恢复账号',
  published: '上架',
  unpublished: '下架',
  taken_down: '强制下架',
  quote: '报价',
  accept: '接单',
  decline: '拒绝接单',
  confirm: '确认报价',
  cancel: '取消订单',
  start: '开始服务',
  deliver: '交付',
  accept_delivery: '验收通过',
  dispute: '提出争议',
  resolve_completed: '争议处理：按完成',
  resolve_cancelled: '争议处理：按取消',
  expire: '过期',
  payment_recorded: '记录付款',
  payment_problem: '付款异常',
  open: '开放申请',
  close: '结束申请',
  issue: '发放服务券',
  bulk_issue: '批量发放',
  revoke: '撤销服务券',
  batch: '纳入结算批次',
  pay: '支付',
  mark_paid: '标记已支付',
  rate: '评价',
  reply: '回复评价',
  hide: '隐藏评价',
  compute: '计算评选',
  publish: '公示评选',
  finalize: '定稿',
  object: '提出异议',
  uphold_objection: '采纳异议',
  dismiss_objection: '不采纳异议',
  closed: '关闭需求',
  matched: '需求已对接成功',
  expired: '到期',
  resubmitted: '重新提交方案',
  withdrawn: '撤回方案',
  accepted: '采纳方案',
  declined: '未采纳',
  proposal_accepted: '采纳方案生成订单',
};

/** Field names in audit before/after records. */
export const FIELD_LABELS: Record<string, string> = {
  status: '状态',
  name: '名称',
  year: '年度',
  reason: '理由',
  budgetFen: '预算',
  coverageBp: '补贴比例',
  maxFaceValueFen: '单张面额上限',
  perEnterpriseYearCapFen: '每家企业年度上限',
  categories: '服务类别',
  tiers: '等级 / 档次',
  applyFrom: '申请开始',
  applyUntil: '申请截止',
  validFrom: '生效日期',
  validUntil: '到期日期',
  faceValueFen: '面额',
  voucherId: '服务券',
  priceFen: '价格',
  agreedPriceFen: '成交价',
  totalFen: '合计',
  claimIds: '兑付申请',
  publishedAt: '公示时间',
  noticeEndsAt: '公示截止',
  finalizedAt: '定稿时间',
  computedAt: '计算时间',
  inputHash: '输入摘要',
  participants: '参评机构数',
  eligibleCount: '符合条件机构数',
  awardedFen: '奖励总额',
  outcome: '结果',
  objectionId: '异议',
  objectionStatus: '异议状态',
  providerId: '服务机构',
  email: '邮箱',
  roles: '角色',
  summary: '交付说明',
  bankReference: '银行流水号',
  reference: '付款凭证',
  config: '配置',
  hidden: '隐藏',
  tier: '等级',
  certificateNo: '证书编号',
};

/** A status value in audit records, whatever the entity (they share most words). */
export const VALUE_LABELS: Record<string, string> = {
  ...PROVIDER_STATUS_LABELS,
  ...ORDER_STATUS_LABELS,
  ...LISTING_STATUS_LABELS,
  open: '进行中',
  closed: '已结束',
  computed: '已计算',
  final: '已定稿',
  batched: '已纳入批次',
  paid: '已支付',
  pending: '待审核',
  verified: '已认定',
  active: '有效',
  revoked: '已撤销',
  upheld: '采纳',
  dismissed: '不采纳',
  created: '已创建',
  ...ROLE_LABELS,
  ...TIER_LABELS,
};

export const programStatus = (s: string) => PROGRAM_STATUS[s] ?? { text: s, color: 'default' };
export const roundStatus = (s: string) => ROUND_STATUS[s] ?? { text: s, color: 'default' };

/**
 * The API's stable error codes in Chinese: the one table the console shows refusals from.
 * A code not listed shows a general message by its HTTP class (never the English text).
 */
export const ERROR_MESSAGES: Record<string, string> = {
  // Requests and sessions
  VALIDATION_FAILED: '填写的内容有误，请按提示修改',
  MALFORMED_JSON: '请求格式有误',
  BAD_REQUEST: '请求有误',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型',
  UNAUTHENTICATED: '请先登录',
  INVALID_TOKEN: '登录已失效，请重新登录',
  INVALID_CREDENTIALS: '邮箱或密码不正确',
  TOO_MANY_LOGIN_ATTEMPTS: '登录失败次数过多，请稍后再试',
  TOO_MANY_REQUESTS: '操作过于频繁，请稍后再试',
  FORBIDDEN: '您没有权限进行此操作',
  FORBIDDEN_ROLE: '您的角色不能进行此操作',
  NOT_OWNER: '只能操作本单位的数据',
  NOT_FOUND: '没有找到相关内容',
  METHOD_NOT_ALLOWED: '不支持的操作',
  CONFLICT: '操作与当前状态冲突',
  INVALID_STATE: '当前状态下不能进行此操作，请刷新后查看最新状态',
  REASON_REQUIRED: '请填写理由',
  SUMMARY_REQUIRED: '请填写交付说明',
  INTERNAL_ERROR: '系统出错了，请稍后再试',
  DATABASE_UNAVAILABLE: '系统暂时不可用，请稍后再试',
  IDEMPOTENCY_KEY_IN_FLIGHT: '上一次提交仍在处理中，请稍候',
  IDEMPOTENCY_KEY_REUSED: '重复提交的内容不一致，请刷新后重试',
  // Accounts and organisations
  EMAIL_TAKEN: '该邮箱已注册',
  ORGANISATION_ALREADY_REGISTERED: '该统一社会信用代码已注册',
  // Pool
  PROFILE_INCOMPLETE: '机构资料不完整，请补全后再提交',
  UNDER_REVIEW: '申请正在审核中',
  REAPPLY_TOO_SOON: '距上次被驳回时间过短，暂不能重新申请',
  USCC_VALID: '统一社会信用代码无效',
  USCC_UNIQUE_IN_POOL: '该统一社会信用代码已在资源池中',
  QUALIFICATIONS_VALID: '资质证书须在有效期内',
  HAS_CATEGORY: '请至少选择一个服务类别',
  PROVIDER_NOT_APPROVED: '服务机构尚未入池或已被暂停',
  // Listings and orders
  LISTING_NOT_AVAILABLE: '该服务已下架或暂不可预约',
  QUOTE_REQUIRED: '该服务需要报价',
  QUOTE_NOT_ALLOWED: '该服务为固定价格，不需要报价',
  QUOTE_CHANGED: '报价已变更，请确认最新报价',
  QUOTE_BELOW_STARTING_PRICE: '报价不能低于起步价',
  PRICE_ABOVE_LISTING: '价格不能高于服务标价',
  ORDER_NOT_COMPLETED: '订单尚未完成',
  ORDER_ENDED: '订单已结束',
  COPAY_NOT_PAID: '企业自付部分尚未支付',
  NOTHING_TO_PAY: '没有需要支付的金额',
  ALREADY_PAID: '已支付',
  PAYMENT_IN_PROGRESS: '银行卡支付正在进行中，请稍后再试',
  CARD_PAYMENTS_UNAVAILABLE: '暂不支持银行卡支付，请使用银行转账',
  PAYMENT_PROVIDER_ERROR: '支付服务暂时不可用，请稍后再试',
  AMOUNT_NOT_FEN: '金额最多两位小数',
  // Vouchers and redemption
  VOUCHER_NOT_FOUND: '没有找到该服务券',
  VOUCHER_EXPIRED: '服务券已过期',
  VOUCHER_NOT_VALID_YET: '服务券尚未生效',
  VOUCHER_REVOKED: '服务券已被撤销',
  VOUCHER_NOT_ENOUGH: '服务券余额不足',
  VOUCHER_NOTHING_AVAILABLE: '服务券没有可用余额',
  VOUCHER_NOT_OPEN: '服务券项目不在申请期内',
  VOUCHER_BUDGET_EXCEEDED: '服务券项目预算已用完',
  VOUCHER_CATEGORY_NOT_ELIGIBLE: '该服务类别不在服务券适用范围内',
  VOUCHER_LISTING_NOT_ELIGIBLE: '该服务不支持使用服务券',
  VOUCHER_TIER_NOT_ELIGIBLE: '贵企业的专精特新等级不符合该项目要求',
  VOUCHER_ENTERPRISE_CAP_EXCEEDED: '已超过本年度每家企业的服务券上限',
  VOUCHER_FACE_VALUE_EXCEEDED: '超过服务券单张面额上限',
  CLAIM_EXISTS: '该订单已申请兑付',
  CLAIM_FORFEITED: '兑付申请已逾期作废',
  CLAIM_NO_VOUCHER_PART: '该订单没有使用服务券，无需兑付',
  CLAIM_ORDER_NOT_COMPLETED: '订单完成后才能申请兑付',
  CLAIMS_NOT_APPROVED: '批次中有未审核通过的兑付申请',
  DUPLICATE_INVOICE: '发票号码已被使用',
  INVOICE_AMOUNT_BELOW_PRICE: '发票金额不能低于订单金额',
  DUPLICATE_TIER_CLAIM: '已有审核中的等级认定申请',
  // Ratings
  RATING_EXISTS: '该订单已评价',
  RATING_WINDOW_CLOSED: '评价期已过',
  RATING_EDIT_WINDOW_CLOSED: '评价已超过可修改期限',
  RATING_HIDDEN: '该评价已被隐藏',
  RATING_ALREADY_HIDDEN: '该评价已被隐藏',
  ALREADY_REPLIED: '已回复过该评价',
  // Awards
  AWARD_ROUND_EXISTS: '该年度已有评选',
  AWARD_ROUND_NOT_COMPUTED: '评选尚未计算',
  AWARD_YEAR_INVALID: '年度不正确',
  AWARD_WEIGHTS_INVALID: '三项权重须在 0 到 1 之间且合计为 1',
  AWARD_TIERS_INVALID: '奖励档次设置有误（名次须连续且不重叠）',
  AWARD_ABOVE_CAP: '单个机构奖励不能超过 50 万元',
  AWARD_BUDGET_EXCEEDED: '奖励总额超过评选预算',
  AWARD_ADMITTED_BY_INVALID: '入池截止日期格式应为 MM-DD',
  AWARD_CONFIG_INVALID: '评选配置有误',
  AWARD_COMPUTE_PENDING: '评选正在计算中，完成后才能公示',
  AWARD_NOTICE_NOT_ENDED: '公示期尚未结束',
  AWARD_OBJECTIONS_OPEN: '还有未答复的异议',
  AWARD_NOTICE_CLOSED: '不在公示期内，不能提出异议',
  OBJECTION_EXISTS: '您的上一条异议尚未答复',
  OBJECTION_ANSWERED: '该异议已答复',
  AWARDS_NOT_PUBLISHED: '该年度评选结果尚未公示',
};

const BY_STATUS: Array<[number, string]> = [
  [500, '系统出错了，请稍后再试'],
  [429, '操作过于频繁，请稍后再试'],
  [409, '操作与当前状态冲突，请刷新后重试'],
  [404, '没有找到相关内容'],
  [403, '您没有权限进行此操作'],
  [401, '请先登录'],
  [400, '请求有误，请检查填写的内容'],
];

/** The Chinese message for an API error code (or its HTTP status in `HTTP_<status>`). */
export function errorMessage(code: string, _apiMessage?: string): string {
  const known = ERROR_MESSAGES[code];
  if (known) return known;
  const status = Number(/^HTTP_(\d{3})$/.exec(code)?.[1] ?? 400);
  return BY_STATUS.find(([floor]) => status >= floor)?.[1] ?? '操作失败';
}

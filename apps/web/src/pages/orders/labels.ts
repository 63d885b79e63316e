import type { Schema } from '../../api/types';
import { yuan } from '../../format';

export { ACTOR_ROLE, RATING_DIMENSIONS } from '../../labels';

export type Order = Schema<'OrderView'>;
export type OrderStatus = Order['status'];
export type OrderEvent = Schema<'OrderEventView'>;

/** The one table of order statuses in Chinese (DOMAIN.md §4), with the colour of their tag. */
export const ORDER_STATUS: Record<OrderStatus, { label: string; color: string }> = {
  requested: { label: '请求中', color: 'processing' },
  quoted: { label: '已报价', color: 'purple' },
  confirmed: { label: '已确认', color: 'cyan' },
  in_progress: { label: '进行中', color: 'blue' },
  delivered: { label: '已交付', color: 'geekblue' },
  completed: { label: '已完成', color: 'success' },
  disputed: { label: '争议中', color: 'error' },
  declined: { label: '已拒绝', color: 'default' },
  cancelled: { label: '已取消', color: 'default' },
  expired: { label: '已过期', color: 'default' },
};

export const ORDER_STATUSES = Object.keys(ORDER_STATUS) as OrderStatus[];

export const PRICE_MODEL: Record<Order['priceModel'], string> = {
  fixed: '固定价格',
  from: '起步价',
  quote: '面议（服务机构报价）',
};

/** A listed price as people read it: "¥4,500.00 / 件", "¥3,000.00 起 / 项", "面议". */
export function listedPrice(model: Order['priceModel'], priceFen: number | null | undefined, unit?: string): string {
  if (model === 'quote' || priceFen === null || priceFen === undefined) return '面议（由服务机构报价）';
  return `${yuan(priceFen)}${model === 'from' ? ' 起' : ''}${unit ? ` / ${unit}` : ''}`;
}

/** What each entry of an order's history says (order actions and payment changes). */
const EVENT_ACTIONS: Record<string, string> = {
  requested: '企业提交预约',
  proposal_accepted: '企业在供需对接中采纳方案，按方案报价生成订单',
  quote: '服务机构报价',
  accept: '服务机构接受预约',
  decline: '服务机构拒绝预约',
  confirm: '企业确认报价',
  cancel: '订单取消',
  start: '服务机构开始服务',
  deliver: '服务机构提交交付',
  accept_delivery: '企业确认验收',
  dispute: '企业提出争议',
  resolve_completed: '主管部门裁定：按完成处理',
  resolve_cancelled: '主管部门裁定：取消订单',
  expire: '超时未处理，订单过期',
  payment_paid: '企业自付部分已到账',
  payment_failed: '银行卡支付失败',
  payment_cancelled: '银行卡支付已取消',
  payment_refunded: '已退款',
  payment_refund_requested: '已发起退款',
  payment_problem: '支付异常',
};

export const PAYMENT_METHOD: Record<string, string> = { stripe: '银行卡（Stripe）', offline: '银行转账' };

export const PAYMENT_STATUS: Record<string, string> = {
  pending: '待支付',
  failed: '支付失败',
  cancelled: '已取消',
  problem: '支付异常',
  succeeded: '已支付',
  refunded: '已退款',
};

export const eventTitle = (e: OrderEvent): string => EVENT_ACTIONS[e.action] ?? '订单更新';

/** The facts an event carries, in Chinese: the quoted price, the reason, the delivery summary, the amount. */
export function eventDetails(e: OrderEvent): string[] {
  const d = (e.detail ?? {}) as Record<string, unknown>;
  const out: string[] = [];
  if (typeof d.priceFen === 'number') out.push(`报价 ${yuan(d.priceFen)}`);
  if (typeof d.voucherFen === 'number' && d.voucherFen > 0) out.push(`服务券抵扣 ${yuan(d.voucherFen)}`);
  if (typeof d.amountFen === 'number') out.push(`金额 ${yuan(d.amountFen)}`);
  if (typeof d.method === 'string') out.push(`方式：${PAYMENT_METHOD[d.method] ?? d.method}`);
  if (typeof d.reason === 'string' && !e.action.startsWith('payment_')) out.push(`理由：${d.reason}`);
  if (typeof d.summary === 'string') out.push(`交付说明：${d.summary}`);
  return out;
}

export type OutcomeKind = 'count' | 'level' | 'tonnes' | 'fen';

/** DOMAIN.md §6: the measurable outcomes of each category (any category may add a note). */
export const OUTCOMES: Record<string, Array<{ key: string; label: string; kind: OutcomeKind }>> = {
  ip: [
    { key: 'patentsFiled', label: '专利申请数（件）', kind: 'count' },
    { key: 'patentsGranted', label: '专利授权数（件）', kind: 'count' },
    { key: 'trademarks', label: '商标注册数（件）', kind: 'count' },
  ],
  digital: [
    { key: 'maturityBefore', label: '服务前数字化成熟度（1-5 级）', kind: 'level' },
    { key: 'maturityAfter', label: '服务后数字化成熟度（1-5 级）', kind: 'level' },
  ],
  energy_carbon: [
    { key: 'energySavedTce', label: '节约能源（吨标准煤）', kind: 'tonnes' },
    { key: 'co2SavedT', label: '减少二氧化碳排放（吨）', kind: 'tonnes' },
  ],
  finance: [{ key: 'financingRaisedFen', label: '获得融资（元）', kind: 'fen' }],
  market: [
    { key: 'newContracts', label: '新增合同数（份）', kind: 'count' },
    { key: 'newCustomers', label: '新增客户数（家）', kind: 'count' },
  ],
};

/** An outcome value as people read it. */
export function outcomeText(kind: OutcomeKind | undefined, value: unknown): string {
  if (typeof value !== 'number') return String(value);
  return kind === 'fen' ? yuan(value) : String(value);
}

import { dateTime, yuan } from '../../../format';
import {
  FIELD_LABELS,
  OBJECTION_STATUS,
  LISTING_STATUS_LABELS,
  ORDER_STATUS_LABELS,
  PROGRAM_STATUS,
  PROVIDER_STATUS_LABELS,
  ROUND_STATUS,
  VALUE_LABELS,
} from './labels';

const text = (table: Record<string, { text: string }>) =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v.text]));

/** Status words by entity where the same word means different things (a published listing, a published round). */
const STATUS_BY_ENTITY: Record<string, Record<string, string>> = {
  award_round: text(ROUND_STATUS),
  voucher_program: text(PROGRAM_STATUS),
  listing: LISTING_STATUS_LABELS,
  order: ORDER_STATUS_LABELS,
  provider: PROVIDER_STATUS_LABELS,
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** An award round's configuration in words (as recorded when it was created). */
function configWords(c: Record<string, unknown>): string {
  const w = c.weights as Record<string, number> | undefined;
  const tiers = (c.tiers as Array<{ fromRank: number; toRank: number; amountFen: number }> | undefined) ?? [];
  const pct = (x: number | undefined) => (typeof x === 'number' ? `${+(x * 100).toFixed(2)}%` : '默认');
  const parts = [
    w ? `权重 服务企业 ${pct(w.served)}、满意度 ${pct(w.satisfaction)}、成效 ${pct(w.effectiveness)}` : null,
    c.priorWeight !== undefined ? `先验权重 ${String(c.priorWeight)}` : null,
    c.minServed !== undefined ? `服务企业不少于 ${String(c.minServed)} 家` : null,
    c.minRatings !== undefined ? `评价企业不少于 ${String(c.minRatings)} 家` : null,
    typeof c.minOrderFen === 'number' ? `订单不低于 ${yuan(c.minOrderFen)}` : null,
    c.admittedBy ? `入池截止 ${String(c.admittedBy)}` : null,
    c.noticeDays !== undefined ? `公示 ${String(c.noticeDays)} 天` : null,
    tiers.length
      ? `奖励 ${tiers.map((t) => `第 ${t.fromRank}-${t.toRank} 名各 ${yuan(t.amountFen)}`).join('，')}`
      : null,
  ];
  return parts.filter(Boolean).join('；') || '默认';
}

/** One recorded value in words: money in yuan, rates in %, instants in Shanghai time, statuses in Chinese. */
export function auditValue(entityType: string, key: string, value: unknown, categories: Map<string, string>): string {
  if (value === null || value === undefined) return '空';
  if (key === 'config' && typeof value === 'object' && !Array.isArray(value))
    return configWords(value as Record<string, unknown>);
  if (key === 'objectionStatus' && typeof value === 'string') return OBJECTION_STATUS[value]?.text ?? value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') {
    if (/Fen$/.test(key)) return yuan(value);
    if (/Bp$/.test(key)) return `${+(value / 100).toFixed(2)}%`;
    return String(value);
  }
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value)) return dateTime(value);
    if (key === 'status' || key === 'outcome')
      return STATUS_BY_ENTITY[entityType]?.[value] ?? VALUE_LABELS[value] ?? value;
    if (key === 'categories' || key === 'category') return categories.get(value) ?? value;
    return VALUE_LABELS[value] && key !== 'name' && key !== 'reason' ? VALUE_LABELS[value] : value;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string'))
      return value.map((v) => categories.get(v) ?? VALUE_LABELS[v] ?? v).join('、') || '无';
    return JSON.stringify(value);
  }
  return JSON.stringify(value);
}

/** The before/after of an audit event as lines "状态：草稿 → 申请中" (or "名称：…" for what was only after). */
export function auditChanges(
  entityType: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  categories: Map<string, string>,
): string[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.map((key) => {
    const name = FIELD_LABELS[key] ?? key;
    const fmt = (v: unknown) => auditValue(entityType, key, v, categories);
    const had = before !== null && key in before;
    const has = after !== null && key in after;
    if (had && has) {
      const [a, b] = [fmt(before[key]), fmt(after[key])];
      return a === b ? `${name}：${b}` : `${name}：${a} → ${b}`;
    }
    if (has) return `${name}：${fmt(after?.[key])}`;
    return `${name}：${fmt(before?.[key])}（已移除）`;
  });
}

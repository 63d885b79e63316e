/** Money is integer fen in the API; people read and type yuan. Dates are shown in Asia/Shanghai. */

const YUAN = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1234500 -> "¥12,345.00"; null -> "—". */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return `${fen < 0 ? '-' : ''}¥${YUAN.format(Math.abs(fen) / 100)}`;
}

/** "12,345.6" / "12345.60" -> 1234560 fen; null when it is not an amount with at most 2 decimals. */
export function fenOf(input: string | number | null | undefined): number | null {
  if (input === null || input === undefined || input === '') return null;
  const text = String(input).replace(/[,，\s¥￥]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  const [whole, part = ''] = text.split('.');
  return Number(whole) * 100 + Number(part.padEnd(2, '0'));
}

/** Fen to the yuan number an InputNumber edits (12345.6). */
export const yuanNumber = (fen: number | null | undefined): number | null =>
  fen === null || fen === undefined ? null : fen / 100;

const DATE_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const DATE = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** An instant as "2026/12/02 10:00" in Asia/Shanghai. */
export function dateTime(value: string | Date | null | undefined): string {
  return value ? DATE_TIME.format(new Date(value)) : '—';
}

/** An instant's day (or a YYYY-MM-DD date) as "2026/12/02". */
export function date(value: string | Date | null | undefined): string {
  if (!value) return '—';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.replaceAll('-', '/');
  return DATE.format(new Date(value));
}

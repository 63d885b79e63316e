/** The bureau's statistics as pure functions: the pool's target and a programme's burn-down months. */

/** The pool's size target: "over 100 providers" (Ningbo's 2024-2026 action plan, item 17). */
export const POOL_TARGET = 100;

/** How far the pool is towards its target: members short of it, and the share reached in basis points (floor). */
export function againstTarget(members: number, target = POOL_TARGET): { shortOfTarget: number; reachedBp: number } {
  return { shortOfTarget: Math.max(0, target - members), reachedBp: Math.floor((members * 10000) / target) };
}

export interface BurnMonth {
  /** `YYYY-MM`, Asia/Shanghai. */
  month: string;
  consumedFen: number;
  redeemedFen: number;
}

export interface BurnDownMonth extends BurnMonth {
  /** Consumed from the first month up to and including this one. */
  cumulativeConsumedFen: number;
  cumulativeRedeemedFen: number;
}

const monthOf = (date: string) => date.slice(0, 7);

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Every month of a programme's validity (`validFrom`..`validUntil`, `YYYY-MM-DD`), widened to any month
 * with movement outside it (a hold taken in validity may be consumed after it), oldest first; months
 * without movement are zero, and the cumulative figures run on.
 */
export function burnDown(validFrom: string, validUntil: string, months: readonly BurnMonth[]): BurnDownMonth[] {
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const keys = [monthOf(validFrom), monthOf(validUntil), ...byMonth.keys()].sort();
  const first = keys[0]!;
  const last = keys[keys.length - 1]!;
  const out: BurnDownMonth[] = [];
  let consumed = 0;
  let redeemed = 0;
  for (let month = first; month <= last; month = nextMonth(month)) {
    const m = byMonth.get(month);
    consumed += m?.consumedFen ?? 0;
    redeemed += m?.redeemedFen ?? 0;
    out.push({
      month,
      consumedFen: m?.consumedFen ?? 0,
      redeemedFen: m?.redeemedFen ?? 0,
      cumulativeConsumedFen: consumed,
      cumulativeRedeemedFen: redeemed,
    });
  }
  return out;
}

import { Empty } from 'antd';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Schema } from '../../../api/types';
import { yuan } from '../../../format';

type Month = Schema<'VoucherBurnDownMonthView'>;

/** Fen as a short axis label in yuan: ¥3,000 / ¥12万 / ¥1.5亿. */
export function shortYuan(fen: number): string {
  const y = fen / 100;
  const abs = Math.abs(y);
  if (abs >= 1e8) return `¥${+(y / 1e8).toFixed(2)}亿`;
  if (abs >= 1e4) return `¥${+(y / 1e4).toFixed(1)}万`;
  return `¥${Math.round(y).toLocaleString('zh-CN')}`;
}

/** "2026-03" -> "26年3月". */
const monthLabel = (m: string) => `${m.slice(2, 4)}年${Number(m.slice(5, 7))}月`;

/**
 * A programme's monthly burn-down: what is left of the budget once vouchers are used (area), and the
 * cumulative money used and redeemed (lines), against the total budget.
 */
export function BurnDownChart({
  months,
  budgetFen,
  height = 260,
}: {
  months: Month[];
  budgetFen: number;
  height?: number;
}) {
  if (months.length === 0) return <Empty description="暂无月度数据" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const data = months.map((m) => ({
    month: monthLabel(m.month),
    remaining: budgetFen - m.cumulativeConsumedFen,
    consumed: m.cumulativeConsumedFen,
    redeemed: m.cumulativeRedeemedFen,
  }));
  return (
    <div role="img" aria-label="预算消耗趋势图" style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 16, right: 24, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={shortYuan} width={72} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => yuan(Number(v))} />
          <Legend />
          <ReferenceLine
            y={budgetFen}
            stroke="#8c8c8c"
            strokeDasharray="4 4"
            label={{ value: '总预算', position: 'insideTopRight', fontSize: 12 }}
          />
          <Area
            type="linear"
            dataKey="remaining"
            name="未使用预算"
            stroke="#1d4ed8"
            fill="#dbe5ff"
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="consumed"
            name="累计使用"
            stroke="#fa8c16"
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="redeemed"
            name="累计兑付"
            stroke="#52c41a"
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

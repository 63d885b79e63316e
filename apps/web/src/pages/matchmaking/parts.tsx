import { Descriptions, type DescriptionsProps, Tag, Typography } from 'antd';
import { date, dateTime } from '../../format';
import { useCatalog } from './data';
import {
  budgetText,
  DEMAND_STATUS,
  type Demand,
  type DemandStatus,
  PROPOSAL_STATUS,
  type ProposalStatus,
  VISIBILITY,
} from './labels';

export function DemandStatusTag({ status }: { status: DemandStatus }) {
  const s = DEMAND_STATUS[status];
  return <Tag color={s.color}>{s.label}</Tag>;
}

export function ProposalStatusTag({ status }: { status: ProposalStatus }) {
  const s = PROPOSAL_STATUS[status];
  return <Tag color={s.color}>{s.label}</Tag>;
}

/** A demand's facts: who, what, where, budget, deadline, voucher intent, visibility, its dates; the description in full. */
export function DemandFacts({
  demand,
  showEnterprise = true,
  narrow = false,
}: {
  demand: Demand;
  showEnterprise?: boolean;
  /** One fact a row (beside a form), else two from medium screens up. */
  narrow?: boolean;
}) {
  const { categoryName, regionName } = useCatalog();
  const facts: Item[] = [
    ...(showEnterprise ? [{ key: 'enterprise', label: '发布企业', children: demand.enterpriseName ?? '—' }] : []),
    { key: 'status', label: '状态', children: <DemandStatusTag status={demand.status} /> },
    { key: 'category', label: '服务类别', children: categoryName(demand.category) },
    { key: 'region', label: '所在地区', children: regionName(demand.regionCode) },
    { key: 'budget', label: '预算', children: budgetText(demand.budgetMinFen, demand.budgetMaxFen) },
    { key: 'deadline', label: '截止日期', children: `${date(demand.deadline)}（当天 24:00 截止征集）` },
    {
      key: 'voucher',
      label: '服务券',
      children: demand.voucherIntended ? <Tag color="green">计划使用服务券</Tag> : '不使用服务券',
    },
    { key: 'visibility', label: '可见范围', children: VISIBILITY[demand.visibility].label },
    { key: 'proposals', label: '方案数', children: `${demand.proposalCount} 份` },
    { key: 'published', label: '发布时间', children: dateTime(demand.publishedAt) },
    ...(demand.decidedAt
      ? [{ key: 'decided', label: demandDecidedLabel(demand.status), children: dateTime(demand.decidedAt) }]
      : []),
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={narrow ? 1 : { xs: 1, md: 2 }}
      styles={{ label: { width: narrow ? 100 : 120 } }}
      items={[
        ...(narrow ? facts : padded(facts)),
        ...(demand.closeReason
          ? [{ key: 'reason', label: '关闭理由', span: 'filled' as const, children: demand.closeReason }]
          : []),
        {
          key: 'description',
          label: '需求描述',
          span: 'filled',
          children: (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {demand.description}
            </Typography.Paragraph>
          ),
        },
      ]}
    />
  );
}

type Item = NonNullable<DescriptionsProps['items']>[number];

/** The short facts two to a row; the last one fills its row, so the long texts after them start a row of their own. */
const padded = (items: Item[]): Item[] =>
  items.length % 2 ? [...items.slice(0, -1), { ...items[items.length - 1], span: 'filled' }] : items;

const demandDecidedLabel = (status: DemandStatus): string =>
  status === 'matched' ? '对接时间' : status === 'expired' ? '过期时间' : '关闭时间';

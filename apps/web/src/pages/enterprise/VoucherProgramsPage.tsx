import { Button, Card, Descriptions, Empty, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert, Page } from '../../components/Page';
import { date, yuan } from '../../format';
import { ApplicationsSection } from './ApplicationsSection';
import { ApplyModal } from './ApplyModal';
import {
  applyWindow,
  percent,
  type Program,
  TIERS,
  type Tier,
  useCategoryNames,
  useEnterprise,
  useOpenPrograms,
} from './labels';

/** 服务券项目: the open programmes with their terms, "申请", and the enterprise's applications. */
export function VoucherProgramsPage() {
  const programs = useOpenPrograms();
  const [applying, setApplying] = useState<Program | null>(null);
  return (
    <Page title="服务券项目">
      <ErrorAlert error={programs.error} />
      {programs.isPending ? (
        <Spin />
      ) : programs.data?.items.length ? (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(460px, 1fr))', gap: 16 }}>
          {programs.data.items.map((p) => (
            <ProgramCard key={p.id} program={p} onApply={() => setApplying(p)} />
          ))}
        </div>
      ) : (
        <Card>
          <Empty description="目前没有开放申请的服务券项目" />
        </Card>
      )}
      <ApplicationsSection programs={programs.data?.items ?? []} />
      <ApplyModal program={applying} onClose={() => setApplying(null)} />
    </Page>
  );
}

function ProgramCard({ program, onApply }: { program: Program; onApply: () => void }) {
  const categories = useCategoryNames();
  const me = useEnterprise();
  const win = applyWindow(program);
  const tier = me.data?.tier?.tier;
  const eligible = !!tier && program.tiers.includes(tier);
  return (
    <Card
      title={
        <Space>
          <span>{program.name}</span>
          <Tag color={win.open ? 'green' : 'default'}>{win.label}</Tag>
        </Space>
      }
      extra={
        <Tooltip title={win.open ? undefined : `${win.label}，暂不能申请`}>
          <Button type="primary" disabled={!win.open} onClick={onApply} aria-label={`申请 ${program.name}`}>
            申请
          </Button>
        </Tooltip>
      }
    >
      <Typography.Paragraph>
        服务券按服务订单成交价的 <b>{percent(program.coverageBp)}</b> 抵扣费用，单张面额最高{' '}
        <b>{yuan(program.maxFaceValueFen)}</b>，每家企业本项目年度累计不超过{' '}
        <b>{yuan(program.perEnterpriseYearCapFen)}</b>。
      </Typography.Paragraph>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'year', label: '项目年度', children: `${program.year} 年` },
          {
            key: 'categories',
            label: '适用服务类别',
            children: (
              <Space size={[4, 4]} wrap>
                {program.categories.map((c) => (
                  <Tag key={c}>{categories.get(c) ?? c}</Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'tiers',
            label: '适用企业等级',
            children: (
              <Space size={[4, 4]} wrap>
                {program.tiers.map((t) => (
                  <Tag key={t} color={t === tier ? 'gold' : undefined}>
                    {TIERS[t as Tier] ?? t}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { key: 'apply', label: '申请时间', children: `${date(program.applyFrom)} 至 ${date(program.applyUntil)}` },
          { key: 'valid', label: '使用有效期', children: `${date(program.validFrom)} 至 ${date(program.validUntil)}` },
        ]}
      />
      {me.data && !eligible && (
        <Typography.Text type="warning">
          {tier ? '贵企业当前认定等级不在本项目适用范围内。' : '贵企业尚无经审核的有效认定等级，'}
          本项目只受理上述等级的企业申请。
        </Typography.Text>
      )}
    </Card>
  );
}

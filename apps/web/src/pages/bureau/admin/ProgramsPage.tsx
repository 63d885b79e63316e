import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { ErrorAlert, Page } from '../../../components/Page';
import { date, yuan } from '../../../format';
import { BurnDownChart } from './charts';
import { overviewQuery } from './DashboardPage';
import { percentOfBp } from './fields';
import { label, PROGRAM_STATUS, programStatus, TIER_LABELS } from './labels';
import { ProgramFormModal } from './ProgramForm';

type Program = Schema<'VoucherProgramView'>;
type Status = 'draft' | 'open' | 'closed';
const PAGE_SIZE = 10;

/** 服务券项目: the programmes with their budget figures, opening and closing, the ledger check and burn-down. */
export function ProgramsPage() {
  const [status, setStatus] = useState<Status | 'all'>('all');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: ['voucher-programs', 'bureau', status, page],
    queryFn: () =>
      ok(
        api.GET('/api/v1/voucher-programs', {
          params: { query: { page, pageSize: PAGE_SIZE, ...(status === 'all' ? {} : { status }) } },
        }),
      ),
  });
  const money = (title: string, key: keyof Program, width = 112) => ({
    title,
    dataIndex: key,
    align: 'right' as const,
    width,
    render: (fen: number | undefined) => yuan(fen),
  });
  return (
    <Page
      title="服务券项目"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建项目
        </Button>
      }
    >
      <Segmented
        value={status}
        onChange={(v) => {
          setStatus(v as Status | 'all');
          setPage(1);
        }}
        options={[
          { label: '全部', value: 'all' },
          ...Object.entries(PROGRAM_STATUS).map(([value, s]) => ({ value, label: s.text })),
        ]}
      />
      <ErrorAlert error={list.error} />
      <Table<Program>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1080 }}
        locale={{ emptyText: '暂无服务券项目' }}
        expandable={{ expandedRowRender: (p) => <ProgramDetail program={p} /> }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
          showTotal: (n) => `共 ${n} 个项目`,
        }}
        columns={[
          {
            title: '项目',
            dataIndex: 'name',
            render: (name: string, p) => (
              <Space direction="vertical" size={2}>
                <Typography.Text strong>{name}</Typography.Text>
                <Space size={4}>
                  <Typography.Text type="secondary">{p.year} 年度</Typography.Text>
                  <Tag color={programStatus(p.status).color}>{programStatus(p.status).text}</Tag>
                </Space>
              </Space>
            ),
          },
          money('总预算', 'budgetFen'),
          money('已发放', 'committedFen'),
          money('冻结中', 'heldFen'),
          money('已使用', 'consumedFen'),
          money('已兑付', 'redeemedFen'),
          money('已支付', 'paidFen'),
          money('剩余可发', 'remainingFen'),
          {
            title: '操作',
            key: 'actions',
            width: 96,
            render: (_, p) => <ProgramActions program={p} />,
          },
        ]}
      />
      <ProgramFormModal open={creating} onClose={() => setCreating(false)} />
    </Page>
  );
}

function ProgramActions({ program }: { program: Program }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const step = useMutation({
    mutationFn: (action: 'open' | 'close') =>
      ok(
        action === 'open'
          ? api.POST('/api/v1/voucher-programs/{id}/open', { params: { path: { id: program.id } } })
          : api.POST('/api/v1/voucher-programs/{id}/close', { params: { path: { id: program.id } } }),
      ),
    onSuccess: (p) => {
      message.success(p.status === 'open' ? '项目已开放申请' : '项目已结束申请');
      queryClient.invalidateQueries({ queryKey: ['voucher-programs'] });
      queryClient.invalidateQueries({ queryKey: ['stats'] });
    },
    onError: (error) => message.error(error.message),
  });
  if (program.status === 'draft')
    return (
      <Popconfirm
        title="开放申请后项目条款不能再修改，确定开放？"
        okText="开放"
        cancelText="取消"
        onConfirm={() => step.mutate('open')}
      >
        <Button type="link" size="small" loading={step.isPending}>
          开放申请
        </Button>
      </Popconfirm>
    );
  if (program.status === 'open')
    return (
      <Popconfirm
        title="结束后不再受理申请和发放，确定结束？"
        okText="结束"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        onConfirm={() => step.mutate('close')}
      >
        <Button type="link" size="small" danger loading={step.isPending}>
          结束申请
        </Button>
      </Popconfirm>
    );
  return <Typography.Text type="secondary">—</Typography.Text>;
}

function ProgramDetail({ program }: { program: Program }) {
  const overview = useQuery(overviewQuery);
  const categories = useQuery({ queryKey: ['categories'], queryFn: () => ok(api.GET('/api/v1/categories')) });
  const names = new Map((categories.data ?? []).map((c) => [c.code, c.name]));
  const stats = overview.data?.vouchers.programs.find((p) => p.id === program.id);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', padding: '8px 0' }}>
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label="补贴比例">{percentOfBp(program.coverageBp)}</Descriptions.Item>
        <Descriptions.Item label="单张面额上限">{yuan(program.maxFaceValueFen)}</Descriptions.Item>
        <Descriptions.Item label="每家企业年度上限">{yuan(program.perEnterpriseYearCapFen)}</Descriptions.Item>
        <Descriptions.Item label="申请期">
          {date(program.applyFrom)} 至 {date(program.applyUntil)}
        </Descriptions.Item>
        <Descriptions.Item label="有效期" span={2}>
          {date(program.validFrom)} 至 {date(program.validUntil)}
        </Descriptions.Item>
        <Descriptions.Item label="适用企业等级" span={3}>
          {program.tiers.map((t) => (
            <Tag key={t}>{label(TIER_LABELS, t)}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label="适用服务类别" span={3}>
          {program.categories.map((c) => (
            <Tag key={c}>{names.get(c) ?? c}</Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <LedgerCheck programId={program.id} />
      <div>
        <Typography.Text strong>月度消耗趋势</Typography.Text>
        {stats ? (
          <BurnDownChart months={stats.burnDown} budgetFen={stats.budgetFen} height={240} />
        ) : (
          <ErrorAlert error={overview.error} />
        )}
      </div>
    </Space>
  );
}

const BUCKETS: Record<string, string> = {
  availableFen: '可用',
  heldFen: '冻结',
  consumedFen: '已使用',
  expiredFen: '已过期',
  revokedFen: '已撤销',
  committedFen: '已发放',
  redeemedFen: '已兑付',
  paidFen: '已支付',
};

/** One difference of the ledger check in words. */
function differenceText(d: Record<string, unknown>): string {
  if (typeof d.figure === 'string')
    return `项目${BUCKETS[d.figure] ?? d.figure}金额：记录为 ${yuan(Number(d.stored))}，台账合计为 ${yuan(Number(d.fromLedger))}`;
  if (d.problem) return `台账中有不属于任何服务券的记录（${String(d.voucherId)}）`;
  const stored = (d.stored ?? {}) as Record<string, number>;
  const ledger = (d.fromLedger ?? {}) as Record<string, number>;
  const parts = Object.keys(stored)
    .filter((k) => stored[k] !== ledger[k])
    .map((k) => `${BUCKETS[k] ?? k} 记录 ${yuan(stored[k])} / 台账 ${yuan(ledger[k])}`);
  return `服务券 ${String(d.code ?? d.voucherId)}：${parts.join('；') || '各部分金额之和与面额不符'}`;
}

function LedgerCheck({ programId }: { programId: string }) {
  const check = useMutation({
    mutationFn: () =>
      ok(api.GET('/api/v1/voucher-programs/{id}/ledger-check', { params: { path: { id: programId } } })),
  });
  const result = check.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button onClick={() => check.mutate()} loading={check.isPending}>
        核对台账
      </Button>
      <ErrorAlert error={check.error} />
      {result ? (
        <Alert
          type={result.ok ? 'success' : 'error'}
          showIcon
          message={
            result.ok
              ? `台账核对一致：共 ${result.ledgerRows} 条台账记录，余额与预算全部相符`
              : `台账核对发现 ${result.differences.length} 处不一致（共 ${result.ledgerRows} 条台账记录）`
          }
          description={
            result.ok ? null : (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {result.differences.map((d, i) => (
                  <li key={i}>{differenceText(d)}</li>
                ))}
              </ul>
            )
          }
        />
      ) : null}
    </Space>
  );
}

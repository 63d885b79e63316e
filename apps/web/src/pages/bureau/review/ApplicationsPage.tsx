import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { Section } from '../../../components/Page';
import { date, dateTime } from '../../../format';
import { ADMISSION_CHECK, POOL_DECISION, POOL_STATUS } from './labels';
import { ReviewQueue } from './ReviewQueue';
import {
  type DecisionRequest,
  item,
  reasonOf,
  statusOptions,
  StatusTag,
  useCatalog,
  useDecision,
  useQueue,
} from './shared';

type Profile = Schema<'ProviderProfileView'>;
type PoolStatus = Profile['status'];
type Action = 'approve' | 'return' | 'reject' | 'suspend' | 'reinstate' | 'remove';

const FILTER = statusOptions(POOL_STATUS, ['submitted', 'approved', 'suspended', 'returned', 'rejected', 'removed']);

/** Today as YYYY-MM-DD in Asia/Shanghai (qualification validity is a calendar date). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** An admission check's detail in Chinese, from the profile it was computed on. */
function checkDetail(check: Schema<'AdmissionCheckView'>, p: Profile, categoryName: (c: string) => string): string {
  switch (check.code) {
    case 'USCC_VALID':
      return check.passed ? `${p.uscc}：校验位正确` : `${p.uscc}：校验位错误，代码无效`;
    case 'USCC_UNIQUE_IN_POOL':
      return check.passed
        ? '资源池中没有其他机构使用该代码'
        : '资源池中已有其他机构使用该统一社会信用代码，请核实营业执照';
    case 'USCC_UNCONTESTED':
      return check.passed
        ? '没有其他机构以该代码注册'
        : '另有机构以该代码注册（可能是抢注），请核实营业执照；已由他方核验的代码不能准予入池';
    case 'HAS_CATEGORY':
      return check.passed ? `已选择：${p.categories.map(categoryName).join('、')}` : '未选择服务类别';
    case 'QUALIFICATIONS_VALID': {
      if (check.passed) return `共 ${p.qualifications.length} 项资质，均在有效期内`;
      const expired = p.qualifications.filter((q) => q.validUntil < today());
      return expired.length
        ? `已过期：${expired.map((q) => `${q.kind}（${q.number}，有效期至 ${date(q.validUntil)}）`).join('；')}`
        : '有资质证书已过期';
    }
  }
}

const failed = (p: Profile) => p.checks.filter((c) => !c.passed);

/** 入池审核: pool applications with their admission checks, and the members' suspension, reinstatement, removal. */
export function ApplicationsPage() {
  const queue = useQueue<PoolStatus>('submitted');
  const [selected, setSelected] = useState<Profile | null>(null);
  const { ask, dialog } = useDecision();
  const { categoryName, regionName } = useCatalog();
  const list = useQuery({
    queryKey: ['bureau', 'pool-applications', queue.status, queue.page, queue.pageSize],
    queryFn: () =>
      ok(
        api.GET('/api/v1/pool/applications', {
          params: { query: { status: queue.status, page: queue.page, pageSize: queue.pageSize } },
        }),
      ),
  });

  const decide = (p: Profile, action: Action) => {
    const post = (reason: { reason?: string }) => {
      const options = { params: { path: { id: p.id } }, body: reason };
      switch (action) {
        case 'approve':
          return ok(api.POST('/api/v1/providers/{id}/approve', options));
        case 'return':
          return ok(api.POST('/api/v1/providers/{id}/return', options));
        case 'reject':
          return ok(api.POST('/api/v1/providers/{id}/reject', options));
        case 'suspend':
          return ok(api.POST('/api/v1/providers/{id}/suspend', options));
        case 'reinstate':
          return ok(api.POST('/api/v1/providers/{id}/reinstate', options));
        case 'remove':
          return ok(api.POST('/api/v1/providers/{id}/remove', options));
      }
    };
    const problems = failed(p);
    const base: Pick<DecisionRequest, 'submit' | 'invalidate' | 'onDone'> = {
      submit: (values) => post(reasonOf(values)),
      invalidate: [['bureau', 'pool-applications']],
      onDone: (result) => setSelected(result as Profile),
    };
    const requests: Record<Action, DecisionRequest> = {
      approve: {
        ...base,
        title: `批准「${p.name}」入池`,
        okText: '批准入池',
        description: problems.length ? (
          <Alert
            type="warning"
            showIcon
            title={`有 ${problems.length} 项准入检查未通过：${problems.map((c) => ADMISSION_CHECK[c.code]).join('、')}`}
            description="如仍批准，请说明理由（记入审计日志）。"
          />
        ) : (
          '准入检查全部通过。批准后机构即可发布服务产品、承接订单。'
        ),
        reasonLabel: problems.length ? '批准理由' : '审核意见',
        reasonRequired: problems.length > 0,
        success: '已批准入池',
      },
      return: {
        ...base,
        title: `退回「${p.name}」的申请`,
        okText: '退回修改',
        description: '机构修改资料后可重新提交。',
        reasonLabel: '退回理由',
        reasonPlaceholder: '请写明需要修改或补充的内容',
        success: '已退回',
      },
      reject: {
        ...base,
        title: `驳回「${p.name}」的申请`,
        okText: '驳回申请',
        danger: true,
        description: '驳回后机构 30 天内不能再次申请。',
        reasonLabel: '驳回理由',
        success: '已驳回',
      },
      suspend: {
        ...base,
        title: `暂停「${p.name}」的入池资格`,
        okText: '暂停资格',
        danger: true,
        description: '暂停后其服务产品立即从搜索中隐藏，不能承接新订单；已确认的订单可继续履行。',
        reasonLabel: '暂停理由',
        success: '已暂停',
      },
      reinstate: {
        ...base,
        title: `恢复「${p.name}」的入池资格`,
        okText: '恢复资格',
        description: '恢复后其已发布的服务产品重新出现在搜索中。',
        reasonLabel: '审核意见',
        reasonRequired: false,
        success: '已恢复',
      },
      remove: {
        ...base,
        title: `将「${p.name}」移出资源池`,
        okText: '移出资源池',
        danger: true,
        description: '移出后其服务产品全部下架，12 个月内不能再次申请。已完成订单的兑付不受影响。',
        reasonLabel: '移出理由',
        success: '已移出资源池',
      },
    };
    ask(requests[action]);
  };

  return (
    <ReviewQueue<Profile, PoolStatus>
      title="入池审核"
      queue={queue}
      filter={FILTER}
      list={list}
      emptyText="暂无申请"
      selected={selected}
      onSelect={setSelected}
      drawerSize={760}
      drawerTitle={selected?.name}
      actions={selected ? <Actions p={selected} decide={decide} /> : null}
      dialog={dialog}
      statuses={POOL_STATUS}
      statusWidth={110}
      columns={[
        { title: '机构名称', dataIndex: 'name', ellipsis: true },
        { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
        { title: '地区', dataIndex: 'regionCode', width: 100, render: (c: string) => regionName(c) },
        {
          title: '服务类别',
          dataIndex: 'categories',
          render: (cs: string[]) => cs.map((c) => <Tag key={c}>{categoryName(c)}</Tag>),
        },
        {
          title: '准入检查',
          key: 'checks',
          width: 130,
          render: (_, p) =>
            failed(p).length ? (
              <Tag color="error">{failed(p).length} 项未通过</Tag>
            ) : (
              <Tag color="success">全部通过</Tag>
            ),
        },
        { title: '提交时间', dataIndex: 'submittedAt', width: 150, render: (v: string | null) => dateTime(v) },
      ]}
    >
      {selected ? <ProfileDetail p={selected} /> : null}
    </ReviewQueue>
  );
}

function Actions({ p, decide }: { p: Profile; decide: (p: Profile, a: Action) => void }) {
  const b = (action: Action, text: string, props: { type?: 'primary'; danger?: boolean } = {}) => (
    <Button key={action} {...props} onClick={() => decide(p, action)}>
      {text}
    </Button>
  );
  if (p.status === 'submitted')
    return (
      <Space>
        {[
          b('approve', '批准入池', { type: 'primary' }),
          b('return', '退回修改'),
          b('reject', '驳回', { danger: true }),
        ]}
      </Space>
    );
  if (p.status === 'approved')
    return <Space>{[b('suspend', '暂停资格', { danger: true }), b('remove', '移出资源池', { danger: true })]}</Space>;
  if (p.status === 'suspended')
    return (
      <Space>{[b('reinstate', '恢复资格', { type: 'primary' }), b('remove', '移出资源池', { danger: true })]}</Space>
    );
  return null;
}

function ProfileDetail({ p }: { p: Profile }) {
  const { categoryName, regionName } = useCatalog();
  const now = today();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Section title="准入检查">
        <List
          size="small"
          dataSource={p.checks}
          renderItem={(c) => (
            <List.Item>
              <Space align="start">
                {c.passed ? (
                  <CheckCircleFilled style={{ color: '#52c41a' }} />
                ) : (
                  <CloseCircleFilled style={{ color: '#ff4d4f' }} />
                )}
                <div>
                  <Typography.Text strong>{ADMISSION_CHECK[c.code]}</Typography.Text>
                  <Tag color={c.passed ? 'success' : 'error'} style={{ marginLeft: 8 }}>
                    {c.passed ? '通过' : '未通过'}
                  </Tag>
                  <div>
                    <Typography.Text type="secondary">{checkDetail(c, p, categoryName)}</Typography.Text>
                  </div>
                </div>
              </Space>
            </List.Item>
          )}
        />
      </Section>
      <Section title="机构资料">
        <Descriptions
          size="small"
          column={2}
          items={[
            item('机构名称', p.name, 2),
            item('统一社会信用代码', p.uscc),
            item('状态', <StatusTag label={POOL_STATUS[p.status]} />),
            item('法定代表人', p.legalRepresentative ?? '—'),
            item('所在地区', regionName(p.regionCode)),
            item('联系人', p.contactName ?? '—'),
            item('联系电话', p.contactPhone ?? '—'),
            item('地址', p.address ?? '—', 2),
            item('从业人数', p.staffCount ?? '—'),
            item('服务类别', p.categories.map(categoryName).join('、') || '—'),
            item('提交时间', dateTime(p.submittedAt)),
            item('入池时间', dateTime(p.admittedAt)),
            item('服务企业数', p.servedCount),
            item('评分', p.rating === null ? '暂无评价' : `${p.rating.toFixed(1)} 分（${p.ratingCount} 条）`),
            item('机构简介', <span style={{ whiteSpace: 'pre-wrap' }}>{p.introduction ?? '—'}</span>, 2),
          ]}
        />
      </Section>
      <Section title="资质证书">
        <Table
          size="small"
          rowKey={(q) => `${q.kind}-${q.number}`}
          pagination={false}
          dataSource={p.qualifications}
          locale={{ emptyText: '未填写资质' }}
          columns={[
            { title: '资质名称', dataIndex: 'kind' },
            { title: '证书编号', dataIndex: 'number' },
            { title: '发证机关', dataIndex: 'issuer' },
            {
              title: '有效期至',
              dataIndex: 'validUntil',
              render: (v: string) => (
                <Space>
                  {date(v)}
                  {v < now ? <Tag color="error">已过期</Tag> : null}
                </Space>
              ),
            },
          ]}
        />
      </Section>
      {p.lastDecision ? (
        <Section title="最近一次决定">
          <Descriptions
            size="small"
            column={2}
            items={[
              item('决定', POOL_DECISION[p.lastDecision.action] ?? '其他'),
              item('时间', dateTime(p.lastDecision.at)),
              item('理由', p.lastDecision.reason ?? '—', 2),
              ...(p.reapplyAfter ? [item('可再次申请时间', dateTime(p.reapplyAfter), 2)] : []),
            ]}
          />
        </Section>
      ) : null}
    </Space>
  );
}

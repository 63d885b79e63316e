import { useQuery } from '@tanstack/react-query';
import { Descriptions, Form, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { Section } from '../../../components/Page';
import { dateTime, fenOf, yuan, yuanNumber } from '../../../format';
import { VOUCHER_APPLICATION_STATUS } from './labels';
import { ReviewQueue } from './ReviewQueue';
import { item, reasonOf, ShortId, statusOptions, StatusTag, useDecision, useEnterpriseNames, useQueue } from './shared';

type Application = Schema<'VoucherApplicationView'>;
type Program = Schema<'VoucherProgramView'>;
type AppStatus = Application['status'];

const FILTER = statusOptions(VOUCHER_APPLICATION_STATUS, ['submitted', 'approved', 'rejected']);

/** Every programme the bureau sees (with its budget figures), by id. */
export function usePrograms() {
  const programs = useQuery({
    queryKey: ['bureau', 'voucher-programs', 'all'],
    staleTime: 30_000,
    queryFn: () => ok(api.GET('/api/v1/voucher-programs', { params: { query: { pageSize: 100 } } })),
  });
  return (id: string): Program | undefined => programs.data?.items.find((p) => p.id === id);
}

/** 服务券申请: enterprises' applications, approved (a voucher is issued, the amount may be lowered) or rejected. */
export function VoucherApplicationsPage() {
  const queue = useQueue<AppStatus>('submitted');
  const [selected, setSelected] = useState<Application | null>(null);
  const { ask, dialog } = useDecision();
  const program = usePrograms();
  const enterpriseName = useEnterpriseNames();
  const list = useQuery({
    queryKey: ['bureau', 'voucher-applications', queue.status, queue.page, queue.pageSize],
    queryFn: () =>
      ok(
        api.GET('/api/v1/voucher-applications', {
          params: { query: { status: queue.status, page: queue.page, pageSize: queue.pageSize } },
        }),
      ),
  });
  const invalidate = [
    ['bureau', 'voucher-applications'],
    ['bureau', 'voucher-programs'],
  ];
  const done = (result: unknown) => setSelected(result as Application);

  const approve = (a: Application) => {
    const p = program(a.programId);
    ask({
      title: '批准服务券申请并发券',
      okText: '批准并发券',
      description: (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          申请金额 {yuan(a.requestedFen)}
          {p ? `；本项目单张面额上限 ${yuan(p.maxFaceValueFen)}，预算余额 ${yuan(p.remainingFen)}` : ''}
          。可按实际核定金额调低面额。
        </Typography.Paragraph>
      ),
      fields: (
        <Form.Item
          label="发券面额（元）"
          name="faceValue"
          rules={[
            { required: true, message: '请填写发券面额' },
            {
              validator: (_, v: number | null) =>
                v !== null && v !== undefined && (fenOf(v.toFixed(2)) ?? 0) > a.requestedFen
                  ? Promise.reject(new Error('不能超过申请金额'))
                  : Promise.resolve(),
            },
          ]}
        >
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} prefix="¥" />
        </Form.Item>
      ),
      initialValues: { faceValue: yuanNumber(a.requestedFen) },
      fieldNames: { faceValueFen: 'faceValue' },
      submit: (v) =>
        ok(
          api.POST('/api/v1/voucher-applications/{id}/approve', {
            params: { path: { id: a.id } },
            body: { faceValueFen: fenOf((v.faceValue as number).toFixed(2)) ?? undefined },
          }),
        ),
      success: '已批准，服务券已发放',
      invalidate,
      onDone: done,
    });
  };
  const reject = (a: Application) =>
    ask({
      title: '驳回服务券申请',
      okText: '驳回',
      danger: true,
      reasonLabel: '驳回理由',
      submit: (v) =>
        ok(api.POST('/api/v1/voucher-applications/{id}/reject', { params: { path: { id: a.id } }, body: reasonOf(v) })),
      success: '已驳回',
      invalidate,
      onDone: done,
    });

  const p = selected ? program(selected.programId) : undefined;
  return (
    <ReviewQueue<Application, AppStatus>
      title="服务券申请"
      queue={queue}
      filter={FILTER}
      list={list}
      emptyText="暂无申请"
      selected={selected}
      onSelect={setSelected}
      drawerSize={600}
      drawerTitle="服务券申请"
      decision={
        selected?.status === 'submitted'
          ? { approve: '批准发券', onApprove: () => approve(selected), onReject: () => reject(selected) }
          : null
      }
      dialog={dialog}
      statuses={VOUCHER_APPLICATION_STATUS}
      columns={[
        {
          title: '企业',
          dataIndex: 'enterpriseId',
          ellipsis: true,
          render: (id: string) => enterpriseName(id) ?? <ShortId id={id} />,
        },
        {
          title: '服务券项目',
          dataIndex: 'programId',
          ellipsis: true,
          render: (id: string) => program(id)?.name ?? <ShortId id={id} />,
        },
        { title: '申请金额', dataIndex: 'requestedFen', align: 'right', width: 130, render: (f: number) => yuan(f) },
        { title: '用途', dataIndex: 'purpose', ellipsis: true },
        { title: '提交时间', dataIndex: 'createdAt', width: 150, render: (v: string) => dateTime(v) },
      ]}
    >
      {selected ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              item('企业', enterpriseName(selected.enterpriseId) ?? <ShortId id={selected.enterpriseId} />),
              item('服务券项目', p?.name ?? <ShortId id={selected.programId} />),
              item('申请金额', yuan(selected.requestedFen)),
              item('用途', <span style={{ whiteSpace: 'pre-wrap' }}>{selected.purpose}</span>),
              item('提交时间', dateTime(selected.createdAt)),
              item('状态', <StatusTag label={VOUCHER_APPLICATION_STATUS[selected.status]} />),
              item('审核时间', dateTime(selected.decidedAt)),
              ...(selected.reason ? [item('驳回理由', selected.reason)] : []),
              ...(selected.voucherId ? [item('已发服务券', <ShortId id={selected.voucherId} />)] : []),
            ]}
          />
          {p ? (
            <Section title="项目额度">
              <Descriptions
                size="small"
                column={2}
                items={[
                  item('单张面额上限', yuan(p.maxFaceValueFen)),
                  item('每家企业年度上限', yuan(p.perEnterpriseYearCapFen)),
                  item('补贴比例', `${(p.coverageBp / 100).toFixed(p.coverageBp % 100 ? 2 : 0)}%`),
                  item('总预算', yuan(p.budgetFen)),
                  item('已承诺', yuan(p.committedFen)),
                  item('预算余额', yuan(p.remainingFen)),
                ]}
              />
            </Section>
          ) : null}
        </Space>
      ) : null}
    </ReviewQueue>
  );
}

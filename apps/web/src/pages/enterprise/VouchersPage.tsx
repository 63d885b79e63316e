import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { date, yuan } from '../../format';
import { BUCKETS, StatusTag, useVoucherTotals, type Voucher, voucherStatus } from './labels';
import { VoucherDrawer } from './VoucherDrawer';

const PAGE_SIZE = 10;

/** 我的服务券: each voucher's code, face value, buckets in yuan, validity and status; its history in a drawer. */
export function VouchersPage() {
  const [page, setPage] = useState(1);
  const [params, setParams] = useSearchParams();
  const open = params.get('voucher');
  const list = useQuery({
    queryKey: ['vouchers', 'page', page],
    queryFn: () => ok(api.GET('/api/v1/vouchers', { params: { query: { page, pageSize: PAGE_SIZE } } })),
  });
  const totals = useVoucherTotals();
  const show = (id: string | null) => setParams(id ? { voucher: id } : {}, { replace: true });
  return (
    <Page title="我的服务券" extra={<Link to="/enterprise/voucher-programs">申请服务券</Link>}>
      <Row gutter={16}>
        <Col span={6}>
          <Card size="small">
            <Statistic title="持有服务券" value={totals.count} suffix="张" />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title="可用余额" value={yuan(totals.available)} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title="订单占用中" value={yuan(totals.held)} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title="累计已使用" value={yuan(totals.consumed)} />
          </Card>
        </Col>
      </Row>
      <ErrorAlert error={list.error} />
      <Section title="服务券列表">
        <Table<Voucher>
          rowKey="id"
          size="middle"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: '还没有服务券，可在“服务券项目”中申请' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
          onRow={(v) => ({ onDoubleClick: () => show(v.id) })}
          columns={[
            {
              title: '券码',
              dataIndex: 'code',
              width: 150,
              render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
            },
            { title: '服务券项目', dataIndex: 'programName', width: 190 },
            { title: '面额', dataIndex: 'faceValueFen', align: 'right', render: (f: number) => yuan(f) },
            {
              title: BUCKETS.available,
              dataIndex: 'availableFen',
              align: 'right',
              render: (f: number) => <Typography.Text strong>{yuan(f)}</Typography.Text>,
            },
            { title: BUCKETS.held, dataIndex: 'heldFen', align: 'right', render: (f: number) => yuan(f) },
            { title: BUCKETS.consumed, dataIndex: 'consumedFen', align: 'right', render: (f: number) => yuan(f) },
            { title: BUCKETS.expired, dataIndex: 'expiredFen', align: 'right', render: (f: number) => yuan(f) },
            {
              title: '有效期',
              key: 'validity',
              width: 110,
              render: (_, v) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  {date(v.validFrom)}
                  <br />至 {date(v.validUntil)}
                </span>
              ),
            },
            { title: '状态', key: 'status', width: 80, render: (_, v) => <StatusTag status={voucherStatus(v)} /> },
            {
              title: '操作',
              key: 'actions',
              width: 80,
              render: (_, v) => (
                <Button type="link" size="small" onClick={() => show(v.id)} aria-label={`明细 ${v.code}`}>
                  明细
                </Button>
              ),
            },
          ]}
        />
      </Section>
      <VoucherDrawer id={open} onClose={() => show(null)} />
    </Page>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Descriptions, Form, Input, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, ok } from '../../api/client';
import { applyFieldErrors } from '../../components/forms';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { date, yuan } from '../../format';
import {
  newIdempotencyKey,
  useCategoryNames,
  useVouchersWithPrograms,
  voucherRefusal,
  voucherSplit,
  type Voucher,
  type VoucherProgram,
} from './data';
import { listedPrice } from './labels';

interface BookForm {
  requirement: string;
  voucherId: string;
}

const NO_VOUCHER = 'none';

/** Booking a listing (预约): the listing, the requirement, a voucher, and the voucher part and co-pay before committing. */
export function BookPage() {
  const { listingId = '' } = useParams();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const categoryName = useCategoryNames();
  const [form] = Form.useForm<BookForm>();
  const voucherId = Form.useWatch('voucherId', form) ?? NO_VOUCHER;
  const listing = useQuery({
    queryKey: ['listing', listingId],
    queryFn: () => ok(api.GET('/api/v1/listings/{id}', { params: { path: { id: listingId } } })),
  });
  const { vouchers, programs, loading, error: vouchersError } = useVouchersWithPrograms();
  const create = useMutation({
    mutationFn: ({ values, key }: { values: BookForm; key: string }) =>
      ok(
        api.POST('/api/v1/orders', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            listingId,
            requirement: values.requirement.trim(),
            ...(values.voucherId !== NO_VOUCHER ? { voucherId: values.voucherId } : {}),
          },
        }),
      ),
    onSuccess: (order) => {
      void queryClient.invalidateQueries({ queryKey: ['orders'] });
      void queryClient.invalidateQueries({ queryKey: ['vouchers'] });
      message.success('预约已提交，等待服务机构处理');
      navigate(`/enterprise/orders/${order.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error);
    },
  });

  if (listing.isPending) return <Spin />;
  if (listing.error || !listing.data)
    return (
      <Page title="预约服务">
        <ErrorAlert error={listing.error} />
        <Link to="/enterprise/orders">返回我的预约</Link>
      </Page>
    );
  const l = listing.data;
  const available = l.status === 'published';
  const active = vouchers.filter((v) => v.status === 'active');
  const fits = active.filter((v) => !voucherRefusal(v, programs.get(v.programId), l));
  const unfit = active.filter((v) => voucherRefusal(v, programs.get(v.programId), l));
  const chosen = fits.find((v) => v.id === voucherId);
  return (
    <Page title="预约服务">
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Section title="服务信息">
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                items={[
                  {
                    key: 'title',
                    label: '服务名称',
                    span: 'filled',
                    children: <Typography.Text strong>{l.title}</Typography.Text>,
                  },
                  { key: 'provider', label: '服务机构', children: l.providerName ?? '—' },
                  { key: 'category', label: '服务类别', children: categoryName(l.category) },
                  { key: 'price', label: '价格', children: listedPrice(l.priceModel, l.priceFen, l.unit) },
                  { key: 'days', label: '交付周期', children: `${l.deliveryDays} 天` },
                  {
                    key: 'tags',
                    label: '特点',
                    children: (
                      <Space size={4} wrap>
                        {l.voucherEligible ? <Tag color="green">可用服务券</Tag> : <Tag>不支持服务券</Tag>}
                        {l.srdiSpecial ? <Tag color="blue">专精特新专项</Tag> : null}
                      </Space>
                    ),
                  },
                ]}
              />
            </Section>
            <Section title="预约内容">
              {!available ? <Alert type="warning" showIcon title="该服务已下架或暂不可预约" /> : null}
              <Form<BookForm>
                form={form}
                layout="vertical"
                initialValues={{ voucherId: NO_VOUCHER }}
                disabled={!available}
                onFinish={(values) => create.mutate({ values, key: newIdempotencyKey() })}
              >
                <Form.Item
                  label="需求说明"
                  name="requirement"
                  rules={[
                    { required: true, whitespace: true, message: '请填写需求说明' },
                    { max: 2000, message: '需求说明不超过 2000 字' },
                  ]}
                >
                  <Input.TextArea
                    rows={4}
                    maxLength={2000}
                    showCount
                    placeholder="请说明具体需求、期望完成时间等，例如：公司有3项新型传动结构需要申请发明专利，希望月底前提交。"
                  />
                </Form.Item>
                <Form.Item
                  label="使用服务券"
                  name="voucherId"
                  extra={voucherHint(l.voucherEligible, fits.length, unfit, programs, l)}
                >
                  <Select
                    loading={loading}
                    options={[
                      { value: NO_VOUCHER, label: '不使用服务券' },
                      ...fits.map((v) => ({ value: v.id, label: voucherLabel(v) })),
                    ]}
                  />
                </Form.Item>
                <ErrorAlert error={create.error ?? vouchersError} />
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={create.isPending}
                  style={{ marginTop: create.error ? 12 : 0 }}
                >
                  确认并提交预约
                </Button>
              </Form>
            </Section>
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <CostPreview
            priceModel={l.priceModel}
            priceFen={l.priceFen ?? null}
            voucher={chosen}
            program={chosen ? programs.get(chosen.programId) : undefined}
          />
        </Col>
      </Row>
    </Page>
  );
}

const voucherLabel = (v: Voucher) => `${v.programName} · ${v.code} · 可用 ${yuan(v.availableFen)}`;

function voucherHint(
  eligible: boolean,
  fitting: number,
  unfit: Voucher[],
  programs: Map<string, VoucherProgram>,
  listing: { category: string; voucherEligible: boolean },
): string | undefined {
  if (!eligible) return '该服务不支持使用服务券。';
  if (fitting > 0) return '每个订单可使用一张服务券；抵扣金额在提交（或确认报价）时从服务券中冻结。';
  if (unfit.length === 0) return '您暂无可用的服务券，可在“服务券”页面申请。';
  const reasons = unfit.map((v) => `${v.code}：${voucherRefusal(v, programs.get(v.programId), listing)}`);
  return `您的服务券不适用于该服务（${reasons.join('；')}）。`;
}

/** What the enterprise will pay, shown before it commits, computed as the API holds the voucher part. */
function CostPreview({
  priceModel,
  priceFen,
  voucher,
  program,
}: {
  priceModel: 'fixed' | 'from' | 'quote';
  priceFen: number | null;
  voucher?: Voucher;
  program?: VoucherProgram;
}) {
  if (priceModel === 'quote' || priceFen === null) {
    return (
      <Section title="费用">
        <Alert
          type="info"
          showIcon
          title="该服务价格面议"
          description={
            <>
              提交预约后，由服务机构根据您的需求报价；您确认报价时才形成成交价
              {voucher ? '，届时按服务券的覆盖比例和可用余额计算抵扣金额和企业自付金额' : ''}
              。确认前不产生任何费用。
            </>
          }
        />
        {voucher && program ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            所选服务券覆盖比例 {program.coverageBp / 100}%，当前可用 {yuan(voucher.availableFen)}。
          </Typography.Paragraph>
        ) : null}
      </Section>
    );
  }
  const split = voucher && program ? voucherSplit(priceFen, program.coverageBp, voucher.availableFen) : null;
  return (
    <Section title="费用预览">
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: { width: 130 } }}
        items={[
          { key: 'price', label: priceModel === 'from' ? '服务价格（起步价）' : '服务价格', children: yuan(priceFen) },
          {
            key: 'voucher',
            label: '服务券抵扣',
            children: split ? <Typography.Text type="success">{yuan(split.voucherFen)}</Typography.Text> : '—',
          },
          {
            key: 'copay',
            label: '企业自付',
            children: <Typography.Text strong>{yuan(split ? split.copayFen : priceFen)}</Typography.Text>,
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {split && program && voucher
          ? `服务券覆盖 ${program.coverageBp / 100}%（抵扣 = 价格 × 覆盖比例，向下取整到分，且不超过可用余额 ${yuan(voucher.availableFen)}；有效期至 ${date(program.validUntil)}）。`
          : '选择服务券后显示抵扣金额。'}
        {priceModel === 'from'
          ? '起步价服务：服务机构可按起步价直接接受，也可报价（不低于起步价）；如有报价，您确认报价时按成交价重新计算抵扣。'
          : '服务机构接受预约后，按上述金额支付企业自付部分。'}
      </Typography.Paragraph>
    </Section>
  );
}

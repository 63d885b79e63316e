import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Switch,
  Tag,
} from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, ApiError, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { applyFieldErrors } from '../../components/forms';
import { fenOf, yuanNumber } from '../../format';
import { keys, useCategories, useRegions } from './data';
import { LISTING_STATUS, PRICE_MODEL } from './labels';
import { decisionText } from './ListingsPage';

type Listing = Schema<'ListingView'>;
type PriceModel = Listing['priceModel'];

interface ListingForm {
  title: string;
  description: string;
  category: string;
  tags: string[];
  priceModel: PriceModel;
  price: number | null;
  unit: string;
  deliveryDays: number;
  regionCodes: string[];
  srdiSpecial: boolean;
  voucherEligible: boolean;
}

const UNITS = ['次', '项', '件', '年', '月', '人天', '套'];

const toForm = (l: Listing): ListingForm => ({
  title: l.title,
  description: l.description,
  category: l.category,
  tags: l.tags,
  priceModel: l.priceModel,
  price: yuanNumber(l.priceFen),
  unit: l.unit,
  deliveryDays: l.deliveryDays,
  regionCodes: l.regionCodes,
  srdiSpecial: l.srdiSpecial,
  voucherEligible: l.voucherEligible,
});

const toBody = (v: ListingForm): Schema<'CreateListingDto'> => ({
  title: v.title.trim(),
  description: v.description.trim(),
  category: v.category,
  tags: (v.tags ?? []).map((t) => t.trim()).filter(Boolean),
  priceModel: v.priceModel,
  priceFen: v.priceModel === 'quote' ? null : fenOf(v.price ?? ''),
  unit: v.unit.trim(),
  deliveryDays: v.deliveryDays,
  regionCodes: v.regionCodes,
  srdiSpecial: !!v.srdiSpecial,
  voucherEligible: !!v.voucherEligible,
});

/** 新建 / 编辑服务: a listing's form (the price entered in yuan, sent in fen). */
export function ListingFormPage() {
  const { id } = useParams<{ id: string }>();
  const isNew = !id || id === 'new';
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ListingForm>();
  const categories = useCategories();
  const regions = useRegions();
  const listing = useQuery({
    queryKey: keys.listing(id ?? 'new'),
    queryFn: () => ok(api.GET('/api/v1/listings/{id}', { params: { path: { id: id as string } } })),
    enabled: !isNew,
  });
  const filled = useRef(false);
  useEffect(() => {
    if (listing.data && !filled.current) {
      filled.current = true;
      form.setFieldsValue(toForm(listing.data));
    }
  }, [listing.data, form]);
  const save = useMutation({
    mutationFn: (v: ListingForm) =>
      isNew
        ? ok(api.POST('/api/v1/listings', { body: toBody(v) }))
        : ok(api.PATCH('/api/v1/listings/{id}', { params: { path: { id: id as string } }, body: toBody(v) })),
    onSuccess: () => {
      message.success(isNew ? '服务已创建（草稿），可在列表中发布' : '服务已保存');
      void queryClient.invalidateQueries({ queryKey: keys.listings });
      navigate('/provider/listings');
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error, { priceFen: 'price' });
    },
  });
  const priceModel = Form.useWatch('priceModel', form);

  if (!isNew && listing.isPending) return <Spin />;
  if (!isNew && !listing.data) return <ErrorAlert error={listing.error} />;
  const takenDown = listing.data?.status === 'taken_down';
  const status = listing.data && LISTING_STATUS[listing.data.status];

  return (
    <Page title={isNew ? '新建服务' : '编辑服务'} extra={status && <Tag color={status.color}>{status.text}</Tag>}>
      {listing.data && decisionText(listing.data) && (
        <Alert
          type={takenDown ? 'error' : 'warning'}
          showIcon
          message={decisionText(listing.data)}
          description={takenDown ? '被下架的服务不能修改或重新发布，如需继续提供请新建服务。' : undefined}
        />
      )}
      <Section>
        <Form<ListingForm>
          form={form}
          layout="vertical"
          disabled={takenDown}
          initialValues={{
            priceModel: 'fixed',
            tags: [],
            regionCodes: [],
            srdiSpecial: false,
            voucherEligible: false,
            deliveryDays: 30,
          }}
          onFinish={(v) => save.mutate(v)}
          onValuesChange={(changed: Partial<ListingForm>) => {
            if (changed.priceModel === 'quote') form.setFieldValue('price', null);
          }}
          scrollToFirstError
        >
          <Row gutter={16}>
            <Col span={16}>
              <Form.Item
                label="服务名称"
                name="title"
                rules={[
                  { required: true, whitespace: true, message: '请输入服务名称' },
                  { max: 100, message: '服务名称不超过 100 字' },
                ]}
              >
                <Input placeholder="如 发明专利申请代理（含检索与撰写）" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="服务类别" name="category" rules={[{ required: true, message: '请选择服务类别' }]}>
                <Select
                  loading={categories.isPending}
                  placeholder="请选择"
                  options={categories.items.map((c) => ({ label: c.name, value: c.code }))}
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                label="服务描述"
                name="description"
                rules={[
                  { required: true, whitespace: true, message: '请输入服务描述' },
                  { max: 5000, message: '服务描述不超过 5000 字' },
                ]}
              >
                <Input.TextArea rows={4} showCount maxLength={5000} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                label="标签"
                name="tags"
                extra="输入后按回车添加，最多 20 个，每个不超过 20 字"
                rules={[
                  {
                    validator: (_, tags: string[] = []) =>
                      tags.length > 20
                        ? Promise.reject(new Error('标签最多 20 个'))
                        : tags.some((t) => t.trim().length > 20)
                          ? Promise.reject(new Error('每个标签不超过 20 字'))
                          : Promise.resolve(),
                  },
                ]}
              >
                <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="计价方式" name="priceModel" rules={[{ required: true, message: '请选择计价方式' }]}>
                <Radio.Group
                  optionType="button"
                  options={(Object.keys(PRICE_MODEL) as PriceModel[]).map((m) => ({
                    label: m === 'quote' ? '面议' : PRICE_MODEL[m],
                    value: m,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                label={priceModel === 'from' ? '起步价（元）' : '价格（元）'}
                name="price"
                dependencies={['priceModel']}
                rules={[
                  {
                    required: priceModel !== 'quote',
                    message: '请输入价格',
                  },
                ]}
              >
                <InputNumber
                  min={0}
                  max={1_000_000_000}
                  precision={2}
                  style={{ width: '100%' }}
                  disabled={priceModel === 'quote' || takenDown}
                  placeholder={priceModel === 'quote' ? '面议，无需填写' : '如 4500.00'}
                />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item
                label="计价单位"
                name="unit"
                rules={[
                  { required: true, whitespace: true, message: '请输入单位' },
                  { max: 10, message: '单位不超过 10 字' },
                ]}
              >
                <AutoComplete options={UNITS.map((u) => ({ value: u }))} placeholder="次 / 项 / 件" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                label="交付周期（天）"
                name="deliveryDays"
                rules={[{ required: true, message: '请输入交付周期' }]}
              >
                <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                label="服务区域"
                name="regionCodes"
                extra="选择宁波市即服务全市各区县"
                rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个服务区域' }]}
              >
                <Select
                  mode="multiple"
                  loading={regions.isPending}
                  placeholder="请选择"
                  options={regions.items.map((r) => ({ label: r.name, value: r.code }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="专精特新专属优惠" name="srdiSpecial" valuePropName="checked">
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="可使用服务券" name="voucherEligible" valuePropName="checked">
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
          </Row>
          <ErrorAlert error={save.error} />
          <Space style={{ marginTop: 16 }}>
            {!takenDown && (
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                保存
              </Button>
            )}
            <Button disabled={false} onClick={() => navigate('/provider/listings')}>
              返回列表
            </Button>
          </Space>
        </Form>
      </Section>
    </Page>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Switch,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import { applyFieldErrors } from '../../components/forms';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { fenOf, yuanNumber } from '../../format';
import { demandKeys, shanghaiToday, useCatalog, useDemand } from './data';
import { type Demand, VISIBILITY, type Visibility } from './labels';
import { DemandStatusTag } from './parts';

interface DemandForm {
  title: string;
  description: string;
  category: string;
  regionCode: string;
  budgetMin: number | null;
  budgetMax: number | null;
  deadline: Dayjs;
  voucherIntended: boolean;
  visibility: Visibility;
}

const toForm = (d: Demand): DemandForm => ({
  title: d.title,
  description: d.description,
  category: d.category,
  regionCode: d.regionCode,
  budgetMin: yuanNumber(d.budgetMinFen),
  budgetMax: yuanNumber(d.budgetMaxFen),
  deadline: dayjs(d.deadline),
  voucherIntended: d.voucherIntended,
  visibility: d.visibility,
});

/** Yuan typed in the form to the API's integer fen (the bounds are optional). */
const toBody = (v: DemandForm): Schema<'CreateDemandDto'> => ({
  title: v.title.trim(),
  description: v.description.trim(),
  category: v.category,
  regionCode: v.regionCode,
  budgetMinFen: v.budgetMin === null || v.budgetMin === undefined ? null : fenOf(v.budgetMin),
  budgetMaxFen: v.budgetMax === null || v.budgetMax === undefined ? null : fenOf(v.budgetMax),
  deadline: v.deadline.format('YYYY-MM-DD'),
  voucherIntended: !!v.voucherIntended,
  visibility: v.visibility,
});

type Intent = 'draft' | 'publish';

/** 发布需求 / 编辑需求: a demand's form, saved as a draft or saved and published; editable while draft. */
export function DemandFormPage() {
  const { id } = useParams<{ id: string }>();
  const isNew = !id;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DemandForm>();
  const catalog = useCatalog();
  const existing = useDemand(id ?? '', !isNew);
  const intent = useRef<Intent>('draft');
  const filled = useRef(false);
  useEffect(() => {
    if (existing.data && !filled.current) {
      filled.current = true;
      form.setFieldsValue(toForm(existing.data));
    }
  }, [existing.data, form]);
  const visibility = Form.useWatch('visibility', form) ?? 'pool';
  const submit = (next: Intent) => {
    intent.current = next;
    form.submit();
  };

  const save = useMutation({
    mutationFn: async ({ values, publish }: { values: DemandForm; publish: boolean }) => {
      const body = toBody(values);
      const saved = isNew
        ? await ok(api.POST('/api/v1/demands', { body }))
        : await ok(api.PATCH('/api/v1/demands/{id}', { params: { path: { id: id as string } }, body }));
      if (!publish) return { demand: saved, published: false };
      try {
        const open = await ok(api.POST('/api/v1/demands/{id}/publish', { params: { path: { id: saved.id } } }));
        return { demand: open, published: true };
      } catch (error) {
        // Saved, but not published: the draft stays; say why on its page.
        return { demand: saved, published: false, publishError: error };
      }
    },
    onSuccess: ({ demand, published, publishError }) => {
      void queryClient.invalidateQueries({ queryKey: demandKeys.all });
      if (publishError) message.error(`需求已保存为草稿，但未能发布：${(publishError as Error).message}`);
      else message.success(published ? '需求已发布，相关服务机构将收到通知' : '需求已保存为草稿');
      navigate(`/enterprise/demands/${demand.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError)
        applyFieldErrors(form, error, { budgetMinFen: 'budgetMin', budgetMaxFen: 'budgetMax' });
    },
  });

  if (!isNew && existing.isPending) return <Spin />;
  if (!isNew && !existing.data)
    return (
      <Page title="编辑需求">
        <ErrorAlert error={existing.error} />
        <Link to="/enterprise/demands">返回我的需求</Link>
      </Page>
    );
  const locked = !!existing.data && existing.data.status !== 'draft';
  const today = shanghaiToday();

  return (
    <Page
      title={isNew ? '发布需求' : '编辑需求'}
      extra={existing.data ? <DemandStatusTag status={existing.data.status} /> : null}
    >
      {locked ? <Alert type="info" showIcon title="需求发布后不能再修改；如需调整，请关闭该需求后重新发布。" /> : null}
      <Section>
        <Form<DemandForm>
          form={form}
          layout="vertical"
          disabled={locked}
          initialValues={{ visibility: 'pool', voucherIntended: false, budgetMin: null, budgetMax: null }}
          onFinish={(values) => save.mutate({ values, publish: intent.current === 'publish' })}
          scrollToFirstError
        >
          <Row gutter={16}>
            <Col xs={24} lg={16}>
              <Form.Item
                label="需求标题"
                name="title"
                rules={[
                  { required: true, whitespace: true, message: '请填写需求标题' },
                  { max: 100, message: '需求标题不超过 100 字' },
                ]}
              >
                <Input placeholder="如 汽车零部件企业MES系统选型与数字化诊断" maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={8}>
              <Form.Item label="服务类别" name="category" rules={[{ required: true, message: '请选择服务类别' }]}>
                <Select
                  loading={catalog.loading}
                  placeholder="请选择"
                  options={catalog.categories.map((c) => ({ value: c.code, label: c.name }))}
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                label="需求描述"
                name="description"
                extra="请说明企业情况、希望解决的问题、期望成果和时间要求，描述越具体，越容易匹配到合适的服务机构。"
                rules={[
                  { required: true, whitespace: true, message: '请填写需求描述' },
                  { max: 4000, message: '需求描述不超过 4000 字' },
                ]}
              >
                <Input.TextArea rows={5} showCount maxLength={4000} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label="所在地区"
                name="regionCode"
                extra="服务机构按服务区域匹配"
                rules={[{ required: true, message: '请选择所在地区' }]}
              >
                <Select
                  loading={catalog.loading}
                  placeholder="请选择"
                  showSearch={{ optionFilterProp: 'label' }}
                  options={catalog.regions.map((r) => ({ value: r.code, label: r.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item label="预算下限（元）" name="budgetMin">
                <InputNumber min={0} max={1_000_000_000} precision={2} style={{ width: '100%' }} placeholder="可不填" />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item
                label="预算上限（元）"
                name="budgetMax"
                dependencies={['budgetMin']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, max: number | null) => {
                      const min = getFieldValue('budgetMin') as number | null;
                      return max !== null && max !== undefined && min !== null && min !== undefined && min > max
                        ? Promise.reject(new Error('上限不能低于下限'))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                <InputNumber min={0} max={1_000_000_000} precision={2} style={{ width: '100%' }} placeholder="可不填" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                label="截止日期"
                name="deadline"
                extra="截止当天 24:00 停止征集方案"
                rules={[{ required: true, message: '请选择截止日期' }]}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  format="YYYY-MM-DD"
                  disabledDate={(d) => d.format('YYYY-MM-DD') < today}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label="是否计划使用服务券"
                name="voucherIntended"
                valuePropName="checked"
                extra="告知服务机构您打算用服务券支付部分费用；采纳方案时再选择具体的服务券。"
              >
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                label="可见范围"
                name="visibility"
                extra={VISIBILITY[visibility].hint}
                rules={[{ required: true, message: '请选择可见范围' }]}
              >
                <Radio.Group
                  optionType="button"
                  options={(Object.keys(VISIBILITY) as Visibility[]).map((v) => ({
                    value: v,
                    label: VISIBILITY[v].label,
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <ErrorAlert error={save.error} />
          {!locked ? (
            <Space style={{ marginTop: 16 }} wrap>
              {/* Not submit buttons: Enter in a field must not publish the demand (publishing cannot be undone). */}
              <Button
                type="primary"
                loading={save.isPending && intent.current === 'publish'}
                disabled={save.isPending}
                onClick={() => submit('publish')}
              >
                保存并发布
              </Button>
              <Button
                loading={save.isPending && intent.current === 'draft'}
                disabled={save.isPending}
                onClick={() => submit('draft')}
              >
                保存草稿
              </Button>
              <Button
                disabled={false}
                onClick={() => navigate(isNew ? '/enterprise/demands' : `/enterprise/demands/${id}`)}
              >
                取消
              </Button>
              <Typography.Text type="secondary">发布后需求内容不能再修改。</Typography.Text>
            </Space>
          ) : (
            <Button disabled={false} style={{ marginTop: 16 }} onClick={() => navigate(`/enterprise/demands/${id}`)}>
              返回需求
            </Button>
          )}
        </Form>
      </Section>
    </Page>
  );
}

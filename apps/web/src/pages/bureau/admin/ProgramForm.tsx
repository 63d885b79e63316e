import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, ApiError, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { applyFieldErrors } from '../../../components/forms';
import { ErrorAlert } from '../../../components/Page';
import { toFen, YuanInput } from './fields';
import { TIER_LABELS } from './labels';

type Tier = Schema<'CreateVoucherProgramDto'>['tiers'][number];

interface ProgramValues {
  name: string;
  year: number;
  budget: number;
  coverage: number;
  maxFaceValue: number;
  perEnterpriseCap: number;
  categories: string[];
  tiers: Tier[];
  applyFrom: Dayjs;
  applyUntil: Dayjs;
  validFrom: Dayjs;
  validUntil: Dayjs;
}

/** The API's field names -> the form's, and its cross-field refusals in Chinese. */
const FIELD_NAMES: Record<string, string> = {
  budgetFen: 'budget',
  coverageBp: 'coverage',
  maxFaceValueFen: 'maxFaceValue',
  perEnterpriseYearCapFen: 'perEnterpriseCap',
};
const API_MESSAGES: Array<[RegExp, string]> = [
  [/applyUntil must not be before/, '申请截止日期不能早于申请开始日期'],
  [/validUntil must not be before/, '有效期截止日期不能早于开始日期'],
  [/must not exceed budgetFen/, '单张面额上限不能超过总预算'],
  [/must not exceed perEnterpriseYearCapFen/, '单张面额上限不能超过每家企业年度上限'],
  [/unknown categories/, '包含不存在的服务类别'],
];

const TIER_OPTIONS = Object.entries(TIER_LABELS).map(([value, text]) => ({ value, label: text }));
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 新建服务券项目: every field of POST /voucher-programs, money in yuan, coverage in %. */
export function ProgramFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<ProgramValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const categories = useQuery({ queryKey: ['categories'], queryFn: () => ok(api.GET('/api/v1/categories')) });
  const create = useMutation({
    mutationFn: (v: ProgramValues) =>
      ok(
        api.POST('/api/v1/voucher-programs', {
          body: {
            name: v.name.trim(),
            year: v.year,
            budgetFen: toFen(v.budget),
            coverageBp: Math.round(v.coverage * 100),
            maxFaceValueFen: toFen(v.maxFaceValue),
            perEnterpriseYearCapFen: toFen(v.perEnterpriseCap),
            categories: v.categories,
            tiers: v.tiers,
            applyFrom: day(v.applyFrom),
            applyUntil: day(v.applyUntil),
            validFrom: day(v.validFrom),
            validUntil: day(v.validUntil),
          },
        }),
      ),
    onSuccess: (program) => {
      message.success(`已创建服务券项目：${program.name}`);
      queryClient.invalidateQueries({ queryKey: ['voucher-programs'] });
      queryClient.invalidateQueries({ queryKey: ['stats'] });
      form.resetFields();
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      applyFieldErrors(form, error, FIELD_NAMES);
      // Cross-field refusals carry no rule names: word them from the API's message.
      const fields = error.fields.flatMap((f) => {
        const words = f.messages.map((m) => API_MESSAGES.find(([re]) => re.test(m))?.[1]).filter(Boolean);
        return words.length ? [{ name: FIELD_NAMES[f.field] ?? f.field, errors: words as string[] }] : [];
      });
      if (fields.length) form.setFields(fields as never);
    },
  });

  const notBefore = (other: keyof ProgramValues, text: string) => ({
    validator: (_: unknown, v: Dayjs | undefined) => {
      const from = form.getFieldValue(other) as Dayjs | undefined;
      return !v || !from || !v.isBefore(from, 'day') ? Promise.resolve() : Promise.reject(new Error(text));
    },
  });
  const notAbove = (other: keyof ProgramValues, text: string) => ({
    validator: (_: unknown, v: number | undefined) => {
      const cap = form.getFieldValue(other) as number | undefined;
      return v === undefined || v === null || cap === undefined || cap === null || v <= cap
        ? Promise.resolve()
        : Promise.reject(new Error(text));
    },
  });
  const amount = (what: string) => [
    { required: true, message: `请输入${what}` },
    { type: 'number' as const, min: 0.01, message: `${what}应大于 0` },
  ];

  return (
    <Modal
      title="新建服务券项目"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="创建"
      confirmLoading={create.isPending}
      width={760}
      destroyOnHidden
    >
      <Form<ProgramValues>
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear(), coverage: 50 }}
        onFinish={(v) => create.mutate(v)}
      >
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              label="项目名称"
              name="name"
              rules={[{ required: true, whitespace: true, max: 100, message: '请输入项目名称（100 字以内）' }]}
            >
              <Input placeholder="如：2026年度宁波市专精特新服务券" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="年度" name="year" rules={[{ required: true, message: '请输入年度' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="总预算（元）" name="budget" rules={amount('总预算')}>
              <YuanInput />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label="补贴比例（%）"
              name="coverage"
              rules={[
                { required: true, type: 'number', min: 0.01, max: 100, message: '请输入 0.01 到 100 之间的比例' },
              ]}
              tooltip="服务券支付成交价的比例"
            >
              <InputNumber min={0.01} max={100} precision={2} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label="单张面额上限（元）"
              name="maxFaceValue"
              dependencies={['budget', 'perEnterpriseCap']}
              rules={[
                ...amount('单张面额上限'),
                notAbove('budget', '单张面额上限不能超过总预算'),
                notAbove('perEnterpriseCap', '单张面额上限不能超过每家企业年度上限'),
              ]}
            >
              <YuanInput />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="每家企业年度上限（元）" name="perEnterpriseCap" rules={amount('每家企业年度上限')}>
              <YuanInput />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              label="适用企业等级"
              name="tiers"
              rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个企业等级' }]}
            >
              <Checkbox.Group options={TIER_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              label="适用服务类别"
              name="categories"
              rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个服务类别' }]}
            >
              <Checkbox.Group options={(categories.data ?? []).map((c) => ({ value: c.code, label: c.name }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="申请开始日期" name="applyFrom" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              label="申请截止日期"
              name="applyUntil"
              dependencies={['applyFrom']}
              rules={[{ required: true, message: '请选择日期' }, notBefore('applyFrom', '不能早于申请开始日期')]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="有效期开始日期" name="validFrom" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              label="有效期截止日期"
              name="validUntil"
              dependencies={['validFrom']}
              rules={[{ required: true, message: '请选择日期' }, notBefore('validFrom', '不能早于有效期开始日期')]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <ErrorAlert error={create.error} />
      </Form>
    </Modal>
  );
}

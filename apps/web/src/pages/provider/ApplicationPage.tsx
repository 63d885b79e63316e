import { CheckCircleTwoTone, CloseCircleTwoTone, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { api, ApiError, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { applyFieldErrors } from '../../components/forms';
import { date, dateTime } from '../../format';
import { keys, useCategories, useOwnProfile, useRegions } from './data';
import { ADMISSION_CHECK, labelOf, POOL_DECISION, PROFILE_FIELD, PROVIDER_STATUS } from './labels';

type Profile = Schema<'ProviderProfileView'>;

interface QualificationRow {
  kind?: string;
  number?: string;
  issuer?: string;
  validUntil?: Dayjs | null;
}

interface ProfileForm {
  name?: string;
  regionCode?: string;
  legalRepresentative?: string;
  contactName?: string;
  contactPhone?: string;
  address?: string;
  introduction?: string;
  categories?: string[];
  qualifications?: QualificationRow[];
  staffCount?: number | null;
}

/** Mainland mobile or landline, as the API checks it. */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
/** Statuses from which the application may be (re)submitted. */
const SUBMITTABLE = ['draft', 'returned', 'rejected', 'removed'];

const text = (max: number, label: string) => [
  { max, message: `${label}不超过 ${max} 字` },
  { whitespace: true, message: `${label}不能只有空格` },
];

function toForm(p: Profile): ProfileForm {
  return {
    name: p.name,
    regionCode: p.regionCode,
    legalRepresentative: p.legalRepresentative ?? undefined,
    contactName: p.contactName ?? undefined,
    contactPhone: p.contactPhone ?? undefined,
    address: p.address ?? undefined,
    introduction: p.introduction ?? undefined,
    categories: p.categories,
    qualifications: p.qualifications.map((q) => ({ ...q, validUntil: dayjs(q.validUntil) })),
    staffCount: p.staffCount,
  };
}

/** The PATCH body: filled fields only (the API keeps what is left out), trimmed. */
function toBody(v: ProfileForm): Schema<'UpdateProviderProfileDto'> {
  const body: Schema<'UpdateProviderProfileDto'> = {};
  for (const key of [
    'name',
    'regionCode',
    'legalRepresentative',
    'contactName',
    'contactPhone',
    'address',
    'introduction',
  ] as const) {
    const value = v[key]?.trim();
    if (value) body[key] = value;
  }
  body.categories = v.categories ?? [];
  body.qualifications = (v.qualifications ?? []).map((q) => ({
    kind: q.kind?.trim() ?? '',
    number: q.number?.trim() ?? '',
    issuer: q.issuer?.trim() ?? '',
    validUntil: q.validUntil ? q.validUntil.format('YYYY-MM-DD') : '',
  }));
  if (typeof v.staffCount === 'number') body.staffCount = v.staffCount;
  return body;
}

/** 入池申请: the provider's profile, its submission for review, and the pool's decision. */
export function ApplicationPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileForm>();
  const queryClient = useQueryClient();
  const profile = useOwnProfile();
  const categories = useCategories();
  const regions = useRegions();
  const p = profile.data;

  // The form starts from the stored profile once; later refetches never overwrite what is being typed.
  const filled = useRef(false);
  useEffect(() => {
    if (p && !filled.current) {
      filled.current = true;
      form.setFieldsValue(toForm(p));
    }
  }, [p, form]);

  const onError = (error: Error) => {
    if (!(error instanceof ApiError)) return;
    if (error.code === 'PROFILE_INCOMPLETE') {
      form.setFields(
        error.fields.map((f) => ({
          name: f.field as keyof ProfileForm,
          errors: [`提交审核前须填写${PROFILE_FIELD[f.field] ?? ''}`],
        })),
      );
    } else applyFieldErrors(form, error);
  };
  const done = (data: Profile) => queryClient.setQueryData(keys.profile, data);
  const save = useMutation({
    mutationFn: (v: ProfileForm) => ok(api.PATCH('/api/v1/providers/me', { body: toBody(v) })),
    onSuccess: (data) => {
      done(data);
      message.success('资料已保存');
    },
    onError,
  });
  const submit = useMutation({
    mutationFn: async (v: ProfileForm) => {
      done(await ok(api.PATCH('/api/v1/providers/me', { body: toBody(v) })));
      return ok(api.POST('/api/v1/providers/me/submit'));
    },
    onSuccess: (data) => {
      done(data);
      message.success('已提交审核');
    },
    onError,
  });

  if (profile.isPending) return <Spin />;
  if (!p) return <ErrorAlert error={profile.error} />;

  const status = labelOf(PROVIDER_STATUS, p.status);
  const underReview = p.status === 'submitted';
  const waitUntil = p.reapplyAfter && new Date(p.reapplyAfter) > new Date() ? p.reapplyAfter : null;
  const canSubmit = SUBMITTABLE.includes(p.status) && !waitUntil;
  const busy = save.isPending || submit.isPending;
  const submitNow = () =>
    form
      .validateFields()
      .then((v) => submit.mutate(v))
      .catch(() => undefined);

  return (
    <Page title="入池申请" extra={<Tag color={status.color}>{status.text}</Tag>}>
      <StatusSection profile={p} waitUntil={waitUntil} />
      <Section title="机构资料">
        {underReview && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message="申请正在审核中，审核结束前不能修改资料。" />
        )}
        <Form<ProfileForm>
          form={form}
          layout="vertical"
          disabled={underReview}
          onFinish={(v) => save.mutate(v)}
          scrollToFirstError
        >
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item
                label="单位名称"
                name="name"
                rules={[{ required: true, message: '请输入单位名称' }, ...text(100, '单位名称')]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="统一社会信用代码">
                <Input value={p.uscc} disabled />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="法定代表人" name="legalRepresentative" required rules={text(100, '法定代表人')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="联系人" name="contactName" required rules={text(100, '联系人')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                label="联系电话"
                name="contactPhone"
                required
                rules={[{ pattern: PHONE, message: '请输入手机号或座机号（如 0574-87654321）' }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="所在区县" name="regionCode">
                <Select
                  loading={regions.isPending}
                  options={regions.districts.map((r) => ({ label: r.name, value: r.code }))}
                />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item label="地址" name="address" required rules={text(100, '地址')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="机构简介" name="introduction" required rules={text(2000, '机构简介')}>
                <Input.TextArea rows={3} showCount maxLength={2000} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="服务类别" name="categories" required>
                <Checkbox.Group options={categories.items.map((c) => ({ label: c.name, value: c.code }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="员工人数" name="staffCount">
                <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} suffix="人" />
              </Form.Item>
            </Col>
          </Row>
          <Qualifications />
          <Typography.Paragraph type="secondary">
            带 * 的项目在提交审核时必须填写；保存可随时进行。
          </Typography.Paragraph>
          <ErrorAlert error={save.error ?? submit.error} />
          <Space style={{ marginTop: 16 }}>
            <Button htmlType="submit" loading={save.isPending} disabled={busy || underReview}>
              保存
            </Button>
            {SUBMITTABLE.includes(p.status) && (
              <Button type="primary" onClick={submitNow} loading={submit.isPending} disabled={busy || !canSubmit}>
                提交审核
              </Button>
            )}
          </Space>
        </Form>
      </Section>
    </Page>
  );
}

/** The qualifications list: kind, number, issuer, valid until. */
function Qualifications() {
  return (
    <Form.List name="qualifications">
      {(fields, { add, remove }) => (
        <Form.Item label="资质证书" style={{ marginBottom: 8 }}>
          {fields.map((field) => (
            <Row key={field.key} gutter={12} align="top">
              <Col span={6}>
                <Form.Item
                  label="资质类型"
                  name={[field.name, 'kind']}
                  rules={[{ required: true, message: '请输入资质类型' }, ...text(100, '资质类型')]}
                >
                  <Input placeholder="如 专利代理机构执业许可证" />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item
                  label="证书编号"
                  name={[field.name, 'number']}
                  rules={[{ required: true, message: '请输入证书编号' }, ...text(100, '证书编号')]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item
                  label="发证机关"
                  name={[field.name, 'issuer']}
                  rules={[{ required: true, message: '请输入发证机关' }, ...text(100, '发证机关')]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item
                  label="有效期至"
                  name={[field.name, 'validUntil']}
                  rules={[{ required: true, message: '请选择有效期' }]}
                >
                  <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
                </Form.Item>
              </Col>
              <Col span={2} style={{ paddingTop: 30 }}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label="删除此资质"
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            添加资质
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

/** Where the application stands: status, last decision with its reason, re-application date, admission checks. */
function StatusSection({ profile: p, waitUntil }: { profile: Profile; waitUntil: string | null }) {
  const decision = p.lastDecision;
  const decisionAlert =
    decision &&
    (p.status === 'returned' || p.status === 'rejected' || p.status === 'suspended' || p.status === 'removed');
  return (
    <Section title="申请状态">
      <Space direction="vertical" style={{ width: '100%' }}>
        {p.status === 'draft' && (
          <Alert type="info" showIcon message="请完善机构资料并提交审核，审核通过后即可入池发布服务。" />
        )}
        {p.status === 'submitted' && (
          <Alert type="info" showIcon message={`已于 ${dateTime(p.submittedAt)} 提交，正在等待主管部门审核。`} />
        )}
        {p.status === 'approved' && (
          <Alert type="success" showIcon message={`已入池（${date(p.admittedAt)}），可以发布服务、承接订单。`} />
        )}
        {decisionAlert && (
          <Alert
            type={p.status === 'returned' ? 'warning' : 'error'}
            showIcon
            message={`${POOL_DECISION[decision.action] ?? decision.action}：${decision.reason ?? '（未填写理由）'}`}
            description={
              p.status === 'returned'
                ? '请按审核意见修改资料后重新提交审核。'
                : waitUntil
                  ? `可于 ${dateTime(waitUntil)} 之后重新提交申请。`
                  : p.status === 'rejected' || p.status === 'removed'
                    ? '现在可以修改资料并重新提交申请。'
                    : undefined
            }
          />
        )}
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label="状态">{labelOf(PROVIDER_STATUS, p.status).text}</Descriptions.Item>
          <Descriptions.Item label="提交时间">{dateTime(p.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label="入池时间">{date(p.admittedAt)}</Descriptions.Item>
          <Descriptions.Item label="最近一次审核">
            {decision ? `${POOL_DECISION[decision.action] ?? decision.action}（${dateTime(decision.at)}）` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="审核意见" span={2}>
            {decision?.reason ?? '—'}
          </Descriptions.Item>
        </Descriptions>
        {p.checks.length > 0 && (
          <Space wrap size="large">
            <Typography.Text strong>入池条件核查</Typography.Text>
            {p.checks.map((c) => (
              <Space key={c.code} size={4}>
                {c.passed ? (
                  <CheckCircleTwoTone twoToneColor="#52c41a" />
                ) : (
                  <CloseCircleTwoTone twoToneColor="#ff4d4f" />
                )}
                <Typography.Text type={c.passed ? undefined : 'danger'}>
                  {ADMISSION_CHECK[c.code] ?? c.code}
                  {c.passed ? '' : '（未满足）'}
                </Typography.Text>
              </Space>
            ))}
          </Space>
        )}
      </Space>
    </Section>
  );
}

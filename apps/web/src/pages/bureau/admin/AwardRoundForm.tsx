import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Divider, Drawer, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api, ApiError, ok } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import type { Schema } from '../../../api/types';
import { applyFieldErrors } from '../../../components/forms';
import { yuan } from '../../../format';
import { toFen, YuanInput } from './fields';

interface TierValues {
  fromRank: number;
  toRank: number;
  amount: number;
}

interface RoundValues {
  year: number;
  budget: number;
  served: number;
  satisfaction: number;
  effectiveness: number;
  priorWeight: number;
  minServed: number;
  minRatings: number;
  minOrder: number;
  admittedBy: string;
  noticeDays: number;
  tiers: TierValues[];
}

/** DOMAIN.md §7 defaults. */
const DEFAULTS: Omit<RoundValues, 'year' | 'budget'> = {
  served: 0.4,
  satisfaction: 0.35,
  effectiveness: 0.25,
  priorWeight: 5,
  minServed: 3,
  minRatings: 3,
  minOrder: 1000,
  admittedBy: '06-30',
  noticeDays: 7,
  tiers: [
    { fromRank: 1, toRank: 3, amount: 500_000 },
    { fromRank: 4, toRank: 6, amount: 300_000 },
    { fromRank: 7, toRank: 10, amount: 100_000 },
  ],
};
const CAP_YUAN = 500_000;

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const validMonthDay = (v: string) => {
  if (!MONTH_DAY.test(v)) return false;
  const [m, d] = v.split('-').map(Number);
  return d <= new Date(Date.UTC(2024, m, 0)).getUTCDate(); // a leap year: 02-29 is a day of some years
};

const tiersTotal = (tiers: TierValues[] | undefined) =>
  (tiers ?? []).reduce(
    (sum, t) => sum + (t && t.toRank >= t.fromRank ? (t.toRank - t.fromRank + 1) * toFen(t.amount) : 0),
    0,
  );

/** An award round refused: its first problem and every other one, in Chinese. */
function Refusal({ error }: { error: unknown }) {
  if (!error) return null;
  if (!(error instanceof ApiError)) return <Alert type="error" showIcon message="网络异常，请稍后再试" />;
  const others = Array.isArray(error.details)
    ? (error.details as Array<{ code?: string }>)
        .map((d) => d.code)
        .filter((c): c is string => !!c && c !== error.code)
        .map((c) => errorMessage(c))
    : [];
  return (
    <Alert
      type="error"
      showIcon
      message={error.message}
      description={others.length ? `另外：${others.join('；')}` : undefined}
    />
  );
}

/** 新建评选: a year, its budget in yuan and the configuration (weights, thresholds, tiers). */
export function AwardRoundDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<RoundValues>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const budget = Form.useWatch('budget', form);
  const tiers = Form.useWatch('tiers', form);
  const weights = [
    Form.useWatch('served', form),
    Form.useWatch('satisfaction', form),
    Form.useWatch('effectiveness', form),
  ];
  const weightSum = weights.reduce<number>((s, w) => s + (typeof w === 'number' ? w : 0), 0);
  const total = tiersTotal(tiers);
  const create = useMutation({
    mutationFn: (v: RoundValues) => {
      const body: Schema<'CreateAwardRoundDto'> = {
        year: v.year,
        budgetFen: toFen(v.budget),
        config: {
          weights: { served: v.served, satisfaction: v.satisfaction, effectiveness: v.effectiveness },
          priorWeight: v.priorWeight as never,
          minServed: v.minServed as never,
          minRatings: v.minRatings as never,
          minOrderFen: toFen(v.minOrder) as never,
          admittedBy: v.admittedBy as never,
          noticeDays: v.noticeDays as never,
          tiers: v.tiers.map((t) => ({ fromRank: t.fromRank, toRank: t.toRank, amountFen: toFen(t.amount) })),
        },
      };
      return ok(api.POST('/api/v1/award-rounds', { body }));
    },
    onSuccess: (round) => {
      message.success(`已创建 ${round.year} 年度评选`);
      queryClient.invalidateQueries({ queryKey: ['award-rounds'] });
      form.resetFields();
      onClose();
      navigate(`/bureau/awards/${round.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error, { budgetFen: 'budget' });
    },
  });
  const weight = (name: 'served' | 'satisfaction' | 'effectiveness', text: string) => (
    <Col span={8}>
      <Form.Item
        label={text}
        name={name}
        rules={[{ required: true, type: 'number', min: 0, max: 1, message: '0 到 1 之间' }]}
      >
        <InputNumber min={0} max={1} step={0.05} precision={4} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  return (
    <Drawer
      title="新建优质服务机构评选"
      open={open}
      onClose={onClose}
      width={640}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            创建评选
          </Button>
        </Space>
      }
    >
      <Form<RoundValues>
        form={form}
        layout="vertical"
        initialValues={{ ...DEFAULTS, year: new Date().getFullYear() - 1 }}
        onFinish={(v) => create.mutate(v)}
        onValuesChange={() => create.reset()}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="评选年度" name="year" rules={[{ required: true, message: '请输入年度' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              label="奖励预算（元）"
              name="budget"
              rules={[
                { required: true, message: '请输入奖励预算' },
                { type: 'number', min: 0.01, message: '奖励预算应大于 0' },
              ]}
            >
              <YuanInput />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">评分权重（三项合计为 1）</Divider>
        <Row gutter={16}>
          {weight('served', '服务企业数权重')}
          {weight('satisfaction', '满意度权重')}
          {weight('effectiveness', '成效权重')}
        </Row>
        <Typography.Text type={Math.abs(weightSum - 1) <= 1e-9 ? 'secondary' : 'danger'}>
          当前合计 {+weightSum.toFixed(4)}
        </Typography.Text>
        <Divider titlePlacement="start">参评条件</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              label="先验权重 C"
              name="priorWeight"
              rules={[{ required: true, message: '请输入先验权重' }]}
              tooltip="满意度和成效按全体平均分加权的票数"
            >
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="最少服务企业数" name="minServed" rules={[{ required: true, message: '请输入' }]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="最少评价企业数" name="minRatings" rules={[{ required: true, message: '请输入' }]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label="计入订单最低金额（元）"
              name="minOrder"
              rules={[{ required: true, message: '请输入金额' }]}
            >
              <YuanInput />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label="入池截止日（MM-DD）"
              name="admittedBy"
              rules={[
                { required: true, message: '请输入日期' },
                {
                  validator: (_, v: string | undefined) =>
                    !v || validMonthDay(v) ? Promise.resolve() : Promise.reject(new Error('格式应为 MM-DD，如 06-30')),
                },
              ]}
            >
              <Input placeholder="06-30" maxLength={5} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="公示天数" name="noticeDays" rules={[{ required: true, message: '请输入天数' }]}>
              <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">奖励档次（每个名次的奖励，单个机构不超过 50 万元）</Divider>
        <Form.List name="tiers">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }, i) => (
                <Row gutter={8} key={key} align="top">
                  <Col span={6}>
                    <Form.Item name={[name, 'fromRank']} rules={[{ required: true, message: '起始名次' }]}>
                      <InputNumber
                        min={1}
                        precision={0}
                        prefix="第"
                        aria-label={`第 ${i + 1} 档起始名次`}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item name={[name, 'toRank']} rules={[{ required: true, message: '截止名次' }]}>
                      <InputNumber
                        min={1}
                        precision={0}
                        prefix="至"
                        suffix="名"
                        aria-label={`第 ${i + 1} 档截止名次`}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={10}>
                    <Form.Item
                      name={[name, 'amount']}
                      rules={[
                        { required: true, message: '请输入金额' },
                        { type: 'number', max: CAP_YUAN, message: '不能超过 500,000 元' },
                      ]}
                    >
                      <YuanInput aria-label={`第 ${i + 1} 档每名奖励`} />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={`删除第 ${i + 1} 档`}
                      onClick={() => remove(name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => {
                  const last = (tiers ?? []).at(-1);
                  const from = last ? last.toRank + 1 : 1;
                  add({ fromRank: from, toRank: from, amount: 100_000 });
                }}
              >
                添加档次
              </Button>
            </>
          )}
        </Form.List>
        <div style={{ margin: '12px 0' }}>
          <Typography.Text type={typeof budget === 'number' && total > toFen(budget) ? 'danger' : 'secondary'}>
            奖励合计 {yuan(total)}
            {typeof budget === 'number' ? `，预算 ${yuan(toFen(budget))}` : ''}
          </Typography.Text>
        </div>
        <Refusal error={create.error} />
      </Form>
    </Drawer>
  );
}

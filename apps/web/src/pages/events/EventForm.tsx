import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Drawer, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { api, ApiError, ok } from '../../api/client';
import { applyFieldErrors } from '../../components/forms';
import { ErrorAlert } from '../../components/Page';
import { useCategories } from '../public/shared';
import { beijingInstant, eventKeys } from './data';

interface EventValues {
  title: string;
  description?: string;
  time: [Dayjs, Dayjs];
  online: boolean;
  place: string;
  categories: string[];
  enterpriseCapacity: number;
  providerCapacity: number;
}

/** The API's cross-field refusals, in Chinese, on the form's fields. */
const API_MESSAGES: Array<[RegExp, string, string]> = [
  [/endsAt must be after startsAt/, 'time', '结束时间须晚于开始时间'],
  [/endsAt must be in the future/, 'time', '活动结束时间须在当前时间之后'],
  [/unknown categories/, 'categories', '包含不存在的服务类别'],
];

/** 新建对接活动 (admins): title, Beijing time range, place or online room, categories, places per kind. */
export function EventFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<EventValues>();
  const online = Form.useWatch('online', form);
  const categories = useCategories();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const create = useMutation({
    mutationFn: (v: EventValues) =>
      ok(
        api.POST('/api/v1/matchmaking-events', {
          body: {
            title: v.title.trim(),
            ...(v.description?.trim() ? { description: v.description.trim() } : {}),
            startsAt: beijingInstant(v.time[0]),
            endsAt: beijingInstant(v.time[1]),
            place: v.place.trim(),
            online: !!v.online,
            categories: v.categories,
            enterpriseCapacity: v.enterpriseCapacity,
            providerCapacity: v.providerCapacity,
          },
        }),
      ),
    onSuccess: (event) => {
      message.success(`已创建对接活动：${event.title}`);
      queryClient.invalidateQueries({ queryKey: eventKeys.all });
      queryClient.invalidateQueries({ queryKey: ['stats'] });
      form.resetFields();
      onClose();
      navigate(`/bureau/events/${event.id}`);
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      applyFieldErrors(form, error, { startsAt: 'time', endsAt: 'time' });
      const fields = error.fields.flatMap((f) =>
        f.messages.flatMap((m) => {
          const known = API_MESSAGES.find(([re]) => re.test(m));
          return known ? [{ name: known[1], errors: [known[2]] }] : [];
        }),
      );
      if (fields.length) form.setFields(fields as never);
    },
  });
  return (
    <Drawer
      title="新建对接活动"
      open={open}
      onClose={onClose}
      width={640}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            创建活动
          </Button>
        </Space>
      }
    >
      <Form<EventValues>
        form={form}
        layout="vertical"
        initialValues={{ online: false, enterpriseCapacity: 30, providerCapacity: 10 }}
        onFinish={(v) => create.mutate(v)}
        onValuesChange={() => create.reset()}
      >
        <Form.Item
          label="活动名称"
          name="title"
          rules={[{ required: true, whitespace: true, max: 100, message: '请输入活动名称（100 字以内）' }]}
        >
          <Input placeholder="如：专精特新企业知识产权服务对接会" />
        </Form.Item>
        <Form.Item label="活动介绍" name="description" rules={[{ max: 2000, message: '活动介绍不超过 2000 字' }]}>
          <Input.TextArea rows={3} placeholder="活动内容、面向对象、议程等（选填）" />
        </Form.Item>
        <Form.Item
          label="活动时间（北京时间）"
          name="time"
          rules={[{ required: true, message: '请选择活动的开始和结束时间' }]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            placeholder={['开始时间', '结束时间']}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item label="线上活动" name="online" valuePropName="checked">
              <Switch checkedChildren="线上" unCheckedChildren="线下" />
            </Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item
              label={online ? '线上会议室或链接' : '活动地点'}
              name="place"
              rules={[{ required: true, whitespace: true, max: 200, message: '请输入活动地点（200 字以内）' }]}
            >
              <Input placeholder={online ? '如：腾讯会议 123-456-789' : '如：宁波市鄞州区科技大厦 3 楼会议室'} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="服务类别"
          name="categories"
          rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个服务类别' }]}
        >
          <Select
            mode="multiple"
            placeholder="选择本次活动对接的服务类别"
            loading={categories.isPending}
            options={categories.items.map((c) => ({ value: c.code, label: c.name }))}
            optionFilterProp="label"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label="企业名额"
              name="enterpriseCapacity"
              rules={[{ required: true, message: '请输入企业名额' }]}
            >
              <InputNumber min={0} max={10000} precision={0} suffix="家" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label="服务机构名额"
              name="providerCapacity"
              rules={[{ required: true, message: '请输入服务机构名额' }]}
            >
              <InputNumber min={0} max={10000} precision={0} suffix="家" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <ErrorAlert error={create.error} />
      </Form>
    </Drawer>
  );
}

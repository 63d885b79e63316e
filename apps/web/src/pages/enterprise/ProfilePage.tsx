import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Form, Input, InputNumber, Space, Spin } from 'antd';
import { useState } from 'react';
import { ApiError, api, ok } from '../../api/client';
import type { Schema } from '../../api/types';
import { applyFieldErrors } from '../../components/forms';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { type Enterprise, ME_KEY, useEnterprise, useRegionNames } from './labels';
import { TierSection } from './TierSection';

type ProfileForm = Schema<'UpdateEnterpriseDto'>;

/** Mainland mobile or landline, as the API checks it. */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
const TEXT_100 = [{ max: 100, message: '最多 100 个字' }];

/** 企业资料: the profile (view and edit) and the SRDI tier claim. */
export function ProfilePage() {
  const me = useEnterprise();
  return (
    <Page title="企业资料">
      <ErrorAlert error={me.error} />
      {me.data ? (
        <>
          <ProfileSection enterprise={me.data} />
          <TierSection enterprise={me.data} />
        </>
      ) : (
        me.isPending && <Spin />
      )}
    </Page>
  );
}

function ProfileSection({ enterprise }: { enterprise: Enterprise }) {
  const [editing, setEditing] = useState(false);
  const regions = useRegionNames();
  const missing = !enterprise.legalRepresentative || !enterprise.contactPhone || !enterprise.industry;
  return (
    <Section
      title="基本信息"
      extra={
        editing ? null : (
          <Button type={missing ? 'primary' : 'default'} onClick={() => setEditing(true)}>
            编辑资料
          </Button>
        )
      }
    >
      {editing ? (
        <ProfileEditor enterprise={enterprise} onDone={() => setEditing(false)} />
      ) : (
        <Descriptions
          column={2}
          bordered
          items={[
            { key: 'name', label: '单位名称', children: enterprise.name },
            { key: 'uscc', label: '统一社会信用代码', children: enterprise.uscc },
            { key: 'region', label: '所在地区', children: regions.get(enterprise.regionCode) ?? enterprise.regionCode },
            { key: 'legal', label: '法定代表人', children: enterprise.legalRepresentative ?? '未填写' },
            { key: 'phone', label: '联系电话', children: enterprise.contactPhone ?? '未填写' },
            { key: 'industry', label: '所属行业', children: enterprise.industry ?? '未填写' },
            {
              key: 'employees',
              label: '员工人数',
              children: enterprise.employeeCount === null ? '未填写' : `${enterprise.employeeCount} 人`,
            },
            { key: 'revenue', label: '年营业收入', children: enterprise.revenueBand ?? '未填写' },
          ]}
        />
      )}
    </Section>
  );
}

function ProfileEditor({ enterprise, onDone }: { enterprise: Enterprise; onDone: () => void }) {
  const [form] = Form.useForm<ProfileForm>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (values: ProfileForm) => {
      // Every field is optional and none can be cleared: send only what is filled in.
      const body = Object.fromEntries(
        Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''),
      ) as ProfileForm;
      return ok(api.PATCH('/api/v1/enterprises/me', { body }));
    },
    onSuccess: (data) => {
      queryClient.setQueryData(ME_KEY, data);
      void queryClient.invalidateQueries({ queryKey: ['me'] });
      message.success('企业资料已保存');
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error);
    },
  });
  return (
    <Form<ProfileForm>
      form={form}
      layout="vertical"
      style={{ maxWidth: 720 }}
      initialValues={{
        name: enterprise.name,
        legalRepresentative: enterprise.legalRepresentative ?? undefined,
        contactPhone: enterprise.contactPhone ?? undefined,
        industry: enterprise.industry ?? undefined,
        employeeCount: enterprise.employeeCount ?? undefined,
        revenueBand: enterprise.revenueBand ?? undefined,
      }}
      onFinish={(values) => save.mutate(values)}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <ErrorAlert error={save.error} />
        <Form.Item
          name="name"
          label="单位名称"
          rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, ...TEXT_100]}
        >
          <Input />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item name="legalRepresentative" label="法定代表人" rules={TEXT_100}>
            <Input placeholder="如：陈建华" />
          </Form.Item>
          <Form.Item
            name="contactPhone"
            label="联系电话"
            rules={[{ pattern: PHONE, message: '请填写手机号或固定电话（如 0574-87654321）' }]}
          >
            <Input placeholder="手机号或 0574-87654321" />
          </Form.Item>
          <Form.Item name="industry" label="所属行业" rules={TEXT_100}>
            <Input placeholder="如：通用设备制造业" />
          </Form.Item>
          <Form.Item name="employeeCount" label="员工人数">
            <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} suffix="人" />
          </Form.Item>
          <Form.Item name="revenueBand" label="年营业收入" rules={TEXT_100}>
            <Input placeholder="如：5000万-1亿元" />
          </Form.Item>
        </div>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存
          </Button>
          <Button onClick={onDone}>取消</Button>
        </Space>
      </Space>
    </Form>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Descriptions, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect } from 'react';
import { ApiError, api, ok } from '../../api/client';
import { applyFieldErrors } from '../../components/forms';
import { ErrorAlert } from '../../components/Page';
import { fenOf, yuan, yuanNumber } from '../../format';
import { percent, type Program } from './labels';

interface ApplyForm {
  requestedYuan: number;
  purpose: string;
}

/** 申请服务券: the amount in yuan (at most the programme's maximum face value) and what it is for. */
export function ApplyModal({ program, onClose }: { program: Program | null; onClose: () => void }) {
  const [form] = Form.useForm<ApplyForm>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const apply = useMutation({
    mutationFn: ({ id, values }: { id: string; values: ApplyForm }) =>
      ok(
        api.POST('/api/v1/voucher-programs/{id}/applications', {
          params: { path: { id } },
          body: { requestedFen: fenOf(values.requestedYuan) ?? 0, purpose: values.purpose },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['voucher-applications'] });
      message.success('申请已提交，请等待主管部门审核');
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(form, error, { requestedFen: 'requestedYuan' });
    },
  });
  const { reset } = apply;
  useEffect(() => {
    if (program) {
      form.resetFields();
      reset();
    }
  }, [program, form, reset]);
  return (
    <Modal
      open={!!program}
      title={program ? `申请服务券：${program.name}` : '申请服务券'}
      okText="提交申请"
      onOk={() => form.submit()}
      confirmLoading={apply.isPending}
      onCancel={onClose}
      forceRender
    >
      <Form<ApplyForm>
        form={form}
        layout="vertical"
        onFinish={(values) => program && apply.mutate({ id: program.id, values })}
      >
        <ErrorAlert error={apply.error} />
        {program && (
          <Descriptions
            size="small"
            column={1}
            style={{ margin: '12px 0' }}
            items={[
              { key: 'coverage', label: '抵扣比例', children: `订单成交价的 ${percent(program.coverageBp)}` },
              { key: 'max', label: '单张最高面额', children: yuan(program.maxFaceValueFen) },
              { key: 'cap', label: '每家企业年度上限', children: yuan(program.perEnterpriseYearCapFen) },
            ]}
          />
        )}
        <Form.Item
          name="requestedYuan"
          label="申请金额（元）"
          rules={[
            { required: true, message: '请填写申请金额' },
            {
              validator: (_, v: number | null) =>
                v === null || v === undefined || v > 0 ? Promise.resolve() : Promise.reject(new Error('应大于 0')),
            },
          ]}
          extra={program ? `不超过单张最高面额 ${yuan(program.maxFaceValueFen)}` : undefined}
        >
          <InputNumber
            min={0}
            max={yuanNumber(program?.maxFaceValueFen) ?? undefined}
            precision={2}
            prefix="¥"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="purpose"
          label="用途说明"
          rules={[
            { required: true, whitespace: true, message: '请说明拟购买的服务和用途' },
            { max: 2000, message: '最多 2000 个字' },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={2000} placeholder="如：申请发明专利布局与数字化诊断服务" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

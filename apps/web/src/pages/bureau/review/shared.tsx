import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Result, Segmented, Space, Tag, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError, ok } from '../../../api/client';
import { type BureauRole, hasRole, useAuth } from '../../../auth';
import { applyFieldErrors } from '../../../components/forms';
import { ErrorAlert } from '../../../components/Page';
import type { StatusLabel } from './labels';

/** A status as a coloured tag. */
export function StatusTag({ label }: { label: StatusLabel | undefined }) {
  return label ? <Tag color={label.color}>{label.text}</Tag> : <Tag>未知</Tag>;
}

/** A short form of an id for tables (the full id shows on hover). */
export function ShortId({ id }: { id: string | null | undefined }) {
  if (!id) return <>—</>;
  return (
    <Typography.Text code title={id}>
      {id.slice(0, 8)}
    </Typography.Text>
  );
}

/** The page, page size and status filter of a queue, with the antd pagination of a total. */
export function useQueue<S extends string>(initialStatus: S, initialPageSize = 10) {
  const [status, setStatusState] = useState<S>(initialStatus);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(initialPageSize);
  const setStatus = (s: S) => {
    setStatusState(s);
    setPage(1);
  };
  const pagination = (total: number | undefined): TablePaginationConfig => ({
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (t) => `共 ${t} 条`,
    onChange: (p, size) => {
      setPage(size !== pageSize ? 1 : p);
      setPageSize(size);
    },
  });
  return { status, setStatus, page, pageSize, pagination };
}

/** The status filter of a queue: Chinese labels of the API's statuses. */
export function StatusFilter<S extends string>({
  value,
  onChange,
  options,
  label = '状态',
}: {
  value: S;
  onChange: (s: S) => void;
  options: Array<{ value: S; label: string }>;
  label?: string;
}) {
  return (
    <Space wrap>
      <Typography.Text type="secondary">{label}：</Typography.Text>
      <Segmented<S> value={value} onChange={onChange} options={options} />
    </Space>
  );
}

/** Options of a status filter from a label table. */
export const statusOptions = <S extends string>(table: Record<S, StatusLabel>, order: S[]) =>
  order.map((value) => ({ value, label: table[value].text }));

type Values = Record<string, unknown> & { reason?: string };

/** A decision asked for in a dialog: its reason (required where the API needs one) and other fields. */
export interface DecisionRequest {
  title: string;
  okText: string;
  danger?: boolean;
  /** What the decision does, shown above the fields. */
  description?: ReactNode;
  /** The label of the reason box; none: no reason box. */
  reasonLabel?: string;
  /** Default true: the reason must be given. */
  reasonRequired?: boolean;
  reasonPlaceholder?: string;
  /** More form items (they submit with the reason). */
  fields?: ReactNode;
  initialValues?: Values;
  submit: (values: Values) => Promise<unknown>;
  /** Shown when it succeeded. */
  success: string;
  /** Query keys to refresh after it succeeded. */
  invalidate: QueryKey[];
  /** API field name -> form field name, for field errors. */
  fieldNames?: Record<string, string>;
  onDone?: (result: unknown) => void;
}

/**
 * A dialog that asks for a decision's reason (a required TextArea, 1-2,000 characters, like the API)
 * and sends it; the API's refusals show in the dialog, in Chinese.
 */
export function useDecision(): { ask: (request: DecisionRequest) => void; dialog: ReactNode } {
  const [request, setRequest] = useState<DecisionRequest | null>(null);
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const send = useMutation({
    mutationFn: ({ req, values }: { req: DecisionRequest; values: Values }) => req.submit(values),
    onSuccess: async (result, { req }) => {
      message.success(req.success);
      setRequest(null);
      req.onDone?.(result);
      await Promise.all(req.invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (error, { req }) => {
      if (error instanceof ApiError) applyFieldErrors(form, error, req.fieldNames);
    },
  });
  const ask = (req: DecisionRequest) => {
    send.reset();
    setRequest(req);
  };
  const required = request?.reasonRequired ?? true;
  const dialog = (
    <Modal
      open={!!request}
      title={request?.title}
      okText={request?.okText}
      cancelText="取消"
      okButtonProps={{ danger: request?.danger, loading: send.isPending }}
      onCancel={() => setRequest(null)}
      onOk={async () => {
        if (!request) return;
        const values = await form.validateFields().catch(() => null);
        if (values) send.mutate({ req: request, values });
      }}
      destroyOnHidden
      mask={{ closable: false }}
      width={560}
    >
      {request ? (
        <Form form={form} layout="vertical" preserve={false} initialValues={request.initialValues}>
          {request.description ? <div style={{ marginBottom: 16 }}>{request.description}</div> : null}
          {request.fields}
          {request.reasonLabel ? (
            <Form.Item
              label={request.reasonLabel}
              name="reason"
              rules={[
                { required, whitespace: true, message: `请填写${request.reasonLabel}` },
                { max: 2000, message: '不能超过 2000 个字' },
              ]}
            >
              <Input.TextArea
                rows={4}
                maxLength={2000}
                showCount
                placeholder={request.reasonPlaceholder ?? (required ? '必填，将告知对方并记入审计日志' : '选填')}
              />
            </Form.Item>
          ) : null}
          <ErrorAlert error={send.error} />
        </Form>
      ) : null}
    </Modal>
  );
  return { ask, dialog };
}

/** The reason body of a decision: trimmed, or absent when empty. */
export const reasonOf = (values: Values): { reason?: string } => {
  const reason = typeof values.reason === 'string' ? values.reason.trim() : '';
  return reason ? { reason } : {};
};

/** Service categories and regions by code, in Chinese. */
export function useCatalog() {
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: () => ok(api.GET('/api/v1/categories')),
    staleTime: 3600_000,
  });
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => ok(api.GET('/api/v1/regions')),
    staleTime: 3600_000,
  });
  const categoryName = (code: string) => categories.data?.find((c) => c.code === code)?.name ?? code;
  const regionName = (code: string) => regions.data?.items.find((r) => r.code === code)?.name ?? code;
  return { categories: categories.data ?? [], categoryName, regionName };
}

/**
 * Enterprise names by id. The API has no bureau view of an enterprise: names come from verified tier
 * claims (every enterprise that may hold a voucher has one); reviewers only.
 */
export function useEnterpriseNames(enabled = true) {
  const names = useQuery({
    queryKey: ['bureau', 'enterprise-names'],
    enabled,
    staleTime: 60_000,
    queryFn: async () => {
      const map = new Map<string, string>();
      for (let page = 1; page <= 10; page++) {
        const data = await ok(
          api.GET('/api/v1/tier-claims', { params: { query: { status: 'verified', page, pageSize: 100 } } }),
        );
        for (const c of data.items) map.set(c.enterpriseId, c.enterpriseName);
        if (page * data.pageSize >= data.total) break;
      }
      return map;
    },
  });
  return (id: string) => names.data?.get(id);
}

/** A label and its content, for Descriptions items. */
export const item = (label: string, children: ReactNode, span?: number) => ({
  key: label,
  label,
  children,
  ...(span ? { span } : {}),
});

const ROLE_NAME: Record<BureauRole, string> = { reviewer: '审核人员', finance: '财务人员', admin: '管理员' };

/** A page for bureau users holding one of `roles` (as the API authorises it); others see why not. */
export function OnlyFor({ roles, children }: { roles: BureauRole[]; children: ReactNode }) {
  const { user } = useAuth();
  if (hasRole(user, ...roles)) return <>{children}</>;
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle={`该页面仅限${roles.map((r) => ROLE_NAME[r]).join('或')}使用。`}
      extra={<Link to="/bureau">返回工作台</Link>}
    />
  );
}

import { Alert, Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

/** A console page: its title, actions on the right, and its content. */
export function Page({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div
        style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}
      >
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </div>
      {children}
    </Space>
  );
}

/** An API error in Chinese (its code's message), or nothing. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : '网络异常，请稍后再试';
  return <Alert type="error" showIcon message={message} />;
}

export function Section({ title, extra, children }: { title?: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card title={title} extra={extra} variant="outlined">
      {children}
    </Card>
  );
}

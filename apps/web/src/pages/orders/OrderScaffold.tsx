import { Col, Row, Space, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../auth';
import { ErrorAlert, Page, Section } from '../../components/Page';
import type { Order } from './labels';
import { MessageThread, OrderFacts, OrderTimeline, StatusHint, StatusTag } from './parts';

/** An order page while its order loads, or when it cannot be read: the error and the way back. */
export function OrderMissing({
  query,
  back,
  backText,
}: {
  query: { isPending: boolean; error: Error | null };
  back: string;
  backText: string;
}) {
  if (query.isPending) return <Spin />;
  return (
    <Page title="订单详情">
      <ErrorAlert error={query.error} />
      <Link to={back}>{backText}</Link>
    </Page>
  );
}

/**
 * The layout both sides' order pages share: title with status, the way back and the side's actions,
 * the status hint, the side's panels, facts and messages, and the timeline; `children` for its dialogs.
 */
export function OrderScaffold({
  order,
  side,
  back,
  actions,
  panels,
  children,
}: {
  order: Order;
  side: 'enterprise' | 'provider';
  back: string;
  actions: ReactNode;
  panels: ReactNode;
  children: ReactNode;
}) {
  const { user } = useAuth();
  return (
    <Page
      title={
        <Space>
          {order.listingTitle}
          <StatusTag status={order.status} />
        </Space>
      }
      extra={
        <Space wrap>
          <Link to={back}>返回列表</Link>
          {actions}
        </Space>
      }
    >
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <StatusHint order={order} side={side} />
            {panels}
            <Section title="订单信息">
              <OrderFacts order={order} side={side} />
            </Section>
            <MessageThread order={order} mine={user?.organisation.id ?? ''} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Section title="订单进度">
            <OrderTimeline order={order} />
          </Section>
        </Col>
      </Row>
      {children}
    </Page>
  );
}

import { FileTextOutlined, InboxOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/nav';
import { BookPage } from './BookPage';
import { EnterpriseOrderPage } from './EnterpriseOrderPage';
import { OrderListPage } from './OrderListPage';
import { ProviderOrderPage } from './ProviderOrderPage';
import { RatePage } from './RatePage';

/** Orders and booking, both sides (owner: the orders pages). */
export const enterpriseOrderNav: NavItem[] = [
  { path: '/enterprise/orders', label: '我的预约', icon: <FileTextOutlined /> },
];
export const enterpriseOrderRoutes: RouteObject[] = [
  { path: 'book/:listingId', element: <BookPage /> },
  { path: 'orders', element: <OrderListPage side="enterprise" /> },
  { path: 'orders/:id', element: <EnterpriseOrderPage /> },
  { path: 'orders/:id/rate', element: <RatePage /> },
];
export const providerOrderNav: NavItem[] = [{ path: '/provider/orders', label: '预约订单', icon: <InboxOutlined /> }];
export const providerOrderRoutes: RouteObject[] = [
  { path: 'orders', element: <OrderListPage side="provider" /> },
  { path: 'orders/:id', element: <ProviderOrderPage /> },
];

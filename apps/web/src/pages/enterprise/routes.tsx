import { BellOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import { NotificationsPage } from '../../components/NotificationsPage';
import type { NavItem } from '../../layout/nav';

export const enterpriseNav: NavItem[] = [{ path: '/enterprise/notifications', label: '通知', icon: <BellOutlined /> }];

export const enterpriseRoutes: RouteObject[] = [
  { index: true, element: <NotificationsPage /> },
  { path: 'notifications', element: <NotificationsPage /> },
];

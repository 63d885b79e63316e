import { BellOutlined } from '@ant-design/icons';
import { Navigate, type RouteObject } from 'react-router';
import { NotificationsPage } from '../../components/NotificationsPage';
import type { NavItem } from '../../layout/nav';
import { enterpriseAccountNav, enterpriseAccountRoutes } from './account';
import { enterpriseDemandNav, enterpriseDemandRoutes } from '../matchmaking/routes';
import { enterpriseOrderNav, enterpriseOrderRoutes } from '../orders/routes';
import { enterpriseEventNav, enterpriseEventRoutes } from '../events/routes';

export const enterpriseNav: NavItem[] = [
  ...enterpriseAccountNav,
  ...enterpriseDemandNav,
  ...enterpriseEventNav,
  ...enterpriseOrderNav,
  { path: '/enterprise/notifications', label: '通知', icon: <BellOutlined /> },
];

export const enterpriseRoutes: RouteObject[] = [
  { index: true, element: <Navigate to={enterpriseNav[0].path} replace /> },
  ...enterpriseAccountRoutes,
  ...enterpriseDemandRoutes,
  ...enterpriseEventRoutes,
  ...enterpriseOrderRoutes,
  { path: 'notifications', element: <NotificationsPage /> },
];

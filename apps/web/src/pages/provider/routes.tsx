import { BellOutlined } from '@ant-design/icons';
import { Navigate, type RouteObject } from 'react-router';
import { NotificationsPage } from '../../components/NotificationsPage';
import type { NavItem } from '../../layout/nav';
import { providerDemandNav, providerDemandRoutes } from '../matchmaking/routes';
import { providerOrderNav, providerOrderRoutes } from '../orders/routes';
import { providerEventNav, providerEventRoutes } from '../events/routes';
import { providerWorkNav, providerWorkRoutes } from './work';

export const providerNav: NavItem[] = [
  ...providerWorkNav,
  ...providerDemandNav,
  ...providerEventNav,
  ...providerOrderNav,
  { path: '/provider/notifications', label: '通知', icon: <BellOutlined /> },
];

export const providerRoutes: RouteObject[] = [
  { index: true, element: <Navigate to={providerNav[0].path} replace /> },
  ...providerWorkRoutes,
  ...providerDemandRoutes,
  ...providerEventRoutes,
  ...providerOrderRoutes,
  { path: 'notifications', element: <NotificationsPage /> },
];

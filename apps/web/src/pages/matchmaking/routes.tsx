import { FileSearchOutlined, SoundOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/nav';
import { DemandFormPage } from './DemandFormPage';
import { EnterpriseDemandPage } from './EnterpriseDemandPage';
import { EnterpriseDemandsPage } from './EnterpriseDemandsPage';
import { ProviderDemandHall } from './ProviderDemandHall';
import { ProviderDemandPage } from './ProviderDemandPage';

/**
 * Matchmaking (供需对接), both sides: the enterprise's demands and the providers' demand hall. The
 * notifications link to /enterprise/demands/<id> and /provider/demands/<id>.
 */
export const enterpriseDemandNav: NavItem[] = [
  { path: '/enterprise/demands', label: '我的需求', icon: <SoundOutlined /> },
];
export const enterpriseDemandRoutes: RouteObject[] = [
  { path: 'demands', element: <EnterpriseDemandsPage /> },
  { path: 'demands/new', element: <DemandFormPage /> },
  { path: 'demands/:id', element: <EnterpriseDemandPage /> },
  { path: 'demands/:id/edit', element: <DemandFormPage /> },
];

export const providerDemandNav: NavItem[] = [
  { path: '/provider/demands', label: '需求大厅', icon: <FileSearchOutlined /> },
];
export const providerDemandRoutes: RouteObject[] = [
  { path: 'demands', element: <ProviderDemandHall /> },
  { path: 'demands/:id', element: <ProviderDemandPage /> },
];

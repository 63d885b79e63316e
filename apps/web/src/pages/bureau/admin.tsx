import { AuditOutlined, BarChartOutlined, TeamOutlined, TrophyOutlined, WalletOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../../auth';
import type { NavItem } from '../../layout/nav';
import { AuditPage } from './admin/AuditPage';
import { AwardRoundPage } from './admin/AwardRoundPage';
import { AwardRoundsPage } from './admin/AwardRoundsPage';
import { DashboardPage } from './admin/DashboardPage';
import { ProgramsPage } from './admin/ProgramsPage';
import { UsersPage } from './admin/UsersPage';

/** Admins: bureau users, voucher programmes, award rounds; every bureau user: statistics and the audit log. */
export const bureauAdminNav: NavItem[] = [
  { path: '/bureau/dashboard', label: '统计概览', icon: <BarChartOutlined /> },
  { path: '/bureau/voucher-programs', label: '服务券项目', icon: <WalletOutlined />, roles: ['admin'] },
  { path: '/bureau/awards', label: '优质机构评选', icon: <TrophyOutlined />, roles: ['admin'] },
  { path: '/bureau/users', label: '工作人员', icon: <TeamOutlined />, roles: ['admin'] },
  { path: '/bureau/audit', label: '操作记录', icon: <AuditOutlined /> },
];

const adminOnly = (page: ReactNode) => (
  <RequireAuth audience="bureau" roles={['admin']}>
    {page}
  </RequireAuth>
);

export const bureauAdminRoutes: RouteObject[] = [
  { path: 'dashboard', element: <DashboardPage /> },
  { path: 'voucher-programs', element: adminOnly(<ProgramsPage />) },
  { path: 'awards', element: adminOnly(<AwardRoundsPage />) },
  { path: 'awards/:id', element: adminOnly(<AwardRoundPage />) },
  { path: 'users', element: adminOnly(<UsersPage />) },
  { path: 'audit', element: <AuditPage /> },
];

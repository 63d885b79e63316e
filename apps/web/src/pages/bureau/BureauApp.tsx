import { BellOutlined } from '@ant-design/icons';
import { Navigate, useRoutes } from 'react-router';
import { hasRole, useAuth } from '../../auth';
import { NotificationsPage } from '../../components/NotificationsPage';
import { NotFound } from '../../components/NotFound';
import { ConsoleLayout } from '../../layout/ConsoleLayout';
import type { NavItem } from '../../layout/nav';
import { bureauAdminNav, bureauAdminRoutes } from './admin';
import { bureauEventNav, bureauEventRoutes } from '../events/routes';
import { bureauMatchmakingNav, bureauMatchmakingRoutes } from './matchmaking';
import { bureauReviewNav, bureauReviewRoutes } from './review';

export const bureauNav: NavItem[] = [
  ...bureauReviewNav,
  ...bureauMatchmakingNav,
  ...bureauEventNav,
  ...bureauAdminNav,
  { path: '/bureau/notifications', label: '通知', icon: <BellOutlined /> },
];

/** The bureau's console (loaded only for bureau users: a chunk of its own). */
export default function BureauApp() {
  const { user } = useAuth();
  const first = bureauNav.find((i) => !i.roles || hasRole(user, ...i.roles));
  return useRoutes([
    {
      element: <ConsoleLayout items={bureauNav} />,
      children: [
        { index: true, element: <Navigate to={first?.path ?? '/bureau/notifications'} replace /> },
        ...bureauReviewRoutes,
        ...bureauMatchmakingRoutes,
        ...bureauEventRoutes,
        ...bureauAdminRoutes,
        { path: 'notifications', element: <NotificationsPage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}

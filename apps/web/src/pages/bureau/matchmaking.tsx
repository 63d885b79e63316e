import { InteractionOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/nav';
import { DemandsPage } from './demands/DemandsPage';

/** Matchmaking (供需对接): every bureau user sees the demands and their proposals. */
export const bureauMatchmakingNav: NavItem[] = [
  { path: '/bureau/demands', label: '供需对接', icon: <InteractionOutlined /> },
];

export const bureauMatchmakingRoutes: RouteObject[] = [{ path: 'demands', element: <DemandsPage /> }];

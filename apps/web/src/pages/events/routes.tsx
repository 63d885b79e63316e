import { CalendarOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/nav';
import { BureauEventPage } from './BureauEventPage';
import { BureauEventsPage } from './BureauEventsPage';
import { ParticipantEventPage } from './ParticipantEventPage';
import { ParticipantEventsPage } from './ParticipantEventsPage';

/** Matchmaking events (对接活动), every side: the bureau runs them, enterprises and providers take part. */
export const bureauEventNav: NavItem[] = [{ path: '/bureau/events', label: '对接活动', icon: <CalendarOutlined /> }];
export const bureauEventRoutes: RouteObject[] = [
  { path: 'events', element: <BureauEventsPage /> },
  { path: 'events/:id', element: <BureauEventPage /> },
];

export const enterpriseEventNav: NavItem[] = [
  { path: '/enterprise/events', label: '对接活动', icon: <CalendarOutlined /> },
];
export const enterpriseEventRoutes: RouteObject[] = [
  { path: 'events', element: <ParticipantEventsPage side="enterprise" /> },
  { path: 'events/:id', element: <ParticipantEventPage side="enterprise" /> },
];

export const providerEventNav: NavItem[] = [
  { path: '/provider/events', label: '对接活动', icon: <CalendarOutlined /> },
];
export const providerEventRoutes: RouteObject[] = [
  { path: 'events', element: <ParticipantEventsPage side="provider" /> },
  { path: 'events/:id', element: <ParticipantEventPage side="provider" /> },
];

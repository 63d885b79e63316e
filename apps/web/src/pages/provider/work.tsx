import {
  AccountBookOutlined,
  AppstoreOutlined,
  SolutionOutlined,
  StarOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/nav';
import { ApplicationPage } from './ApplicationPage';
import { ListingFormPage } from './ListingFormPage';
import { ListingsPage } from './ListingsPage';
import { RatingsPage } from './RatingsPage';
import { RedemptionPage } from './RedemptionPage';
import { StandingPage } from './StandingPage';

/** The provider's pool application, listings, redemption claims, ratings and award standing. */
export const providerWorkNav: NavItem[] = [
  { path: '/provider/application', label: '入池申请', icon: <SolutionOutlined /> },
  { path: '/provider/listings', label: '服务管理', icon: <AppstoreOutlined /> },
  { path: '/provider/redemption', label: '服务券兑付', icon: <AccountBookOutlined /> },
  { path: '/provider/ratings', label: '评价管理', icon: <StarOutlined /> },
  { path: '/provider/standing', label: '年度评选', icon: <TrophyOutlined /> },
];

export const providerWorkRoutes: RouteObject[] = [
  { path: 'application', element: <ApplicationPage /> },
  { path: 'listings', element: <ListingsPage /> },
  { path: 'listings/new', element: <ListingFormPage /> },
  { path: 'listings/:id', element: <ListingFormPage /> },
  { path: 'redemption', element: <RedemptionPage /> },
  { path: 'ratings', element: <RatingsPage /> },
  { path: 'standing', element: <StandingPage /> },
];

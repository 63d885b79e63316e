import {
  AccountBookOutlined,
  AuditOutlined,
  CommentOutlined,
  FileProtectOutlined,
  IdcardOutlined,
  GiftOutlined,
  ShopOutlined,
  TrophyOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { BureauRole } from '../../auth';
import type { NavItem } from '../../layout/nav';
import { ApplicationsPage } from './review/ApplicationsPage';
import { DisputesPage } from './review/DisputesPage';
import { ListingsPage } from './review/ListingsPage';
import { RatingsPage } from './review/RatingsPage';
import { RedemptionClaimsPage } from './review/RedemptionClaimsPage';
import { OnlyFor } from './review/shared';
import { SettlementPage } from './review/SettlementPage';
import { TierClaimsPage } from './review/TierClaimsPage';
import { UsccContestsPage } from './review/UsccContestsPage';
import { VoucherApplicationsPage } from './review/VoucherApplicationsPage';

/**
 * Reviewers' work queues and finance's settlement. The API authorises each by bureau role
 * (`@Auth('reviewer')`, `@Auth('finance')`; admin does not imply either), so each menu item names its role.
 */
export const bureauReviewNav: NavItem[] = [
  { path: '/bureau/applications', label: '入池审核', icon: <AuditOutlined />, roles: ['reviewer'] },
  { path: '/bureau/tier-claims', label: '等级认定', icon: <TrophyOutlined />, roles: ['reviewer'] },
  { path: '/bureau/voucher-applications', label: '服务券申请', icon: <GiftOutlined />, roles: ['reviewer'] },
  { path: '/bureau/redemption-claims', label: '兑付审核', icon: <FileProtectOutlined />, roles: ['reviewer'] },
  { path: '/bureau/disputes', label: '争议处理', icon: <WarningOutlined />, roles: ['reviewer'] },
  { path: '/bureau/ratings', label: '评价管理', icon: <CommentOutlined />, roles: ['reviewer'] },
  { path: '/bureau/listings', label: '服务产品巡查', icon: <ShopOutlined />, roles: ['reviewer'] },
  { path: '/bureau/uscc-contests', label: '信用代码争议', icon: <IdcardOutlined />, roles: ['reviewer', 'admin'] },
  { path: '/bureau/settlement', label: '兑付结算', icon: <AccountBookOutlined />, roles: ['finance'] },
];

const page = (path: string, role: BureauRole, element: ReactNode): RouteObject => ({
  path,
  element: <OnlyFor roles={[role]}>{element}</OnlyFor>,
});

export const bureauReviewRoutes: RouteObject[] = [
  page('applications', 'reviewer', <ApplicationsPage />),
  page('tier-claims', 'reviewer', <TierClaimsPage />),
  page('voucher-applications', 'reviewer', <VoucherApplicationsPage />),
  page('redemption-claims', 'reviewer', <RedemptionClaimsPage />),
  page('disputes', 'reviewer', <DisputesPage />),
  page('ratings', 'reviewer', <RatingsPage />),
  page('listings', 'reviewer', <ListingsPage />),
  {
    path: 'uscc-contests',
    element: (
      <OnlyFor roles={['reviewer', 'admin']}>
        <UsccContestsPage />
      </OnlyFor>
    ),
  },
  page('settlement', 'finance', <SettlementPage />),
];

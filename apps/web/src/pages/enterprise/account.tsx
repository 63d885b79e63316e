import { GiftOutlined, HomeOutlined, IdcardOutlined, WalletOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/nav';
import { EnterpriseHome } from './EnterpriseHome';
import { ProfilePage } from './ProfilePage';
import { VoucherProgramsPage } from './VoucherProgramsPage';
import { VouchersPage } from './VouchersPage';

/** The enterprise's profile, SRDI tier claim, voucher programmes and vouchers. */
export const enterpriseAccountNav: NavItem[] = [
  { path: '/enterprise/home', label: '工作台', icon: <HomeOutlined /> },
  { path: '/enterprise/profile', label: '企业资料', icon: <IdcardOutlined /> },
  { path: '/enterprise/voucher-programs', label: '服务券项目', icon: <GiftOutlined /> },
  { path: '/enterprise/vouchers', label: '我的服务券', icon: <WalletOutlined /> },
];

export const enterpriseAccountRoutes: RouteObject[] = [
  { path: 'home', element: <EnterpriseHome /> },
  { path: 'profile', element: <ProfilePage /> },
  { path: 'voucher-programs', element: <VoucherProgramsPage /> },
  { path: 'vouchers', element: <VouchersPage /> },
];

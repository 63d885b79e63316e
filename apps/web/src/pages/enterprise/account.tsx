import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/nav';

/** The enterprise's profile, SRDI tier claim, voucher programmes and vouchers. */
export const enterpriseAccountNav: NavItem[] = [];
export const enterpriseAccountRoutes: RouteObject[] = [];

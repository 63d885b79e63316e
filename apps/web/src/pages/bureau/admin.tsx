import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/nav';

/** Admins: bureau users, voucher programmes, award rounds, statistics and the audit log. */
export const bureauAdminNav: NavItem[] = [];
export const bureauAdminRoutes: RouteObject[] = [];

import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/nav';

/** Orders and booking, both sides (owner: the orders pages). */
export const enterpriseOrderNav: NavItem[] = [];
export const enterpriseOrderRoutes: RouteObject[] = [];
export const providerOrderNav: NavItem[] = [];
export const providerOrderRoutes: RouteObject[] = [];

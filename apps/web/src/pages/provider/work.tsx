import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/nav';

/** The provider's pool application, listings, redemption claims, ratings and award standing. */
export const providerWorkNav: NavItem[] = [];
export const providerWorkRoutes: RouteObject[] = [];

import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/nav';

/** Reviewers' work queues and finance's settlement. */
export const bureauReviewNav: NavItem[] = [];
export const bureauReviewRoutes: RouteObject[] = [];

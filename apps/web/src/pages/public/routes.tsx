import type { RouteObject } from 'react-router';
import { PublicEventsPage } from '../events/PublicEventsPage';
import { AwardsPage } from './AwardsPage';
import { HomePage } from './HomePage';
import { ListingPage } from './ListingPage';
import { LoginPage } from './LoginPage';
import { ProviderPage } from './ProviderPage';
import { RegisterPage } from './RegisterPage';
import { SearchPage } from './SearchPage';

/** The pages anyone may see, without logging in (issue 13, "Anyone"). */
export const publicRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'search', element: <SearchPage /> },
  { path: 'listings/:id', element: <ListingPage /> },
  { path: 'providers/:id', element: <ProviderPage /> },
  { path: 'awards', element: <AwardsPage /> },
  { path: 'awards/:year', element: <AwardsPage /> },
  { path: 'events', element: <PublicEventsPage /> },
  { path: 'login', element: <LoginPage /> },
  { path: 'register', element: <RegisterPage /> },
];

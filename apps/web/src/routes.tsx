import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from './auth';
import { NotFound } from './components/NotFound';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { PublicLayout } from './layout/PublicLayout';
import { enterpriseNav, enterpriseRoutes } from './pages/enterprise/routes';
import { providerNav, providerRoutes } from './pages/provider/routes';
import { publicRoutes } from './pages/public/routes';

// Bureau pages load only for bureau users: their code is a chunk of its own (code splitting).
const BureauApp = lazy(() => import('./pages/bureau/BureauApp'));

export const router = createBrowserRouter([
  { element: <PublicLayout />, children: [...publicRoutes, { path: '*', element: <NotFound /> }] },
  {
    path: '/enterprise',
    element: (
      <RequireAuth audience="enterprise">
        <ConsoleLayout items={enterpriseNav} />
      </RequireAuth>
    ),
    children: enterpriseRoutes,
  },
  {
    path: '/provider',
    element: (
      <RequireAuth audience="provider">
        <ConsoleLayout items={providerNav} />
      </RequireAuth>
    ),
    children: providerRoutes,
  },
  {
    path: '/bureau/*',
    element: (
      <RequireAuth audience="bureau">
        <Suspense fallback={<Spin fullscreen tip="加载中…" />}>
          <BureauApp />
        </Suspense>
      </RequireAuth>
    ),
  },
]);

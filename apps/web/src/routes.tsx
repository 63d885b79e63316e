import { Spin } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { NotFound } from './components/NotFound';
import { type Audience, RequireAuth as Require } from './auth';
import { PublicLayout } from './layout/PublicLayout';
import { publicRoutes } from './pages/public/routes';

// Each signed-in console is a chunk of its own, loaded only for its users (code splitting): the
// public pages stay light, and bureau pages never reach an enterprise's or a provider's browser.
const EnterpriseApp = lazy(() => import('./pages/enterprise/EnterpriseApp'));
const ProviderApp = lazy(() => import('./pages/provider/ProviderApp'));
const BureauApp = lazy(() => import('./pages/bureau/BureauApp'));

function Console({ audience, app: App }: { audience: Audience; app: ComponentType }) {
  return (
    <Require audience={audience}>
      <Suspense fallback={<Spin fullscreen tip="加载中…" />}>
        <App />
      </Suspense>
    </Require>
  );
}

export const router = createBrowserRouter([
  { element: <PublicLayout />, children: [...publicRoutes, { path: '*', element: <NotFound /> }] },
  { path: '/enterprise/*', element: <Console audience="enterprise" app={EnterpriseApp} /> },
  { path: '/provider/*', element: <Console audience="provider" app={ProviderApp} /> },
  { path: '/bureau/*', element: <Console audience="bureau" app={BureauApp} /> },
]);

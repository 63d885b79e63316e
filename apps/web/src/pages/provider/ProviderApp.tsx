import { useRoutes } from 'react-router';
import { NotFound } from '../../components/NotFound';
import { ConsoleLayout } from '../../layout/ConsoleLayout';
import { providerNav, providerRoutes } from './routes';

/** The provider console (a chunk of its own, loaded after sign-in: the public pages stay light). */
export default function ProviderApp() {
  return useRoutes([
    {
      element: <ConsoleLayout items={providerNav} />,
      children: [...providerRoutes, { path: '*', element: <NotFound /> }],
    },
  ]);
}

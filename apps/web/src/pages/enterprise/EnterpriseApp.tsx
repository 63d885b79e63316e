import { useRoutes } from 'react-router';
import { NotFound } from '../../components/NotFound';
import { ConsoleLayout } from '../../layout/ConsoleLayout';
import { enterpriseNav, enterpriseRoutes } from './routes';

/** The enterprise console (a chunk of its own, loaded after sign-in: the public pages stay light). */
export default function EnterpriseApp() {
  return useRoutes([
    {
      element: <ConsoleLayout items={enterpriseNav} />,
      children: [...enterpriseRoutes, { path: '*', element: <NotFound /> }],
    },
  ]);
}

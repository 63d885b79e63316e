import { BellOutlined } from '@ant-design/icons';
import { Route, Routes } from 'react-router';
import { NotificationsPage } from '../../components/NotificationsPage';
import { ConsoleLayout } from '../../layout/ConsoleLayout';
import type { NavItem } from '../../layout/nav';

export const bureauNav: NavItem[] = [{ path: '/bureau/notifications', label: '通知', icon: <BellOutlined /> }];

/** The bureau's console (loaded only for bureau users). */
export default function BureauApp() {
  return (
    <Routes>
      <Route element={<ConsoleLayout items={bureauNav} />}>
        <Route index element={<NotificationsPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
      </Route>
    </Routes>
  );
}

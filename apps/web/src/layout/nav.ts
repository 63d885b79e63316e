import type { ReactNode } from 'react';
import type { BureauRole } from '../auth';

/** A console menu entry: its path, Chinese label, icon and (for the bureau) the roles that see it. */
export interface NavItem {
  path: string;
  label: string;
  icon?: ReactNode;
  roles?: BureauRole[];
}

import {
  BankOutlined,
  CalendarOutlined,
  DashboardOutlined,
  ReadOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Me } from './api/auth';
import { hasPermission } from './session/access';

/** Menu sections; a section shows only when it holds a page the user may open. */
export type MenuGroup = 'workspace' | 'reference' | 'admin';

export const menuGroupNames: Record<MenuGroup, string> = {
  workspace: '工作台',
  reference: '基础资料',
  admin: '系统管理',
};

/** One page of the app: where it lives, how it appears in the menu, and who may open it. */
export interface PageEntry {
  path: string;
  title: string;
  icon: ComponentType;
  group: MenuGroup;
  /** The only access rule for the page: the menu, the route guard and the home shortcuts all ask it. */
  allows: (me: Me) => boolean;
  component: LazyExoticComponent<ComponentType>;
}

const everyone = () => true;

/**
 * Every page of the app, in menu order. Menu and routes are both built from this table, so a menu item
 * exists only for a page that exists, and only for users the page admits.
 */
export const pages: readonly PageEntry[] = [
  {
    path: '/',
    title: '工作台',
    icon: DashboardOutlined,
    group: 'workspace',
    allows: everyone,
    component: lazy(() => import('./pages/home/home-page').then((m) => ({ default: m.HomePage }))),
  },
  {
    path: '/calendar',
    title: '工作日历',
    icon: CalendarOutlined,
    group: 'reference',
    allows: everyone,
    component: lazy(() =>
      import('./pages/calendar/calendar-page').then((m) => ({ default: m.CalendarPage })),
    ),
  },
  {
    path: '/catalogue',
    title: '职称系列目录',
    icon: ReadOutlined,
    group: 'reference',
    allows: everyone,
    component: lazy(() =>
      import('./pages/catalogue/catalogue-page').then((m) => ({ default: m.CataloguePage })),
    ),
  },
  {
    path: '/admin/users',
    title: '用户管理',
    icon: TeamOutlined,
    group: 'admin',
    allows: (me) => hasPermission(me, 'users.manage'),
    component: lazy(() => import('./pages/users/users-page').then((m) => ({ default: m.UsersPage }))),
  },
  {
    path: '/admin/organisations',
    title: '单位管理',
    icon: BankOutlined,
    group: 'admin',
    allows: (me) => hasPermission(me, 'organisations.manage'),
    component: lazy(() =>
      import('./pages/organisations/organisations-page').then((m) => ({ default: m.OrganisationsPage })),
    ),
  },
];

/** The pages this user may open, in menu order. */
export function pagesFor(me: Me): PageEntry[] {
  return pages.filter((page) => page.allows(me));
}

/** The page whose path is `pathname` (exactly; the app has no nested page paths yet). */
export function pageAt(pathname: string): PageEntry | undefined {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return pages.find((page) => page.path === normalised);
}

import {
  BankOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DiffOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  ProfileOutlined,
  ReadOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Me } from './api/auth';
import { hasPermission, hasRole } from './session/access';

/** Menu sections; a section shows only when it holds a page the user may open. */
export type MenuGroup = 'workspace' | 'policy' | 'reference' | 'admin';

export const menuGroupNames: Record<MenuGroup, string> = {
  workspace: '工作台',
  policy: '政策规则',
  reference: '基础资料',
  admin: '系统管理',
};

/** One page of the app: where it lives, how it appears in the menu, and who may open it. */
export interface PageEntry {
  path: string;
  title: string;
  /** What the home page's shortcut to the page says, when an action reads better there than the title. */
  shortcut?: string;
  icon: ComponentType;
  group: MenuGroup;
  /** The only access rule for the page: the menu, the route guard and the home shortcuts all ask it. */
  allows: (me: Me) => boolean;
  /**
   * Open to everyone, logged in or not: without a session the page renders in the public frame (and
   * `allows` is not asked); with one, inside the normal layout like any other page.
   */
  public?: boolean;
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
    path: '/my/materials',
    title: '我的申报材料',
    shortcut: '上传申报材料',
    icon: FolderOpenOutlined,
    group: 'workspace',
    allows: (me) => hasRole(me, 'applicant'),
    component: lazy(() =>
      import('./pages/materials/materials-page').then((m) => ({ default: m.MaterialsPage })),
    ),
  },
  {
    path: '/self-check',
    title: '申报条件自测',
    icon: FileSearchOutlined,
    group: 'policy',
    allows: everyone,
    public: true,
    component: lazy(() =>
      import('./pages/self-check/self-check-page').then((m) => ({ default: m.SelfCheckPage })),
    ),
  },
  {
    path: '/policies',
    title: '政策规则库',
    icon: ProfileOutlined,
    group: 'policy',
    allows: (me) => hasPermission(me, 'policies.browse'),
    component: lazy(() =>
      import('./pages/policies/policies-page').then((m) => ({ default: m.PoliciesPage })),
    ),
  },
  {
    path: '/policies/diff',
    title: '政策对比',
    icon: DiffOutlined,
    group: 'policy',
    allows: (me) => hasPermission(me, 'policies.browse'),
    component: lazy(() =>
      import('./pages/policies/policy-diff-page').then((m) => ({ default: m.PolicyDiffPage })),
    ),
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

/** The page whose path is `pathname`, exactly (`/policies/diff` is a page of its own, not under `/policies`). */
export function pageAt(pathname: string): PageEntry | undefined {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return pages.find((page) => page.path === normalised);
}

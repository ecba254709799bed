import { BankOutlined, FieldTimeOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { hasPermission } from '../session/access';
import type { PageEntry } from './page-entry';

/** The administrators' pages: users, organisations and deadlines. */
export const adminPages = {
  users: {
    path: '/admin/users',
    title: '用户管理',
    icon: TeamOutlined,
    group: 'admin',
    allows: (me) => hasPermission(me, 'users.manage'),
    component: lazy(() => import('../pages/users/users-page').then((m) => ({ default: m.UsersPage }))),
  },
  organisations: {
    path: '/admin/organisations',
    title: '单位管理',
    icon: BankOutlined,
    group: 'admin',
    allows: (me) => hasPermission(me, 'organisations.manage'),
    component: lazy(() =>
      import('../pages/organisations/organisations-page').then((m) => ({ default: m.OrganisationsPage })),
    ),
  },
  deadlines: {
    path: '/admin/deadlines',
    title: '后台任务',
    icon: FieldTimeOutlined,
    group: 'admin',
    allows: (me) => hasPermission(me, 'deadlines.manage'),
    component: lazy(() =>
      import('../pages/deadlines/deadlines-page').then((m) => ({ default: m.DeadlinesPage })),
    ),
  },
} satisfies Record<string, PageEntry>;

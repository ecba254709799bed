import { CarryOutOutlined, ScheduleOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { hasRole } from '../session/access';
import { keepsExperts, readsSessions } from '../session/page-access';
import type { PageEntry } from './page-entry';

/** Review sessions: the committee office's sessions, the experts' portal and the expert registry. */
export const reviewSessionPages = {
  reviewSessions: {
    path: '/review-sessions',
    title: '评审会议',
    shortcut: '组织评审会议',
    icon: ScheduleOutlined,
    group: 'workspace',
    allows: readsSessions,
    component: lazy(() =>
      import('../pages/review-sessions/review-sessions-page').then((m) => ({
        default: m.ReviewSessionsPage,
      })),
    ),
  },
  reviewSession: {
    path: '/review-sessions/:id',
    title: '会议控制台',
    icon: ScheduleOutlined,
    group: 'workspace',
    menu: false,
    within: ['/review-sessions'],
    allows: readsSessions,
    component: lazy(() =>
      import('../pages/review-sessions/session-console-page').then((m) => ({
        default: m.SessionConsolePage,
      })),
    ),
  },
  expertHome: {
    path: '/expert',
    title: '专家评审',
    shortcut: '进入专家评审',
    icon: CarryOutOutlined,
    group: 'workspace',
    allows: (me) => hasRole(me, 'expert'),
    component: lazy(() =>
      import('../pages/expert-portal/expert-sessions-page').then((m) => ({ default: m.ExpertSessionsPage })),
    ),
  },
  expertSession: {
    path: '/expert/sessions/:id',
    title: '评审事项',
    icon: CarryOutOutlined,
    group: 'workspace',
    menu: false,
    within: ['/expert'],
    allows: (me) => hasRole(me, 'expert'),
    component: lazy(() =>
      import('../pages/expert-portal/expert-items-page').then((m) => ({ default: m.ExpertItemsPage })),
    ),
  },
  experts: {
    path: '/experts',
    title: '评审专家库',
    icon: UsergroupAddOutlined,
    group: 'workspace',
    allows: keepsExperts,
    component: lazy(() => import('../pages/experts/experts-page').then((m) => ({ default: m.ExpertsPage }))),
  },
} satisfies Record<string, PageEntry>;

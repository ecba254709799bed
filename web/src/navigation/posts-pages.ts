import { BarChartOutlined, ClusterOutlined, FileProtectOutlined, SolutionOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { hasPermission } from '../session/access';
import { filesGradeEvaluations, managesPosts } from '../session/page-access';
import type { PageEntry } from './page-entry';

/** 岗位设置与聘用: the unit drafts post plans and appointments, its department reviews, the HR bureau approves and files. */
export const postsPages = {
  postPlans: {
    path: '/post-plans',
    title: '岗位设置',
    shortcut: '岗位设置方案',
    icon: ClusterOutlined,
    group: 'workspace',
    allows: managesPosts,
    component: lazy(() =>
      import('../pages/posts/post-plans-page').then((m) => ({ default: m.PostPlansPage })),
    ),
  },
  postBoard: {
    path: '/post-board',
    title: '岗位看板',
    icon: BarChartOutlined,
    group: 'workspace',
    menu: false,
    within: ['/post-plans'],
    allows: managesPosts,
    component: lazy(() =>
      import('../pages/posts/post-board-page').then((m) => ({ default: m.PostBoardPage })),
    ),
  },
  appointments: {
    path: '/appointments',
    title: '聘用管理',
    shortcut: '岗位聘用',
    icon: SolutionOutlined,
    group: 'workspace',
    allows: managesPosts,
    component: lazy(() =>
      import('../pages/posts/appointments-page').then((m) => ({ default: m.AppointmentsPage })),
    ),
  },
  postHistory: {
    path: '/post-history/:personId',
    title: '聘用经历',
    icon: SolutionOutlined,
    group: 'workspace',
    menu: false,
    within: ['/appointments'],
    allows: managesPosts,
    component: lazy(() =>
      import('../pages/posts/post-history-page').then((m) => ({ default: m.PostHistoryPage })),
    ),
  },
  postMonitoring: {
    path: '/post-monitoring',
    title: '岗位监测',
    shortcut: '本辖区岗位设置情况',
    icon: BarChartOutlined,
    group: 'workspace',
    allows: (me) => hasPermission(me, 'posts.review') || hasPermission(me, 'posts.approve'),
    component: lazy(() =>
      import('../pages/posts/post-monitoring-page').then((m) => ({ default: m.PostMonitoringPage })),
    ),
  },
  gradeFilings: {
    path: '/grade-filings',
    title: '二级岗位评审',
    shortcut: '二级岗位评定备案',
    icon: FileProtectOutlined,
    group: 'workspace',
    allows: filesGradeEvaluations,
    component: lazy(() =>
      import('../pages/posts/grade-filings-page').then((m) => ({ default: m.GradeFilingsPage })),
    ),
  },
} satisfies Record<string, PageEntry>;

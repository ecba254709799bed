import {
  BellOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  LockOutlined,
  MessageOutlined,
  NotificationOutlined,
  ReadOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import { everyone } from '../session/page-access';
import type { PageEntry } from './page-entry';

/** Pages everyone opens: the home page, messages, public notices, reports, the self-check, reference data and the account. */
export const commonPages = {
  home: {
    path: '/',
    title: '工作台',
    icon: DashboardOutlined,
    group: 'workspace',
    allows: everyone,
    component: lazy(() => import('../pages/home/home-page').then((m) => ({ default: m.HomePage }))),
  },
  inbox: {
    path: '/inbox',
    title: '站内消息',
    icon: BellOutlined,
    group: 'workspace',
    allows: everyone,
    component: lazy(() => import('../pages/inbox/inbox-page').then((m) => ({ default: m.InboxPage }))),
  },
  publicity: {
    path: '/publicity',
    title: '公示公告',
    icon: NotificationOutlined,
    group: 'workspace',
    allows: everyone,
    public: true,
    component: lazy(() =>
      import('../pages/publicity/publicity-page').then((m) => ({ default: m.PublicityPage })),
    ),
  },
  report: {
    path: '/report',
    title: '投诉举报',
    icon: MessageOutlined,
    group: 'workspace',
    allows: everyone,
    public: true,
    menu: false,
    component: lazy(() => import('../pages/complaints/report-page').then((m) => ({ default: m.ReportPage }))),
  },
  selfCheck: {
    path: '/self-check',
    title: '申报条件自测',
    icon: FileSearchOutlined,
    group: 'policy',
    allows: everyone,
    public: true,
    component: lazy(() =>
      import('../pages/self-check/self-check-page').then((m) => ({ default: m.SelfCheckPage })),
    ),
  },
  calendar: {
    path: '/calendar',
    title: '工作日历',
    icon: CalendarOutlined,
    group: 'reference',
    allows: everyone,
    component: lazy(() =>
      import('../pages/calendar/calendar-page').then((m) => ({ default: m.CalendarPage })),
    ),
  },
  catalogue: {
    path: '/catalogue',
    title: '职称系列目录',
    icon: ReadOutlined,
    group: 'reference',
    allows: everyone,
    component: lazy(() =>
      import('../pages/catalogue/catalogue-page').then((m) => ({ default: m.CataloguePage })),
    ),
  },
  account: {
    path: '/account',
    title: '账号安全',
    icon: LockOutlined,
    group: 'admin',
    allows: everyone,
    component: lazy(() => import('../pages/account/account-page').then((m) => ({ default: m.AccountPage }))),
  },
} satisfies Record<string, PageEntry>;

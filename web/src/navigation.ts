import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CloudUploadOutlined,
  ClusterOutlined,
  DashboardOutlined,
  DiffOutlined,
  FieldTimeOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  FormOutlined,
  IdcardOutlined,
  LockOutlined,
  MessageOutlined,
  NotificationOutlined,
  ProfileOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserAddOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { matchPath } from 'react-router';
import type { Me } from './api/auth';
import { hasPermission, hasRole } from './session/access';
import {
  everyone,
  keepsCertificates,
  keepsExperts,
  managesPosts,
  overseesIntegrity,
  readsSessions,
  reviewsApplications,
} from './session/page-access';

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
  /**
   * `false` for a page reached from another page rather than from the side menu (a detail page, a
   * wizard). It is still a home shortcut when it has a `shortcut` and no parameters in its path.
   */
  menu?: false;
  /** For a page outside the menu: the menu items it belongs under; the first the user has is highlighted. */
  within?: readonly string[];
  component: LazyExoticComponent<ComponentType>;
}

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
    path: '/my/applications/new',
    title: '发起职称申报',
    shortcut: '发起职称申报',
    icon: FormOutlined,
    group: 'workspace',
    menu: false,
    within: ['/my/applications'],
    allows: (me) => hasRole(me, 'applicant'),
    component: lazy(() =>
      import('./pages/apply/apply-wizard-page').then((m) => ({ default: m.ApplyWizardPage })),
    ),
  },
  {
    path: '/my/applications',
    title: '我的申报',
    shortcut: '查看我的申报',
    icon: SolutionOutlined,
    group: 'workspace',
    allows: (me) => hasRole(me, 'applicant'),
    component: lazy(() =>
      import('./pages/my-applications/my-applications-page').then((m) => ({
        default: m.MyApplicationsPage,
      })),
    ),
  },
  {
    path: '/my-employment',
    title: '我的单位',
    shortcut: '绑定工作单位',
    icon: ApartmentOutlined,
    group: 'workspace',
    allows: (me) => hasRole(me, 'applicant'),
    component: lazy(() =>
      import('./pages/my-employment/my-employment-page').then((m) => ({ default: m.MyEmploymentPage })),
    ),
  },
  {
    path: '/applications',
    title: '申报审核',
    shortcut: '审核职称申报',
    icon: AuditOutlined,
    group: 'workspace',
    allows: reviewsApplications,
    component: lazy(() =>
      import('./pages/applications/applications-page').then((m) => ({ default: m.ApplicationsPage })),
    ),
  },
  {
    path: '/binding-requests',
    title: '人员绑定审核',
    shortcut: '确认本单位人员',
    icon: IdcardOutlined,
    group: 'workspace',
    allows: (me) => hasPermission(me, 'staff.bind'),
    component: lazy(() =>
      import('./pages/binding-requests/binding-requests-page').then((m) => ({
        default: m.BindingRequestsPage,
      })),
    ),
  },
  {
    path: '/applications/:id',
    title: '申报详情',
    icon: SolutionOutlined,
    group: 'workspace',
    menu: false,
    within: ['/applications', '/my/applications'],
    allows: (me) => hasRole(me, 'applicant') || reviewsApplications(me),
    component: lazy(() =>
      import('./pages/application-detail/application-detail-page').then((m) => ({
        default: m.ApplicationDetailPage,
      })),
    ),
  },
  {
    path: '/unit-registrations',
    title: '单位注册审核',
    shortcut: '审核单位注册',
    icon: ApartmentOutlined,
    group: 'workspace',
    allows: (me) => hasPermission(me, 'units.review'),
    component: lazy(() =>
      import('./pages/unit-registrations/unit-registrations-page').then((m) => ({
        default: m.UnitRegistrationsPage,
      })),
    ),
  },
  {
    path: '/post-plans',
    title: '岗位设置',
    shortcut: '岗位设置方案',
    icon: ClusterOutlined,
    group: 'workspace',
    allows: managesPosts,
    component: lazy(() =>
      import('./pages/posts/post-plans-page').then((m) => ({ default: m.PostPlansPage })),
    ),
  },
  {
    path: '/post-board',
    title: '岗位看板',
    icon: BarChartOutlined,
    group: 'workspace',
    menu: false,
    within: ['/post-plans'],
    allows: managesPosts,
    component: lazy(() =>
      import('./pages/posts/post-board-page').then((m) => ({ default: m.PostBoardPage })),
    ),
  },
  {
    path: '/post-monitoring',
    title: '岗位监测',
    shortcut: '本辖区岗位设置情况',
    icon: BarChartOutlined,
    group: 'workspace',
    allows: (me) => hasPermission(me, 'posts.review') || hasPermission(me, 'posts.approve'),
    component: lazy(() =>
      import('./pages/posts/post-monitoring-page').then((m) => ({ default: m.PostMonitoringPage })),
    ),
  },
  {
    path: '/review-sessions',
    title: '评审会议',
    shortcut: '组织评审会议',
    icon: ScheduleOutlined,
    group: 'workspace',
    allows: readsSessions,
    component: lazy(() =>
      import('./pages/review-sessions/review-sessions-page').then((m) => ({ default: m.ReviewSessionsPage })),
    ),
  },
  {
    path: '/review-sessions/:id',
    title: '会议控制台',
    icon: ScheduleOutlined,
    group: 'workspace',
    menu: false,
    within: ['/review-sessions'],
    allows: readsSessions,
    component: lazy(() =>
      import('./pages/review-sessions/session-console-page').then((m) => ({
        default: m.SessionConsolePage,
      })),
    ),
  },
  {
    path: '/expert',
    title: '专家评审',
    shortcut: '进入专家评审',
    icon: CarryOutOutlined,
    group: 'workspace',
    allows: (me) => hasRole(me, 'expert'),
    component: lazy(() =>
      import('./pages/expert-portal/expert-sessions-page').then((m) => ({ default: m.ExpertSessionsPage })),
    ),
  },
  {
    path: '/expert/sessions/:id',
    title: '评审事项',
    icon: CarryOutOutlined,
    group: 'workspace',
    menu: false,
    within: ['/expert'],
    allows: (me) => hasRole(me, 'expert'),
    component: lazy(() =>
      import('./pages/expert-portal/expert-items-page').then((m) => ({ default: m.ExpertItemsPage })),
    ),
  },
  {
    path: '/experts',
    title: '评审专家库',
    icon: UsergroupAddOutlined,
    group: 'workspace',
    allows: keepsExperts,
    component: lazy(() => import('./pages/experts/experts-page').then((m) => ({ default: m.ExpertsPage }))),
  },
  {
    path: '/certificates',
    title: '证书台账',
    icon: BookOutlined,
    group: 'workspace',
    allows: keepsCertificates,
    component: lazy(() =>
      import('./pages/certificates/certificates-page').then((m) => ({ default: m.CertificatesPage })),
    ),
  },
  {
    path: '/title-imports',
    title: '历史数据导入',
    icon: CloudUploadOutlined,
    group: 'workspace',
    allows: (me) => hasRole(me, 'hr'),
    component: lazy(() =>
      import('./pages/title-imports/title-imports-page').then((m) => ({ default: m.TitleImportsPage })),
    ),
  },
  {
    path: '/staff-import',
    title: '批量登记人员',
    icon: UserAddOutlined,
    group: 'workspace',
    allows: (me) => hasPermission(me, 'staff.bind'),
    component: lazy(() =>
      import('./pages/staff-import/staff-import-page').then((m) => ({ default: m.StaffImportPage })),
    ),
  },
  {
    path: '/integrity',
    title: '诚信档案',
    icon: SafetyCertificateOutlined,
    group: 'workspace',
    allows: overseesIntegrity,
    component: lazy(() =>
      import('./pages/integrity/integrity-page').then((m) => ({ default: m.IntegrityPage })),
    ),
  },
  {
    path: '/complaints',
    title: '投诉举报',
    icon: MessageOutlined,
    group: 'workspace',
    allows: overseesIntegrity,
    component: lazy(() =>
      import('./pages/complaints/complaints-page').then((m) => ({ default: m.ComplaintsPage })),
    ),
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
    path: '/my/certificates',
    title: '我的证书',
    shortcut: '下载电子证书',
    icon: FileProtectOutlined,
    group: 'workspace',
    allows: (me) => hasRole(me, 'applicant'),
    component: lazy(() =>
      import('./pages/my-certificates/my-certificates-page').then((m) => ({
        default: m.MyCertificatesPage,
      })),
    ),
  },
  {
    path: '/inbox',
    title: '站内消息',
    icon: BellOutlined,
    group: 'workspace',
    allows: everyone,
    component: lazy(() => import('./pages/inbox/inbox-page').then((m) => ({ default: m.InboxPage }))),
  },
  {
    path: '/publicity',
    title: '公示公告',
    icon: NotificationOutlined,
    group: 'workspace',
    allows: everyone,
    public: true,
    component: lazy(() =>
      import('./pages/publicity/publicity-page').then((m) => ({ default: m.PublicityPage })),
    ),
  },
  {
    path: '/report',
    title: '投诉举报',
    icon: MessageOutlined,
    group: 'workspace',
    allows: everyone,
    public: true,
    menu: false,
    component: lazy(() => import('./pages/complaints/report-page').then((m) => ({ default: m.ReportPage }))),
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
  {
    path: '/admin/deadlines',
    title: '后台任务',
    icon: FieldTimeOutlined,
    group: 'admin',
    allows: (me) => hasPermission(me, 'deadlines.manage'),
    component: lazy(() =>
      import('./pages/deadlines/deadlines-page').then((m) => ({ default: m.DeadlinesPage })),
    ),
  },
  {
    path: '/account',
    title: '账号安全',
    icon: LockOutlined,
    group: 'admin',
    allows: everyone,
    component: lazy(() => import('./pages/account/account-page').then((m) => ({ default: m.AccountPage }))),
  },
];

/** The pages this user may open, in menu order. */
export function pagesFor(me: Me): PageEntry[] {
  return pages.filter((page) => page.allows(me));
}

/** The pages of this user's side menu, in menu order. */
export function menuPagesFor(me: Me): PageEntry[] {
  return pagesFor(me).filter((page) => page.menu !== false);
}

/** The home page's shortcuts: the menu's pages and the out-of-menu pages that offer one (发起职称申报). */
export function shortcutsFor(me: Me): PageEntry[] {
  return pagesFor(me).filter(
    (page) => page.path !== '/' && (page.menu !== false || (page.shortcut && !page.path.includes(':'))),
  );
}

/**
 * The page at `pathname`: an exact path first (`/policies/diff` is a page of its own, not under
 * `/policies`), else a path with parameters (`/applications/:id`).
 */
export function pageAt(pathname: string): PageEntry | undefined {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return (
    pages.find((page) => page.path === normalised) ??
    pages.find((page) => page.path.includes(':') && matchPath(page.path, normalised))
  );
}

/** The side-menu item to highlight at `pathname`: the page itself, or the menu item it belongs under. */
export function menuKeyAt(me: Me, pathname: string): string | undefined {
  const page = pageAt(pathname);
  if (page?.menu !== false) return page?.path;
  const mine = new Set(menuPagesFor(me).map((entry) => entry.path));
  return page.within?.find((path) => mine.has(path));
}

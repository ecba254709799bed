import {
  ApartmentOutlined,
  AuditOutlined,
  IdcardOutlined,
  SolutionOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import { hasPermission, hasRole } from '../session/access';
import { reviewsApplications } from '../session/page-access';
import type { PageEntry } from './page-entry';

/** Pages of the review chain above the applicant: the units, departments and bureaus that review applications, bind staff and register units. */
export const reviewChainPages = {
  applications: {
    path: '/applications',
    title: '申报审核',
    shortcut: '审核职称申报',
    icon: AuditOutlined,
    group: 'workspace',
    allows: reviewsApplications,
    component: lazy(() =>
      import('../pages/applications/applications-page').then((m) => ({ default: m.ApplicationsPage })),
    ),
  },
  bindingRequests: {
    path: '/binding-requests',
    title: '人员绑定审核',
    shortcut: '确认本单位人员',
    icon: IdcardOutlined,
    group: 'workspace',
    allows: (me) => hasPermission(me, 'staff.bind'),
    component: lazy(() =>
      import('../pages/binding-requests/binding-requests-page').then((m) => ({
        default: m.BindingRequestsPage,
      })),
    ),
  },
  application: {
    path: '/applications/:id',
    title: '申报详情',
    icon: SolutionOutlined,
    group: 'workspace',
    menu: false,
    within: ['/applications', '/my/applications'],
    allows: (me) => hasRole(me, 'applicant') || reviewsApplications(me),
    component: lazy(() =>
      import('../pages/application-detail/application-detail-page').then((m) => ({
        default: m.ApplicationDetailPage,
      })),
    ),
  },
  unitRegistrations: {
    path: '/unit-registrations',
    title: '单位注册审核',
    shortcut: '审核单位注册',
    icon: ApartmentOutlined,
    group: 'workspace',
    allows: (me) => hasPermission(me, 'units.review'),
    component: lazy(() =>
      import('../pages/unit-registrations/unit-registrations-page').then((m) => ({
        default: m.UnitRegistrationsPage,
      })),
    ),
  },
  staffImport: {
    path: '/staff-import',
    title: '批量登记人员',
    icon: UserAddOutlined,
    group: 'workspace',
    allows: (me) => hasPermission(me, 'staff.bind'),
    component: lazy(() =>
      import('../pages/staff-import/staff-import-page').then((m) => ({ default: m.StaffImportPage })),
    ),
  },
} satisfies Record<string, PageEntry>;

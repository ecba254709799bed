import {
  ApartmentOutlined,
  FileProtectOutlined,
  FolderOpenOutlined,
  FormOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import { hasRole } from '../session/access';
import type { PageEntry } from './page-entry';

/** The applicant's own pages: applications, employment, materials and certificates. */
export const applicantPages = {
  newApplication: {
    path: '/my/applications/new',
    title: '发起职称申报',
    shortcut: '发起职称申报',
    icon: FormOutlined,
    group: 'workspace',
    menu: false,
    within: ['/my/applications'],
    allows: (me) => hasRole(me, 'applicant'),
    component: lazy(() =>
      import('../pages/apply/apply-wizard-page').then((m) => ({ default: m.ApplyWizardPage })),
    ),
  },
  myApplications: {
    path: '/my/applications',
    title: '我的申报',
    shortcut: '查看我的申报',
    icon: SolutionOutlined,
    group: 'workspace',
    allows: (me) => hasRole(me, 'applicant'),
    component: lazy(() =>
      import('../pages/my-applications/my-applications-page').then((m) => ({
        default: m.MyApplicationsPage,
      })),
    ),
  },
  myEmployment: {
    path: '/my-employment',
    title: '我的单位',
    shortcut: '绑定工作单位',
    icon: ApartmentOutlined,
    group: 'workspace',
    allows: (me) => hasRole(me, 'applicant'),
    component: lazy(() =>
      import('../pages/my-employment/my-employment-page').then((m) => ({ default: m.MyEmploymentPage })),
    ),
  },
  myMaterials: {
    path: '/my/materials',
    title: '我的申报材料',
    shortcut: '上传申报材料',
    icon: FolderOpenOutlined,
    group: 'workspace',
    allows: (me) => hasRole(me, 'applicant'),
    component: lazy(() =>
      import('../pages/materials/materials-page').then((m) => ({ default: m.MaterialsPage })),
    ),
  },
  myCertificates: {
    path: '/my/certificates',
    title: '我的证书',
    shortcut: '下载电子证书',
    icon: FileProtectOutlined,
    group: 'workspace',
    allows: (me) => hasRole(me, 'applicant'),
    component: lazy(() =>
      import('../pages/my-certificates/my-certificates-page').then((m) => ({
        default: m.MyCertificatesPage,
      })),
    ),
  },
} satisfies Record<string, PageEntry>;

import {
  BookOutlined,
  CloudUploadOutlined,
  MessageOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import { hasRole } from '../session/access';
import { keepsCertificates, overseesIntegrity } from '../session/page-access';
import type { PageEntry } from './page-entry';

/** The HR bureau's registries: certificates, title imports, the integrity archive and complaints. */
export const hrPages = {
  certificates: {
    path: '/certificates',
    title: '证书台账',
    icon: BookOutlined,
    group: 'workspace',
    allows: keepsCertificates,
    component: lazy(() =>
      import('../pages/certificates/certificates-page').then((m) => ({ default: m.CertificatesPage })),
    ),
  },
  titleImports: {
    path: '/title-imports',
    title: '历史数据导入',
    icon: CloudUploadOutlined,
    group: 'workspace',
    allows: (me) => hasRole(me, 'hr'),
    component: lazy(() =>
      import('../pages/title-imports/title-imports-page').then((m) => ({ default: m.TitleImportsPage })),
    ),
  },
  integrity: {
    path: '/integrity',
    title: '诚信档案',
    icon: SafetyCertificateOutlined,
    group: 'workspace',
    allows: overseesIntegrity,
    component: lazy(() =>
      import('../pages/integrity/integrity-page').then((m) => ({ default: m.IntegrityPage })),
    ),
  },
  complaints: {
    path: '/complaints',
    title: '投诉举报',
    icon: MessageOutlined,
    group: 'workspace',
    allows: overseesIntegrity,
    component: lazy(() =>
      import('../pages/complaints/complaints-page').then((m) => ({ default: m.ComplaintsPage })),
    ),
  },
} satisfies Record<string, PageEntry>;

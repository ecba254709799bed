import { DiffOutlined, ProfileOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { hasPermission } from '../session/access';
import type { PageEntry } from './page-entry';

/** The rule base: policy sets and their differences. */
export const policyPages = {
  policies: {
    path: '/policies',
    title: '政策规则库',
    icon: ProfileOutlined,
    group: 'policy',
    allows: (me) => hasPermission(me, 'policies.browse'),
    component: lazy(() =>
      import('../pages/policies/policies-page').then((m) => ({ default: m.PoliciesPage })),
    ),
  },
  policyDiff: {
    path: '/policies/diff',
    title: '政策对比',
    icon: DiffOutlined,
    group: 'policy',
    allows: (me) => hasPermission(me, 'policies.browse'),
    component: lazy(() =>
      import('../pages/policies/policy-diff-page').then((m) => ({ default: m.PolicyDiffPage })),
    ),
  },
} satisfies Record<string, PageEntry>;

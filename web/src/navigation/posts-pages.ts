import { BarChartOutlined, ClusterOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { managesPosts } from '../session/page-access';
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
} satisfies Record<string, PageEntry>;

import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import { createPostBoard } from './post-board.service';
import { createPostPlanSteps } from './post-plan-steps.service';
import { createPostPlans } from './post-plans.service';
import { postsRoutes } from './posts.routes';

/** Posts and appointments (岗位设置与聘用): post plans up the chain and the unit's post board. */
export const postsModule = featureModule({
  name: 'posts',
  wire: ({ db, clock, audit }: Pick<Platform, 'db' | 'clock'> & { audit: AuditLog }) => {
    const plans = createPostPlans({ db, clock, audit });
    return {
      posts: {
        plans,
        steps: createPostPlanSteps({ db, clock, audit, detail: plans.detail }),
        boards: createPostBoard({ db, clock }),
      },
    };
  },
  routes: ({ posts }) => [postsRoutes(posts.plans, posts.steps, posts.boards)],
});

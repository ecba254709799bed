import { featureModule, type Platform } from '../../http/feature-module';
import { policiesRoutes } from './policies.routes';

/** The policy browser, comparison and coverage: routes over the policy data. */
export const policyModule = featureModule({
  name: 'policy',
  wire: () => ({}),
  routes: ({ clock }: Pick<Platform, 'clock'>) => [policiesRoutes({ clock })],
});

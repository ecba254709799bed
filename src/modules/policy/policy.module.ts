import { featureModule, type Platform } from '../../http/feature-module';
import { policiesRoutes } from './policies.routes';
import { checkPolicyParameters } from './policies.service';

/**
 * The policy browser, comparison and coverage: routes over the policy data. Wiring it checks the
 * rule base's parameters first, so neither the server nor the CLI starts over an unknown key.
 */
export const policyModule = featureModule({
  name: 'policy',
  wire: () => {
    checkPolicyParameters();
    return {};
  },
  routes: ({ clock }: Pick<Platform, 'clock'>) => [policiesRoutes({ clock })],
});

import { featureModule } from '../../http/feature-module';
import type { ProfileService } from '../profile';
import { eligibilityRoutes } from './eligibility.routes';

/** The eligibility check on one's own profile: routes over the profile service. */
export const eligibilityModule = featureModule({
  name: 'eligibility',
  wire: () => ({}),
  routes: ({ profile }: { profile: ProfileService }) => [eligibilityRoutes(profile)],
});

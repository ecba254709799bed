import { featureModule } from '../../http/feature-module';
import { referenceRoutes } from './reference.routes';

/** Published national standards (regions, series, levels): routes only, nothing to wire. */
export const referenceModule = featureModule({
  name: 'reference',
  wire: () => ({}),
  routes: () => [referenceRoutes()],
});

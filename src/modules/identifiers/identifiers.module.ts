import { featureModule, type Platform } from '../../http/feature-module';
import { identifiersRoutes } from './identifiers.routes';

/** Checking an ID number or credit code as the user types: routes only. */
export const identifiersModule = featureModule({
  name: 'identifiers',
  wire: () => ({}),
  routes: ({ clock }: Pick<Platform, 'clock'>) => [identifiersRoutes({ clock })],
});

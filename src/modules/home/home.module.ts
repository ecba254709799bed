import { featureModule, type Platform } from '../../http/feature-module';
import type { UsersService } from '../users';
import { homeRoutes } from './home.routes';
import { createHomeService, type HomeService } from './home.service';

export const homeModule = featureModule({
  name: 'home',
  wire: ({ db }: Pick<Platform, 'db'>) => ({ home: createHomeService({ db }) }),
  routes: ({ home, users }: { home: HomeService; users: UsersService }) => [homeRoutes(home, users)],
});

import type { AppConfig } from '../../src/platform/config';
import { appSuite } from './app-suite';
import { applicationRequests } from './application-requests';
import { buildApplicationWorld, STORY_CONFIG } from './application-world';

/**
 * The application world shared by a test file (see `appSuite`), with the application API's
 * requests on the same handle: `const s = applicationSuite(); const { file, act } = s;`.
 */
export function applicationSuite(config: Partial<AppConfig> = STORY_CONFIG) {
  const suite = appSuite(config, buildApplicationWorld);
  return Object.assign(
    suite,
    applicationRequests(() => suite.t),
  );
}

import { afterAll, beforeAll } from 'vitest';
import type { AppConfig } from '../../src/platform/config';
import { authed, type Session } from './factories';
import { type FormPart, multipartBody } from './multipart';
import { createTestApp, type TestApp } from './test-app';

/**
 * What the tests of one file share: the test app and the world built in it. Both are set once
 * the file's `beforeAll` has run, so tests and the file's helpers read `t` and `w` at call time.
 */
export interface AppSuite<W> {
  t: TestApp;
  w: W;
}

/**
 * Registers, for the calling test file, a test app made with `config` before its tests and its
 * close after them; the handle's `t` is set once `beforeAll` has run. A file's own set-up goes
 * in a `beforeAll` after this call (hooks run in the order they are registered).
 */
export function testAppSuite(
  config: Partial<AppConfig> = {},
  options: { timeout?: number; app?: Parameters<typeof createTestApp>[1] } = {},
) {
  const suite = {} as { t: TestApp };
  beforeAll(async () => {
    suite.t = await createTestApp(config, options.app);
  }, options.timeout);
  afterAll(() => suite.t?.close());
  return suite;
}

/**
 * Registers, for the calling test file, a test app made with `config` and a world built in it by
 * `build` before its tests, and the app's close after them. Worlds with many users or
 * applications take longer than vitest's default hook time, so `timeout` is the hook's limit.
 */
export function appSuite<W>(
  config: Partial<AppConfig>,
  build: (t: TestApp) => Promise<W>,
  options: { timeout?: number } = {},
): AppSuite<W> {
  const suite = testAppSuite(config, options) as AppSuite<W>;
  beforeAll(async () => {
    suite.w = await build(suite.t);
  }, options.timeout);
  return suite;
}

/**
 * The API as a logged-in browser calls it, for routes that have no request helper of their own.
 * `testApp` is read at call time, so the helpers can be made before `beforeAll` builds the app.
 */
export function signedInRequests(testApp: () => TestApp) {
  const send =
    (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE') => (session: Session, url: string, payload?: object) =>
      testApp().app.inject({ method, url, headers: authed(session), ...(payload ? { payload } : {}) });
  return {
    get: (session: Session, url: string) =>
      testApp().app.inject({ method: 'GET', url, headers: authed(session) }),
    post: send('POST'),
    put: send('PUT'),
    patch: send('PATCH'),
    del: send('DELETE'),
    /** A multipart/form-data POST of `parts`, as a browser uploads files; `headers` adds to it (e.g. an idempotency key). */
    upload: (session: Session, url: string, parts: FormPart[], headers: Record<string, string> = {}) => {
      const form = multipartBody(parts);
      return testApp().app.inject({
        method: 'POST',
        url,
        headers: { ...authed(session), ...headers, ...form.headers },
        payload: form.payload,
      });
    },
  };
}

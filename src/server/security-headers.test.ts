import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';

// A built web UI as Vite leaves it: index.html, a hashed asset and the favicon.
const webDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-web-'));
fs.mkdirSync(path.join(webDistDir, 'assets'));
fs.writeFileSync(
  path.join(webDistDir, 'index.html'),
  '<!doctype html><html><head><script type="module" src="/assets/index-abc.js"></script></head><body><div id="root"></div></body></html>',
);
fs.writeFileSync(path.join(webDistDir, 'assets', 'index-abc.js'), 'console.log(1);');
fs.writeFileSync(path.join(webDistDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ webDistDir });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(webDistDir, { recursive: true, force: true });
});

/** The CSP's directives by name. */
function directives(header: unknown): Map<string, string[]> {
  expect(typeof header).toBe('string');
  return new Map(
    (header as string)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectHardened(response: { headers: Record<string, unknown> }, what: string) {
  const csp = directives(response.headers['content-security-policy']);
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(csp.get('default-src'), what).toBeDefined();
  const scripts = csp.get('script-src') ?? csp.get('default-src')!;
  expect(scripts, what).not.toContain("'unsafe-inline'");
  expect(scripts, what).not.toContain("'unsafe-eval'");
  expect(response.headers['x-frame-options'], what).toBe('DENY');
  expect(response.headers['x-content-type-options'], what).toBe('nosniff');
  expect(response.headers['referrer-policy'], what).toBe('no-referrer');
  // Not in development or test: only a production server is reached over HTTPS.
  expect(response.headers['strict-transport-security'], what).toBeUndefined();
  expect(csp.has('upgrade-insecure-requests'), what).toBe(false);
}

describe('security headers on every kind of response', () => {
  it.each([
    ['API JSON', '/api/v1/calendar/years', 200, 'application/json'],
    ['health check', '/healthz', 200, 'application/json'],
    ['OpenAPI document', '/openapi.json', 200, 'application/json'],
    ['the SPA’s index.html', '/', 200, 'text/html'],
    ['a client-side route, answered with index.html', '/applications/123', 200, 'text/html'],
    ['a static asset', '/assets/index-abc.js', 200, 'javascript'],
    ['the favicon', '/favicon.svg', 200, 'image/svg+xml'],
    ['the API reference (swagger-ui)', '/docs/', 200, 'text/html'],
    ['swagger-ui’s script', '/docs/static/swagger-ui-bundle.js', 200, 'javascript'],
    ['an unknown API route (404)', '/api/v1/nothing-here', 404, 'application/json'],
    ['a route that needs a login (401)', '/api/v1/admin/users', 401, 'application/json'],
    ['text that cannot be stored (400)', '/api/v1/calendar/workdays?from=%00', 400, 'application/json'],
  ] as const)('%s', async (what, url, status, type) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode, `${what}: ${response.body.slice(0, 200)}`).toBe(status);
    expect(response.headers['content-type']).toContain(type);
    expectHardened(response, what);
  });

  it('the API and the SPA share one policy: scripts only from our files, styles inline for antd', async () => {
    const csp = directives(
      (await t.app.inject({ method: 'GET', url: '/' })).headers['content-security-policy'],
    );
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('the public verification page keeps its own stricter policy: no script at all, no framing', async () => {
    for (const url of ['/verify', '/verify?number=abc']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.headers['content-type']).toContain('text/html');
      expectHardened(response, url);
      const csp = directives(response.headers['content-security-policy']);
      expect(csp.get('default-src')).toEqual(["'none'"]);
      expect(csp.has('script-src')).toBe(false);
    }
  });
});

describe('in production', () => {
  let production: TestApp;
  beforeAll(async () => {
    production = await createTestApp({ webDistDir, production: true });
  });
  afterAll(() => production?.close());

  it('adds HSTS and upgrades insecure requests, on the API and the web UI alike', async () => {
    for (const url of ['/api/v1/calendar/years', '/', '/api/v1/nothing-here']) {
      const response = await production.app.inject({ method: 'GET', url });
      expect(response.headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
      expect(directives(response.headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(
        true,
      );
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('a path the router cannot read', () => {
  it.each([
    ['a malformed escape', '/api/v1/public/certificates/%ZZ', 'BAD_URL'],
    ['a cut UTF-8 sequence', '/api/v1/public/certificates/%E4%B8', 'BAD_URL'],
    [
      'a parameter over 100 characters',
      `/api/v1/public/certificates/${'9'.repeat(101)}`,
      'PARAMETER_TOO_LONG',
    ],
  ])(
    'is a 400 in the contract’s error JSON, in Chinese and without echoing the path: %s',
    async (_, url, code) => {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(body.error.details).toEqual([]);
      expect(response.body).not.toContain('certificates');
    },
  );
});

import { describe, expect, it } from 'vitest';
import { testAppSuite } from '../../../test/helpers/app-suite';

const s = testAppSuite({ verifyRateLimitPerMinute: 2 });

describe('the verification page', () => {
  it('tells a phone that scans too often to wait, as a page, while the API keeps its error JSON', async () => {
    const page = (url: string) => s.t.app.inject({ method: 'GET', url });
    expect((await page('/verify')).statusCode).toBe(200);
    expect((await page('/verify?number=abc')).statusCode).toBe(400);
    const busy = await page('/verify');
    expect(busy.statusCode).toBe(429);
    expect(busy.headers['content-type']).toContain('text/html');
    expect(busy.body).toContain('查验过于频繁，请一分钟后再试');
    // A request the route's schema refuses still gets the shared error JSON.
    const tooLong = await page(`/verify/${'1'.repeat(60)}`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.code).toBeDefined();
    for (let i = 0; i < 2; i++) await page(`/api/v1/public/certificates/${'1'.repeat(21)}`);
    const api = await page(`/api/v1/public/certificates/${'1'.repeat(21)}`);
    expect(api.statusCode).toBe(429);
    expect(api.json().error.code).toBe('RATE_LIMITED');
  });
});

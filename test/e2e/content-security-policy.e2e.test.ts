import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { certificates } from '../../src/db/schema';
import { demo, logIn, productInBrowser } from './harness';

const h = productInBrowser();

/**
 * Opens a page and everything it loads with a listener for what the Content-Security-Policy
 * refused: chromium reports each refusal as a console error ("Refused to … because it violates
 * the following Content Security Policy directive") and as a `securitypolicyviolation` event.
 */
async function watched(run: (page: Page) => Promise<void>) {
  const page = await h.browser.context.newPage();
  const refused: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    // The SPA asks who is logged in before anyone is: that 401 is expected, not an error.
    if (/status of 401/.test(text)) return;
    if (message.type() === 'error' || /Content Security Policy/i.test(text)) errors.push(text);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const store = window as unknown as { __refused?: string[] };
      store.__refused ??= [];
      store.__refused.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  try {
    await run(page);
    await page.waitForLoadState('networkidle');
    refused.push(
      ...(await page.evaluate(() => (window as unknown as { __refused?: string[] }).__refused ?? [])),
    );
  } finally {
    await page.context().clearCookies();
    await page.close();
  }
  return { refused, errors };
}

async function open(page: Page, url: string) {
  const response = await page.goto(`${h.product.baseUrl}${url}`);
  // The page is under a policy at all: otherwise there would be nothing to violate.
  expect(response?.headers()['content-security-policy'], url).toContain("frame-ancestors 'none'");
}

describe('the Content-Security-Policy breaks nothing the product shows', () => {
  it('the login page', async () => {
    const seen = await watched(async (page) => {
      await open(page, '/login');
      await page.locator('#username').waitFor();
    });
    expect(seen).toEqual({ refused: [], errors: [] });
  });

  it('while an inline script injected into a page is refused, and heard as such', async () => {
    const seen = await watched(async (page) => {
      await open(page, '/login');
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      });
      expect(
        await page.evaluate(() => (window as unknown as { injected?: boolean }).injected),
      ).toBeUndefined();
    });
    expect(seen.refused).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)]);
    expect(seen.errors).toEqual([expect.stringContaining('Content Security Policy')]);
  });

  it('a role’s home page after login, with its charts (antd styles, ECharts)', async () => {
    const hr = demo.users.find((u) => u.roles.includes('hr'))!;
    const seen = await watched(async (page) => {
      await logIn(page, h.product.baseUrl, hr.username, 'hr');
      await page.locator('canvas, svg').first().waitFor({ timeout: 30_000 });
    });
    expect(seen).toEqual({ refused: [], errors: [] });
  });

  it('the public certificate verification page: the form, and a certificate', async () => {
    const [certificate] = await h.product.context.database.db
      .select({ number: certificates.number })
      .from(certificates)
      .limit(1);
    // The demo issues certificates.
    expect(certificate).toBeDefined();
    const seen = await watched(async (page) => {
      await open(page, '/verify');
      await page.getByRole('button', { name: '查验' }).waitFor();
      await open(page, `/verify/${certificate!.number}`);
      await page.getByText(certificate!.number).first().waitFor();
    });
    expect(seen).toEqual({ refused: [], errors: [] });
  });

  it('the API reference (swagger-ui) renders the operations', async () => {
    const seen = await watched(async (page) => {
      await open(page, '/docs/');
      await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
    });
    expect(seen).toEqual({ refused: [], errors: [] });
  });
});

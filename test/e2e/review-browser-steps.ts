import path from 'node:path';
import type { Page } from 'playwright-core';
import { authed, type Session } from '../helpers/factories';
import { SCREENSHOT_DIR } from './browser';
import { type Harness, logIn } from './harness';

/**
 * The review-session browser test's moves: API calls for its setup, screenshots, one tab per
 * user (optionally phone-sized), the visible modal, and the console's step buttons and stage.
 */
export function reviewBrowserSteps(h: Harness, phone: { width: number; height: number }) {
  async function api(session: Session, method: 'GET' | 'POST', url: string, payload?: unknown) {
    const response = await h.product.app.inject({
      method,
      url,
      headers: authed(session),
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  }

  /** A screenshot of the page as it stands, kept in /tmp and with the test artifacts. */
  async function shot(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/review-${name}.png`, fullPage: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `review-${name}.png`), fullPage: true });
  }

  /** One browser tab for one user, optionally phone-sized, logged out afterwards. */
  async function as(
    username: string,
    name: string,
    run: (page: Page) => Promise<void>,
    options: { homeRole?: string; phone?: boolean } = {},
  ): Promise<void> {
    const page = await h.browser.context.newPage();
    if (options.phone) await page.setViewportSize(phone);
    try {
      await logIn(page, h.product.baseUrl, username, options.homeRole ?? username);
      await run(page);
    } catch (error) {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `failed-review-${name}.png`), fullPage: true });
      throw error;
    } finally {
      await page.context().clearCookies();
      await page.close();
    }
  }

  /** The visible modal (antd keeps closed ones in the DOM). */
  const visibleModal = (page: Page) =>
    page.locator('.ant-modal-wrap:visible, .ant-modal-confirm:visible').last();

  /** Clicks one of the console's step buttons (they come from the server's `steps`). */
  async function step(page: Page, name: string): Promise<void> {
    await page.locator('[data-testid="session-steps"]').getByRole('button', { name, exact: true }).click();
  }

  async function waitForStage(page: Page, stage: string): Promise<void> {
    await page
      .locator('[data-testid="session-state"]')
      .filter({ hasText: stage })
      .waitFor({ timeout: 30_000 });
  }

  return { api, shot, as, visibleModal, step, waitForStage };
}

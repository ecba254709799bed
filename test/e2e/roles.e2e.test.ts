import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLE_CODES } from '../../src/domain/access/roles';
import { login } from '../helpers/factories';
import { SCREENSHOT_DIR } from './browser';
import { demo, inNewTab, logIn, openMenu, productInBrowser } from './harness';

const h = productInBrowser();

describe('each demo role logs in and reaches its home page', () => {
  it('has one demo account per role', () => {
    expect(demo.users.map((u) => u.roles[0]).sort()).toEqual([...ROLE_CODES].sort());
  });

  for (const role of ROLE_CODES) {
    it(`${role}`, async () => {
      const account = demo.users.find((u) => u.roles.includes(role))!;
      await inNewTab(h, role, async (page) => {
        await logIn(page, h.product.baseUrl, account.username, role);
        await expect(
          page.locator('h1, h2, h3, h4').filter({ hasText: '工作台' }).first().isVisible(),
        ).resolves.toBe(true);
        await expect(page.getByText(account.displayName).first().isVisible()).resolves.toBe(true);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `home-${role}.png`), fullPage: true });
      });
    });
  }

  it('shows a Chinese error for a wrong password and stays on the login page', async () => {
    const page = await h.browser.context.newPage();
    try {
      await page.goto(`${h.product.baseUrl}/login`);
      await page.locator('#username').fill('admin');
      await page.locator('#password').fill('wrong-password-1');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('用户名或密码错误').first().waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).pathname).toBe('/login');
    } finally {
      await page.close();
    }
  });

  it('tells a browser whose session a login on another computer replaced why it must log in again', async () => {
    const account = demo.users.find((u) => u.roles.includes('hr'))!;
    const page = await h.browser.context.newPage();
    try {
      await logIn(page, h.product.baseUrl, account.username, 'hr');
      // The home page's own requests finish first: an answer to one sent before the login
      // elsewhere is not what this test is about.
      await page.waitForLoadState('networkidle');
      // The same account logs in elsewhere: a desktop client too (one session per class of device).
      await login(h.product.app, account.username, demo.password);
      await openMenu(page, '站内消息');
      await page.waitForURL(/\/login\?.*expired=replaced/, { timeout: 15_000 });
      await page.getByText('您的账号已在其他地方登录').first().waitFor({ timeout: 15_000 });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'session-replaced.png'), fullPage: true });
    } catch (error) {
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, 'failed-session-replaced.png'),
        fullPage: true,
      });
      throw new Error(`${(error as Error).message} (page at ${page.url()})`);
    } finally {
      await page.context().clearCookies();
      await page.close();
    }
  });
});

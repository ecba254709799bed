import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildDemoDataset } from '../../src/modules/demo/demo-dataset';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { startProduct } from './server';

/** The demo accounts and password every browser test logs in with. */
export const demo = buildDemoDataset();

export interface Harness {
  product: Awaited<ReturnType<typeof startProduct>>;
  browser: Awaited<ReturnType<typeof launchBrowser>>;
}

/**
 * Starts the product (fresh embedded database, demo seeded) and chromium for the test file,
 * and stops both afterwards. The fields are filled before the first test runs.
 */
export function productInBrowser(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    harness.product = await startProduct();
    harness.browser = await launchBrowser();
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.product?.stop();
  });
  return harness;
}

/** Logs in through the login page and waits for the role's home page. */
export async function logIn(page: Page, baseUrl: string, username: string, homeRole: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(demo.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator(`[data-testid="home-${homeRole}"]`).waitFor({ timeout: 30_000 });
}

/** Opens an antd select and picks the option with this text (typing it first when `search`). */
export async function choose(page: Page, selector: string, option: string, search = false): Promise<void> {
  await page.locator(selector).click();
  if (search) await page.keyboard.type(option);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

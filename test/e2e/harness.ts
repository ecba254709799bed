import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildDemoDataset } from '../../src/modules/demo/demo-dataset';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { type ProductOptions, startProduct } from './server';

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
export function productInBrowser(options: ProductOptions = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    harness.product = await startProduct(options);
    harness.browser = await launchBrowser();
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.product?.stop();
  });
  return harness;
}

/**
 * Runs `run` in a new tab of the harness's browser, then closes the tab with the context's
 * cookies cleared (logged out) whatever happens; when `run` fails, a full-page screenshot
 * `failed-<name>.png` is kept with the test artifacts, to show where it stopped.
 */
export async function inNewTab(h: Harness, name: string, run: (page: Page) => Promise<void>): Promise<void> {
  const page = await h.browser.context.newPage();
  try {
    await run(page);
  } catch (error) {
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `failed-${name}.png`), fullPage: true });
    throw error;
  } finally {
    await page.context().clearCookies();
    await page.close();
  }
}

/** Logs in through the login page and waits for the role's home page. */
export async function logIn(page: Page, baseUrl: string, username: string, homeRole: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(demo.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator(`[data-testid="home-${homeRole}"]`).waitFor({ timeout: 30_000 });
}

/** Where and as whom a tab of `inTabAs` runs. */
export interface TabUser {
  username: string;
  /** The role whose home page shows once logged in (`home-<role>`). */
  homeRole: string;
  /** Names the failure screenshot, `failed-<name>.png`. */
  name: string;
  viewport: { width: number; height: number };
}

/** `inNewTab` logged in as a user at a given screen size: a phone held upright, or a desk. */
export function inTabAs(h: Harness, tab: TabUser, run: (page: Page) => Promise<void>): Promise<void> {
  return inNewTab(h, tab.name, async (page) => {
    await page.setViewportSize(tab.viewport);
    await logIn(page, h.product.baseUrl, tab.username, tab.homeRole);
    await run(page);
  });
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

/** Types a date into an antd date picker and confirms it, as a user at the keyboard would. */
export async function fillDate(page: Page, selector: string, value: string): Promise<void> {
  const input = page.locator(selector);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  // The calendar closes with an animation. A click made while it still fades can land on it
  // rather than on the button beneath (CI once lost a click on 添加职称 so), so wait until it is gone.
  await page.waitForFunction(
    () => document.querySelectorAll('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').length === 0,
  );
}

/** Opens a page from the side menu by its exact title (我的申报 is not 我的申报材料). */
export function openMenu(page: Page, title: string): Promise<void> {
  return page
    .locator('.ant-layout-sider .ant-menu-item')
    .filter({ hasText: new RegExp(`^${title}$`) })
    .click();
}

/** Clicks a button that downloads a file and returns the file's name and first four bytes. */
export async function downloadBy(page: Page, button: string): Promise<{ name: string; head: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), head: fs.readFileSync(saved).subarray(0, 4).toString('latin1') };
}

/**
 * On the applicant's profile form: adds a 大学本科 in 通信工程 graduated on `graduatedOn`, and makes
 * sure of a current job (the one the page added at the employer on record, else a new one) with
 * a start date, `startedOn` unless it has one. Returns the row of the current job.
 */
export async function addDegreeAndCurrentJob(
  page: Page,
  graduatedOn: string,
  startedOn: string,
): Promise<number> {
  const row = await page.locator('[data-testid="education-row"]').count();
  await page.getByRole('button', { name: '添加学历' }).click();
  await choose(page, `#applicant_education_${row}_degree`, '大学本科');
  await page.locator(`#applicant_education_${row}_major`).fill('通信工程');
  await fillDate(page, `#applicant_education_${row}_graduatedOn`, graduatedOn);
  const work = page.locator('[data-testid="work-row"]');
  let current = -1;
  for (let i = 0; i < (await work.count()); i += 1) {
    if (!(await page.locator(`#applicant_work_${i}_to`).inputValue())) current = i;
  }
  if (current < 0) {
    current = await work.count();
    await page.getByRole('button', { name: '添加工作经历' }).click();
  }
  if (!(await page.locator(`#applicant_work_${current}_from`).inputValue()))
    await fillDate(page, `#applicant_work_${current}_from`, startedOn);
  return current;
}

/** The state shown in the application's facts, once it reads `state`. */
export async function waitForState(page: Page, state: string): Promise<void> {
  await page
    .locator('[data-testid="application-facts"] [data-testid="application-state"]')
    .filter({ hasText: state })
    .waitFor({ timeout: 30_000 });
}

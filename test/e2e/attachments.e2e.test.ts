import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINIMAL_PDF } from '../helpers/minimal-pdf';
import { SCREENSHOT_DIR } from './browser';
import { choose, demo, logIn, productInBrowser } from './harness';

const h = productInBrowser();
let files: string;

/** A real (minimal) PDF, and a "PNG" whose bytes are plain text. */
const PDF = MINIMAL_PDF;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-e2e-files-'));
  fs.writeFileSync(path.join(files, '学位证书.pdf'), PDF);
  fs.writeFileSync(path.join(files, '伪装图片.png'), 'hello');
});
afterAll(async () => {
  if (files) fs.rmSync(files, { recursive: true, force: true });
});

const rows = (page: Page) => page.locator('[data-testid="materials-table"] tbody tr.ant-table-row');

describe('我的申报材料 in the browser', () => {
  it('uploads a PDF, lists it, and shows the server refusing a text file named .png', async () => {
    const account = demo.users.find((u) => u.username === 'applicant')!;
    const page = await h.browser.context.newPage();
    try {
      await logIn(page, h.product.baseUrl, account.username, 'applicant');

      // From the side menu, as a user finds it.
      await page.locator('.ant-layout-sider .ant-menu-item').filter({ hasText: '我的申报材料' }).click();
      await page.locator('h3').filter({ hasText: '我的申报材料' }).waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).pathname).toBe('/my/materials');
      await page.getByText('尚未上传申报材料').waitFor({ timeout: 15_000 });

      await choose(page, '#attachment-kind', '学历学位证书');
      await page.locator('input[type="file"]').setInputFiles(path.join(files, '学位证书.pdf'));
      const first = rows(page).filter({ hasText: '学位证书.pdf' });
      await first.waitFor({ timeout: 15_000 });
      await expect(first.getByText('学历学位证书').isVisible()).resolves.toBe(true);
      await expect(first.getByText('PDF', { exact: true }).isVisible()).resolves.toBe(true);
      await expect(rows(page).count()).resolves.toBe(1);

      await page.locator('input[type="file"]').setInputFiles(path.join(files, '伪装图片.png'));
      const problem = page.locator('[data-testid="upload-error"]');
      await problem.waitFor({ timeout: 15_000 });
      await expect(problem.textContent()).resolves.toContain('只能上传PDF、JPG或PNG文件');
      await expect(problem.textContent()).resolves.toContain('伪装图片.png');
      await page.waitForLoadState('networkidle');
      await expect(rows(page).count()).resolves.toBe(1);
      await expect(page.getByText('伪装图片.png').count()).resolves.toBe(1); // only in the error
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'materials-applicant.png'), fullPage: true });
    } catch (error) {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'failed-materials.png'), fullPage: true });
      throw error;
    } finally {
      await page.context().clearCookies();
      await page.close();
    }
  });
});

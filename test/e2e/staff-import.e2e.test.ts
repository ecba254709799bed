import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../helpers/factories';
import { staffWorkbook } from '../helpers/staff-workbook';
import { SCREENSHOT_DIR } from './browser';
import { demo, downloadBy, logIn, productInBrowser } from './harness';

const h = productInBrowser();

/** A filled template on disk, for the file chooser. */
async function fileOf(name: string, lines: Parameters<typeof staffWorkbook>[0]): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-staff-')), name);
  fs.writeFileSync(file, await staffWorkbook(lines));
  return file;
}

describe('批量登记人员 in the browser, on a phone', () => {
  it('downloads the template, shows every bad row, then registers a clean file after confirmation', async () => {
    const employer = demo.users.find((u) => u.roles.includes('employer'))!;
    const page = await h.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const shot = (name: string) =>
      page.screenshot({ path: path.join(SCREENSHOT_DIR, `staff-import-${name}.png`), fullPage: true });
    try {
      await logIn(page, h.product.baseUrl, employer.username, 'employer');
      await page.goto(`${h.product.baseUrl}/staff-import`);
      await page.getByRole('heading', { name: '批量登记人员' }).waitFor();
      const template = await downloadBy(page, '下载模板');
      expect(template).toEqual({ name: '批量登记人员模板.xlsx', head: 'PK\u0003\u0004' });

      const good = {
        name: '沈一鸣',
        idNumber: makeIdNumber('1979-12-31'),
        phone: '13812345678',
        relation: '在编',
        startedOn: '2012-09-01',
      };
      const upload = page.locator('input[type="file"]');
      await upload.setInputFiles(
        await fileOf('有误的名单.xlsx', [good, { ...good, name: '沈二鸣', idNumber: '210302197912310000' }]),
      );
      await page.getByText('共1行有误，未登记任何人员').waitFor({ timeout: 30_000 });
      await expect(page.getByText('身份证号码：身份证号码校验码错误').first().isVisible()).resolves.toBe(
        true,
      );
      await expect(page.locator('[data-testid="staff-import-confirm"]').count()).resolves.toBe(0);
      await shot('invalid');

      await page.getByRole('button', { name: '重新选择文件' }).click();
      await upload.setInputFiles(await fileOf('人员名单.xlsx', [good]));
      await page.getByText('校验通过，尚未登记').waitFor({ timeout: 30_000 });
      await shot('checked');
      await page.locator('[data-testid="staff-import-confirm"]').click();
      await page.getByText('已登记1人').waitFor({ timeout: 30_000 });
      await expect(page.getByText('发送注册邀请短信1条').first().isVisible()).resolves.toBe(true);
      await expect(
        page.locator('[data-testid="staff-report-table"]').getByText('登记成功').isVisible(),
      ).resolves.toBe(true);
      await shot('done');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'nothing wider than the phone').toBeLessThanOrEqual(390);
      await page.setViewportSize({ width: 1366, height: 860 });
      await page.locator('[data-testid="staff-report-table"]').getByText('身份证号码').waitFor();
      await shot('done-desktop');
    } catch (error) {
      await shot('failed');
      throw error;
    } finally {
      await page.close();
    }
  });
});

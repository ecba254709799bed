import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { deadlines } from '../../src/db/schema';
import { MAX_DEADLINE_ATTEMPTS } from '../../src/domain/deadlines/deadline-kinds';
import { SCREENSHOT_DIR } from './browser';
import { demo, logIn, openMenu, productInBrowser } from './harness';

const h = productInBrowser();

describe('the administrator’s 后台任务 page', () => {
  it('shows a failed deadline with its error, and retries it', async () => {
    const db = h.product.context.database.db;
    const [row] = await db
      .insert(deadlines)
      .values({
        kind: 'result-publicity-end',
        dueOn: '2026-11-20',
        subjectId: '00000000-0000-4000-8000-000000000001',
        data: { number: '2026210000900123' },
        attempts: MAX_DEADLINE_ATTEMPTS,
        lastError: '短信网关不可用',
        failedAt: new Date('2026-11-23T02:00:00Z'),
      })
      .returning();
    const admin = demo.users.find((u) => u.roles.includes('admin'))!;
    const page = await h.browser.context.newPage();
    try {
      await logIn(page, h.product.baseUrl, admin.username, 'admin');
      await openMenu(page, '后台任务');
      const table = page.locator('[data-testid="deadlines-table"]');
      const failedRow = table.locator('tr').filter({ hasText: '短信网关不可用' });
      await failedRow.waitFor({ timeout: 30_000 });
      expect(await failedRow.innerText()).toContain('评审结果公示期满');
      expect(await failedRow.innerText()).toContain('申报 2026210000900123');
      await expect(page.getByText('已失败（1）').isVisible()).resolves.toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-deadlines.png'), fullPage: true });

      await failedRow.getByRole('button', { name: '重试' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '重试' }).click();
      await page.getByText(`已重试期限任务 ${row!.id}`).waitFor({ timeout: 15_000 });
      await page.getByText('没有失败的期限任务').waitFor({ timeout: 15_000 });
      const [after] = await db.select().from(deadlines).where(eq(deadlines.id, row!.id));
      expect(after).toMatchObject({ attempts: 0, failedAt: null });

      await page.getByText('待处理（').click();
      await table.locator('tr').filter({ hasText: '申报 2026210000900123' }).waitFor({ timeout: 15_000 });
    } catch (error) {
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, 'failed-admin-deadlines.png'),
        fullPage: true,
      });
      throw error;
    } finally {
      await page.close();
    }
  });
});

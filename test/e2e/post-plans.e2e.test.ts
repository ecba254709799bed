import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR } from './browser';
import { fillDate, inTabAs, openMenu, productInBrowser } from './harness';
import { hospitalUnderDemoDepartment } from './post-units';

/**
 * Issue 20 item 5 in the browser: a public hospital drafts a 岗位设置方案 that breaks the totals and
 * sees every failing item with its clause, corrects it and submits; the demo's competent department
 * reviews it, the demo's HR bureau approves it with a document number, and the hospital's post board
 * shows the approved quotas as vacant posts.
 */
const h = productInBrowser();

const PHONE = { width: 390, height: 844 };
const UNIT = '鞍山市第三人民医院';
const EFFECTIVE = '2026-01-01';
const DOCUMENT = '鞍人社批〔2026〕12号';
const RETURN_REASONS = ['请补充特设岗位的设置依据', '管理岗位数请与编制批文核对'] as const;

/** The corrected quotas: 90 professional posts, 高级 9 (10%), 高级+中级 36 (40%) — the ratios held. */
const QUOTAS: Record<number, number> = { 4: 1, 5: 1, 6: 3, 7: 4, 8: 8, 9: 10, 10: 9, 11: 20, 12: 22, 13: 12 };

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `post-plans-${name}.png`), fullPage: true });

const DESK = { width: 1366, height: 860 };

/** The users of the test at a desk; each step names its tab (and its failure screenshot). */
const CLERK = { username: 'as-no3-hospital', homeRole: 'employer', viewport: DESK };
const DEPARTMENT = { username: 'department', homeRole: 'department', viewport: DESK };
const HR = { username: 'hr', homeRole: 'hr', viewport: DESK };

async function setNumber(page: Page, id: string, value: number | null): Promise<void> {
  const input = page.locator(`#${id}`);
  await input.fill(value === null ? '' : String(value));
  await input.blur();
}

async function openPlanOf(page: Page, button: string): Promise<void> {
  await openMenu(page, '岗位设置');
  await page
    .locator('[data-testid="post-plans"] tr')
    .filter({ hasText: UNIT })
    .getByRole('button', { name: button })
    .click();
  await page.getByTestId('post-plan-detail').waitFor({ timeout: 15_000 });
}

describe('a post plan drafted, corrected, reviewed and approved, and the board it gives, in the browser', () => {
  it('runs the plan up the chain and shows its quotas as vacancies', async () => {
    await hospitalUnderDemoDepartment(h.product.context.database.db, UNIT, {
      username: 'as-no3-hospital',
      displayName: '刘敏（人事科）',
    });

    await inTabAs(h, { ...CLERK, name: 'post-plans-draft' }, async (page) => {
      await openMenu(page, '岗位设置');
      await page.getByTestId('plan-new').click();
      await page.getByTestId('post-plan-form').waitFor();
      // Broken on purpose: 120 posts in 100 establishment places, grades summing to 40 of 90, 高级 25%.
      await setNumber(page, 'post-plan_staffingQuota', 100);
      await fillDate(page, '#post-plan_effectiveFrom', EFFECTIVE);
      await setNumber(page, 'post-plan_totals_professional', 90);
      await setNumber(page, 'post-plan_totals_management', 20);
      await setNumber(page, 'post-plan_totals_support', 10);
      await setNumber(page, 'post-plan_quotas_4', 10);
      await setNumber(page, 'post-plan_quotas_12', 30);
      await page.getByTestId('plan-save').click();
      const problems = page.getByTestId('plan-problem');
      await problems.first().waitFor({ timeout: 15_000 });
      const texts = await problems.allTextContents();
      expect(texts.length).toBeGreaterThanOrEqual(3);
      expect(texts.some((t) => t.includes('各等级专业技术岗位数之和为40个'))).toBe(true);
      expect(texts.some((t) => t.includes('超过编制数100个'))).toBe(true);
      expect(texts.some((t) => t.includes('控制目标'))).toBe(true);
      await shot(page, '01-wizard-problems');

      // 报送 now is refused with the same list, and nothing moves.
      await page.getByTestId('plan-submit').click();
      await page.getByText(/不符合规定的项目/).waitFor();
      await page.setViewportSize(PHONE);
      // The drawer takes the whole screen once the breakpoint has changed; let it settle.
      await page.waitForTimeout(800);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'post-plans-02-wizard-390.png') });
      await page.setViewportSize(DESK);

      await setNumber(page, 'post-plan_staffingQuota', 120);
      for (const [grade, quota] of Object.entries(QUOTAS))
        await setNumber(page, `post-plan_quotas_${grade}`, quota);
      await page.getByTestId('plan-save').click();
      await page.getByTestId('plan-check-passed').waitFor({ timeout: 15_000 });
      await page.getByTestId('plan-submit').click();
      await page
        .locator('[data-testid="post-plans"] [data-testid="plan-state"]')
        .filter({ hasText: '待主管部门审核' })
        .waitFor({ timeout: 15_000 });
      await page.getByTestId('post-plan-form').waitFor({ state: 'hidden' });
      await shot(page, '03-submitted');
    });

    // The department returns it once, with two reasons; the unit reads them in its wizard and resubmits.
    await inTabAs(h, { ...DEPARTMENT, name: 'post-plans-return' }, async (page) => {
      await openPlanOf(page, '审核');
      await page.getByRole('button', { name: '退回' }).click();
      await page.locator('#plan-return_reasons_0').fill(RETURN_REASONS[0]);
      await page.getByRole('button', { name: '再加一条' }).click();
      await page.locator('#plan-return_reasons_1').fill(RETURN_REASONS[1]);
      await page.locator('.ant-modal').getByRole('button', { name: '退回' }).click();
      await page.getByTestId('post-plan-detail').getByText('已退回').waitFor({ timeout: 15_000 });
    });
    await inTabAs(h, { ...CLERK, name: 'post-plans-resubmit' }, async (page) => {
      await openPlanOf(page, '修改');
      await page.getByTestId('plan-edit').click();
      const reasons = page
        .locator('.ant-drawer')
        .filter({ has: page.getByTestId('post-plan-form') })
        .getByTestId('return-reasons');
      await expect(reasons.locator('li').allTextContents()).resolves.toEqual([...RETURN_REASONS]);
      await page.getByTestId('plan-submit').click();
      await page
        .locator('[data-testid="post-plans"] [data-testid="plan-state"]')
        .filter({ hasText: '待主管部门审核' })
        .waitFor({ timeout: 15_000 });
    });

    await inTabAs(h, { ...DEPARTMENT, name: 'post-plans-review' }, async (page) => {
      await openPlanOf(page, '审核');
      await page.getByTestId('plan-check-passed').waitFor();
      await page.getByRole('button', { name: '审核通过' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '通过' }).click();
      await page.getByTestId('post-plan-detail').getByText('待人社部门审批').waitFor({ timeout: 15_000 });
    });

    await inTabAs(h, { ...HR, name: 'post-plans-approve' }, async (page) => {
      await openPlanOf(page, '审批');
      await page.getByTestId('plan-check-passed').waitFor();
      // The drawer slides in; the picture is of it in place.
      await page.waitForTimeout(500);
      await shot(page, '04-approval');
      await page.getByRole('button', { name: '批准', exact: true }).click();
      await page.locator('#plan-approve_approvalDocument').fill(DOCUMENT);
      await page.locator('.ant-modal').getByRole('button', { name: '批准' }).click();
      await page.getByTestId('post-plan-detail').getByText(DOCUMENT).waitFor({ timeout: 15_000 });
      await expect(
        page.getByTestId('post-plan-detail').getByTestId('plan-state').textContent(),
      ).resolves.toContain('已批准');
    });

    await inTabAs(h, { ...CLERK, name: 'post-plans-board' }, async (page) => {
      await page.goto(`${h.product.baseUrl}/post-board?asOf=2026-06-30`);
      await page.getByTestId('board-plan').filter({ hasText: DOCUMENT }).waitFor({ timeout: 15_000 });
      const grades = page.getByTestId('board-grades');
      for (const [grade, quota] of Object.entries(QUOTAS)) {
        const row = grades.locator(`tr[data-row-key="${grade}"]`);
        await expect(row.getAttribute('data-state')).resolves.toBe('vacant');
        // 核定 and 空缺 are the same figure: nobody is appointed yet.
        const cells = await row.locator('td').allTextContents();
        expect(cells.slice(1, 4)).toEqual([String(quota), '0', String(quota)]);
      }
      await shot(page, '05-board');
    });
    await inTabAs(h, { ...CLERK, viewport: PHONE, name: 'post-plans-board-390' }, async (page) => {
      await page.goto(`${h.product.baseUrl}/post-board?asOf=2026-06-30`);
      await page.getByTestId('board-grades').waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
      await shot(page, '06-board-390');
    });
  });
});

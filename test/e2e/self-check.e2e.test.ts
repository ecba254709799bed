import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR } from './browser';
import { addDegreeAndCurrentJob, choose, demo, fillDate, inNewTab, logIn, productInBrowser } from './harness';

const h = productInBrowser();

/** Runs a browser step, keeping a screenshot of the page when it fails. */
async function withPage(name: string, run: (page: Page) => Promise<void>): Promise<void> {
  await inNewTab(h, name, async (page) => {
    await run(page);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  });
}

describe('申报条件自测 and the policy browser in the browser', () => {
  it('checks an engineer logged out and tells the unmet seniority and the earliest date', async () => {
    await withPage('self-check-anonymous', async (page) => {
      // Reached from the login page, without logging in.
      await page.goto(`${h.product.baseUrl}/login`);
      await page.getByText('申报条件自测（无需登录）').click();
      await page.waitForURL('**/self-check');
      await page.locator('[data-testid="self-check-form"]').waitFor({ timeout: 30_000 });

      await choose(page, '#policy', '鞍山市关于2023年职称工作的意见');
      await fillDate(page, '#asOf', '2023-06-01');
      await choose(page, '#target_series', '工程技术', true);
      await choose(page, '#target_level', '副高级');
      await page.locator('#target_specialty').fill('通信工程');

      await fillDate(page, '#applicant_birthDate', '1980-05-01');
      await page.locator('#applicant_education_0_major').fill('通信工程');
      await fillDate(page, '#applicant_education_0_graduatedOn', '2002-07-01');
      await page.getByRole('button', { name: '添加职称' }).click();
      await fillDate(page, '#applicant_titles_0_obtainedOn', '2019-12-20');
      await page.getByRole('button', { name: '添加工作经历' }).click();
      await fillDate(page, '#applicant_work_0_from', '2002-07-01');
      // Nobody's records to check a stranger's titles against: no tag says verified or declared.
      expect(await page.locator('[data-testid^="title-"]').count()).toBe(0);

      await page.getByRole('button', { name: '开始自测' }).click();
      const result = page.locator('[data-testid="eligibility-result"]');
      await result.waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid="verdict"]').innerText()).toBe('不符合');
      const unmet = await page.locator('[data-testid="unmet-list"]').innerText();
      expect(unmet).toContain('取得工程师职称后从事本专业技术工作须满5年，现为4年');
      expect(unmet).toContain('国家 人社部发〔2019〕16号');
      expect(await page.locator('[data-testid="earliest-eligible"]').innerText()).toContain(
        '最早可于 2024-01-01 起申报',
      );
      // Logged out, the page is in the public frame, not redirected to the login page.
      expect(new URL(page.url()).pathname).toBe('/self-check');
    });
  });

  it('saves the applicant’s facts to their profile and checks from them after a reload', async () => {
    await withPage('self-check-profile', async (page) => {
      await logIn(page, h.product.baseUrl, 'applicant', 'applicant');

      await page.goto(`${h.product.baseUrl}/self-check`);
      await page.getByRole('button', { name: '使用我的档案' }).click();
      await page.getByText(/已载入 .+ 的档案/).waitFor({ timeout: 30_000 });
      // The titles on record are there, and the target is the next level up: 高级工程师.
      expect(await page.locator('[data-testid="titles-row"]').count()).toBeGreaterThan(0);
      const level = page.locator('.ant-form-item').filter({ has: page.locator('#target_level') });
      expect(await level.innerText()).toContain('副高级');
      // Each of them is backed by the certificate ledger (the demo's imported historical records).
      const titles = await page.locator('[data-testid="titles-row"]').count();
      expect(await page.locator('[data-testid="title-verified"]').allInnerTexts()).toEqual(
        Array(titles).fill('已核验（历史导入）'),
      );
      // A date moved off the record makes the title the person's own claim, and the record is offered back.
      const recorded = await page.locator('#applicant_titles_0_obtainedOn').inputValue();
      await fillDate(page, '#applicant_titles_0_obtainedOn', '2001-01-01');
      await page.locator('[data-testid="title-declared"]').waitFor();
      expect(await page.locator('[data-testid="unclaimed-titles"]').innerText()).toContain(recorded);
      await fillDate(page, '#applicant_titles_0_obtainedOn', recorded);
      await page.locator('[data-testid="unclaimed-titles"]').waitFor({ state: 'detached' });
      expect(await page.locator('[data-testid="title-verified"]').count()).toBe(titles);

      const current = await addDegreeAndCurrentJob(page, '2009-07-01', '2009-07-15');

      await page.getByRole('button', { name: '保存到我的档案' }).click();
      await page.getByText('已保存到我的档案').waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid="profile-updated-at"]').innerText()).toMatch(
        /^档案更新于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
      );

      // After a reload the form is empty again; the profile brings the education back.
      await page.reload();
      await page.getByRole('button', { name: '使用我的档案' }).click();
      await page.getByText(/已载入 .+ 的档案/).waitFor({ timeout: 30_000 });
      const saved = page.locator('[data-testid="education-row"]').last();
      expect(await saved.locator('input[id$="_major"]').inputValue()).toBe('通信工程');
      expect(await saved.locator('input[id$="_graduatedOn"]').inputValue()).toBe('2009-07-01');
      expect(await page.locator(`#applicant_work_${current}_from`).inputValue()).not.toBe('');
      await page.locator('[data-testid="profile-updated-at"]').waitFor();

      await choose(page, '#policy', '鞍山市关于2023年职称工作的意见');
      await fillDate(page, '#asOf', '2023-06-01');
      await choose(page, '#target_level', '副高级');
      await page.getByRole('button', { name: '开始自测' }).click();
      await page.locator('[data-testid="eligibility-result"]').waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid="verdict"]').innerText()).not.toBe('');
    });
  });

  it('shows hr the difference in ce.requiredFromYear between Anshan 2023 and Jilin 2022', async () => {
    const account = demo.users.find((u) => u.roles.includes('hr'))!;
    await withPage('policy-diff-hr', async (page) => {
      await logIn(page, h.product.baseUrl, account.username, 'hr');

      await page.getByRole('menuitem', { name: '政策对比' }).click();
      await page.waitForURL('**/policies/diff');
      const row = page.locator('[data-testid="policy-diff"] tr').filter({ hasText: 'ce.requiredFromYear' });
      await row.first().waitFor({ timeout: 30_000 });
      const text = await row.first().innerText();
      expect(text).toContain('不同');
      expect(text).toContain('2023');
      expect(text).toContain('吉林2022 三(三)');
    });
  });
});

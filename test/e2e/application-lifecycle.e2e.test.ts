import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/platform/clock';
import { MINIMAL_PDF } from '../helpers/minimal-pdf';
import { SCREENSHOT_DIR } from './browser';
import {
  addDegreeAndCurrentJob,
  choose,
  downloadBy,
  inNewTab,
  logIn,
  openMenu,
  productInBrowser,
  waitForState,
} from './harness';

// Monday 2026-03-02, 10:00 in Beijing. Unit publicity then runs five working days, to Friday 03-06.
const clock = manualClock(new Date('2026-03-02T02:00:00Z'));
const h = productInBrowser({
  clock,
  // Days pass between the steps; the sessions of the roles must not idle out across them.
  config: { sessionIdleMinutes: 60 * 24 * 60, loginRateLimitPerMinute: 1000 },
});

const PDF = MINIMAL_PDF;
let files: string;
/** The application filed by the wizard, followed through every role. */
let applicationId = '';

beforeAll(() => {
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-e2e-lifecycle-'));
  fs.writeFileSync(path.join(files, '学位证书.pdf'), PDF);
});
afterAll(() => {
  if (files) fs.rmSync(files, { recursive: true, force: true });
});

/** A full-page screenshot once requests and antd's animations have settled. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // From the top: a page scrolled down would draw its sticky header and menu mid-image.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `lifecycle-${name}.png`), fullPage: true });
}

/** One browser tab for one user: logged in as `username` (or not at all), logged out afterwards. */
async function as(
  username: string | null,
  name: string,
  run: (page: Page) => Promise<void>,
  homeRole = username ?? '',
): Promise<void> {
  await inNewTab(h, `lifecycle-${name}`, async (page) => {
    if (username) await logIn(page, h.product.baseUrl, username, homeRole);
    await run(page);
  });
}

/** Opens our application from the 申报审核 list, as a reviewer finds it. */
async function openFromReviewList(page: Page): Promise<void> {
  await openMenu(page, '申报审核');
  const row = page
    .locator('[data-testid="applications-table"] tr.ant-table-row')
    .filter({ hasText: '李志远' });
  await row.first().waitFor({ timeout: 30_000 });
  await row.first().getByRole('link').first().click();
  await page.locator('[data-testid="application-detail"]').waitFor({ timeout: 30_000 });
  expect(new URL(page.url()).pathname).toBe(`/applications/${applicationId}`);
}

/** Clicks a workflow button and returns the modal it opens. */
async function startAction(page: Page, name: string) {
  await page.locator('[data-testid="action-panel"]').getByRole('button', { name, exact: true }).click();
  const modal = page.locator('.ant-modal-wrap:visible');
  await modal.waitFor();
  return modal;
}

describe('an application from the applicant’s profile to the committee’s acceptance, in the browser', () => {
  it('the applicant saves a complete profile, uploads material and files through the wizard', async () => {
    await as('applicant', 'applicant-files', async (page) => {
      // The profile: what the system knows (birth date, titles) plus education, work, appraisal and CE.
      await page.goto(`${h.product.baseUrl}/self-check`);
      await page.getByRole('button', { name: '使用我的档案' }).click();
      await page.getByText(/已载入 .+ 的档案/).waitFor({ timeout: 30_000 });
      await addDegreeAndCurrentJob(page, '2010-07-01', '2010-07-15');
      await page.getByText('年度考核与继续教育').click();
      await page.getByRole('button', { name: '添加年度考核' }).click();
      await page.getByRole('button', { name: '添加继续教育学时' }).click();
      await page.getByRole('button', { name: '保存到我的档案' }).click();
      await page.getByText('已保存到我的档案').waitFor({ timeout: 30_000 });

      // A file to go with the application.
      await page.goto(`${h.product.baseUrl}/my/materials`);
      await choose(page, '#attachment-kind', '学历学位证书');
      await page.locator('input[type="file"]').setInputFiles(path.join(files, '学位证书.pdf'));
      await page
        .locator('[data-testid="materials-table"] tr.ant-table-row')
        .filter({ hasText: '学位证书.pdf' })
        .waitFor({ timeout: 30_000 });

      // From the home page's shortcut into the wizard.
      await page.goto(`${h.product.baseUrl}/`);
      await page.locator('[data-testid="home-applicant"]').waitFor({ timeout: 30_000 });
      await page.getByText('发起职称申报', { exact: true }).first().click();
      await page.waitForURL('**/my/applications/new');
      await page.locator('[data-testid="target-form"]').waitFor();
      // Suggested from the titles on record: the next level up from 工程师, in 通信工程.
      const level = page.locator('.ant-form-item').filter({ has: page.locator('#level') });
      await expect.poll(() => level.innerText(), { timeout: 15_000 }).toContain('副高级');
      expect(await page.locator('#specialty').inputValue()).toBe('通信工程');
      await shot(page, '01-applicant-wizard-target');

      await page.getByRole('button', { name: /下一步/ }).click();
      await page.locator('[data-testid="eligibility-result"]').waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid="verdict"]').innerText()).toBe('符合');
      await shot(page, '02-applicant-wizard-check');

      await page.getByRole('button', { name: /下一步/ }).click();
      const material = page
        .locator('[data-testid="materials-step"] tr.ant-table-row')
        .filter({ hasText: '学位证书.pdf' });
      await material.waitFor({ timeout: 15_000 });
      await material.locator('.ant-checkbox').click();
      await page.getByText('已选 1 份').waitFor();

      await page.getByRole('button', { name: /下一步/ }).click();
      await page.locator('[data-testid="commitment-personal"]').getByText('本人郑重承诺').waitFor();
      const submit = page.getByRole('button', { name: '提交申报' });
      expect(await submit.isDisabled()).toBe(true);
      await page.getByText('本人已阅读《申报人诚信承诺书》').click();
      await shot(page, '03-applicant-wizard-commit');
      // A double click files one application: one key per wizard, and the button is busy meanwhile.
      await submit.dblclick();
      await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/, { timeout: 30_000 });
      applicationId = new URL(page.url()).pathname.split('/').pop() ?? '';
      await waitForState(page, '已提交，待单位审核');
      await page.locator('[data-testid="materials-panel"]').getByText('学位证书.pdf').waitFor();
      await shot(page, '04-applicant-submitted');

      await openMenu(page, '我的申报');
      const rows = page.locator('[data-testid="my-applications-table"] tr.ant-table-row');
      await rows.first().waitFor({ timeout: 15_000 });
      expect(await rows.count()).toBe(1);
    });
  });

  it('the employer finds it from the inbox, starts unit publicity, and may not recommend early', async () => {
    await as('employer', 'employer-publicity', async (page) => {
      // The bell counts the new task; the inbox leads to the application.
      await expect
        .poll(() => page.locator('[data-testid="inbox-bell"]').locator('..').innerText(), { timeout: 15_000 })
        .toMatch(/[1-9]/);
      await page.locator('[data-testid="inbox-bell"]').click();
      await page.waitForURL('**/inbox');
      const message = page
        .locator('[data-testid="inbox-list"] tr.ant-table-row')
        .filter({ hasText: '新的待办申报' });
      await message.first().waitFor({ timeout: 15_000 });
      await shot(page, '05-employer-inbox');
      await message.first().click();
      await page.waitForURL(`**/applications/${applicationId}`);
      await waitForState(page, '已提交，待单位审核');

      const modal = await startAction(page, '开始单位公示');
      await modal.getByRole('button', { name: '开始单位公示' }).click();
      await waitForState(page, '单位公示中');
      await page.locator('[data-testid="publicity-period"]').getByText('2026-03-02 至 2026-03-06').waitFor();

      // Recommending during the publicity: the server names what is missing, and the page shows it.
      const early = await startAction(page, '推荐上报');
      await early.getByText('本单位已审核申报材料并作出以上承诺').click();
      await early.getByRole('button', { name: '推荐上报' }).click();
      await early.getByText('单位公示期未满（至2026-03-06）').waitFor({ timeout: 15_000 });
      await shot(page, '06-employer-recommend-too-early');
      await early.getByRole('button', { name: '取消' }).click();

      // The list: the 公示表 as a file, and bulk steps on the chosen rows.
      await openMenu(page, '申报审核');
      const row = page.locator('[data-testid="applications-table"] tr.ant-table-row').first();
      await row.waitFor();
      expect(await downloadBy(page, '公示表PDF')).toEqual({ name: '公示表.pdf', head: '%PDF' });
      await row.locator('.ant-checkbox').click();
      const bar = page.locator('[data-testid="bulk-bar"]');
      await bar.getByText('已选择 1 件').waitFor();
      expect(await bar.getByRole('button').allInnerTexts()).toEqual([
        '批量推荐上报',
        '批量不予推荐',
        '取消选择',
      ]);
      await shot(page, '07-employer-review-list');
      await bar.getByRole('button', { name: '取消选择' }).click();
    });
  });

  it('the public notice shows the masked name without logging in', async () => {
    await as(null, 'public-notice', async (page) => {
      await page.goto(`${h.product.baseUrl}/login`);
      await page.locator('[data-testid="publicity-link"]').click();
      await page.waitForURL('**/publicity');
      const row = page
        .locator('[data-testid="publicity-table"] tr.ant-table-row')
        .filter({ hasText: '李＊远' });
      await row.waitFor({ timeout: 30_000 });
      const text = await row.innerText();
      expect(text).toContain('高级工程师（通信工程）');
      expect(text).toContain('2026-03-02 至 2026-03-06');
      expect(text).not.toContain('李志远');

      // An objection without a real name or enough content is refused field by field.
      await row.getByRole('button', { name: /提出异议/ }).click();
      const modal = page.locator('.ant-modal-wrap:visible');
      await modal.locator('#complainantName').fill('x');
      await modal.locator('#contact').fill('123');
      await modal.locator('#content').fill('短短的异议内容');
      await modal.getByRole('button', { name: '提交异议' }).click();
      await modal.getByText('须填写真实姓名').waitFor({ timeout: 15_000 });
      await modal.getByText('应为手机号码、固定电话（含区号）或电子邮箱').waitFor();
      await shot(page, '08-public-notice-objection');
      await modal.locator('#complainantName').fill('王建国');
      await modal.locator('#contact').fill('13800138000');
      await modal.locator('#content').fill('该同志的代表性业绩与实际参与情况不符，请核实。');
      await modal.getByRole('button', { name: '提交异议' }).click();
      await page.getByText(/异议已提交/).waitFor({ timeout: 15_000 });
      await modal.waitFor({ state: 'hidden' });
    });
  });

  it('after the five working days the employer recommends with the unit commitment', async () => {
    clock.set(new Date('2026-03-09T02:00:00Z'));
    await as('employer', 'employer-recommend', async (page) => {
      await openFromReviewList(page);
      // The objection is verified first: the unit sees who raised it and records the outcome.
      const objection = page.locator('[data-testid="objection"]');
      await objection.getByText('王建国（13800138000）').waitFor({ timeout: 15_000 });
      await objection.locator('#outcome').fill('经核实，业绩材料与项目验收报告一致，异议不成立。');
      await objection.getByRole('button', { name: '登记处理结果' }).click();
      await objection.getByText('异议不成立', { exact: true }).waitFor({ timeout: 15_000 });
      await shot(page, '09-employer-objection-resolved');

      const modal = await startAction(page, '推荐上报');
      await modal.locator('[data-testid="commitment-unit"]').getByText('本单位承诺').waitFor();
      // The commitment must be accepted before the server is asked.
      await modal.getByRole('button', { name: '推荐上报' }).click();
      await modal.getByText('须阅读并同意承诺书').waitFor();
      await modal.getByText('本单位已审核申报材料并作出以上承诺').click();
      await shot(page, '10-employer-unit-commitment');
      await modal.getByRole('button', { name: '推荐上报' }).click();
      await waitForState(page, '待人社部门审核');
    });
  });

  it('the HR bureau approves and the system routes it to the provincial committee', async () => {
    await as('hr', 'hr-approve', async (page) => {
      // The bureau's queue: the list filtered to what awaits it, the filter kept in the address bar.
      await openMenu(page, '申报审核');
      await choose(page, '#filter-state', '待人社部门审核');
      await page.keyboard.press('Escape');
      await page.waitForURL(/state=hr-review/);
      const row = page.locator('[data-testid="applications-table"] tr.ant-table-row');
      await row.filter({ hasText: '待人社部门审核' }).waitFor({ timeout: 15_000 });
      // The unfiltered list answers first (the demo's HR list is not empty): wait for the filtered one.
      await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
      await shot(page, '11-hr-queue');
      await row.first().getByRole('link').first().click();
      await page.locator('[data-testid="application-detail"]').waitFor({ timeout: 30_000 });
      const modal = await startAction(page, '人社部门审核盖章并报送评委会');
      await modal.getByText('按评审范围自动确定').waitFor();
      await modal.getByRole('button', { name: '人社部门审核盖章并报送评委会' }).click();
      await waitForState(page, '已报送评委会，待受理审查');
      await page
        .locator('[data-testid="application-facts"]')
        .getByText('辽宁省通信工程专业高级职称评审委员会')
        .waitFor();
      await shot(page, '12-hr-approved');
    });
  });

  it('the committee office accepts it', async () => {
    await as('committee-office', 'committee-accept', async (page) => {
      await openFromReviewList(page);
      const modal = await startAction(page, '评委会受理');
      await modal.getByRole('button', { name: '评委会受理' }).click();
      await waitForState(page, '评委会已受理');
      await page.locator('[data-testid="no-actions"]').waitFor();
      await shot(page, '13-committee-accepted');
    });
  });

  it('the applicant sees 评委会已受理 and the whole timeline', async () => {
    await as('applicant', 'applicant-accepted', async (page) => {
      await openMenu(page, '我的申报');
      const row = page.locator('[data-testid="my-applications-table"] tr.ant-table-row');
      await row.filter({ hasText: '评委会已受理' }).waitFor({ timeout: 30_000 });
      await shot(page, '14-applicant-list');
      await row.first().getByRole('link').first().click();
      await waitForState(page, '评委会已受理');
      const entries = page.locator('[data-testid="timeline-entry"]');
      await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(5);
      const timeline = await page.locator('[data-testid="timeline"]').innerText();
      for (const step of [
        '提交申报',
        '开始单位公示',
        '推荐上报',
        '人社部门审核盖章并报送评委会',
        '评委会受理',
      ])
        expect(timeline).toContain(step);
      expect(timeline).toContain('评委会办事机构');
      expect(timeline).toContain('2026-03-09 10:00');
      await shot(page, '15-applicant-timeline');
      const form = await downloadBy(page, '评审表PDF');
      expect(form.name).toMatch(/^评审表-\d+\.pdf$/);
      expect(form.head).toBe('%PDF');
    });
  });
});

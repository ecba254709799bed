import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/platform/clock';
import type { OutgoingMessage } from '../../src/platform/message-sender';
import { makeIdNumber } from '../helpers/factories';
import { SCREENSHOT_DIR } from './browser';
import { choose, fillDate, inNewTab, logIn, openMenu, productInBrowser, waitForState } from './harness';

/**
 * Issue 18 in the browser: a professional who was never in the demo registers with a code to
 * their phone, binds to a demo employer, the employer confirms, the HR bureau puts the employer
 * under a competent department, the person fills the profile and files, and the application
 * travels the chain through the department to the committee. Nobody sets a password for anyone.
 */
// Monday 2026-03-02, 10:00 in Beijing: the filing season.
const clock = manualClock(new Date('2026-03-02T02:00:00Z'));
/** What the product's SMS gateway was handed: the person reads their code from it, as from a phone. */
const sent: OutgoingMessage[] = [];
const h = productInBrowser({
  clock,
  config: { sessionIdleMinutes: 60 * 24 * 60, loginRateLimitPerMinute: 1000 },
  messageSender: {
    async send(message) {
      sent.push(message);
    },
  },
});

const NAME = '宋立新';
const PHONE = '13912349901';
const PASSWORD = 'Zhicheng2026';

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `joining-${name}.png`), fullPage: true });
}

/** Runs a step in a fresh tab, logged out afterwards, keeping a screenshot of the page if it fails. */
const step = (name: string, run: (page: Page) => Promise<void>) => inNewTab(h, `joining-${name}`, run);

async function logInAsPerson(page: Page): Promise<void> {
  await page.goto(`${h.product.baseUrl}/login`);
  await page.locator('#username').fill(PHONE);
  await page.locator('#password').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('[data-testid="home-applicant"]').waitFor({ timeout: 30_000 });
}

describe('a professional new to the system joins, binds and files; the application reaches the committee through a department, in the browser', () => {
  it('registers from the login page with a code sent to their phone', async () => {
    await step('register', async (page) => {
      await page.goto(`${h.product.baseUrl}/login`);
      await page.getByTestId('register-link').click();
      await page.waitForURL('**/register');
      await page.locator('#name').fill(NAME);
      await page.locator('#idNumber').fill(makeIdNumber('1988-03-15'));
      await page.locator('#regionCode').click();
      await page.keyboard.type('铁东区');
      await page
        .locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item')
        .filter({ hasText: '铁东区' })
        .first()
        .click();
      await page.locator('#phone').fill(PHONE);
      await page.getByTestId('send-code').click();
      await expect.poll(() => sent.filter((m) => m.phone === PHONE).length, { timeout: 15_000 }).toBe(1);
      const code = /验证码(\d{6})/.exec(sent.find((m) => m.phone === PHONE)!.body)![1]!;
      await page.locator('#code').fill(code);
      await page.locator('#password').fill(PASSWORD);
      await page.locator('#confirm').fill(PASSWORD);
      await shot(page, '01-register');
      await page.locator('button[type="submit"]').click();
      await page.getByText('账号已开通').waitFor({ timeout: 30_000 });
      await shot(page, '02-registered');
      await page.getByTestId('go-bind-employer').click();
      await page.waitForURL('**/my-employment');
      await page.getByTestId('no-employer').waitFor({ timeout: 15_000 });
    });
  });

  it('asks to bind to the demo employer', async () => {
    await step('bind', async (page) => {
      await logInAsPerson(page);
      await page.goto(`${h.product.baseUrl}/my-employment`);
      await page.getByTestId('no-employer').waitFor({ timeout: 15_000 });
      // The date first: its Enter submits the form, which then only asks for the unit.
      await fillDate(page, '#startedOn', '2010-07-15');
      await choose(page, '#organisationId', '鞍山恒信', true);
      await page.getByText('合同制', { exact: true }).click();
      await page.getByRole('button', { name: '提交绑定申请' }).click();
      await page.getByTestId('pending-binding').waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('pending-binding').textContent()).toContain('鞍山恒信');
      await shot(page, '03-binding-asked');
    });
  });

  it('the employer confirms the request', async () => {
    await step('confirm', async (page) => {
      await logIn(page, h.product.baseUrl, 'employer', 'employer');
      await openMenu(page, '人员绑定审核');
      const row = page.getByTestId('binding-requests-table').locator('tr').filter({ hasText: NAME });
      await row.waitFor({ timeout: 15_000 });
      await shot(page, '04-employer-requests');
      await row.getByRole('button', { name: '确认' }).click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await page.getByText(`已确认 ${NAME} 为本单位人员`).waitFor({ timeout: 15_000 });
    });
  });

  it('the HR bureau puts the employer under the city’s industry bureau (主管部门)', async () => {
    await step('department', async (page) => {
      await logIn(page, h.product.baseUrl, 'hr', 'hr');
      await page.goto(
        `${h.product.baseUrl}/unit-registrations?q=${encodeURIComponent('鞍山恒信')}&status=approved`,
      );
      const row = page.locator('tr.ant-table-row').filter({ hasText: '鞍山恒信' });
      await row.first().waitFor({ timeout: 30_000 });
      await row.first().getByRole('button').first().click();
      const department = page.getByTestId('unit-department');
      await department.waitFor({ timeout: 15_000 });
      await department.locator('.ant-select').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: '鞍山市工业和信息化局' })
        .first()
        .click();
      await department.getByRole('button', { name: '保存' }).click();
      await page.getByText('主管部门已设为 鞍山市工业和信息化局').waitFor({ timeout: 15_000 });
      await shot(page, '04b-hr-department');
    });
  });

  it('the person fills the profile, files, and the application is in the employer’s queue', async () => {
    await step('file', async (page) => {
      await logInAsPerson(page);
      await page.goto(`${h.product.baseUrl}/self-check`);
      await page.getByRole('button', { name: '使用我的档案' }).click();
      await page.getByText(/已载入 .+ 的档案/).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: '添加学历' }).click();
      await choose(page, '#applicant_education_0_degree', '大学本科');
      await page.locator('#applicant_education_0_major').fill('通信工程');
      await fillDate(page, '#applicant_education_0_graduatedOn', '2010-07-01');
      await page.getByRole('button', { name: '添加职称' }).click();
      await fillDate(page, '#applicant_titles_0_obtainedOn', '2016-12-20');
      // The work at the unit that confirmed the binding is already there, from its start date.
      expect(await page.locator('[data-testid="work-row"]').count()).toBe(1);
      expect(await page.locator('#applicant_work_0_from').inputValue()).toBe('2010-07-15');
      await page.getByText('年度考核与继续教育').click();
      await page.getByRole('button', { name: '添加年度考核' }).click();
      await page.getByRole('button', { name: '添加继续教育学时' }).click();
      await page.getByRole('button', { name: '保存到我的档案' }).click();
      await page.getByText('已保存到我的档案').waitFor({ timeout: 30_000 });

      await page.goto(`${h.product.baseUrl}/my/applications/new`);
      await page.locator('[data-testid="target-form"]').waitFor({ timeout: 30_000 });
      const level = page.locator('.ant-form-item').filter({ has: page.locator('#level') });
      await expect.poll(() => level.innerText(), { timeout: 15_000 }).toContain('副高级');
      if (!(await page.locator('#specialty').inputValue())) await page.locator('#specialty').fill('通信工程');
      await page.getByRole('button', { name: /下一步/ }).click();
      await page.locator('[data-testid="eligibility-result"]').waitFor({ timeout: 30_000 });
      await shot(page, '05-wizard-check');
      expect(await page.locator('[data-testid="verdict"]').innerText()).toBe('符合');
      await page.getByRole('button', { name: /下一步/ }).click();
      await page.getByRole('button', { name: /下一步/ }).click();
      await page.locator('[data-testid="commitment-personal"]').getByText('本人郑重承诺').waitFor();
      await page.getByText('本人已阅读《申报人诚信承诺书》').click();
      await page.getByRole('button', { name: '提交申报' }).click();
      await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/, { timeout: 30_000 });
      await page
        .locator('[data-testid="application-facts"] [data-testid="application-state"]')
        .filter({ hasText: '已提交，待单位审核' })
        .waitFor({ timeout: 30_000 });
      await shot(page, '06-filed');
    });

    await step('employer-queue', async (page) => {
      await logIn(page, h.product.baseUrl, 'employer', 'employer');
      await openMenu(page, '申报审核');
      const row = page
        .locator('[data-testid="applications-table"] tr.ant-table-row')
        .filter({ hasText: NAME });
      await row.first().waitFor({ timeout: 30_000 });
      expect(await row.first().innerText()).toContain('已提交，待单位审核');
      await shot(page, '07-employer-queue');
      await row.first().getByRole('link').first().click();
      await waitForState(page, '已提交，待单位审核');
      const modal = await startAction(page, '开始单位公示');
      await modal.getByRole('button', { name: '开始单位公示' }).click();
      await waitForState(page, '单位公示中');
    });
  });

  it('after the publicity the application travels through the department and the bureau to the committee', async () => {
    clock.set(new Date('2026-03-09T02:00:00Z'));
    await step('recommend', async (page) => {
      await logIn(page, h.product.baseUrl, 'employer', 'employer');
      await openOurs(page);
      const modal = await startAction(page, '推荐上报');
      await modal.getByText('本单位已审核申报材料并作出以上承诺').click();
      await modal.getByRole('button', { name: '推荐上报' }).click();
      // The unit now has a competent department: the department's step comes next.
      await waitForState(page, '待主管部门审核');
    });
    await step('department-approve', async (page) => {
      await decideAs(page, 'department', '主管部门审核盖章', '待人社部门审核');
      await shot(page, '08-department-approved');
    });
    await step('hr-approve', async (page) => {
      await decideAs(page, 'hr', '人社部门审核盖章并报送评委会', '已报送评委会，待受理审查');
    });
    await step('committee-accept', async (page) => {
      await decideAs(page, 'committee-office', '评委会受理', '评委会已受理');
      const timeline = await page.locator('[data-testid="timeline"]').innerText();
      expect(timeline).toContain('主管部门审核盖章');
      await shot(page, '09-committee-accepted');
    });
  });
});

/**
 * As the demo user of `role`, opens the newcomer's application and takes `action`, confirming it
 * in its dialog, until the application's state reads `next`.
 */
async function decideAs(page: Page, role: string, action: string, next: string): Promise<void> {
  await logIn(page, h.product.baseUrl, role, role);
  await openOurs(page);
  const modal = await startAction(page, action);
  await modal.getByRole('button', { name: action }).click();
  await waitForState(page, next);
}

/** Opens the newcomer's application from the 申报审核 list, as a reviewer finds it. */
async function openOurs(page: Page): Promise<void> {
  await openMenu(page, '申报审核');
  const row = page.locator('[data-testid="applications-table"] tr.ant-table-row').filter({ hasText: NAME });
  await row.first().waitFor({ timeout: 30_000 });
  await row.first().getByRole('link').first().click();
  await page.locator('[data-testid="application-detail"]').waitFor({ timeout: 30_000 });
}

/** Clicks a workflow button and returns the modal it opens. */
async function startAction(page: Page, name: string) {
  await page.locator('[data-testid="action-panel"]').getByRole('button', { name, exact: true }).click();
  const modal = page.locator('.ant-modal-wrap:visible');
  await modal.waitFor();
  return modal;
}

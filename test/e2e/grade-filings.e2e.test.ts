import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { organisations } from '../../src/db/schema';
import { insertAppointment } from '../../src/modules/posts';
import { hashPassword } from '../../src/platform/password';
import { createOrganisation, createPerson, createUser } from '../helpers/factories';
import { insertApprovedPlan } from '../helpers/grade-filings';
import { SCREENSHOT_DIR } from './browser';
import { demo, inTabAs, openMenu, productInBrowser } from './harness';

/**
 * Issue 20 item 4 in the browser: a Liaoyang hospital (liaoyang-2023 §十五) drafts its grade-2
 * evaluation, picking a 正高 doctor at grade 3 from its staff, sends 评前沟通; the provincial HR
 * bureau agrees on a phone; the hospital reports the result; the bureau approves the filing with
 * its document number.
 */
const h = productInBrowser();

const DESK = { width: 1366, height: 860 };
const PHONE = { width: 390, height: 844 };
const UNIT = '辽阳市中心医院';
const DOCUMENT = '辽人社备〔2026〕21号';
const STANDARD = '任专业技术三级岗位期间主持省部级以上科研项目，在本专业领域取得国内领先的重大业绩。';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `grade-filings-${name}.png`), fullPage: true });

const CLERK = { username: 'ly-central-hospital', homeRole: 'employer', viewport: DESK };
const PROVINCE = { username: 'ln-hrss-posts', homeRole: 'hr', viewport: DESK };

async function openFiling(page: Page, button: string) {
  await openMenu(page, '二级岗位评审');
  await page
    .locator('[data-testid="grade-filings"] tr')
    .filter({ hasText: UNIT })
    .getByRole('button', { name: button })
    .click();
  await page.getByTestId('grade-filing-detail').waitFor({ timeout: 15_000 });
}

describe('a grade-2 evaluation filed with the provincial HR bureau, in the browser', () => {
  it('runs 评前沟通, the go-ahead, 评后报告 and 备案核准', async () => {
    const db = h.product.context.database.db;
    const unit = await createOrganisation(db, {
      name: UNIT,
      kind: 'employer',
      employerKind: 'public-institution',
      jurisdictionCode: '211000',
    });
    const passwordHash = await hashPassword(demo.password);
    const clerk = await createUser(db, {
      roles: ['employer'],
      organisationId: unit.id,
      jurisdictionCode: '211000',
      username: CLERK.username,
      displayName: '王静（人事科）',
      passwordHash,
    });
    const [province] = await db
      .select()
      .from(organisations)
      .where(eq(organisations.jurisdictionCode, '210000'));
    await createUser(db, {
      roles: ['hr'],
      organisationId: province!.id,
      jurisdictionCode: '210000',
      username: PROVINCE.username,
      displayName: '赵宇（事业单位人事管理处）',
      passwordHash,
    });
    // The plan in force with one grade-2 post.
    const planId = await insertApprovedPlan(db, unit.id, clerk.id, { 2: 1, 3: 3, 4: 6 });
    for (const [name, since, level] of [
      ['孙立新', '2018-07-01', 'senior'],
      ['周海燕', '2021-03-01', 'senior'],
    ] as const) {
      const person = await createPerson(db, h.product.context.cipher, {
        name,
        organisationId: unit.id,
        titles: [{ series: 'health', level, specialty: '心血管内科', obtainedOn: '2015-12-01' }],
      });
      await insertAppointment(db, {
        personId: person.id,
        organisationId: unit.id,
        planId,
        kind: 'within-level',
        grade: 3,
        boardKind: 'normal',
        startDate: since,
        state: 'filed',
        source: 'unit',
      });
    }

    await inTabAs(h, { ...CLERK, name: 'grade-filings-draft' }, async (page) => {
      await openMenu(page, '二级岗位评审');
      await page.getByTestId('filing-new').click();
      await page.getByTestId('grade-filing-route').waitFor({ timeout: 15_000 });
      await expect(page.getByTestId('grade-filing-route').textContent()).resolves.toContain(
        '核定 1 个，空余 1 个',
      );
      await page.locator('#grade-filing_standard').fill(STANDARD);
      await page
        .getByTestId('grade-filing-staff')
        .locator('tr')
        .filter({ hasText: '孙立新' })
        .locator('input')
        .check();
      await shot(page, '01-form-1366');
      await page.setViewportSize(PHONE);
      await page.waitForTimeout(800);
      await shot(page, '02-form-390');
      await page.setViewportSize(DESK);
      await page
        .getByRole('button', { name: '保 存' })
        .or(page.getByRole('button', { name: '保存' }))
        .click();
      await page.getByTestId('grade-filing-detail').waitFor({ timeout: 15_000 });
      await page.getByTestId('filing-check-passed').waitFor();
      await page.getByTestId('filing-communicate').click();
      await page.getByText('已报送评前沟通').waitFor({ timeout: 15_000 });
      await shot(page, '03-communicated-1366');
    });

    await inTabAs(h, { ...PROVINCE, viewport: PHONE, name: 'grade-filings-acknowledge' }, async (page) => {
      await page.goto(`${h.product.baseUrl}/grade-filings`);
      await page
        .locator('[data-testid="grade-filings"] tr')
        .filter({ hasText: UNIT })
        .getByRole('button', { name: '答复' })
        .click();
      await page.getByTestId('grade-filing-detail').waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
      await shot(page, '04-queue-390');
      await page.getByRole('button', { name: '同意开展评定' }).click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: '同 意' })
        .or(page.locator('.ant-popconfirm').getByRole('button', { name: '同意' }))
        .click();
      await page.getByText('已答复，单位可开展评定').waitFor({ timeout: 15_000 });
    });

    await inTabAs(h, { ...CLERK, name: 'grade-filings-report' }, async (page) => {
      await openFiling(page, '评后报告');
      await page.getByRole('button', { name: '报送评后报告' }).click();
      await page.locator('input[placeholder^="票数或得分"]').fill('同意9票，不同意0票');
      await page
        .locator('.ant-modal')
        .getByRole('button', { name: '报 送' })
        .or(page.locator('.ant-modal').getByRole('button', { name: '报送' }))
        .click();
      await page.getByText('已报送评后报告').waitFor({ timeout: 15_000 });
    });

    await inTabAs(h, { ...PROVINCE, name: 'grade-filings-approve' }, async (page) => {
      await openFiling(page, '核准');
      await page.getByRole('button', { name: '备案核准' }).click();
      await page.locator('#grade-filing-approve_approvalDocument').fill(DOCUMENT);
      await page
        .locator('.ant-modal')
        .getByRole('button', { name: '核 准' })
        .or(page.locator('.ant-modal').getByRole('button', { name: '核准' }))
        .click();
      await page.getByText('已备案核准').first().waitFor({ timeout: 15_000 });
      // The drawer reloads after the step: wait for the approved record rather than read it once.
      await expect
        .poll(() => page.getByTestId('grade-filing-detail').textContent(), { timeout: 15_000 })
        .toContain(DOCUMENT);
      await shot(page, '05-approved-1366');
    });
  });
});

import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { employmentBindings, users } from '../../src/db/schema';
import type { Role } from '../../src/domain/access/roles';
import { addDays } from '../../src/domain/calendar';
import { demoActor } from '../../src/modules/demo/demo-posts.seed';
import type { PlanDraftBody } from '../../src/modules/posts';
import { manualClock } from '../../src/platform/clock';
import { createPerson } from '../helpers/factories';
import { realisticPlan } from '../helpers/post-plans';
import { SCREENSHOT_DIR } from './browser';
import { choose, fillDate, inTabAs, openMenu, productInBrowser } from './harness';
import { hospitalUnderDemoDepartment } from './post-units';

/**
 * Issue 20's browser test for appointments: with an approved plan, a hospital proposes a first
 * appointment to 专业技术5级 for a doctor holding an intermediate title and sees every rule it breaks,
 * each with its clause, as it fills the form and again when 保存并公示 is refused; it corrects the
 * grade to the level's lowest (10级) and the proposal is publicised. Once the publicity's working
 * days have passed (the product's clock is moved), the department reviews it and the HR bureau files
 * it with a document number; the board shows grade 10 occupied and the doctor's history lists it.
 */

// Monday 2026-03-02, 10:00 in Beijing; the unit's publicity then runs on working days of the calendar.
const clock = manualClock(new Date('2026-03-02T02:00:00Z'));
const h = productInBrowser({
  clock,
  // Days pass between the steps; the sessions must not idle out across them.
  config: { sessionIdleMinutes: 60 * 24 * 60, loginRateLimitPerMinute: 1000 },
});

const DESK = { width: 1366, height: 860 };
const PHONE = { width: 390, height: 844 };
const UNIT = '鞍山市第四人民医院';
const DOCTOR = '韩雪梅';
const START = '2026-04-01';
const DOCUMENT = '鞍人社聘备〔2026〕7号';

const CLERK = { username: 'as-no4-hospital', homeRole: 'employer', viewport: DESK };
const DEPARTMENT = { username: 'department', homeRole: 'department', viewport: DESK };
const HR = { username: 'hr', homeRole: 'hr', viewport: DESK };

const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `appointments-${name}.png`), fullPage });

/** The actor of a demo or test user, as the product's services take it. */
async function actorOf(username: string) {
  const [user] = await h.product.context.database.db.select().from(users).where(eq(users.username, username));
  return demoActor(user!.id, user!.roles as Role[], user!.organisationId!, user!.jurisdictionCode!);
}

/**
 * The hospital under the demo's department, its HR clerk, a doctor on its staff (a confirmed binding,
 * 主治医师 since 2015) and the realistic plan approved through the product's own services.
 */
async function hospitalWithApprovedPlan() {
  const db = h.product.context.database.db;
  const unit = await hospitalUnderDemoDepartment(db, UNIT, {
    username: CLERK.username,
    displayName: '周静（人事科）',
  });
  const doctor = await createPerson(db, h.product.context.cipher, {
    name: DOCTOR,
    organisationId: unit.id,
    titles: [{ series: 'health', level: 'intermediate', specialty: '内科', obtainedOn: '2015-06-01' }],
  });
  await db.insert(employmentBindings).values({
    personId: doctor.id,
    organisationId: unit.id,
    relation: 'staff',
    startedOn: '2012-07-01',
    status: 'confirmed',
    source: 'migrated',
  });

  const { plans, steps } = h.product.context.services.posts;
  const clerk = await actorOf(CLERK.username);
  const plan = await plans.create(clerk, realisticPlan() as PlanDraftBody);
  await steps.submit(clerk, plan.id);
  await steps.review(await actorOf(DEPARTMENT.username), plan.id, null);
  await steps.approve(await actorOf(HR.username), plan.id, '鞍人社批〔2026〕21号');
  return doctor.id;
}

/** The row of the doctor's appointment in 聘用管理, once it shows `state`. */
async function rowInState(page: Page, state: string) {
  const row = page.locator('[data-testid="appointments"] tr').filter({ hasText: DOCTOR });
  await row.getByTestId('appointment-state').filter({ hasText: state }).waitFor({ timeout: 15_000 });
  return row;
}

describe('an appointment refused with its reasons, corrected, publicised, reviewed and filed, in the browser', () => {
  it('shows every broken rule with its clause, then takes a valid appointment to the board and the history', async () => {
    const personId = await hospitalWithApprovedPlan();

    await inTabAs(h, { ...CLERK, name: 'appointments-propose' }, async (page) => {
      await openMenu(page, '聘用管理');
      await page.getByTestId('appointment-new').click();
      await page.getByTestId('appointment-form').waitFor();
      await choose(page, '#appointment_personId', DOCTOR);
      await choose(page, '#appointment_grade', '专业技术5级');
      await fillDate(page, '#appointment_startDate', START);

      // The live check: a first appointment to 副高 needs the level's lowest grade and a 副高 title.
      const findings = page.getByTestId('appointment-finding');
      await findings.nth(1).waitFor({ timeout: 15_000 });
      const reasons = await page.getByTestId('appointment-finding-reason').allTextContents();
      expect(reasons.length).toBeGreaterThanOrEqual(2);
      expect(reasons.some((r) => r.includes('应聘用到该层级最低等级专业技术7级'))).toBe(true);
      expect(reasons.some((r) => r.includes('副高级'))).toBe(true);
      // Each finding names its clause.
      for (let i = 0; i < (await findings.count()); i += 1)
        await expect(findings.nth(i).getByTestId('citation').count()).resolves.toBeGreaterThan(0);
      await expect(page.getByTestId('appointment-passes').isVisible()).resolves.toBe(true);
      await page.waitForTimeout(400);
      await shot(page, '01-form-findings');

      // 保存并公示 is refused with the same list; the request stays a draft.
      await page.getByTestId('appointment-propose').click();
      await page.getByText(/^聘用有\d项不符合规定，不能提交公示$/).waitFor({ timeout: 15_000 });
      const refused = await page.getByTestId('appointment-finding-reason').allTextContents();
      expect(refused.length).toBe(reasons.length);
      await page.setViewportSize(PHONE);
      // The drawer takes the whole screen once the breakpoint has changed; let it settle.
      await page.waitForTimeout(800);
      await shot(page, '02-form-refused-390', false);
      const overflow = await page.evaluate(
        () => document.querySelector('.ant-drawer-body')!.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.setViewportSize(DESK);

      // Corrected to the lowest grade of 中级, the level the doctor's title is for: every rule passes.
      await choose(page, '#appointment_grade', '专业技术10级');
      await page.getByTestId('appointment-allowed').waitFor({ timeout: 15_000 });
      await page.getByTestId('appointment-propose').click();
      await page.getByTestId('appointment-form').waitFor({ state: 'hidden', timeout: 15_000 });
      const row = await rowInState(page, '单位公示中');
      await expect(row.textContent()).resolves.toContain('专业技术10级');
      await shot(page, '03-publicised');
    });

    const [appointment] = await h.product.context.database.db.query.appointments.findMany({
      where: (a, { eq: is }) => is(a.personId, personId),
    });
    const publicityUntil = appointment!.publicityUntil!;
    expect(publicityUntil > '2026-03-02').toBe(true);
    // The day after the publicity's last day, 10:00 in Beijing.
    clock.set(new Date(`${addDays(publicityUntil, 1)}T02:00:00Z`));

    await inTabAs(h, { ...DEPARTMENT, name: 'appointments-review' }, async (page) => {
      await openMenu(page, '聘用管理');
      // The department's list opens on its queue: proposals in publicity.
      const row = await rowInState(page, '单位公示中');
      await row.getByRole('button', { name: '审核' }).click();
      const detail = page.getByTestId('appointment-detail');
      await detail.waitFor({ timeout: 15_000 });
      await expect(detail.textContent()).resolves.toContain(publicityUntil);
      await page.getByRole('button', { name: '审核通过' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '通过' }).click();
      await detail.getByText('待人社部门备案').waitFor({ timeout: 15_000 });
    });

    await inTabAs(h, { ...HR, name: 'appointments-file' }, async (page) => {
      await openMenu(page, '聘用管理');
      const row = await rowInState(page, '待人社部门备案');
      await row.getByRole('button', { name: '备案' }).click();
      await page.getByTestId('appointment-detail').waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
      await shot(page, '04-filing');
      await page.getByTestId('appointment-detail').getByRole('button', { name: '备案', exact: true }).click();
      await page.locator('#appointment-file_approvalDocument').fill(DOCUMENT);
      await page.locator('.ant-modal').getByRole('button', { name: '备案' }).click();
      await page.getByTestId('appointment-detail').getByText(DOCUMENT).waitFor({ timeout: 15_000 });
      await expect(
        page.getByTestId('appointment-detail').getByTestId('appointment-state').textContent(),
      ).resolves.toContain('已备案');
    });

    await inTabAs(h, { ...CLERK, name: 'appointments-board' }, async (page) => {
      await page.goto(`${h.product.baseUrl}/post-board?asOf=${START}`);
      const grade10 = page.getByTestId('board-grades').locator('tr[data-row-key="10"]');
      await grade10.waitFor({ timeout: 15_000 });
      // 核定 9, 在岗 1, 空缺 8 (realisticPlan's grade 10).
      const cells = await grade10.locator('td').allTextContents();
      expect(cells.slice(1, 4)).toEqual(['9', '1', '8']);
      // The grade links to the appointments at that grade.
      await grade10.getByRole('link', { name: '10级' }).click();
      await rowInState(page, '已备案');
      expect(page.url()).toContain('grade=10');

      await page.goto(`${h.product.baseUrl}/post-history/${personId}`);
      const history = page.getByTestId('post-history-row');
      await history.first().waitFor({ timeout: 15_000 });
      await expect(history.count()).resolves.toBe(1);
      const line = await history.first().textContent();
      for (const part of [START, '首次聘用', '专业技术10级', '已备案', DOCUMENT])
        expect(line).toContain(part);
      await shot(page, '05-history');
    });

    await inTabAs(h, { ...CLERK, viewport: PHONE, name: 'appointments-390' }, async (page) => {
      await page.goto(`${h.product.baseUrl}/post-history/${personId}`);
      await page.getByTestId('post-history-row').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
      await shot(page, '06-history-390');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.goto(`${h.product.baseUrl}/appointments`);
      await rowInState(page, '已备案');
      await page.waitForTimeout(500);
      await shot(page, '07-list-390');
    });
  });
});

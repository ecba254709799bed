import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { persons } from '../../src/db/schema';
import { ORG_KEYS } from '../../src/modules/demo/demo-organisations';
import { hashPassword } from '../../src/platform/password';
import { createPerson, createUser } from '../helpers/factories';
import { SCREENSHOT_DIR } from './browser';
import { choose, demo, fillDate, logIn, productInBrowser } from './harness';

const h = productInBrowser();

/** A phone held upright: the binding pages are used on one as often as at a desk. */
const PHONE = { width: 390, height: 844 };

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

async function asUser(username: string, homeRole: string, viewport = PHONE) {
  const page = await h.browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.context().clearCookies();
  await logIn(page, h.product.baseUrl, username, homeRole);
  return page;
}

describe('binding a self-registered professional to their employer, on a phone', () => {
  it('asks, the unit confirms, the person sees the unit; an administrator unlinks it', async () => {
    const db = h.product.context.database.db;
    const unit = demo.organisations.find((o) => o.key === ORG_KEYS.applicantEmployer)!;
    const person = await createPerson(db, h.product.context.cipher, {
      name: '林晓雯',
      birthDate: '1990-06-18',
    });
    const account = await createUser(db, {
      roles: ['applicant'],
      personId: person.id,
      username: 'linxiaowen',
      displayName: '林晓雯',
      passwordHash: await hashPassword(demo.password),
    });

    const applicant = await asUser(account.username, 'applicant');
    try {
      await applicant.getByTestId('bind-employer-link').click();
      await applicant.getByTestId('no-employer').waitFor();
      // The date first: its Enter submits the form, which then only asks for the unit.
      await fillDate(applicant, '#startedOn', '2020-07-01');
      await applicant.getByText('请搜索并选择单位').waitFor();
      await choose(applicant, '#organisationId', unit.name.slice(0, 6), true);
      await applicant.getByText('合同制', { exact: true }).click();
      await shot(applicant, 'my-employment-form-390');
      await applicant.getByRole('button', { name: '提交绑定申请' }).click();
      await applicant.getByTestId('pending-binding').waitFor({ timeout: 15_000 });
      expect(await applicant.getByTestId('pending-binding').textContent()).toContain(unit.name);
      await shot(applicant, 'my-employment-pending-390');
    } catch (error) {
      await shot(applicant, 'failed-my-employment');
      throw error;
    } finally {
      await applicant.close();
    }

    const employer = await asUser('employer', 'employer');
    try {
      await employer.goto(`${h.product.baseUrl}/binding-requests`);
      const row = employer.getByTestId('binding-requests-table').locator('tr').filter({ hasText: '林晓雯' });
      await row.waitFor({ timeout: 15_000 });
      await shot(employer, 'binding-requests-390');
      await row.getByRole('button', { name: '确认' }).click();
      await employer.locator('.ant-popconfirm .ant-btn-primary').click();
      await employer.getByText('已确认 林晓雯 为本单位人员').waitFor({ timeout: 15_000 });
    } catch (error) {
      await shot(employer, 'failed-binding-requests');
      throw error;
    } finally {
      await employer.close();
    }
    const [bound] = await db.select().from(persons).where(eq(persons.id, person.id));
    expect(bound!.organisationId).not.toBeNull();

    const again = await asUser(account.username, 'applicant');
    try {
      await again.goto(`${h.product.baseUrl}/my-employment`);
      await again.getByTestId('current-employer').waitFor({ timeout: 15_000 });
      expect(await again.getByTestId('current-employer').textContent()).toContain(unit.name);
      await shot(again, 'my-employment-bound-390');
    } finally {
      await again.close();
    }

    const admin = await asUser('admin', 'admin', { width: 1366, height: 860 });
    try {
      await admin.goto(`${h.product.baseUrl}/admin/users?q=linxiaowen`);
      const row = admin.locator('tr').filter({ hasText: 'linxiaowen' });
      await row.getByText(`单位：${unit.name}`).waitFor({ timeout: 15_000 });
      await row.getByRole('button', { name: '解除绑定' }).click();
      await admin.locator('#binding-unlink_reason').fill('单位误确认，该人员不在本单位工作');
      await admin.locator('.ant-modal-footer .ant-btn-dangerous').click();
      await admin.getByText('已解除 林晓雯').waitFor({ timeout: 15_000 });
      await row.getByText('未绑定单位').waitFor({ timeout: 15_000 });
    } catch (error) {
      await shot(admin, 'failed-unlink');
      throw error;
    } finally {
      await admin.close();
    }
    const [unbound] = await db.select().from(persons).where(eq(persons.id, person.id));
    expect(unbound!.organisationId).toBeNull();
  });
});

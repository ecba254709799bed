import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { persons } from '../../src/db/schema';
import { ORG_KEYS } from '../../src/modules/demo/demo-organisations';
import { hashPassword } from '../../src/platform/password';
import { createPerson, createUser } from '../helpers/factories';
import { SCREENSHOT_DIR } from './browser';
import { choose, demo, fillDate, inTabAs, productInBrowser } from './harness';

const h = productInBrowser();

/** A phone held upright: the binding pages are used on one as often as at a desk. */
const PHONE = { width: 390, height: 844 };

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

/** A tab as `username` on a phone (or at `viewport`), logged out afterwards; a failure leaves `failed-<name>.png`. */
const asUser = (
  username: string,
  homeRole: string,
  name: string,
  run: (page: Page) => Promise<void>,
  viewport = PHONE,
) => inTabAs(h, { username, homeRole, name, viewport }, run);

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

    await asUser(account.username, 'applicant', 'my-employment', async (applicant) => {
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
    });

    await asUser('employer', 'employer', 'binding-requests', async (employer) => {
      await employer.goto(`${h.product.baseUrl}/binding-requests`);
      const row = employer.getByTestId('binding-requests-table').locator('tr').filter({ hasText: '林晓雯' });
      await row.waitFor({ timeout: 15_000 });
      await shot(employer, 'binding-requests-390');
      await row.getByRole('button', { name: '确认' }).click();
      await employer.locator('.ant-popconfirm .ant-btn-primary').click();
      await employer.getByText('已确认 林晓雯 为本单位人员').waitFor({ timeout: 15_000 });
    });
    const [bound] = await db.select().from(persons).where(eq(persons.id, person.id));
    expect(bound!.organisationId).not.toBeNull();

    await asUser(account.username, 'applicant', 'my-employment-bound', async (again) => {
      await again.goto(`${h.product.baseUrl}/my-employment`);
      await again.getByTestId('current-employer').waitFor({ timeout: 15_000 });
      expect(await again.getByTestId('current-employer').textContent()).toContain(unit.name);
      await shot(again, 'my-employment-bound-390');
    });

    await asUser(
      'admin',
      'admin',
      'unlink',
      async (admin) => {
        await admin.goto(`${h.product.baseUrl}/admin/users?q=linxiaowen`);
        const row = admin.locator('tr').filter({ hasText: 'linxiaowen' });
        await row.getByText(`单位：${unit.name}`).waitFor({ timeout: 15_000 });
        await row.getByRole('button', { name: '解除绑定' }).click();
        await admin.locator('#binding-unlink_reason').fill('单位误确认，该人员不在本单位工作');
        await admin.locator('.ant-modal-footer .ant-btn-dangerous').click();
        await admin.getByText('已解除 林晓雯').waitFor({ timeout: 15_000 });
        await row.getByText('未绑定单位').waitFor({ timeout: 15_000 });
      },
      { width: 1366, height: 860 },
    );
    const [unbound] = await db.select().from(persons).where(eq(persons.id, person.id));
    expect(unbound!.organisationId).toBeNull();
  });
});

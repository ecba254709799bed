import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { maskPersonName } from '../../src/domain/identifiers';
import { pdfText } from '../helpers/pdf-text';
import { SCREENSHOT_DIR } from './browser';
import { type CertificateWorld, setUpCertificateWorld } from './certificates-world';
import { inNewTab, logIn, openMenu, productInBrowser } from './harness';

const h = productInBrowser();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const REASON = '经查实，申报材料中的代表性业绩系他人成果';
const AUTHORITY = '辽宁省人力资源和社会保障厅 辽人社〔2026〕12号';

let world: CertificateWorld;

/** A screenshot of the page as it stands, in /tmp (to look at) and with the test artifacts. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400); // antd's entry animations (drawer, modal, message)
  await page.screenshot({ path: `/tmp/certificates-${name}.png`, fullPage: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `certificates-${name}.png`), fullPage: true });
}

/** One tab for one user at one screen size, logged out afterwards; a failure leaves a screenshot. */
async function as(
  username: string,
  homeRole: string,
  viewport: { width: number; height: number },
  run: (page: Page) => Promise<void>,
): Promise<void> {
  await inNewTab(h, `certificates-${homeRole}`, async (page) => {
    await page.setViewportSize(viewport);
    await logIn(page, h.product.baseUrl, username, homeRole);
    await run(page);
  });
}

/** The public verification page of the certificate on a phone, as a scanned QR code opens it. */
async function verifyOnPhone(name: string, fromLogin = false): Promise<string> {
  const page = await h.browser.context.newPage();
  await page.setViewportSize(PHONE);
  try {
    if (fromLogin) {
      // As a third party would: from the login page's 证书查验 link, typing the number from paper.
      await page.goto(`${h.product.baseUrl}/login`);
      await page.locator('[data-testid="verify-link"]').click();
      await page.locator('input[name="number"]').fill(world.issued.number);
      await page.getByRole('button', { name: '查验' }).click();
      await page.waitForURL(`**/verify/${world.issued.number}`);
    } else await page.goto(`${h.product.baseUrl}/verify/${world.issued.number}`);
    await shot(page, name);
    return await page.locator('main').innerText();
  } finally {
    await page.close();
  }
}

describe('the certificate ledger and the holder’s certificates, in the browser', () => {
  it('sets up a holder with two certificates, others in the ledger, and a provincial HR user', async () => {
    world = await setUpCertificateWorld(h);
  });

  it('the holder finds 我的证书 from the home page on a phone and downloads the signed PDF', async () => {
    await as(world.holder.username, 'applicant', PHONE, async (page) => {
      await page.getByRole('link', { name: '下载电子证书' }).click();
      await page.locator('h3').filter({ hasText: '我的证书' }).waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).pathname).toBe('/my/certificates');
      const cards = page.locator('[data-testid="my-certificate"]');
      await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(2);
      const current = cards.filter({ hasText: world.issued.number });
      const old = cards.filter({ hasText: world.imported.number });
      expect(await current.innerText()).toContain('高级工程师');
      expect(await current.locator('[data-testid="certificate-status"]').innerText()).toBe('有效');
      expect(await old.innerText()).toContain('历史导入');
      await shot(page, '01-my-certificates-phone');

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        current.getByRole('button', { name: '下载电子证书' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`电子职称证书-${world.issued.number}.pdf`);
      const bytes = fs.readFileSync(await download.path());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(bytes);
      expect(text).toContain(world.issued.number);
      expect(text).toContain(world.holder.name);

      // 在线查验 opens the public page in a new tab.
      const [tab] = await Promise.all([
        page.context().waitForEvent('page'),
        current.getByRole('link', { name: /在线查验/ }).click(),
      ]);
      await tab.waitForLoadState();
      expect(new URL(tab.url()).pathname).toBe(`/verify/${world.issued.number}`);
      await tab.close();
    });
  });

  it('the public verification page on a phone says the certificate is valid, the name masked', async () => {
    const text = await verifyOnPhone('02-verify-valid-phone', true);
    expect(text).toContain('证书有效');
    expect(text).toContain(maskPersonName(world.holder.name, '*'));
    expect(text).not.toContain(world.holder.name);
  });

  it('provincial HR finds the certificate in 证书台账, opens it and revokes it', async () => {
    await as(world.hrUsername, 'hr', DESKTOP, async (page) => {
      await openMenu(page, '证书台账');
      await page.locator('h3').filter({ hasText: '证书台账' }).waitFor({ timeout: 15_000 });
      const rows = page.locator('[data-testid="certificates-table"] tbody tr.ant-table-row');
      // The world's nine (the holder's two, four peers, a revoked one, a replaced pair) beside the
      // demo people's archive: the cards show the server's counts for this bureau's ledger.
      const ledger = await page.evaluate(() =>
        fetch('/api/v1/certificates?pageSize=1').then((r) => r.json()),
      );
      expect(ledger.counts.revoked).toBe(1);
      expect(ledger.counts.voided).toBe(1);
      expect(ledger.counts.valid).toBeGreaterThanOrEqual(7);
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(Math.min(20, ledger.total));
      for (const status of ['valid', 'revoked', 'voided'])
        expect(await page.locator(`[data-testid="ledger-count-${status}"]`).innerText()).toContain(
          ledger.counts[status].toLocaleString('zh-CN'),
        );
      await shot(page, '03-ledger-desktop');

      const search = page.getByPlaceholder('证书编号 / 持证人姓名');
      await search.fill(world.holder.name);
      await search.press('Enter');
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
      await search.fill(world.issued.number);
      await search.press('Enter');
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
      expect(new URL(page.url()).searchParams.get('keyword')).toBe(world.issued.number);

      await rows.first().getByText(world.holder.name).click();
      const detail = page.locator('[data-testid="certificate-detail"]');
      await detail.waitFor({ timeout: 15_000 });
      expect(await detail.locator('[data-testid="certificate-actions"] button').allInnerTexts()).toEqual([
        '下载电子证书',
        '补换',
        '撤销',
      ]);
      expect(await detail.locator('[data-testid="verify-link"]').getAttribute('href')).toBe(
        `/verify/${world.issued.number}`,
      );
      expect(await detail.locator('[data-testid="certificate-event"]').allInnerTexts()).toEqual([
        expect.stringContaining('签发'),
      ]);
      await shot(page, '04-detail-desktop');

      await detail.getByRole('button', { name: '撤销', exact: true }).click();
      const form = page.locator('.ant-modal-wrap:visible').last();
      await form.locator('#certificate-revoke_reason').fill(REASON);
      await form.locator('#certificate-revoke_authority').fill(AUTHORITY);
      await shot(page, '05-revoke-form');
      await form.getByRole('button', { name: '撤销证书' }).click();
      const confirm = page.locator('.ant-modal-confirm:visible');
      await confirm.locator('.ant-modal-confirm-title', { hasText: '确认撤销该证书？' }).waitFor();
      await confirm.getByRole('button', { name: '确认撤销' }).click();
      await page.getByText(`证书 ${world.issued.number} 已撤销`).waitFor({ timeout: 15_000 });

      // The drawer reloads: revoked, no buttons left, the revocation on record.
      await expect
        .poll(() => detail.locator('[data-testid="certificate-status"]').first().innerText(), {
          timeout: 15_000,
        })
        .toBe('已撤销');
      expect(await detail.locator('[data-testid="certificate-actions"] button').count()).toBe(0);
      const events = await detail.locator('[data-testid="certificate-event"]').allInnerTexts();
      expect(events).toHaveLength(2);
      expect(events[1]).toContain(REASON);
      expect(events[1]).toContain(AUTHORITY);
      await shot(page, '06-revoked-detail-desktop');
    });
  });

  it('provincial HR replaces (补换) another certificate: the drawer moves to the new number', async () => {
    await as(world.hrUsername, 'hr', DESKTOP, async (page) => {
      await page.goto(`${h.product.baseUrl}/certificates?keyword=${world.peer.number}`);
      const rows = page.locator('[data-testid="certificates-table"] tbody tr.ant-table-row');
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
      await rows.first().getByRole('button', { name: '查看', exact: true }).click();
      const detail = page.locator('[data-testid="certificate-detail"]');
      await detail.getByRole('button', { name: '补换', exact: true }).click();
      const form = page.locator('.ant-modal-wrap:visible').last();
      await form.locator('#certificate-replace_reason').fill('证书遗失，本人申请补换');
      await form.getByRole('button', { name: '补换' }).click();
      await page.getByText(`原编号 ${world.peer.number} 作废`).waitFor({ timeout: 15_000 });

      // The drawer now shows the replacement: valid, a new number, the old one on record.
      await expect
        .poll(
          async () =>
            (await detail.locator('[data-testid="certificate-facts"]').innerText()).includes('补换前编号'),
          {
            timeout: 15_000,
          },
        )
        .toBe(true);
      const facts = await detail.locator('[data-testid="certificate-facts"]').innerText();
      expect(facts).toContain(world.peer.number);
      expect(await detail.locator('[data-testid="certificate-status"]').first().innerText()).toBe('有效');
      const events = await detail.locator('[data-testid="certificate-event"]').allInnerTexts();
      expect(events).toEqual([expect.stringContaining('补换签发')]);
      expect(events[0]).toContain(world.peer.number);
      expect(new URL(page.url()).searchParams.get('certificate')).not.toBeNull();
      await shot(page, '08-replaced-detail-desktop');
      // Behind the drawer, the list (still filtered by the old number) shows it voided.
      await page.keyboard.press('Escape');
      await expect
        .poll(() => rows.first().locator('[data-testid="certificate-status"]').innerText(), {
          timeout: 15_000,
        })
        .toBe('已作废（补换）');
    });
  });

  it('the phone page then shows the certificate revoked, and the holder can no longer download it', async () => {
    const text = await verifyOnPhone('07-verify-revoked-phone');
    expect(text).toContain('证书已撤销');
    await as(world.holder.username, 'applicant', PHONE, async (page) => {
      await page.goto(`${h.product.baseUrl}/my/certificates`);
      const current = page.locator('[data-testid="my-certificate"]').filter({ hasText: world.issued.number });
      await current.waitFor({ timeout: 15_000 });
      expect(await current.locator('[data-testid="certificate-status"]').innerText()).toBe('已撤销');
      expect(await current.getByRole('button', { name: '下载电子证书' }).count()).toBe(0);
    });
  });

  it('诚信档案 offers 记录失信行为 to provincial HR and not to the supervisor, as the list says', async () => {
    for (const [username, role, offered] of [
      [world.hrUsername, 'hr', 1],
      [world.supervisorUsername, 'supervisor', 0],
    ] as const) {
      await as(username, role, DESKTOP, async (page) => {
        const listed = page.waitForResponse((r) => r.url().includes('/api/v1/integrity/findings?') && r.ok());
        await openMenu(page, '诚信档案');
        const { actions } = await (await listed).json();
        expect(actions).toEqual(offered ? ['record'] : []);
        await page.locator('[data-testid="findings-table"]').waitFor({ timeout: 15_000 });
        await expect
          .poll(() => page.locator('[data-testid="findings-table"] .ant-spin-spinning').count())
          .toBe(0);
        await expect
          .poll(() => page.getByRole('button', { name: '记录失信行为' }).count(), { timeout: 15_000 })
          .toBe(offered);
      });
    }
  });
});

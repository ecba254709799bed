import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { panelSeats, users } from '../../src/db/schema';
import { manualClock } from '../../src/platform/clock';
import { hashPassword } from '../../src/platform/password';
import { authed, createUser, login } from '../helpers/factories';
import { demo, fillDate, productInBrowser } from './harness';
import { reviewBrowserSteps } from './review-browser-steps';
import { type ReviewBrowserWorld, setUpReviewWorld } from './review-session-world';

// Monday 2026-03-02, 10:00 in Beijing: the applications are filed; the session sits in May.
const clock = manualClock(new Date('2026-03-02T02:00:00Z'));
const h = productInBrowser({
  clock,
  config: { sessionIdleMinutes: 60 * 24 * 120, loginRateLimitPerMinute: 1000 },
});

const COMMITTEE = '辽宁省通信工程专业高级职称评审委员会';
const SESSION_NAME = '2026年度通信工程专业高级职称评审会';
const PHONE = { width: 390, height: 844 };
const APPLICANTS = ['赵晓东', '钱文博', '孙立新', '李雨桐'];

const world: ReviewBrowserWorld = { applications: [], experts: new Map(), sessionId: '' };

const setDay = (isoDate: string) => clock.set(new Date(`${isoDate}T02:00:00Z`));

const { api, shot, as, visibleModal, step, waitForStage } = reviewBrowserSteps(h, PHONE);

describe('a review session from the agenda to fixed results, in the browser', () => {
  it('sets up accepted applications and gives the pool experts accounts (through the API)', async () => {
    await setUpReviewWorld(h, world, { api, setDay, applicants: APPLICANTS, committee: COMMITTEE });
  });

  it('the committee office organises the session, fills the agenda, publishes the seed and draws', async () => {
    setDay('2026-05-18');
    await as('committee-office', 'office-prepare', async (page) => {
      await page.goto(`${h.product.baseUrl}/review-sessions`);
      await page.getByRole('button', { name: '组织会议' }).click();
      const form = visibleModal(page);
      await form.locator('[data-testid="session-form"]').waitFor();
      // The office hosts one committee: it is chosen, and its specialty starts the strata.
      await form.getByText(COMMITTEE).waitFor();
      expect(await form.locator('#review-session_strata_0_group').inputValue()).toBe('通信工程');
      await form.locator('#review-session_name').fill(SESSION_NAME);
      await fillDate(page, '#review-session_heldOn', '2026-05-20');
      await form.locator('#review-session_place').fill('辽宁省人才服务中心第三会议室');
      await form.locator('#review-session_strata_0_seats').fill('11');
      await form.locator('#review-session_strata_0_alternates').fill('2');
      await shot(page, '01-office-organise');
      await form.getByRole('button', { name: '组织会议' }).click();

      await page.waitForURL(/\/review-sessions\/[0-9a-f-]{36}$/, { timeout: 30_000 });
      world.sessionId = new URL(page.url()).pathname.split('/').pop() ?? '';
      await waitForStage(page, '筹备中（编排议程）');
      expect(await page.locator('[data-testid="session-title"]').innerText()).toBe(SESSION_NAME);
      expect(await page.locator('[data-testid="session-steps"] button').allInnerTexts()).toEqual([
        '编排议程',
        '公布抽取种子',
      ]);

      // The agenda: every accepted application of the year.
      await step(page, '编排议程');
      const agenda = visibleModal(page);
      const candidates = agenda.locator('[data-testid="agenda-candidates"] tr.ant-table-row');
      await expect.poll(() => candidates.count(), { timeout: 30_000 }).toBe(APPLICANTS.length);
      await agenda.locator('thead .ant-checkbox-input').check();
      await agenda.getByRole('button', { name: `列入议程（${APPLICANTS.length} 件）` }).click();
      await page.getByText(`已将 ${APPLICANTS.length} 件申报列入议程`).waitFor({ timeout: 30_000 });
      const rows = page.locator('[data-testid="agenda-table"] tr.ant-table-row');
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(APPLICANTS.length);
      const agendaText = await page.locator('[data-testid="agenda-table"]').innerText();
      for (const code of ['A001', 'A002', 'A003', 'A004']) expect(agendaText).toContain(code);
      for (const name of APPLICANTS) expect(agendaText).toContain(name);

      // The seed: published with the digests of the frozen inputs, before the draw.
      await step(page, '公布抽取种子');
      await visibleModal(page).getByRole('button', { name: '公布种子' }).click();
      await waitForStage(page, '已公布抽取种子');
      const seed = await page.locator('[data-testid="draw-seed"]').innerText();
      expect(seed).toMatch(/^[0-9a-f]{32}$/);
      expect(await page.locator('[data-testid="draw-pool-hash"]').innerText()).toMatch(/^[0-9a-f]{64}$/);
      expect(await page.locator('[data-testid="draw-inputs-hash"]').innerText()).toMatch(/^[0-9a-f]{64}$/);
      expect(await page.locator('[data-testid="replay-command"]').innerText()).toContain(
        `bin/zhiping review replay-draw ${world.sessionId}`,
      );
      await shot(page, '02-office-seed');

      await step(page, '抽取专家');
      await visibleModal(page).getByRole('button', { name: '抽取专家' }).click();
      await waitForStage(page, '专家已抽取，初审中');
      const seats = page.locator('[data-testid="seats-table"] tr.ant-table-row');
      await expect.poll(() => seats.count(), { timeout: 15_000 }).toBe(13);
      // The expert at the applicants' employer is recused with the reason on record.
      const recusals = await page.locator('[data-testid="recusals-table"]').innerText();
      expect(recusals).toContain('同一单位');
      await shot(page, '03-office-panel');
    });
  });

  /**
   * The drawn members with accounts, in seat order: who votes in the browser and who by API.
   * Read from the database rather than by logging the office in through the API: the office is
   * at work in the browser meanwhile, and a second login from a desktop would end that session.
   */
  async function seatedMembers() {
    const seats = await h.product.context.database.db
      .select()
      .from(panelSeats)
      .where(and(eq(panelSeats.sessionId, world.sessionId), eq(panelSeats.role, 'member')))
      .orderBy(asc(panelSeats.seatOrder));
    return seats.map((s) => ({ expertId: s.expertId, ...world.experts.get(s.expertId)! }));
  }

  it('an expert scores an item on a phone in the blind initial review', async () => {
    const [first] = await seatedMembers();
    await as(
      first!.username,
      'expert-score',
      async (page) => {
        await page.goto(`${h.product.baseUrl}/expert`);
        const card = page.locator('[data-testid="expert-session"]').filter({ hasText: SESSION_NAME });
        await card.waitFor({ timeout: 30_000 });
        expect(await card.innerText()).toContain('待初审评分');
        await card.click();
        const items = page.locator('[data-testid="blind-item"]');
        await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(APPLICANTS.length);
        // Blind: codes and the record, never a name.
        const text = await page.locator('[data-testid="expert-items"]').innerText();
        for (const name of APPLICANTS) expect(text).not.toContain(name);
        const a001 = items.filter({ has: page.locator('[data-testid="item-code"]', { hasText: 'A001' }) });
        await a001.getByText('申报人业绩档案（已隐去身份信息）').click();
        await a001.locator('[data-testid="blind-record"]').getByText('学历').waitFor();
        await a001.locator('input[id$="_score"]').fill('88');
        await a001.locator('textarea[id$="_comment"]').fill('业绩突出，技术水平达到高级工程师要求。');
        await a001.getByRole('button', { name: '提交评分' }).click();
        await page.getByText('A001 已评分：88 分').waitFor({ timeout: 15_000 });
        await page.getByText('初审评分：已评 1 / 4 项').waitFor({ timeout: 15_000 });
        await shot(page, '04-expert-phone-score');
      },
      { homeRole: 'expert', phone: true },
    );
  });

  it('the office calls the roll: short of the quorum it is refused, then voting opens', async () => {
    await as('committee-office', 'office-roll-call', async (page) => {
      await page.goto(`${h.product.baseUrl}/review-sessions/${world.sessionId}`);
      await waitForStage(page, '专家已抽取，初审中');
      // The initial score shows on the agenda.
      await page.locator('[data-testid="agenda-table"]').getByText('88').waitFor();
      await step(page, '点名并开始表决');
      const modal = visibleModal(page);
      const seats = modal.locator('[data-testid="roll-call-seat"]');
      await expect.poll(() => seats.count()).toBe(13);
      await modal.getByText('到会委员 11 / 11 人').waitFor();
      // Four members absent: 7 of 11 is short of two thirds.
      const members = await seatedMembers();
      const seatOf = (name: string) => seats.filter({ hasText: name }).locator('.ant-checkbox');
      for (const m of members.slice(-4)) await seatOf(m.name).click();
      await modal.getByText('到会委员 7 / 11 人').waitFor();
      await modal.getByRole('button', { name: '确认到会名单并开始表决' }).click();
      await modal
        .locator('[data-testid="problem-alert"]')
        .getByText(/不能开始表决/)
        .waitFor({ timeout: 15_000 });
      await shot(page, '05-office-quorum-not-met');
      for (const m of members.slice(-4)) await seatOf(m.name).click();
      await modal.getByText('到会委员 11 / 11 人').waitFor();
      await modal.getByRole('button', { name: '确认到会名单并开始表决' }).click();
      await waitForStage(page, '会议表决中');
      await page.getByRole('tab', { name: '表决与结果' }).click();
      await page.locator('[data-testid="voting-progress"]').getByText('已收到选票 0 张').waitFor();
    });
  });

  it('two experts vote on their phones: one ballot per item, confirmed, never shown back', async () => {
    const members = await seatedMembers();
    for (const [index, member] of members.slice(0, 2).entries()) {
      await as(
        member.username,
        `expert-vote-${index}`,
        async (page) => {
          await page.goto(`${h.product.baseUrl}/expert`);
          const card = page.locator('[data-testid="expert-session"]').filter({ hasText: SESSION_NAME });
          await card.waitFor({ timeout: 30_000 });
          expect(await card.innerText()).toContain('待表决');
          if (index === 0) await shot(page, '06-expert-phone-sessions');
          await card.click();
          await page.getByText('会议表决：已投 0 / 4 项').waitFor({ timeout: 30_000 });
          if (index === 0) await shot(page, '07-expert-phone-vote');
          for (const [code, choice] of [
            ['A001', '同意'],
            ['A002', '同意'],
            ['A003', '同意'],
            ['A004', '不同意'],
          ] as const) {
            const item = page
              .locator('[data-testid="blind-item"]')
              .filter({ has: page.locator('[data-testid="item-code"]', { hasText: code }) });
            await item
              .locator('[data-testid="ballot-buttons"]')
              .getByRole('button', { name: choice, exact: true })
              .click();
            const confirm = visibleModal(page);
            await confirm.getByText('每项只投一票，投出后不能更改').waitFor();
            await confirm.getByRole('button', { name: `确认投「${choice}」`, exact: true }).click();
            await item
              .locator('[data-testid="ballot-cast"]')
              .getByText('已投票')
              .waitFor({ timeout: 30_000 });
            // The next item's confirmation must not be confused with this one while it fades out.
            await page.waitForFunction(
              () => document.querySelectorAll('.ant-modal-confirm').length === 0,
              null,
              {
                timeout: 30_000,
              },
            );
            // The choice is not shown back: only that a ballot was cast.
            expect(await item.locator('[data-testid="ballot-buttons"]').count()).toBe(0);
          }
          await page.getByText('会议表决：已投 4 / 4 项').waitFor();
          if (index === 0) await shot(page, '08-expert-phone-voted');
        },
        { homeRole: 'expert', phone: true },
      );
    }

    // The other members vote through the API; a second ballot is refused.
    const others = members.slice(2);
    for (const [index, member] of others.entries()) {
      member.session ??= await login(h.product.app, member.username, demo.password);
      const vote = (code: string, choice: string) =>
        api(member.session!, 'POST', `/api/v1/expert/sessions/${world.sessionId}/items/${code}/ballot`, {
          choice,
        });
      await vote('A001', 'agree');
      await vote('A002', 'agree');
      await vote('A003', index < 6 ? 'agree' : 'abstain');
      await vote('A004', 'disagree');
    }
    const again = await h.product.app.inject({
      method: 'POST',
      url: `/api/v1/expert/sessions/${world.sessionId}/items/A001/ballot`,
      headers: authed(others[0]!.session!),
      payload: { choice: 'disagree' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('BALLOT_ALREADY_CAST');
  });

  it('the office closes voting, previews the results under the pass-rate cap and fixes them', async () => {
    await as('committee-office', 'office-results', async (page) => {
      await page.goto(`${h.product.baseUrl}/review-sessions/${world.sessionId}?tab=results`);
      await page
        .locator('[data-testid="voting-progress"]')
        .getByText('已收到选票 44 张')
        .waitFor({ timeout: 30_000 });
      await step(page, '结束表决');
      await visibleModal(page).getByRole('button', { name: '结束表决' }).click();
      await waitForStage(page, '表决结束，待确定结果');

      await step(page, '预览结果');
      const preview = page.locator('[data-testid="results-preview"]');
      await preview.waitFor({ timeout: 30_000 });
      // Threshold: 8 of 11 agree. Cap: 50% of 4 → 2, so A003 passes the vote but not the cap.
      const summary = await preview.locator('[data-testid="cap-summary"]').first().innerText();
      expect(summary).toContain('候选 4 人');
      expect(summary).toContain('50%');
      expect(summary).toContain('上限 2');
      const outcomes = preview.locator('[data-testid="outcome-table"] tr.ant-table-row');
      await expect.poll(() => outcomes.count()).toBe(4);
      const byCode = async (code: string) =>
        (await outcomes.filter({ hasText: code }).innerText()).replace(/\s+/g, ' ');
      expect(await byCode('A001')).toContain('通过');
      expect(await byCode('A002')).toContain('通过');
      expect(await byCode('A003')).toContain('超出通过率');
      expect(await byCode('A004')).toContain('未达通过票数');
      await shot(page, '09-office-preview');

      await step(page, '确定结果并公示');
      const confirm = visibleModal(page);
      await confirm.getByText(/结果一经确定即不可更改，也不进行第二轮投票/).waitFor();
      await confirm.getByRole('button', { name: '确定结果并公示' }).click();
      await waitForStage(page, '结果已确定，公示中');
      const fixed = page.locator('[data-testid="results-fixed"]');
      await fixed.getByText('通过 2 人，未通过 2 人').waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid="session-steps"] button').allInnerTexts()).toEqual([
        '报送备案',
      ]);
      await shot(page, '10-office-fixed-results');
      await page.getByRole('tab', { name: /议程/ }).click();
      const agenda = await page.locator('[data-testid="agenda-table"]').innerText();
      expect(agenda).toContain('11 / 0 / 0');
      await shot(page, '11-office-agenda');

      // The list of sessions shows the new stage.
      await page.getByRole('button', { name: '返回列表' }).click();
      const row = page
        .locator('[data-testid="sessions-table"] tr.ant-table-row')
        .filter({ hasText: SESSION_NAME });
      await row.getByText('结果已确定，公示中').waitFor({ timeout: 15_000 });
      await shot(page, '12-office-sessions');
    });
  });

  it('the expert registry shows the committee’s pool for the year, by specialty group', async () => {
    await as('committee-office', 'office-experts', async (page) => {
      await page.goto(`${h.product.baseUrl}/experts`);
      const rows = page.locator('[data-testid="experts-table"] tr.ant-table-row');
      await rows.first().waitFor({ timeout: 30_000 });
      await page.getByRole('combobox', { name: '按评委会筛选' }).click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: COMMITTEE })
        .click();
      await page.getByText('选择年度后显示该评委会的年度专家库').waitFor();
      await page.getByRole('combobox', { name: '按年度筛选' }).click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: '2026年度' })
        .click();
      await page.waitForURL(/committee=.*year=2026|year=2026.*committee=/);
      // The pool for the year, with the group each expert is drawn in.
      await expect
        .poll(() => page.locator('[data-testid="experts-table"] thead').innerText(), { timeout: 15_000 })
        .toContain('专业组');
      expect(await rows.first().innerText()).toContain('移出专家库');
      await page.getByText(/共 \d+ 条/).waitFor();
      await shot(page, '13-office-experts');
    });
  });

  it('the provincial HR bureau reads the session without any step to take', async () => {
    // The demo's HR account is Anshan's; the provincial committee is overseen by the province.
    const db = h.product.context.database.db;
    const [admin] = await db.select().from(users).where(eq(users.username, 'admin'));
    await createUser(db, {
      username: 'province-hr',
      roles: ['hr'],
      organisationId: admin!.organisationId,
      jurisdictionCode: '210000',
      displayName: '省人社厅专技处',
      passwordHash: await hashPassword(demo.password),
    });
    await as(
      'province-hr',
      'hr-read',
      async (page) => {
        await page.goto(`${h.product.baseUrl}/review-sessions`);
        const row = page
          .locator('[data-testid="sessions-table"] tr.ant-table-row')
          .filter({ hasText: SESSION_NAME });
        await row.getByRole('link', { name: '查看' }).click();
        await waitForStage(page, '结果已确定，公示中');
        await page.locator('[data-testid="no-steps"]').waitFor();
        expect(await page.getByRole('button', { name: '组织会议' }).count()).toBe(0);
        await page.getByRole('tab', { name: '表决与结果' }).click();
        await page.locator('[data-testid="results-fixed"]').getByText('通过 2 人，未通过 2 人').waitFor();
      },
      { homeRole: 'hr' },
    );
  });
});

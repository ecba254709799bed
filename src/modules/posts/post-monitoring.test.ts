import { afterEach, describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import { createPerson, type Session, signIn } from '../../../test/helpers/factories';
import { firstSheet } from '../../../test/helpers/first-sheet';
import { approvePlan, buildPostWorld } from '../../../test/helpers/post-plans';
import type { NewAppointmentRecord } from '../../db/schema';
import { insertAppointment } from './appointments.repository';
import { rebuildBoardSummary } from './post-statistics.repository';

const s = appSuite({ loginRateLimitPerMinute: 10_000 }, buildPostWorld);
const requests = signedInRequests(() => s.t);
const { get } = requests;
const START = new Date('2026-03-02T02:00:00Z');
afterEach(() => s.t.clock.set(START));

const FIELDS = ['quota', 'occupied', 'vacant', 'borrowedIn', 'borrowedOut', 'special', 'over'] as const;
type Figures = Record<(typeof FIELDS)[number], number>;
const figuresOf = (row: Partial<Figures> | undefined) =>
  Object.fromEntries(FIELDS.map((f) => [f, row?.[f] ?? 0])) as Figures;

/** What the rows below have unless they say otherwise: a normal first appointment at grade 7, filed. */
const FILED = {
  kind: 'first',
  grade: 7,
  boardKind: 'normal',
  startDate: '2026-01-15',
  state: 'filed',
  source: 'unit',
};

/** A filed appointment (of a new person of the unit unless `personId` is given), written as the bench writes its rows. */
async function appoint(unitId: string, planId: string | null, values: Partial<NewAppointmentRecord> = {}) {
  const db = s.t.database.db;
  const personId =
    values.personId ?? (await createPerson(db, s.t.cipher, { organisationId: unitId, name: '李志远' })).id;
  return insertAppointment(db, { ...FILED, personId, organisationId: unitId, planId, ...values });
}

/** Fresh sessions after the clock moved (the world's idle out). */
const provinceHr = () =>
  signIn(s.t, { roles: ['hr'], organisationId: s.w.orgs.provinceBureau.id, jurisdictionCode: '210000' });

/** Every unit's grade figures from the monitoring against the unit's own board (computePostBoard) on `day`. */
async function expectMonitoringEqualsBoards(reader: Session, day: string | null) {
  const at = day ? `asOf=${day}&` : '';
  const response = await get(reader, `/api/v1/post-monitoring/units?${at}pageSize=200`);
  expect(response.statusCode, response.body).toBe(200);
  const { items, total } = response.json();
  expect(items).toHaveLength(total);
  for (const unit of items as { unitId: string; grades: (Figures & { grade: number })[] }[]) {
    const board = (
      await get(reader, `/api/v1/post-boards/${unit.unitId}${day ? `?asOf=${day}` : ''}`)
    ).json();
    for (const row of board.grades as (Figures & { grade: number })[])
      expect(
        figuresOf(unit.grades.find((g) => g.grade === row.grade)),
        `${unit.unitId} grade ${row.grade}`,
      ).toEqual(figuresOf(row));
  }
  return items as { unitId: string }[];
}

describe('岗位监测', () => {
  it('gives every unit the figures of its own board, today from the summary and on other days by recount', async () => {
    const a = await s.w.unit();
    const planA = await approvePlan(requests, s.w, a.session);
    // Grade 7 (quota 4): five normal, one over; one ended the day before today; a grade-6 post lent to grade 7.
    for (let i = 0; i < 5; i++) await appoint(a.id, planA);
    await appoint(a.id, planA, { state: 'ended', grade: 9, endDate: '2026-03-01' });
    await appoint(a.id, planA, { grade: 6, kind: 'within-level' });
    await appoint(a.id, planA, { boardKind: 'borrowed', borrowedFromGrade: 6 });
    await appoint(a.id, planA, { grade: 5, boardKind: 'special', kind: 'special' });
    // Future-dated: starts in April; ends in May.
    await appoint(a.id, planA, { grade: 10, startDate: '2026-04-01' });
    await appoint(a.id, planA, { grade: 11, startDate: '2025-09-01', endDate: '2026-05-01' });
    await appoint(a.id, planA, { grade: 9, state: 'draft' });
    const b = await s.w.unit({ departmentId: null, jurisdictionCode: '210302' });
    const planB = await approvePlan(requests, s.w, b.session);
    await appoint(b.id, planB, { grade: 12 });
    await appoint(b.id, planB, { grade: 12, startDate: '2025-01-01' });
    const c = await s.w.unit();
    await appoint(c.id, null, { grade: 10 });
    // The rows above were written as the bench writes its own, outside the product's write paths.
    await rebuildBoardSummary(s.t.database.db, '2026-03-02');

    const seen = await expectMonitoringEqualsBoards(s.w.sessions.provinceHr, null);
    expect(seen.map((u) => u.unitId)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(seen.map((u) => u.unitId)).not.toContain(c.id);
    await expectMonitoringEqualsBoards(s.w.sessions.provinceHr, '2026-02-15');

    const overview = (
      await get(s.w.sessions.provinceHr, '/api/v1/post-monitoring?regionCode=210300&pageSize=50')
    ).json();
    expect(overview).toMatchObject({ source: 'summary', asOf: '2026-03-02', region: { name: '鞍山市' } });
    const over = overview.lists.overQuota.items.find((r: { unitId: string }) => r.unitId === a.id);
    expect(over).toMatchObject({
      level: 'associate-senior',
      levelName: '副高级',
      figure: 1,
      quota: 8,
      occupied: 7,
      netOver: 0,
    });
    expect(overview.lists.specialPosts.items).toContainEqual(
      expect.objectContaining({ unitId: a.id, figure: 1 }),
    );
    expect(overview.lists.withoutPlan.items).toContainEqual(expect.objectContaining({ unitId: c.id }));
    // 铁东区 is a sub-region of the city; the totals are the sum of the sub-regions.
    const district = overview.subRegions.find((r: { code: string }) => r.code === '210302');
    expect(district).toMatchObject({ name: '铁东区', occupied: 2, quota: 90 });
    for (const field of FIELDS)
      expect(overview.totals[field]).toBe(
        overview.subRegions.reduce((n: number, r: Figures) => n + r[field], 0),
      );

    // A month and a half on: the April appointment has begun; the summary is recounted on read.
    s.t.clock.set(new Date('2026-04-15T02:00:00Z'));
    const later = await provinceHr();
    await expectMonitoringEqualsBoards(later, null);
    const moved = (await get(later, `/api/v1/post-monitoring/units?pageSize=200`)).json();
    const grade10 = moved.items
      .find((u: { unitId: string }) => u.unitId === a.id)
      .grades.find((g: { grade: number }) => g.grade === 10);
    expect(grade10).toMatchObject({ occupied: 1, vacant: 8 });
  });

  it('lists a vacancy as idle only after a whole round without an appointment to it', async () => {
    const unit = await s.w.unit();
    const planId = await approvePlan(requests, s.w, unit.session);
    await appoint(unit.id, planId, { grade: 9, startDate: '2027-03-01' });
    await rebuildBoardSummary(s.t.database.db, '2026-03-02');
    s.t.clock.set(new Date('2027-06-01T02:00:00Z'));
    const hr = await provinceHr();
    const idle = (
      await get(hr, '/api/v1/post-monitoring/lists/idle-vacancies?regionCode=210300&pageSize=200')
    ).json();
    const grades = idle.items
      .filter((r: { unitId: string }) => r.unitId === unit.id)
      .map((r: { grade: number }) => r.grade);
    // Grade 9 was filled three months ago; every other grade with a quota has stood vacant since 2026-01-01.
    expect(grades.sort((x: number, y: number) => x - y)).toEqual([4, 5, 6, 7, 8, 10, 11, 12, 13]);
    const early = (
      await get(hr, '/api/v1/post-monitoring/lists/idle-vacancies?asOf=2026-06-01&pageSize=200')
    ).json();
    expect(early.items.filter((r: { unitId: string }) => r.unitId === unit.id)).toEqual([]);
  });

  it('filters by unit kind (经费形式 of the plan in force) and by level', async () => {
    const unit = await s.w.unit();
    await approvePlan(requests, s.w, unit.session);
    const full = (await get(s.w.sessions.hr, '/api/v1/post-monitoring?kind=full')).json();
    const self = (await get(s.w.sessions.hr, '/api/v1/post-monitoring?kind=self')).json();
    expect(full.totals.unitsWithPlan).toBeGreaterThan(0);
    expect(self.totals).toMatchObject({ unitsWithPlan: 0, quota: 0 });
    const level = (await get(s.w.sessions.hr, '/api/v1/post-monitoring?level=intermediate')).json();
    expect(level.levels.map((l: { level: string }) => l.level)).toEqual(['intermediate']);
    expect(level.totals.quota).toBe(
      full.levels.find((l: { level: string }) => l.level === 'intermediate').quota,
    );
    const bad = await get(s.w.sessions.hr, '/api/v1/post-monitoring?kind=private');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('单位类型');
  });

  it('scopes the monitor: a department its units, a bureau its region, nobody else', async () => {
    const unit = await s.w.unit();
    await approvePlan(requests, s.w, unit.session);
    const ours = (await get(s.w.sessions.department, '/api/v1/post-monitoring/units?pageSize=200')).json();
    expect(ours.items.map((u: { unitId: string }) => u.unitId)).toContain(unit.id);
    const theirs = (
      await get(s.w.sessions.otherDepartment, '/api/v1/post-monitoring/units?pageSize=200')
    ).json();
    expect(theirs.items).toEqual([]);
    const liaoyang = await get(s.w.sessions.liaoyangHr, '/api/v1/post-monitoring?regionCode=210300');
    expect(liaoyang.statusCode).toBe(403);
    expect(liaoyang.json().error.message).toContain('鞍山市');
    expect((await get(unit.session, '/api/v1/post-monitoring')).statusCode).toBe(403);
    const bad = await get(s.w.sessions.hr, '/api/v1/post-monitoring?regionCode=999999');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('行政区划');
    expect((await get(s.w.sessions.hr, '/api/v1/post-monitoring/lists/nothing')).statusCode).toBe(400);
  });

  it('exports 岗位设置情况统计表 with a total row and 岗位变动表 with masked names', async () => {
    const unit = await s.w.unit();
    const planId = await approvePlan(requests, s.w, unit.session);
    const first = await appoint(unit.id, planId, {
      grade: 10,
      startDate: '2026-02-01',
      endDate: '2026-02-20',
      state: 'ended',
    });
    await appoint(unit.id, planId, {
      personId: first.personId,
      kind: 'within-level',
      grade: 9,
      startDate: '2026-02-20',
      approvalDocument: '鞍人社聘备〔2026〕9号',
    });
    await rebuildBoardSummary(s.t.database.db, '2026-03-02');
    const response = await get(
      s.w.sessions.hr,
      '/api/v1/post-monitoring/statistics/export?regionCode=210300',
    );
    expect(response.statusCode, response.body).toBe(200);
    const sheet = await firstSheet(response.rawPayload);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual([
      '单位名称',
      '行政区划代码',
      '编制数',
      '专业技术岗位',
      '管理岗位',
      '工勤技能岗位',
    ]);
    const column = (name: string) => header.indexOf(name) + 1;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const own = rows.find((r) => r.getCell(1).value === unit.name)!;
    expect(own.getCell(column('编制数')).value).toBe(120);
    expect(own.getCell(column('中级核定')).value).toBe(27);
    expect(own.getCell(column('中级已聘')).value).toBe(1);
    expect(own.getCell(column('中级空缺')).value).toBe(26);
    expect(own.getCell(column('特设岗位')).value).toBe(0);
    const total = rows.at(-1)!;
    expect(String(total.getCell(1).value)).toContain('鞍山市合计');
    const sum = (name: string) =>
      rows.slice(0, -1).reduce((n, r) => n + Number(r.getCell(column(name)).value), 0);
    for (const name of ['编制数', '中级核定', '中级已聘', '副高级空缺', '超岗'])
      expect(total.getCell(column(name)).value).toBe(sum(name));

    const changes = await get(
      s.w.sessions.hr,
      '/api/v1/post-monitoring/changes/export?from=2026-02-15&to=2026-02-28',
    );
    expect(changes.statusCode, changes.body).toBe(200);
    const changeSheet = await firstSheet(changes.rawPayload);
    const lines = Array.from({ length: changeSheet.rowCount - 1 }, (_, i) =>
      (changeSheet.getRow(i + 2).values as unknown[]).slice(1),
    ).filter((l) => l[1] === unit.name);
    expect(lines).toEqual([
      [
        '李＊远',
        unit.name,
        '层级内晋升等级',
        '专业技术10级',
        '专业技术9级',
        '2026-02-20',
        '',
        '鞍人社聘备〔2026〕9号',
      ],
    ]);
    const backwards = await get(
      s.w.sessions.hr,
      '/api/v1/post-monitoring/changes/export?from=2026-03-01&to=2026-02-01',
    );
    expect(backwards.statusCode).toBe(400);
  });
});

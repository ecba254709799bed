import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { addDays, todayInShanghai } from '../../domain/calendar';
import type { PostGrade } from '../../domain/catalogue';
import { idNumberCheckChar, maskIdNumber } from '../../domain/identifiers';
import { addMonths } from '../../domain/policy/profile-facts';
import type { FieldCipher } from '../../platform/crypto';
import type { AppointmentDraftBody, GradeFilingSteps, GradeFilingsService, PlanDraftBody } from '../posts';
import { insertPerson, insertPersonTitles, insertUsers } from './demo.repository';
import type { DemoAppointmentServices } from './demo-appointments.seed';
import { seedDemoCertificates } from './demo-certificates.seed';
import type { DemoPerson } from './demo-dataset';
import { demoActor } from './demo-posts.seed';
import { staffByName } from './demo-staff.repository';

/**
 * 二级岗位评定备案 in the demo: 辽阳市太子河区中心医院 (liaoyang-2023 §十五 "报省人社厅备案")
 * evaluates its chief physicians for its two grade-2 posts; the provincial bureau's clerk
 * `province-hr` (demo-dataset.ts) acknowledges, and approves or has a report waiting.
 */
export const DEMO_GRADE_FILING_UNIT = {
  key: 'ly-taizihe-central-hospital',
  jurisdictionCode: '211011',
  clerk: { username: 'ly-hospital-hr', displayName: '赵静怡（人事科）' },
  /** The Liaoyang bureau approves the unit's plan and files its appointments. */
  bureau: {
    key: 'ly-hrss',
    jurisdictionCode: '211000',
    username: 'liaoyang-hr',
    displayName: '杜海峰（事业单位人事管理科）',
  },
} as const;

/** Chief physicians (主任医师) of the hospital, on record with their 正高 titles. */
const CHIEFS = [
  { name: '高振华', gender: 'male', birthDate: '1968-03-12', obtainedOn: '2013-12-20', specialty: '内科' },
  { name: '刘淑芬', gender: 'female', birthDate: '1976-09-05', obtainedOn: '2015-12-18', specialty: '外科' },
  {
    name: '韩志强',
    gender: 'male',
    birthDate: '1972-05-21',
    obtainedOn: '2017-12-22',
    specialty: '医学影像',
  },
] as const;

/** How many years before the demo's year the unit's plan took effect. */
const PLAN_YEARS = 6;

/** A large hospital's plan: grades 2–4 at the 1:3:6 ceiling, 高级 within 10% of 260 professional posts, 高级+中级 within 40%. */
const PLAN = (effectiveFrom: string): PlanDraftBody => ({
  staffingQuota: 330,
  funding: 'full',
  mainCategory: 'professional',
  publicService: true,
  effectiveFrom,
  totals: { professional: 260, management: 44, support: 26 },
  highestGrade: null,
  specialPosts: [],
  gradeQuotas: (
    [
      [2, 2],
      [3, 6],
      [4, 12],
      [5, 1],
      [6, 2],
      [7, 2],
      [8, 22],
      [9, 30],
      [10, 23],
      [11, 60],
      [12, 66],
      [13, 34],
    ] as const
  ).map(([grade, quota]) => ({ grade, quota })),
});

const STANDARD =
  '专业技术二级岗位评定标准：任三级岗位期间年度考核均为合格以上，在本专业领域取得省内领先的重大业绩，主持完成省级以上科研项目或获得省级以上科技奖励。';

export interface DemoGradeFilingActors {
  clerk: Actor;
  bureau: Actor;
}

/** In the seed's transaction: the unit's clerk, the Liaoyang bureau's clerk, and the chief physicians. */
export async function seedDemoGradeFilingUnit(
  tx: Db,
  deps: { orgIds: Map<string, string>; passwordHash: string; cipher: FieldCipher },
): Promise<DemoGradeFilingActors> {
  const { key, jurisdictionCode, clerk, bureau } = DEMO_GRADE_FILING_UNIT;
  const unitId = deps.orgIds.get(key)!;
  const bureauId = deps.orgIds.get(bureau.key)!;
  const chiefs: DemoPerson[] = CHIEFS.map((chief, i) => {
    // A 辽阳 ID number; the sequence's last digit odd for men, even for women.
    const first17 = `${jurisdictionCode}${chief.birthDate.replaceAll('-', '')}0${i}${chief.gender === 'male' ? 1 : 2}`;
    return {
      key: `chief-${i}`,
      name: chief.name,
      gender: chief.gender,
      birthDate: chief.birthDate,
      idNumber: first17 + idNumberCheckChar(first17),
      organisationKey: key,
      jurisdictionCode,
      titles: [
        {
          series: 'health',
          level: 'senior',
          specialty: chief.specialty,
          obtainedOn: chief.obtainedOn,
          via: 'review',
        },
      ],
    };
  });
  const personIds = new Map<string, string>();
  for (const chief of chiefs) {
    const personId = await insertPerson(tx, {
      name: chief.name,
      gender: chief.gender,
      birthDate: chief.birthDate,
      idNumberCipher: deps.cipher.encrypt(chief.idNumber),
      idNumberHash: deps.cipher.lookupHash(chief.idNumber),
      idNumberMasked: maskIdNumber(chief.idNumber),
      organisationId: unitId,
      jurisdictionCode,
    });
    personIds.set(chief.key, personId);
    await insertPersonTitles(
      tx,
      chief.titles.map((t) => ({ ...t, personId })),
    );
  }
  // Their titles in the certificate archive, as every demo person's are.
  await seedDemoCertificates(tx, { persons: chiefs }, { personIds, cipher: deps.cipher });
  const [clerkRow, bureauRow] = await insertUsers(tx, [
    {
      ...clerk,
      passwordHash: deps.passwordHash,
      roles: ['employer'],
      organisationId: unitId,
      jurisdictionCode,
    },
    {
      username: bureau.username,
      displayName: bureau.displayName,
      passwordHash: deps.passwordHash,
      roles: ['hr'],
      organisationId: bureauId,
      jurisdictionCode: bureau.jurisdictionCode,
    },
  ]);
  return {
    clerk: demoActor(clerkRow!.id, ['employer'], unitId, jurisdictionCode),
    bureau: demoActor(bureauRow!.id, ['hr'], bureauId, bureau.jurisdictionCode),
  };
}

/** Noon in China on a day, so the day is the same in every time zone the seed may run in. */
const noonOf = (day: string) => new Date(`${day}T04:00:00Z`);

/**
 * After the appointments (demo-appointments.seed.ts), through the posts services on the seed's
 * clock: the unit's plan with two grade-2 posts; its chief physicians at 四级, two of them at
 * 三级 three years later; 高振华's filing approved by the provincial bureau and his appointment
 * to 二级 filed; 刘淑芬's filing reported and waiting in `province-hr`'s queue for 备案核准.
 */
export async function seedDemoGradeFilings(
  db: Db,
  services: DemoAppointmentServices & {
    gradeFilings: GradeFilingsService;
    gradeFilingSteps: GradeFilingSteps;
  },
  actors: DemoGradeFilingActors & { province: Actor },
): Promise<void> {
  const { plans, steps, appointments, appointmentSteps, gradeFilings, gradeFilingSteps, clock } = services;
  const { clerk, bureau, province } = actors;
  const realNow = clock.now();
  const today = todayInShanghai(realNow);
  const year = Number(today.slice(0, 4));
  const at = (day: string) => clock.set(noonOf(day));
  const planStart = `${year - PLAN_YEARS}-01-01`;
  const staff = await staffByName(db, clerk.organisationId!);
  const [gao, liu, han] = CHIEFS.map((c) => staff.get(c.name)!);
  let filed = 0;
  const appoint = async (
    personId: string,
    kind: AppointmentDraftBody['kind'],
    grade: number,
    start: string,
  ) => {
    at(addDays(start, -30));
    const created = await appointments.create(clerk, {
      personId,
      kind,
      grade: grade as PostGrade,
      startDate: start,
      person: { newStaff: false, exchangeEntrant: false, dualRole: false, introducedTalent: false },
    } satisfies AppointmentDraftBody);
    await appointmentSteps.propose(clerk, created.id);
    const filedOn = addDays(start, -5);
    at(filedOn);
    filed += 1;
    await appointmentSteps.file(bureau, created.id, `辽人社岗备〔${filedOn.slice(0, 4)}〕${20 + filed}号`);
  };

  at(addDays(planStart, -60));
  const plan = await plans.create(clerk, PLAN(planStart));
  await steps.submit(clerk, plan.id);
  at(addDays(planStart, -30));
  await steps.approve(bureau, plan.id, `辽市人社批〔${year - PLAN_YEARS - 1}〕12号`);

  const promoted = addMonths(planStart, 36);
  for (const chief of [gao, liu, han]) await appoint(chief!, 'first', 4, planStart);
  for (const chief of [gao, liu]) await appoint(chief!, 'within-level', 3, promoted);

  // 高振华: 评前沟通 in the autumn, the bureau's go-ahead, the evaluation, 备案核准, then his post.
  const firstPlanned = `${year}-03-01`;
  at(`${year - 1}-10-15`);
  const approved = await gradeFilings.create(clerk, {
    targetGrade: 2,
    standard: STANDARD,
    plannedDate: firstPlanned,
    candidates: [gao!],
  });
  await gradeFilingSteps.communicate(clerk, approved.id);
  at(`${year - 1}-10-28`);
  await gradeFilingSteps.acknowledge(province, approved.id, '同意按评定标准在二级岗位空缺数额内开展评定');
  at(`${year - 1}-12-12`);
  await gradeFilingSteps.report(clerk, approved.id, {
    evaluatedOn: `${year - 1}-12-08`,
    note: '评定委员会9人出席，无记名投票',
    results: [{ personId: gao!, passed: true, result: '同意9票' }],
  });
  at(`${year}-01-16`);
  await gradeFilingSteps.approve(province, approved.id, `辽人社岗核〔${year}〕3号`);
  await appoint(gao!, 'within-level', 2, firstPlanned);

  // 刘淑芬: reported ten days ago, waiting for 备案核准 in the provincial bureau's queue.
  const daysAgo = (n: number) => at(addDays(today, -n));
  daysAgo(45);
  const reported = await gradeFilings.create(clerk, {
    targetGrade: 2,
    standard: STANDARD,
    plannedDate: addMonths(`${today.slice(0, 8)}01`, 2),
    candidates: [liu!],
  });
  await gradeFilingSteps.communicate(clerk, reported.id);
  daysAgo(35);
  await gradeFilingSteps.acknowledge(province, reported.id, '同意开展评定');
  daysAgo(10);
  await gradeFilingSteps.report(clerk, reported.id, {
    evaluatedOn: addDays(today, -12),
    note: '评定委员会9人出席，无记名投票',
    results: [{ personId: liu!, passed: true, result: '同意8票' }],
  });
  clock.set(realNow);
}

import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { addDays, CALENDAR_YEAR_UNKNOWN, todayInShanghai } from '../../domain/calendar';
import type { PostGrade } from '../../domain/catalogue';
import { AppError } from '../../domain/errors';
import { addMonths } from '../../domain/policy/profile-facts';
import type { Clock } from '../../platform/clock';
import type {
  AppointmentDraftBody,
  AppointmentSteps,
  AppointmentsService,
  PlanDraftBody,
  PostPlanSteps,
  PostPlansService,
} from '../posts';
import { HOSPITAL_PLAN_YEARS } from './demo-posts.seed';
import { staffByName } from './demo-staff.repository';

/** The posts services as the seed drives them, on a clock it sets to each step's day. */
export interface DemoAppointmentServices {
  plans: PostPlansService;
  steps: PostPlanSteps;
  appointments: AppointmentsService;
  appointmentSteps: AppointmentSteps;
  clock: Clock & { set(at: Date): void };
}

/** One appointment of a history: whose, of which kind, to which grade. */
interface Move {
  name: string;
  kind: AppointmentDraftBody['kind'];
  grade: number;
  /** Newly recruited or transferred in (新增人员). */
  newStaff?: boolean;
  reason?: string;
}

const first = (name: string, grade: number): Move => ({ name, kind: 'first', grade });
const recruit = (name: string, grade: number): Move => ({ name, kind: 'first', grade, newStaff: true });
const up = (name: string, grade: number): Move => ({ name, kind: 'within-level', grade });
const nextLevel = (name: string, grade: number): Move => ({ name, kind: 'new-level', grade });

/**
 * The hospital's filed appointments since its first plan began, by the month (counted from that
 * first day) in which they start. Everyone starts at the lowest grade of the level their title
 * allows; promotions go one grade at a time once the interval is served (10→9 and 9→8 after 24
 * months, 7→6 after 36); staff with a higher title than any vacant post wait at a lower level
 * (高职低聘) until one frees. The quotas of the first plan hold at every step: the guards check them.
 */
const HOSPITAL_HISTORY: readonly (readonly [number, readonly Move[]])[] = [
  [
    0,
    [
      first('周秀兰', 7),
      first('张秀梅', 7),
      ...['程雪梅', '王丹丹', '许长青', '李玉洁', '刘秋菊', '张莉莉'].map((n) => first(n, 10)),
      first('李俊杰', 12),
    ],
  ],
  [18, [recruit('李心怡', 13)]],
  [24, ['程雪梅', '王丹丹', '许长青', '李玉洁', '张莉莉'].map((n) => up(n, 9))],
  [26, [recruit('王雨涵', 10), recruit('苏晓雪', 10)]],
  [37, [up('周秀兰', 6), up('张秀梅', 6)]],
  // 李玉洁's third step (10 → 9 → 7): 刘秋菊 and she held 中级 posts until 七级 freed.
  [38, [nextLevel('刘秋菊', 7), nextLevel('李玉洁', 7)]],
  [40, [{ name: '王紫涵', kind: 'transfer-in', grade: 10, newStaff: true }]],
  [43, [recruit('崔晨阳', 12)]],
  [45, [nextLevel('李心怡', 12)]],
  [48, ['程雪梅', '王丹丹', '许长青'].map((n) => up(n, 8))],
  [50, [up('王雨涵', 9), up('苏晓雪', 9)]],
  [55, [recruit('高家豪', 10)]],
  [60, [{ name: '李俊杰', kind: 'ending', grade: 12, reason: '聘期届满，本人申请不再续聘' }]],
  [62, [up('崔晨阳', 11)]],
  [68, [recruit('刘欣然', 10)]],
];

/**
 * The hospital's second plan (from the demo's year): 副高级 posts cut from 5 to 3 — 五级 not set,
 * 六级 from 2 to 1 — and two more 十级 posts, the ratios of 87号 held. Two people were filed at
 * 六级 under the first plan and keep their posts, so 六级 and the 副高 level are one over quota:
 * the legal way a level goes over, and from then on 退二进一 (anshan §十一) governs the level.
 */
const HOSPITAL_V2_QUOTAS: Readonly<Record<number, number>> = { 5: 0, 6: 1, 10: 8 };

/** Noon in China on a day, so the day is the same in every time zone the seed may run in. */
const noonOf = (day: string) => new Date(`${day}T04:00:00Z`);

/** The first day of the month after `day`: when the pending appointments would start. */
const nextMonthOf = (day: string) => addMonths(`${day.slice(0, 8)}01`, 1);

const declared = (move: Move) => ({
  newStaff: move.newStaff ?? false,
  exchangeEntrant: false,
  dualRole: false,
  introducedTalent: false,
});

/**
 * After the post plans (demo-posts.seed.ts), through the posts services with the clock set to
 * each step's day — a plain sequence of dated calls, each its own transaction with its audit
 * event: the hospital's history of filed appointments under its first plan, its second plan
 * leaving 副高 over quota, and one appointment waiting in each queue (the department's, HR's,
 * one in its publicity, one returned, one draft the guards refuse). The clock is set back to
 * where it was at the end.
 */
export async function seedDemoAppointments(
  db: Db,
  services: DemoAppointmentServices,
  actors: { hospital: Actor; institute: Actor; department: Actor; hr: Actor },
): Promise<void> {
  const { plans, steps, appointments, appointmentSteps, clock } = services;
  const realNow = clock.now();
  const today = todayInShanghai(realNow);
  const year = Number(today.slice(0, 4));
  const planStart = `${year - HOSPITAL_PLAN_YEARS}-01-01`;
  const at = (day: string) => clock.set(noonOf(day));
  const documents = new Map<string, number>();
  /** The bureau's filing numbers, counted within the year of filing. */
  const documentOf = (day: string) => {
    const y = day.slice(0, 4);
    const n = (documents.get(y) ?? 0) + 1;
    documents.set(y, n);
    return `鞍人社岗备〔${y}〕${n}号`;
  };

  const hospitalStaff = await staffByName(db, actors.hospital.organisationId!);
  const instituteStaff = await staffByName(db, actors.institute.organisationId!);
  const draft = (actor: Actor, staff: Map<string, string>, move: Move, startDate: string) =>
    appointments.create(actor, {
      personId: staff.get(move.name)!,
      kind: move.kind,
      grade: move.grade as PostGrade,
      startDate,
      ...(move.reason ? { reason: move.reason } : {}),
      person: declared(move),
    } satisfies AppointmentDraftBody);

  // The history: proposed a month before each start, publicised, filed by the city bureau (the
  // hospital has no department) a few days before it.
  for (const [month, moves] of HOSPITAL_HISTORY) {
    const start = addMonths(planStart, month);
    at(addDays(start, -30));
    const ids: string[] = [];
    for (const move of moves) {
      const created = await draft(actors.hospital, hospitalStaff, move, start);
      await appointmentSteps.propose(actors.hospital, created.id);
      ids.push(created.id);
    }
    const filedOn = addDays(start, -5);
    at(filedOn);
    for (const id of ids) await appointmentSteps.file(actors.hr, id, documentOf(filedOn));
  }

  // The second plan, drafted in the autumn before the demo's year and approved for its first day.
  at(`${year - 1}-11-10`);
  const [current] = (
    await plans.list(actors.hospital, { state: 'approved', sort: '-effectiveFrom', page: 1, pageSize: 1 })
  ).items;
  const { staffingQuota, funding, mainCategory, totals, publicService, highestGrade, specialPosts } =
    current!;
  // The first version as the plan service shows it, with the cut: its view types the stored enums
  // as strings, which the schema validated when the first version was drafted.
  const second = await plans.create(actors.hospital, {
    staffingQuota,
    funding,
    mainCategory,
    totals,
    publicService,
    highestGrade,
    effectiveFrom: `${year}-01-01`,
    gradeQuotas: current!.gradeQuotas.map((g) => ({
      grade: g.grade,
      quota: HOSPITAL_V2_QUOTAS[g.grade] ?? g.quota,
    })),
    specialPosts: specialPosts.map((s) => ({
      grade: s.grade,
      count: s.count,
      reason: s.reason,
      citation: s.citation,
    })),
  } as PlanDraftBody);
  await steps.submit(actors.hospital, second.id);
  at(`${year - 1}-11-25`);
  await steps.approve(actors.hr, second.id, `鞍人社批〔${year - 1}〕47号`);

  await seedPendingAppointments(services, actors, { today, hospitalStaff, instituteStaff, draft, at });
  clock.set(realNow);
}

/**
 * Proposes a pending appointment, unless its publicity would end in a year whose holidays are
 * not entered yet (a demo started near or after the end of the calendar's data): it then stays
 * a draft rather than the demo failing to start. Whether it was publicised.
 */
async function publicise(steps: AppointmentSteps, actor: Actor, id: string): Promise<boolean> {
  try {
    await steps.propose(actor, id);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === CALENDAR_YEAR_UNKNOWN) return false;
    throw error;
  }
}

/** The pending work, dated back from the day the demo starts. */
async function seedPendingAppointments(
  services: DemoAppointmentServices,
  actors: { hospital: Actor; institute: Actor; department: Actor; hr: Actor },
  ctx: {
    today: string;
    hospitalStaff: Map<string, string>;
    instituteStaff: Map<string, string>;
    draft: (actor: Actor, staff: Map<string, string>, move: Move, start: string) => Promise<{ id: string }>;
    at: (day: string) => void;
  },
) {
  const { appointmentSteps: steps } = services;
  const { today, hospitalStaff, instituteStaff, draft, at } = ctx;
  const start = nextMonthOf(today);
  const daysAgo = (n: number) => at(addDays(today, -n));

  // In the order the days come: HR's 备案 queue will hold the institute's 中级 engineer once its
  // department has reviewed it; the hospital's 九级 → 八级 will be returned by the city bureau;
  // the department's queue holds the institute's young engineer, his publicity over.
  daysAgo(30);
  const reviewed = await draft(actors.institute, instituteStaff, first('张嘉怡', 10), start);
  const toReview = await publicise(steps, actors.institute, reviewed.id);
  daysAgo(25);
  const returned = await draft(actors.hospital, hospitalStaff, up('张莉莉', 8), start);
  const toReturn = await publicise(steps, actors.hospital, returned.id);
  daysAgo(20);
  const waiting = await draft(actors.institute, instituteStaff, first('陈鹏飞', 12), start);
  await publicise(steps, actors.institute, waiting.id);
  daysAgo(15);
  if (toReview) await steps.review(actors.department, reviewed.id, '经审核，符合岗位聘用条件，同意报备');
  daysAgo(6);
  if (toReturn)
    await steps.return(actors.hr, returned.id, [
      '未附本人近两年年度考核结果，请补充考核合格以上的证明材料',
      '公示情况说明未加盖单位公章，请重新上传',
    ]);

  // A draft the guards refuse: 副高 is over quota since the second plan, and no one has left it,
  // so 退二进一 allows no appointment to 七级.
  daysAgo(3);
  await draft(actors.hospital, hospitalStaff, nextLevel('王雨涵', 7), start);

  // In its publicity until after the demo starts: 十二级 → 十一级 needs no interval.
  daysAgo(1);
  const publicised = await draft(actors.hospital, hospitalStaff, up('李心怡', 11), start);
  await publicise(steps, actors.hospital, publicised.id);
}

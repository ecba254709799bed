import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { permissionsOf } from '../../domain/access/permissions';
import type { Role } from '../../domain/access/roles';
import { todayInShanghai } from '../../domain/calendar';
import type { PostGrade } from '../../domain/catalogue';
import type { Clock } from '../../platform/clock';
import type { PlanDraftBody, PostPlanSteps, PostPlansService } from '../posts';
import { insertUsers, setDepartment } from './demo.repository';
import { ORG_KEYS } from './demo-organisations';

/**
 * Two Anshan public institutions with post plans (岗位设置方案), each with the HR clerk who drafts
 * them: the hospital answers to no department and submits straight to the city bureau; the design
 * institute answers to the demo's department (the industry bureau), so its next version waits in
 * that department's queue.
 */
export const DEMO_POST_UNITS = {
  hospital: { key: 'as-tiedong-central-hospital', username: 'hospital-hr', displayName: '孟晓燕（人事科）' },
  institute: { key: 'as-municipal-design', username: 'design-hr', displayName: '唐文博（人事处）' },
} as const;

/** A plan's own figures; the quotas by grade. */
type Figures = Pick<PlanDraftBody, 'staffingQuota' | 'totals' | 'highestGrade' | 'specialPosts'> & {
  quotas: Record<number, number>;
};

/** The body of a plan from its figures: a fully funded public-service unit whose main posts are professional. */
function draft(figures: Figures, effectiveFrom: string): PlanDraftBody {
  const { quotas, ...rest } = figures;
  return {
    ...rest,
    funding: 'full',
    mainCategory: 'professional',
    publicService: true,
    effectiveFrom,
    gradeQuotas: Object.entries(quotas).map(([grade, quota]) => ({
      grade: Number(grade) as PostGrade,
      quota,
    })),
  };
}

// Each holds the national frame: professional posts ≥ 70%, 高级 ≤ 10%, 高级+中级 ≤ 40%, and the
// ratios between the grades of each level (87号) counted from the top.
const HOSPITAL: Figures = {
  staffingQuota: 80,
  totals: { professional: 60, management: 12, support: 8 },
  highestGrade: null,
  quotas: { 4: 1, 5: 1, 6: 2, 7: 2, 8: 5, 9: 7, 10: 6, 11: 12, 12: 12, 13: 12 },
  specialPosts: [{ grade: 7, count: 1, reason: '引进博士后首次聘用（不占结构比例）', citation: null }],
};
const INSTITUTE: Figures = {
  staffingQuota: 40,
  totals: { professional: 30, management: 6, support: 4 },
  highestGrade: null,
  quotas: { 4: 1, 6: 1, 7: 1, 8: 2, 9: 4, 10: 3, 11: 6, 12: 6, 13: 6 },
  specialPosts: [],
};
/** The institute's next version: four more professional posts, one more in 中级. */
const INSTITUTE_NEXT: Figures = {
  ...INSTITUTE,
  staffingQuota: 44,
  totals: { professional: 34, management: 6, support: 4 },
  quotas: { 4: 1, 6: 1, 7: 1, 8: 3, 9: 4, 10: 3, 11: 7, 12: 7, 13: 7 },
};

/** How many years before the demo's year the hospital's first plan took effect. */
export const HOSPITAL_PLAN_YEARS = 6;

export interface DemoPostActors {
  hospital: Actor;
  institute: Actor;
}

const actorOf = (userId: string, roles: Role[], organisationId: string, jurisdictionCode: string): Actor => ({
  userId,
  roles,
  permissions: permissionsOf(roles),
  organisationId,
  jurisdictionCode,
});

/** In the seed's transaction: the units' clerks, and the institute under the demo's department. */
export async function seedDemoPostClerks(
  tx: Db,
  deps: { orgIds: Map<string, string>; passwordHash: string },
): Promise<DemoPostActors> {
  const unitId = (key: string) => deps.orgIds.get(key)!;
  await setDepartment(tx, unitId(DEMO_POST_UNITS.institute.key), unitId(ORG_KEYS.anshanDepartment));
  const units = [DEMO_POST_UNITS.hospital, DEMO_POST_UNITS.institute];
  const rows = await insertUsers(
    tx,
    units.map((unit) => ({
      username: unit.username,
      displayName: unit.displayName,
      passwordHash: deps.passwordHash,
      roles: ['employer' as const],
      organisationId: unitId(unit.key),
      jurisdictionCode: '210302',
    })),
  );
  const [hospital, institute] = rows.map((row, i) =>
    actorOf(row.id, ['employer'], unitId(units[i]!.key), '210302'),
  );
  return { hospital: hospital!, institute: institute! };
}

/**
 * After the seed's transaction, through the product's own services (each step its own transaction
 * with its audit event, as when users take it): the hospital's plan approved by the city bureau;
 * the institute's approved after the department's review, and its next version submitted and
 * waiting in the department's queue.
 */
export async function seedDemoPosts(
  services: { plans: PostPlansService; steps: PostPlanSteps },
  actors: DemoPostActors & { department: Actor; hr: Actor },
  clock: Clock,
): Promise<void> {
  const { plans, steps } = services;
  const year = Number(todayInShanghai(clock.now()).slice(0, 4));
  // The hospital's plan has been in force for years, so its board holds a history of appointments
  // (demo-appointments.seed.ts) with the intervals between grades really served.
  const hospital = await plans.create(
    actors.hospital,
    draft(HOSPITAL, `${year - HOSPITAL_PLAN_YEARS}-01-01`),
  );
  await steps.submit(actors.hospital, hospital.id);
  await steps.approve(actors.hr, hospital.id, `鞍人社批〔${year - HOSPITAL_PLAN_YEARS}〕3号`);

  const institute = await plans.create(actors.institute, draft(INSTITUTE, `${year}-01-01`));
  await steps.submit(actors.institute, institute.id);
  await steps.review(actors.department, institute.id, null);
  await steps.approve(actors.hr, institute.id, `鞍人社批〔${year}〕5号`);
  const next = await plans.create(actors.institute, draft(INSTITUTE_NEXT, `${year + 1}-01-01`));
  await steps.submit(actors.institute, next.id);
}

export { actorOf as demoActor };

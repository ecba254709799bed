import type { Db } from '../../src/db/client';
import { postPlanGrades, postPlans } from '../../src/db/schema';

/**
 * Writes a unit's post plan as approved and in force from 2026-01-01 with the given grade
 * quotas. The grade-2 quota a plan needs to pass the 正高 ratios (1:3:6 over grades 2–4) takes
 * a larger unit than the grade-filing tests need; the approval path itself is the post-plans
 * tests' subject.
 */
export async function insertApprovedPlan(db: Db, unitId: string, by: string, quotas: Record<number, number>) {
  const professional = Object.values(quotas).reduce((a, b) => a + b, 0);
  const [plan] = await db
    .insert(postPlans)
    .values({
      organisationId: unitId,
      version: 1,
      state: 'approved',
      staffingQuota: professional + 10,
      funding: 'full',
      mainCategory: 'professional',
      professionalTotal: professional,
      managementTotal: 8,
      supportTotal: 2,
      regionTier: 'city',
      publicService: true,
      effectiveFrom: '2026-01-01',
      approvalDocument: '辽市人社批〔2026〕1号',
      createdBy: by,
      updatedBy: by,
    })
    .returning();
  await db
    .insert(postPlanGrades)
    .values(
      Object.entries(quotas).map(([grade, quota]) => ({ planId: plan!.id, grade: Number(grade), quota })),
    );
  return plan!.id;
}

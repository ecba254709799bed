import { ConflictChecker } from './conflict-checker';
import type { PoolExpert, UnitPeriod } from './pool-snapshot';
import type { RecusalReason } from './recusal-reasons';

export * from './recusal-reasons';

/** One applicant of a review session as the draw sees it. */
export interface DrawApplicant {
  applicationId: string;
  personId: string;
  /** Specialty group (专业组) whose experts review this application. */
  group: string;
  units: readonly UnitPeriod[];
  /** Text of the materials the experts will read (papers, reports, recommenders), to find experts named in it. */
  materialsText: string;
}

/** A recorded recusal: this expert may not review this application, and why (in Chinese). */
export interface Recusal {
  expertId: string;
  applicationId: string;
  reason: RecusalReason;
  detail: string;
}

/**
 * Every conflict between `expert` and `applicant` on `asOf`, at most one per reason:
 * - same-unit: the expert's current unit is a unit the applicant is in on `asOf`;
 * - former-unit: another common unit where their periods overlap (sharing a day counts;
 *   ends are inclusive) within the `lookBackYears` before `asOf`;
 * - relation: the expert declared a relation to the applicant's person;
 * - named-in-materials: the expert's name (2 characters or more) occurs in the materials.
 * An expert's current unit missing from the unit history counts as held since ever.
 */
export function conflictsOf(
  expert: PoolExpert,
  applicant: DrawApplicant,
  asOf: string,
  lookBackYears: number,
): Recusal[] {
  return new ConflictChecker([applicant], asOf, lookBackYears).check(expert) ?? [];
}

// What the apply wizard collects, and how it becomes the eligibility check and the filing. The policy
// set is chosen by the same domain function the server files with, from the same rule base.
import { LEVELS, type Level, nextLevelUp } from '../../../../src/domain/catalogue/levels';
import type { NewApplication } from '../../api/applications';
import type { MyProfile, Pathway } from '../../api/eligibility';

/** 申报目标: the first step's form. */
export interface TargetValues {
  series: string;
  level: Level;
  specialty: string;
  pathway: Pathway;
  /** Set only for dispatched staff (劳务派遣): the agency holding the labour contract. */
  dispatchAgencyId?: string | null;
}

/**
 * The target most applicants mean: the next level up from their highest title in its series, in the
 * specialty they practise (else the one they studied).
 */
export function suggestedTarget(profile: MyProfile): Partial<TargetValues> {
  const applicant = profile.applicant;
  const highest = [...(applicant.titles ?? [])].sort(
    (a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level),
  )[0];
  const level = highest ? nextLevelUp(highest.level) : null;
  const studied = applicant.education?.at(-1)?.major;
  return {
    pathway: 'regular',
    ...(highest && level ? { series: highest.series, level } : {}),
    specialty: applicant.practicedSpecialty?.specialty ?? studied ?? undefined,
  };
}

/** Whether the profile was ever saved: before that it holds only what the system knew (birth, titles). */
export function profileSaved(profile: MyProfile | undefined): boolean {
  return Boolean(profile?.updatedAt);
}

export function applicationFor(target: TargetValues, attachmentIds: string[]): NewApplication {
  return {
    target: { series: target.series, level: target.level, specialty: target.specialty.trim() },
    pathway: target.pathway,
    attachmentIds,
    dispatchAgencyId: target.dispatchAgencyId ?? null,
    submit: true,
    personalCommitment: true,
  };
}

/**
 * A fresh Idempotency-Key (8–64 of [A-Za-z0-9_-]). `randomUUID` exists only on secure pages (https or
 * localhost); an intranet served over plain http still has `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

import { targetTitle } from '../../domain/applications/target-title';
import type { Applicant, Pathway } from '../../domain/policy';
import { PATHWAY_NAMES } from '../../domain/policy/names';

interface StoredEligibility {
  eligible?: boolean;
  unmet?: { message: string }[];
}

/**
 * What an expert sees of an application in the blind initial review (盲审): the target, the
 * pathway and the professional record, built field by field from a whitelist — never the
 * name, the unit, the ID number, the birth date or the application number. The anonymous code
 * is the only handle the expert has.
 */
export function blindItem(input: {
  code: string;
  group: string;
  greenChannel: boolean;
  application: { series: string; level: string; specialty: string; pathway: string; eligibility: unknown };
  profile: Applicant | null;
}) {
  const { application, profile } = input;
  const eligibility = application.eligibility as StoredEligibility;
  return {
    code: input.code,
    group: input.group,
    greenChannel: input.greenChannel,
    title: targetTitle(application),
    pathwayName: PATHWAY_NAMES[application.pathway as Pathway] ?? application.pathway,
    eligibleAtFiling: eligibility.eligible === true,
    unmetAtFiling: (eligibility.unmet ?? []).map((u) => u.message),
    record: profile
      ? {
          education: profile.education.map((e) => ({
            degree: e.degree,
            major: e.major,
            fullTime: e.fullTime,
            graduatedOn: e.graduatedOn,
          })),
          titles: profile.titles.map((t) => ({
            series: t.series,
            level: t.level,
            obtainedOn: t.obtainedOn,
            via: t.via,
          })),
          practicedSpecialty: profile.practicedSpecialty
            ? { specialty: profile.practicedSpecialty.specialty, since: profile.practicedSpecialty.since }
            : null,
          work: profile.work.map((w) => ({
            from: w.from,
            to: w.to,
            employerKind: w.employerKind,
            area: w.area,
            frontline: w.frontline,
          })),
          annualAppraisals: profile.annualAppraisals.map((a) => ({ year: a.year, result: a.result })),
          continuingEducation: profile.continuingEducation.map((c) => ({
            year: c.year,
            hours: c.hours,
            professionalHours: c.professionalHours,
          })),
          achievements: profile.achievements.map((a) => ({ kind: a.kind, on: a.on })),
        }
      : null,
  };
}

export type BlindItem = ReturnType<typeof blindItem>;

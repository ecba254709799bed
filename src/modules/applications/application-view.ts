import type { ApplicationRecord } from '../../db/schema';
import { targetTitle } from '../../domain/applications/target-title';
import { shanghaiTime } from '../../domain/calendar/shanghai-time';
import { findSeries, type Level, levelName } from '../../domain/catalogue';
import type { EligibilityResult, Pathway } from '../../domain/policy';
import { PATHWAY_NAMES } from '../../domain/policy/names';
import { APPLICATION_STATES, type ApplicationState } from '../../domain/workflow/application-states';
import type { ExcelColumn } from '../../platform/excel';
import { POLICY_LAYERS } from '../../policies';

/** The fields every list row and detail shares, with the names users read. */
export function applicationSummary(
  app: ApplicationRecord,
  names: { personName: string; employerName: string },
) {
  return {
    id: app.id,
    number: app.number,
    year: app.year,
    personName: names.personName,
    employerName: names.employerName,
    series: app.series,
    seriesName: findSeries(app.series)?.name ?? app.series,
    level: app.level as Level,
    levelName: levelName(app.level as never),
    specialty: app.specialty,
    title: targetTitle(app),
    pathway: app.pathway as Pathway,
    pathwayName: PATHWAY_NAMES[app.pathway as Pathway] ?? app.pathway,
    state: app.state as ApplicationState,
    stateName: APPLICATION_STATES[app.state as ApplicationState] ?? app.state,
    eligible: app.eligible,
    dispatched: app.dispatchAgencyId !== null,
    unitPublicityEndsOn: app.unitPublicityEndsOn,
    dispatchPublicityEndsOn: app.dispatchPublicityEndsOn,
    submittedAt: app.submittedAt?.toISOString() ?? null,
    updatedAt: app.updatedAt.toISOString(),
    version: app.version,
  };
}

export function policyOf(app: ApplicationRecord) {
  return {
    id: app.policySet,
    name: POLICY_LAYERS.get(app.policySet)?.name ?? app.policySet,
    note: app.policyNote,
  };
}

export function eligibilityOf(app: ApplicationRecord): EligibilityResult {
  return app.eligibility as EligibilityResult;
}

/**
 * What filing answers with (the receipt): the summary, the rules applied and the eligibility
 * with its citations. The full detail (timeline, materials…) is one GET away; not building it
 * here keeps the busiest request of the year small.
 */
export function applicationReceipt(
  app: ApplicationRecord,
  names: { personName: string; employerName: string },
) {
  return { ...applicationSummary(app, names), policy: policyOf(app), eligibility: eligibilityOf(app) };
}

/** The columns of the 申报人员一览表. */
export const APPLICATION_COLUMNS: ExcelColumn<ReturnType<typeof applicationSummary>>[] = [
  { header: '申报编号', width: 20, value: (a) => a.number },
  { header: '姓名', value: (a) => a.personName },
  { header: '工作单位', width: 32, value: (a) => a.employerName },
  { header: '系列', width: 20, value: (a) => a.seriesName },
  { header: '申报资格', width: 28, value: (a) => a.title },
  { header: '申报途径', value: (a) => a.pathwayName },
  { header: '资格审查', value: (a) => (a.eligible ? '符合' : '不符合') },
  { header: '状态', width: 24, value: (a) => a.stateName },
  { header: '提交时间', width: 20, value: (a) => shanghaiTime(a.submittedAt) },
];

import type { ComplaintRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { type RecordPolicy, requireAbility } from '../../domain/access/record-policy';
import { AppError, notFound } from '../../domain/errors';
import { isWithinRegion, regionPrefix } from '../../domain/regions';

/**
 * Who may do what with the integrity archive and complaints (deny by default). The HR bureau
 * records findings and handles complaints in its jurisdiction; the supervisor reads both there.
 * A record outside the actor's jurisdiction is "not found", an action the role may never take
 * is "forbidden". Both lists are scoped by the region prefix of the actor's jurisdiction.
 */
function readsIntegrity(actor: Actor): boolean {
  return actor.roles.includes('hr') || actor.roles.includes('supervisor');
}

/** The HR bureau acts on the archive and on complaints; the supervisor only reads. */
function handlesIntegrity(actor: Actor): boolean {
  return actor.roles.includes('hr');
}

/** Whether a record of `regionCode` lies in the actor's jurisdiction (else it is "not found" to them). */
function inJurisdiction(actor: Actor, regionCode: string): boolean {
  return readsIntegrity(actor) && isWithinRegion(regionCode, actor.jurisdictionCode);
}

/** Refuses roles that may not read the archive or complaints. */
export function assertReadsIntegrity(actor: Actor): void {
  if (!readsIntegrity(actor))
    throw new AppError(
      'forbidden',
      'INTEGRITY_FORBIDDEN',
      '只有人社部门和监管部门可以查阅诚信档案和投诉举报',
    );
}

/** Refuses a ban check (by ID number, across every region) to anyone but the HR bureau. */
export function assertChecksBans(actor: Actor): void {
  if (!handlesIntegrity(actor))
    throw new AppError('forbidden', 'INTEGRITY_FORBIDDEN', '只有人社部门可以查询禁止申报情况');
}

/**
 * A fraud finding is final once recorded: nothing more is done with it, so its readers (the
 * HR bureau and the supervisor of its jurisdiction) have no abilities on it, and others do not see it.
 */
export const findingPolicy: RecordPolicy<{ regionCode: string }, never, string> = {
  scopeOf: (actor) => regionPrefix(actor.jurisdictionCode),
  abilitiesOf: (actor, finding) => (inJurisdiction(actor, finding.regionCode) ? [] : null),
};

/** What the actor may do with the archive as a whole, sent with its list: record a new finding. */
export type ArchiveAction = 'record';

export function archiveActionsOf(actor: Actor): ArchiveAction[] {
  return handlesIntegrity(actor) ? ['record'] : [];
}

/** Refuses anyone but the HR bureau a new finding (before its input is even checked). */
export function assertRecordsFindings(actor: Actor): void {
  if (!archiveActionsOf(actor).includes('record'))
    throw new AppError('forbidden', 'FINDING_FORBIDDEN', '只有人社部门可以认定弄虚作假行为');
}

/** Refuses anyone but the HR bureau whose jurisdiction contains the finding's region. */
export function assertRecordsFindingsIn(actor: Actor, regionCode: string): void {
  if (!handlesIntegrity(actor) || !isWithinRegion(regionCode, actor.jurisdictionCode))
    throw new AppError(
      'forbidden',
      'FINDING_FORBIDDEN',
      '只有本辖区人社部门可以认定弄虚作假行为并记入诚信档案',
    );
}

export type ComplaintAction = 'resolve' | 'flag-malicious';

/**
 * What the actor may do with a complaint now, sent with each row so the page offers exactly
 * what the server accepts: the HR bureau of its region resolves an open one and flags one not
 * yet flagged as malicious; the supervisor only reads.
 */
export const complaintPolicy: RecordPolicy<
  Pick<ComplaintRecord, 'regionCode' | 'status' | 'malicious'>,
  ComplaintAction,
  string
> = {
  scopeOf: (actor) => regionPrefix(actor.jurisdictionCode),
  abilitiesOf(actor, complaint) {
    if (!inJurisdiction(actor, complaint.regionCode)) return null;
    if (!handlesIntegrity(actor)) return [];
    const actions: ComplaintAction[] = [];
    if (complaint.status === 'open') actions.push('resolve');
    if (!complaint.malicious) actions.push('flag-malicious');
    return actions;
  },
};

/** Why a complaint was done already, by the action that can no longer be taken. */
const COMPLAINT_DONE: Record<ComplaintAction, () => AppError> = {
  resolve: () => new AppError('conflict', 'COMPLAINT_RESOLVED', '该投诉举报已办结，不能重复处理'),
  'flag-malicious': () => new AppError('conflict', 'COMPLAINT_FLAGGED', '该投诉举报已标记为恶意举报'),
};

/**
 * Refuses `action` on a complaint the abilities do not allow: "not found" outside the actor's
 * jurisdiction, "forbidden" to a reader who never handles complaints, else a conflict (done already).
 */
export function requireComplaintAbility(
  actor: Actor,
  complaint: Pick<ComplaintRecord, 'regionCode' | 'status' | 'malicious'> | undefined,
  action: ComplaintAction,
): void {
  requireAbility(complaint ? complaintPolicy.abilitiesOf(actor, complaint) : null, action, {
    hidden: () => notFound('投诉举报', 'COMPLAINT_NOT_FOUND'),
    refused: handlesIntegrity(actor)
      ? COMPLAINT_DONE[action]
      : () => new AppError('forbidden', 'COMPLAINT_FORBIDDEN', '只有人社部门可以处理投诉举报'),
  });
}

/** The conflict a complaint changed by another request meanwhile answers with. */
export const complaintDone = (action: ComplaintAction) => COMPLAINT_DONE[action]();

import type { Actor } from '../../domain/access/actor';
import { AppError } from '../../domain/errors';
import { isWithinRegion } from '../../domain/regions';

/**
 * Who may do what with the integrity archive and complaints (deny by default). The HR bureau
 * records findings and handles complaints in its jurisdiction; the supervisor reads both there.
 * A record outside the actor's jurisdiction is "not found" (the services say so), an action
 * the role may never take is "forbidden".
 */
export function mayReadIntegrity(actor: Actor): boolean {
  return actor.roles.includes('hr') || actor.roles.includes('supervisor');
}

/** Refuses anyone but the HR bureau whose jurisdiction contains the finding's region. */
export function assertRecordsFindingsIn(actor: Actor, regionCode: string): void {
  if (!actor.roles.includes('hr') || !isWithinRegion(regionCode, actor.jurisdictionCode))
    throw new AppError(
      'forbidden',
      'FINDING_FORBIDDEN',
      '只有本辖区人社部门可以认定弄虚作假行为并记入诚信档案',
    );
}

/** Refuses roles that may not read the archive or complaints. */
export function assertReadsIntegrity(actor: Actor): void {
  if (!mayReadIntegrity(actor))
    throw new AppError(
      'forbidden',
      'INTEGRITY_FORBIDDEN',
      '只有人社部门和监管部门可以查阅诚信档案和投诉举报',
    );
}

/** Whether a record of `regionCode` lies in the actor's jurisdiction (else it is "not found" to them). */
export function inJurisdiction(actor: Actor, regionCode: string): boolean {
  return mayReadIntegrity(actor) && isWithinRegion(regionCode, actor.jurisdictionCode);
}

export type ComplaintAction = 'resolve' | 'flag-malicious';

/**
 * What the actor may do with a complaint now, sent with each row so the page offers exactly
 * what the server accepts: the HR bureau of its region resolves an open one and flags one not
 * yet flagged as malicious; the supervisor only reads.
 */
export function complaintActions(
  actor: Actor,
  complaint: { regionCode: string; status: string; malicious: boolean },
): ComplaintAction[] {
  if (!actor.roles.includes('hr') || !isWithinRegion(complaint.regionCode, actor.jurisdictionCode)) return [];
  const actions: ComplaintAction[] = [];
  if (complaint.status === 'open') actions.push('resolve');
  if (!complaint.malicious) actions.push('flag-malicious');
  return actions;
}

import type { EmploymentRelation } from '../../domain/accounts/employment-relation';
import {
  type InvitationState,
  placementMessage,
  type StaffPlacement,
  type StaffRowStatus,
} from '../../domain/accounts/staff-placement';
import { type CheckedStaffRow, describeProblems } from '../../domain/accounts/staff-row';
import type { FieldProblem } from '../../domain/errors';
import { maskIdNumber } from '../../domain/identifiers';
import { printableName } from '../../domain/storable-text';

/** One row of the file in the report. */
export interface StaffReportRow {
  row: number;
  name: string;
  idNumberMasked: string | null;
  relation: EmploymentRelation | null;
  status: StaffRowStatus;
  message: string;
  invitation: InvitationState | null;
}

export interface StaffImportCounts {
  rows: number;
  created: number;
  bound: number;
  unchanged: number;
  invalid: number;
  invitations: number;
  invitationsFailed: number;
}

export interface StaffImportReport {
  /** A check only: this request wrote nothing, whatever the file. */
  dryRun: boolean;
  /** Whether this request wrote the file (never for a check, nor for a file with errors). */
  written: boolean;
  unit: { id: string; name: string };
  counts: StaffImportCounts;
  rows: StaffReportRow[];
}

/** A file with errors, refused whole: the error answer, beside which the report names every bad row. */
export interface StaffImportRefusal {
  code: 'STAFF_ROWS_INVALID';
  message: string;
  details: FieldProblem[];
}

/** A checked row and what the import does with it (null for a row that failed its own checks). */
export type DecidedStaffRow = CheckedStaffRow & { placement: StaffPlacement | null };

/** At most this many problems go into an error's details; the report holds every one. */
const MAX_DETAILS = 20;

/** The report's line for a row. */
export function reportRow(decided: DecidedStaffRow): StaffReportRow {
  const { row, raw, placement } = decided;
  const idText = raw.身份证号码.replace(/\s+/g, '').toUpperCase();
  const base = {
    row,
    // Echoed so the office finds its row: shortened, and with characters no form could send back escaped.
    name: printableName(raw.姓名.trim().slice(0, 50)),
    idNumberMasked: idText === '' ? null : maskIdNumber(printableName(idText.slice(0, 18))),
    relation: decided.ok ? decided.record.relation : null,
  };
  if (!decided.ok)
    return { ...base, status: 'invalid', message: describeProblems(decided.problems), invitation: null };
  if (!placement || placement.kind === 'invalid')
    return {
      ...base,
      status: 'invalid',
      message: describeProblems(placement?.problems ?? []),
      invitation: null,
    };
  // A person with an account is told in the inbox; everyone else is invited to register.
  const invites = placement.kind === 'create' || (placement.kind === 'bind' && !placement.hasAccount);
  return {
    ...base,
    status: placement.kind === 'create' ? 'created' : placement.kind === 'bind' ? 'bound' : 'unchanged',
    message: placementMessage(placement),
    invitation: invites ? 'planned' : null,
  };
}

export function countsOf(rows: readonly StaffReportRow[]): StaffImportCounts {
  const count = (status: StaffRowStatus) => rows.filter((r) => r.status === status).length;
  return {
    rows: rows.length,
    created: count('created'),
    bound: count('bound'),
    unchanged: count('unchanged'),
    invalid: count('invalid'),
    invitations: rows.filter((r) => r.invitation !== null).length,
    invitationsFailed: rows.filter((r) => r.invitation === 'failed').length,
  };
}

/** The 422 of an import whose file has bad rows: the first of them as details. */
export function refusalOf(rows: readonly StaffReportRow[]): StaffImportRefusal {
  const bad = rows.filter((r) => r.status === 'invalid');
  return {
    code: 'STAFF_ROWS_INVALID',
    message: `共${bad.length}行有误，未登记任何人员：请按登记结果逐行改正后重新上传`,
    details: bad.slice(0, MAX_DETAILS).map((r) => ({ path: `第${r.row}行`, message: r.message })),
  };
}

import crypto from 'node:crypto';
import type { NewEmploymentBindingRecord, persons } from '../../db/schema';
import { isUniqueViolation } from '../../db/unique-violation';
import type { Actor } from '../../domain/access/actor';
import { decideStaffPlacement, type KnownPerson } from '../../domain/accounts/staff-placement';
import { checkStaffRows, type StaffRow } from '../../domain/accounts/staff-row';
import { todayInShanghai } from '../../domain/calendar/calendar-date';
import { AppError } from '../../domain/errors';
import { maskIdNumber } from '../../domain/identifiers';
import type { FieldCipher } from '../../platform/crypto';
import type { MessageSender } from '../../platform/message-sender';
import type { StateChangeDeps } from '../audit';
import type { NotificationsService } from '../notifications';
import { findOrganisation } from '../organisations';
import { makeCurrent } from './employment.repository';
import { assertImportsForEmployer, staffImportUnitOf } from './staff-import.policy';
import * as repo from './staff-import.repository';
import { readStaffFile } from './staff-import-file';
import {
  countsOf,
  type DecidedStaffRow,
  refusalOf,
  reportRow,
  type StaffImportRefusal,
  type StaffImportReport,
  type StaffReportRow,
} from './staff-import-report';
import { buildStaffImportReport, buildStaffImportTemplate } from './staff-import-workbook';

/** Invitations handed to the SMS adapter at once: a gateway is slow per message, not per batch. */
const SMS_CONCURRENCY = 8;

const CHANGED_MEANWHILE =
  '导入期间有人员的登记信息发生了变化（例如本人刚刚注册、撤回申请或另一次导入），未登记任何人员，请重新上传';

type Unit = { id: string; name: string; jurisdictionCode: string };
type ValidRow = DecidedStaffRow & { ok: true };

/** The invitation: who registered them, and how to claim the record (their own ID number and this phone). */
function invitationSms(unitName: string, publicBaseUrl: string) {
  return {
    subject: '职称评审系统注册邀请',
    body: `【职称评审】${unitName}已将您登记为本单位专业技术人员。请访问 ${publicBaseUrl}/register ，使用本人身份证号码和本手机号完成实名注册，即可办理职称申报。`,
  };
}

export type StaffImportOutcome =
  | { ok: true; report: StaffImportReport }
  | { ok: false; error: StaffImportRefusal; report: StaffImportReport };

/**
 * 批量登记人员: a unit registers its staff from the template — every row checked, then either
 * the whole file written in one transaction or nothing (a file with errors is refused whole,
 * with every bad row named). New persons are created bound to the unit; persons already known
 * (an earlier import, a title record, their own registration) are bound without a copy; those
 * without an account are invited by SMS to register with their ID number, which claims the
 * record; those with one are told in their inbox.
 */
export function createStaffImportService(
  deps: StateChangeDeps & {
    cipher: FieldCipher;
    sender: MessageSender;
    notifications: Pick<NotificationsService, 'notify'>;
    /** Where the invitation sends people to register (config.publicBaseUrl). */
    publicBaseUrl: string;
  },
) {
  const { db, clock, audit, cipher, sender, notifications } = deps;

  async function approvedUnitOf(actor: Actor) {
    const unit = await findOrganisation(db, staffImportUnitOf(actor));
    assertImportsForEmployer(unit);
    if (unit.status !== 'approved')
      throw new AppError(
        'unprocessable',
        'UNIT_NOT_APPROVED',
        '本单位的注册尚未通过人社部门审核，审核通过后才能批量登记人员',
      );
    return unit;
  }

  /** What the system knows of the valid rows — persons by keyed ID hash, accounts, open bindings, agencies — in four queries. */
  async function lookUp(records: readonly StaffRow[]) {
    const hashes = new Map(records.map((r) => [r.idNumber, cipher.lookupHash(r.idNumber)]));
    const agencyCodes = [...new Set(records.flatMap((r) => r.agencyCreditCode ?? []))];
    const [found, agencies] = await Promise.all([
      repo.personsByIdHashes(db, [...hashes.values()]),
      repo.organisationsByCreditCodes(db, agencyCodes),
    ]);
    const ids = found.map((p) => p.id);
    const [withAccounts, bindings] = await Promise.all([
      repo.personsWithAccounts(db, ids),
      repo.openBindingsOf(db, ids),
    ]);
    const open = new Map<
      string,
      { confirmed?: (typeof bindings)[number]; pending?: (typeof bindings)[number] }
    >();
    for (const b of bindings) {
      const entry = open.get(b.personId) ?? {};
      if (b.status === 'confirmed') entry.confirmed = b;
      else entry.pending = b;
      open.set(b.personId, entry);
    }
    const known = new Map<string, KnownPerson>();
    for (const p of found) {
      const { confirmed, pending } = open.get(p.id) ?? {};
      known.set(p.idNumberHash, {
        id: p.id,
        name: p.name,
        hasAccount: withAccounts.has(p.id),
        confirmed: confirmed
          ? { organisationId: confirmed.organisationId, startedOn: confirmed.startedOn }
          : null,
        pending: pending ? { id: pending.id, organisationId: pending.organisationId } : null,
      });
    }
    const byCode = new Map(agencies.map((a) => [a.creditCode, a]));
    return {
      hashOf: (record: StaffRow) => hashes.get(record.idNumber)!,
      personOf: (record: StaffRow) => known.get(hashes.get(record.idNumber)!),
      agencyOf: (record: StaffRow) =>
        record.agencyCreditCode ? byCode.get(record.agencyCreditCode) : undefined,
    };
  }

  /** Writes a clean file's changes, all in one transaction with the audit event. */
  async function write(
    actor: Actor,
    unit: Unit,
    rows: readonly ValidRow[],
    hashOf: (record: StaffRow) => string,
    report: StaffImportReport['counts'],
  ) {
    const now = clock.now();
    const decided = { by: actor.userId, at: now };
    const bindingOf = (record: StaffRow, personId: string, agencyId: string | null) => ({
      id: crypto.randomUUID(),
      personId,
      organisationId: unit.id,
      relation: record.relation,
      dispatchAgencyId: agencyId,
      startedOn: record.startedOn,
      status: 'confirmed',
      source: 'unit-import',
      requestedBy: actor.userId,
      requestedAt: now,
      decidedBy: actor.userId,
      decidedAt: now,
    });
    const newPersons: (typeof persons.$inferInsert)[] = [];
    const newBindings: NewEmploymentBindingRecord[] = [];
    const told: string[] = [];
    for (const { record, placement } of rows) {
      if (placement?.kind !== 'create') continue;
      // Created already employed here: what makeCurrent does for a person with no binding.
      const personId = crypto.randomUUID();
      newPersons.push({
        id: personId,
        name: record.name,
        gender: record.gender,
        birthDate: record.birthDate,
        idNumberCipher: cipher.encrypt(record.idNumber),
        idNumberHash: hashOf(record),
        idNumberMasked: maskIdNumber(record.idNumber),
        organisationId: unit.id,
        jurisdictionCode: unit.jurisdictionCode,
      });
      newBindings.push(bindingOf(record, personId, placement.agencyId));
    }
    try {
      await db.transaction(async (tx) => {
        for (const { record, placement } of rows) {
          if (placement?.kind !== 'bind') continue;
          if (placement.hasAccount) told.push(placement.personId);
          if (placement.confirmsPending) {
            // The person asked this unit already: the import is the unit's answer, with its data.
            const taken = await repo.takePendingBinding(tx, placement.confirmsPending, unit.id, {
              relation: record.relation,
              dispatchAgencyId: placement.agencyId,
              startedOn: record.startedOn,
            });
            if (!taken) throw new AppError('conflict', 'STAFF_IMPORT_CONFLICT', CHANGED_MEANWHILE);
            await makeCurrent(tx, taken, unit.jurisdictionCode, decided);
          } else {
            // makeCurrent ends the old binding and moves the person; the new row then goes in
            // confirmed. Inserted first as pending, it would collide with a request of the
            // person's own to another unit (one pending request per person).
            const binding = bindingOf(record, placement.personId, placement.agencyId);
            await makeCurrent(tx, binding, unit.jurisdictionCode, decided);
            newBindings.push(binding);
          }
        }
        await repo.insertPersons(tx, newPersons);
        await repo.insertBindings(tx, newBindings);
        if (told.length > 0)
          await notifications.notify(
            tx,
            told.map((personId) => ({ personId })),
            {
              title: '单位已将您登记为本单位人员',
              body: `${unit.name}已通过批量登记将您确认为本单位人员。如有误，请联系该单位或当地人社部门。`,
            },
          );
        // Counts only: the rows themselves are personal data, and phones are never kept.
        await audit.record(tx, actor.userId, {
          action: 'staff.imported',
          entityType: 'organisation',
          entityId: unit.id,
          data: {
            rows: report.rows,
            created: report.created,
            bound: report.bound,
            unchanged: report.unchanged,
            invitations: report.invitations,
          },
        });
      });
    } catch (error) {
      // Someone registered, or another import ran, between the check and the write: the unique indexes decide.
      if (isUniqueViolation(error))
        throw new AppError('conflict', 'STAFF_IMPORT_CONFLICT', CHANGED_MEANWHILE);
      throw error;
    }
  }

  /** Sends the invitations after the commit; an SMS the adapter refuses is reported on its row, not undone. */
  async function invite(unitName: string, decided: readonly DecidedStaffRow[], lines: StaffReportRow[]) {
    const queue = lines.flatMap((line, index) => (line.invitation ? [index] : []));
    const sms = invitationSms(unitName, deps.publicBaseUrl);
    let next = 0;
    const worker = async () => {
      for (let index = queue[next++]; index !== undefined; index = queue[next++]) {
        const source = decided[index]!;
        const line = lines[index]!;
        if (!source.ok) continue;
        try {
          await sender.send({ channel: 'sms', userId: null, phone: source.record.phone, ...sms });
          lines[index] = { ...line, invitation: 'sent' };
        } catch {
          lines[index] = {
            ...line,
            invitation: 'failed',
            message: `${line.message}（邀请短信发送失败，请通知本人自行注册）`,
          };
        }
      }
    };
    await Promise.all(Array.from({ length: SMS_CONCURRENCY }, worker));
  }

  return {
    /**
     * Checks an uploaded file (`dryRun`) or imports it. A file with any bad row writes nothing:
     * a check answers with the report, an import with the refusal and the report.
     */
    async importStaff(
      actor: Actor,
      bytes: Buffer,
      options: { dryRun: boolean },
    ): Promise<StaffImportOutcome> {
      const unit = await approvedUnitOf(actor);
      const checked = checkStaffRows(await readStaffFile(bytes), todayInShanghai(clock.now()));
      const known = await lookUp(checked.flatMap((c) => (c.ok ? [c.record] : [])));
      const decided: DecidedStaffRow[] = checked.map((c) => ({
        ...c,
        placement: c.ok
          ? decideStaffPlacement(c.record, unit.id, known.personOf(c.record), known.agencyOf(c.record))
          : null,
      }));
      const lines = decided.map(reportRow);
      const reportOf = (written: boolean): StaffImportReport => ({
        dryRun: options.dryRun,
        written,
        unit: { id: unit.id, name: unit.name },
        counts: countsOf(lines),
        rows: lines,
      });
      if (lines.some((line) => line.status === 'invalid')) {
        const report = reportOf(false);
        return options.dryRun ? { ok: true, report } : { ok: false, error: refusalOf(lines), report };
      }
      const changes = lines.some((line) => line.status === 'created' || line.status === 'bound');
      if (options.dryRun || !changes) return { ok: true, report: reportOf(false) };
      await write(actor, unit, decided as ValidRow[], known.hashOf, countsOf(lines));
      await invite(unit.name, decided, lines);
      return { ok: true, report: reportOf(true) };
    },

    /** The template: the header, text-formatted columns, and the rules on a second sheet. */
    async template(actor: Actor): Promise<Buffer> {
      staffImportUnitOf(actor);
      return buildStaffImportTemplate();
    },

    /** A report, as the page holds it, as a workbook for the office's files. */
    async reportWorkbook(actor: Actor, rows: readonly StaffReportRow[]): Promise<Buffer> {
      staffImportUnitOf(actor);
      return buildStaffImportReport(rows);
    },
  };
}

export type StaffImportService = ReturnType<typeof createStaffImportService>;

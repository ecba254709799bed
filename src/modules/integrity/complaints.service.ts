import type { Db } from '../../db/client';
import type { ComplaintRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { present, presentAll } from '../../domain/access/record-policy';
import { todayInShanghai } from '../../domain/calendar';
import { type FieldProblem, invalidInput } from '../../domain/errors';
import { checkPhone, isRealName, maskPhone } from '../../domain/integrity/complainant-contact';
import { complaintReference, idPrefixOfReference } from '../../domain/integrity/complaint-reference';
import { findRegion, regionFullName } from '../../domain/regions';
import type { FieldCipher } from '../../platform/crypto';
import type { StateChangeDeps } from '../audit';
import * as repo from './complaints.repository';
import {
  assertReadsIntegrity,
  type ComplaintAction,
  complaintDone,
  complaintPolicy,
  requireComplaintAbility,
} from './integrity.policy';

/** A complaint or report (投诉举报) as the public form sends it. */
export interface ComplaintInput {
  complainantName: string;
  phone: string;
  /** The region whose HR bureau is to handle it. */
  regionCode: string;
  /** What it is about: a certificate number, an application number or a person's name. */
  subject: string;
  content: string;
}

export interface ComplaintListQuery {
  status?: 'open' | 'resolved' | undefined;
  malicious?: boolean | undefined;
  /** A name, a subject, or a reference (受理编号). */
  q?: string | undefined;
  page: number;
  pageSize: number;
}

const STATUS_NAMES: Record<string, string> = { open: '待处理', resolved: '已办结' };

/** Real name and a reachable phone are required (jilin-2022 四(五)); the region must be known. */
function complaintProblems(input: ComplaintInput): { problems: FieldProblem[]; phone: string } {
  const problems: FieldProblem[] = [];
  if (!isRealName(input.complainantName))
    problems.push({
      path: 'complainantName',
      message: '须填写真实姓名（2至30个汉字或字母），不受理匿名投诉举报',
    });
  const phone = checkPhone(input.phone);
  if (!phone.valid) problems.push({ path: 'phone', message: phone.reason });
  if (!findRegion(input.regionCode))
    problems.push({ path: 'regionCode', message: '不是已收录的行政区划代码' });
  return { problems, phone: phone.valid ? phone.phone : '' };
}

function receivedOn(row: ComplaintRecord): string {
  return todayInShanghai(row.submittedAt);
}

/** A complaint as its handlers read it, the phone masked. */
function complaintView(row: ComplaintRecord) {
  return {
    id: row.id,
    reference: complaintReference(row.id, receivedOn(row)),
    complainantName: row.complainantName,
    phoneMasked: row.complainantPhoneMasked,
    regionCode: row.regionCode,
    regionName: regionFullName(row.regionCode) ?? row.regionCode,
    subject: row.subject,
    content: row.content,
    status: row.status,
    statusName: STATUS_NAMES[row.status] ?? row.status,
    outcome: row.outcome,
    malicious: row.malicious,
    sanction: row.sanction,
    submittedAt: row.submittedAt.toISOString(),
    handledAt: row.handledAt?.toISOString() ?? null,
  };
}

/**
 * Complaints and reports (投诉举报): anyone may lodge one with a real name and a phone number;
 * the HR bureau of the region resolves it or flags a malicious false report with its sanction.
 * The phone is sealed (SM4) and shown masked.
 */
export function createComplaintsService(deps: StateChangeDeps & { cipher: FieldCipher }) {
  const { db, clock, audit, cipher } = deps;

  /** A complaint the actor may take `action` on now; refused as {@link requireComplaintAbility} says. */
  async function complaintFor(actor: Actor, id: string, action: ComplaintAction): Promise<ComplaintRecord> {
    const row = await repo.findComplaint(db, id);
    requireComplaintAbility(actor, row, action);
    return row!;
  }

  /** A complaint the actor has just handled (so sees), with what they may still do with it. */
  function handled(actor: Actor, row: ComplaintRecord) {
    return present(complaintPolicy, actor, row, complaintView)!;
  }

  /**
   * Handles a complaint the actor may `ability` now, in one transaction with its audit event:
   * `write` changes it only while it can still be so handled, so one handled meanwhile is refused.
   */
  async function handle(
    actor: Actor,
    id: string,
    ability: ComplaintAction,
    change: {
      write: (
        tx: Db,
        handling: { handledBy: string; handledAt: Date },
      ) => Promise<ComplaintRecord | undefined>;
      action: string;
      data: (row: ComplaintRecord, before: ComplaintRecord) => Record<string, unknown>;
    },
  ) {
    const before = await complaintFor(actor, id, ability);
    const handledAt = clock.now();
    return db.transaction(async (tx) => {
      const row = await change.write(tx, { handledBy: actor.userId, handledAt });
      if (!row) throw complaintDone(ability);
      await audit.record(tx, actor.userId, {
        action: change.action,
        entityType: 'complaint',
        entityId: id,
        data: change.data(row, before),
      });
      return handled(actor, row);
    });
  }

  return {
    /** Where a complaint can be sent: each HR bureau's jurisdiction, for the public form. */
    async recipients() {
      const bureaus = await repo.hrBureaus(db);
      return bureaus
        .filter((b) => findRegion(b.jurisdictionCode))
        .map((b) => ({
          regionCode: b.jurisdictionCode,
          regionName: regionFullName(b.jurisdictionCode)!,
          bureauName: b.name,
        }));
    },

    /** Lodges a complaint (no login needed); a logged-in user is recorded as its sender. */
    async submit(actor: Actor | null, input: ComplaintInput) {
      const { problems, phone } = complaintProblems(input);
      if (problems.length > 0) throw invalidInput(problems, 'COMPLAINT_INVALID');
      const now = clock.now();
      return db.transaction(async (tx) => {
        const row = await repo.insertComplaint(tx, {
          complainantName: input.complainantName.trim(),
          complainantPhoneCipher: cipher.encrypt(phone),
          complainantPhoneMasked: maskPhone(phone),
          regionCode: input.regionCode,
          subject: input.subject.trim(),
          content: input.content.trim(),
          submittedBy: actor?.userId ?? null,
          submittedAt: now,
        });
        await audit.record(tx, actor?.userId ?? null, {
          action: 'complaint.received',
          entityType: 'complaint',
          entityId: row.id,
          data: { regionCode: row.regionCode, subject: row.subject },
        });
        return {
          id: row.id,
          reference: complaintReference(row.id, receivedOn(row)),
          receivedAt: row.submittedAt.toISOString(),
          regionName: regionFullName(row.regionCode) ?? row.regionCode,
        };
      });
    },

    /** Complaints addressed to the actor's jurisdiction, phones masked, each with what the actor may do. */
    async list(actor: Actor, query: ComplaintListQuery) {
      assertReadsIntegrity(actor);
      const idPrefix = query.q ? (idPrefixOfReference(query.q) ?? undefined) : undefined;
      const { items, total } = await repo.listComplaints(
        db,
        {
          regionPrefix: complaintPolicy.scopeOf(actor),
          status: query.status,
          malicious: query.malicious,
          q: query.q,
          idPrefix,
        },
        { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      );
      return {
        items: presentAll(complaintPolicy, actor, items, complaintView),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** Records the outcome of an open complaint (办结), once. */
    resolve(actor: Actor, id: string, input: { outcome: string }) {
      return handle(actor, id, 'resolve', {
        write: (tx, handling) =>
          repo.resolveOpenComplaint(tx, id, { outcome: input.outcome.trim(), ...handling }),
        action: 'complaint.resolved',
        data: (row) => ({ regionCode: row.regionCode }),
      });
    },

    /**
     * Flags a malicious false report (恶意举报) with its sanction; an open one is closed by it.
     * Flagging twice is refused: the sanction on record is the one decided.
     */
    flagMalicious(actor: Actor, id: string, input: { sanction: string }) {
      return handle(actor, id, 'flag-malicious', {
        write: (tx, handling) =>
          repo.flagComplaintMalicious(tx, id, {
            sanction: input.sanction.trim(),
            outcomeIfOpen: '经核查，举报内容不实，系恶意举报',
            ...handling,
          }),
        action: 'complaint.flagged-malicious',
        data: (row, before) => ({ regionCode: row.regionCode, closed: before.status === 'open' }),
      });
    },
  };
}

export type ComplaintsService = ReturnType<typeof createComplaintsService>;

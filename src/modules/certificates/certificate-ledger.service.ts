import type { Db } from '../../db/client';
import type { CertificateRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { todayInShanghai } from '../../domain/calendar/calendar-date';
import { committeeCodeOf, IMPORTED_COMMITTEE_CODE } from '../../domain/certificates';
import { AppError, invalidInput, notFound } from '../../domain/errors';
import type { Clock } from '../../platform/clock';
import type { AuditLog } from '../audit';
import { committeesOfOffice, findCommittee } from '../committees';
import { findPerson } from '../people';
import { personIdOfUser } from '../profile';
import { allocateCertificateNumbers } from './certificate-numbering.repository';
import { revokeCertificates } from './certificate-revocation';
import { ledgerEntryView } from './certificate-view';
import { type LedgerAction, ledgerActions, ledgerScope, type OfficeCommittees } from './certificates.policy';
import * as repo from './certificates.repository';

export interface LedgerQuery extends repo.LedgerFilter {
  page: number;
  pageSize: number;
  sort: repo.LedgerSort;
}

const EVENT_NAMES: Record<string, string> = {
  issued: '签发',
  imported: '历史数据导入',
  replaced: '补换签发',
  voided: '作废（已补换）',
  revoked: '撤销',
};

function reasonOf(text: string, path: string, what: string): string {
  const value = text.trim();
  if (value.length < 4) throw invalidInput([{ path, message: `请写明${what}（不少于4个字）` }]);
  return value;
}

/**
 * The certificate ledger (2025-draft #17): the jurisdiction's list of issued, replaced and
 * revoked certificates, each with its history, and the holder's own certificates.
 */
export function createCertificateLedger(deps: { db: Db; clock: Clock; audit: AuditLog }) {
  const { db, clock, audit } = deps;

  async function officeCommittees(actor: Actor): Promise<OfficeCommittees> {
    if (!actor.roles.includes('committee-office') || !actor.organisationId) return new Set();
    const rows = await committeesOfOffice(db, actor.organisationId);
    return new Set(rows.map((r) => r.id));
  }

  /** The keyed hash of an applicant's ID number: certificates are the holder's by it, imported ones too. */
  async function holderHashOf(actor: Actor): Promise<string | null> {
    if (!actor.roles.includes('applicant')) return null;
    const personId = await personIdOfUser(db, actor.userId);
    const person = personId ? await findPerson(db, personId) : undefined;
    return person?.idNumberHash ?? null;
  }

  /** The entry and what the actor may do with it; "not found" outside the actor's ledger. */
  async function load(
    actor: Actor,
    id: string,
  ): Promise<{ cert: CertificateRecord; actions: LedgerAction[] }> {
    const cert = await repo.findCertificate(db, id);
    const actions = cert ? ledgerActions(actor, cert, await officeCommittees(actor)) : null;
    if (!cert || !actions) throw notFound('职称证书', 'CERTIFICATE_NOT_FOUND');
    return { cert, actions };
  }

  function must(actions: LedgerAction[], action: LedgerAction, cert: CertificateRecord, what: string) {
    if (cert.status !== 'valid')
      throw new AppError(
        'conflict',
        'CERTIFICATE_NOT_VALID',
        `证书${cert.number}已${cert.status === 'revoked' ? '撤销' : '作废'}，不能${what}`,
      );
    if (!actions.includes(action))
      throw new AppError('forbidden', 'CERTIFICATE_ACTION_FORBIDDEN', `当前账号无权${what}该证书`);
  }

  return {
    async list(actor: Actor, query: LedgerQuery) {
      const scope = ledgerScope(actor, await officeCommittees(actor));
      const { page, pageSize, sort, ...filter } = query;
      const [{ rows, total }, counts] = await Promise.all([
        repo.listLedger(db, scope, filter, { page, pageSize, sort }),
        repo.ledgerCounts(db, scope, filter),
      ]);
      return { items: rows.map(ledgerEntryView), total, page, pageSize, counts };
    },

    async get(actor: Actor, id: string) {
      const { cert, actions } = await load(actor, id);
      const [events, replaces, importJob] = await Promise.all([
        repo.eventsOf(db, cert.id),
        cert.replacesId ? repo.findCertificate(db, cert.replacesId) : Promise.resolve(undefined),
        cert.importJobId ? repo.importJobOf(db, cert.importJobId) : Promise.resolve(undefined),
      ]);
      // An import writes one job, not an event per row: its history starts with that job.
      const imported = importJob
        ? [
            {
              kind: 'imported',
              name: EVENT_NAMES.imported as string,
              reason: null,
              authority: null,
              data: { fileName: importJob.fileName, importJobId: importJob.id },
              at: (importJob.finishedAt ?? importJob.startedAt).toISOString(),
            },
          ]
        : [];
      return {
        ...ledgerEntryView(cert),
        replacesNumber: replaces?.number ?? null,
        actions,
        events: [
          ...imported,
          ...events.map((e) => ({
            kind: e.kind,
            name: EVENT_NAMES[e.kind] ?? e.kind,
            reason: e.reason,
            authority: e.authority,
            data: e.data,
            at: e.at.toISOString(),
          })),
        ],
      };
    },

    /** The certificate for a download: by its holder, or by staff whose ledger holds it. */
    async forDownload(actor: Actor, id: string): Promise<CertificateRecord> {
      const cert = await repo.findCertificate(db, id);
      if (!cert) throw notFound('职称证书', 'CERTIFICATE_NOT_FOUND');
      const own = (await holderHashOf(actor)) === cert.holderIdHash;
      const actions = own ? ['download'] : ledgerActions(actor, cert, await officeCommittees(actor));
      if (!actions) throw notFound('职称证书', 'CERTIFICATE_NOT_FOUND');
      if (cert.status !== 'valid')
        throw new AppError(
          'conflict',
          'CERTIFICATE_NOT_VALID',
          `证书${cert.number}已${cert.status === 'revoked' ? '撤销' : '作废'}，不再提供电子证书下载`,
        );
      return cert;
    },

    /** The applicant's own certificates, issued here or imported from the archive, by ID number. */
    async mine(actor: Actor) {
      const idHash = await holderHashOf(actor);
      if (!idHash) return { items: [] };
      const rows = await repo.certificatesOfHolder(db, idHash);
      return {
        items: rows.map((c) => ({
          ...ledgerEntryView(c),
          actions: c.status === 'valid' ? ['download'] : [],
        })),
      };
    },

    /** 补换: a new number for the same title; the old certificate is voided in the same transaction. */
    async replace(actor: Actor, id: string, input: { reason: string }) {
      const { cert, actions } = await load(actor, id);
      must(actions, 'replace', cert, '补换');
      const reason = reasonOf(input.reason, 'reason', '补换原因');
      const today = todayInShanghai(clock.now());
      const committee = cert.committeeId ? await findCommittee(db, cert.committeeId) : undefined;
      return db.transaction(async (tx) => {
        const [voided] = await repo.endValidCertificates(tx, [cert.id], {
          status: 'voided',
          revokedOn: today,
          revokedReason: `已补换：${reason}`,
        });
        if (!voided) throw new AppError('conflict', 'CERTIFICATE_CHANGED', '证书已被他人处理，请刷新后重试');
        // The new number stays in the original block, so it still says where and when the title was conferred.
        const [number] = await allocateCertificateNumbers(
          tx,
          {
            regionCode: cert.regionCode,
            year: Number(cert.issuedOn.slice(0, 4)),
            committeeCode: committee ? committeeCodeOf(committee.serial) : IMPORTED_COMMITTEE_CODE,
          },
          1,
        );
        const { id: _id, createdAt: _c, ...rest } = cert;
        const [created] = await repo.insertCertificates(tx, [
          {
            ...rest,
            number: number as string,
            status: 'valid',
            importKey: null,
            replacesId: cert.id,
            revokedOn: null,
            revokedReason: null,
            revokedAuthority: null,
          },
        ]);
        const fresh = created as CertificateRecord;
        await repo.insertCertificateEvents(tx, [
          {
            certificateId: cert.id,
            kind: 'voided',
            reason,
            actorId: actor.userId,
            data: { newNumber: fresh.number },
          },
          {
            certificateId: fresh.id,
            kind: 'replaced',
            reason,
            actorId: actor.userId,
            data: { oldNumber: cert.number },
          },
        ]);
        await audit.record(tx, actor.userId, {
          action: 'certificate.replaced',
          entityType: 'certificate',
          entityId: fresh.id,
          data: { oldNumber: cert.number, newNumber: fresh.number },
        });
        return { id: fresh.id, number: fresh.number, oldNumber: cert.number };
      });
    },

    /** Revocation by the HR bureau, with the reason and the authority's decision. */
    async revoke(actor: Actor, id: string, input: { reason: string; authority: string }) {
      const { cert, actions } = await load(actor, id);
      must(actions, 'revoke', cert, '撤销');
      const reason = reasonOf(input.reason, 'reason', '撤销原因');
      const authority = input.authority.trim();
      if (authority.length < 4)
        throw invalidInput([{ path: 'authority', message: '请写明作出撤销决定的机关及文号' }]);
      const revokedOn = todayInShanghai(clock.now());
      return db.transaction(async (tx) => {
        const done = await revokeCertificates(tx, { audit }, actor.userId, [cert.id], {
          reason,
          authority,
          revokedOn,
        });
        if (done.length === 0)
          throw new AppError('conflict', 'CERTIFICATE_CHANGED', '证书已被他人处理，请刷新后重试');
        return { id: cert.id, number: cert.number, status: 'revoked' as const, revokedOn };
      });
    },
  };
}

export type CertificateLedger = ReturnType<typeof createCertificateLedger>;

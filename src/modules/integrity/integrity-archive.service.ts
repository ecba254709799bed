import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { todayInShanghai } from '../../domain/calendar';
import { AppError, invalidInput, notFound } from '../../domain/errors';
import { maskIdNumber, validateIdNumber } from '../../domain/identifiers';
import { bannedUntilOf } from '../../domain/integrity/ban-period';
import { parameterOf } from '../../domain/policy/parameter-values';
import { unprocessableProblems } from '../../domain/unprocessable-problems';
import type { Clock } from '../../platform/clock';
import type { FieldCipher } from '../../platform/crypto';
import { listWorkbook } from '../../platform/excel';
import type { AuditLog } from '../audit';
import { revokeCertificates } from '../certificates';
import { findOrganisation } from '../organisations';
import { policyForPlace } from '../policy';
import { FINDING_COLUMNS, findingDetail, findingView } from './finding-view';
import { certificateProblems, type FraudFindingInput, findingInputProblems } from './fraud-finding-input';
import {
  archiveActionsOf,
  assertChecksBans,
  assertReadsIntegrity,
  assertRecordsFindings,
  assertRecordsFindingsIn,
  findingPolicy,
} from './integrity.policy';
import * as repo from './integrity.repository';

export interface FindingListQuery {
  q?: string | undefined;
  /** Only those whose ban still holds today. */
  bannedNow?: boolean | undefined;
  page: number;
  pageSize: number;
}

/** The revoked-by column holds 100 characters: the decision number is kept whole, the name shortened. */
function authorityOf(organisationName: string, decisionNumber: string): string {
  const room = 100 - decisionNumber.length - 1;
  return `${organisationName.slice(0, Math.max(0, room))} ${decisionNumber}`;
}

/**
 * The integrity archive (诚信档案库): fraud findings recorded by an HR bureau, which revoke the
 * titles obtained by fraud and ban applications for the configured years (national: 3). The
 * person is known by the keyed hash of the ID number; the number itself is sealed and masked.
 */
export function createIntegrityArchive(deps: { db: Db; clock: Clock; audit: AuditLog; cipher: FieldCipher }) {
  const { db, clock, audit, cipher } = deps;

  /** The recording bureau: the finding names it as the authority, so the account must belong to one. */
  async function bureauOf(actor: Actor) {
    const bureau = actor.organisationId ? await findOrganisation(db, actor.organisationId) : undefined;
    if (bureau?.kind !== 'hr-bureau')
      throw new AppError('forbidden', 'FINDING_FORBIDDEN', '须以人社部门机构账号认定弄虚作假行为');
    return bureau;
  }

  /** Checks everything a finding needs before its transaction opens; returns what it will write. */
  async function prepare(actor: Actor, input: FraudFindingInput) {
    assertRecordsFindings(actor);
    const today = todayInShanghai(clock.now());
    const { problems, numbers } = findingInputProblems(input, today);
    if (problems.length > 0) throw invalidInput(problems, 'FINDING_INVALID');
    assertRecordsFindingsIn(actor, input.regionCode);
    const bureau = await bureauOf(actor);
    const idNumber = input.idNumber.trim().toUpperCase();
    const idHash = cipher.lookupHash(idNumber);
    const decisionNumber = input.decisionNumber.trim();
    if (await repo.findingByDecision(db, idHash, decisionNumber))
      throw new AppError('conflict', 'FINDING_EXISTS', `该人员依据${decisionNumber}的认定已记入诚信档案`, [
        { path: 'decisionNumber', message: '该决定已记录' },
      ]);
    const ledger = await repo.certificatesByNumbers(db, numbers);
    const refused = certificateProblems(numbers, ledger, idHash, actor.jurisdictionCode);
    if (refused.length > 0) throw unprocessableProblems('CERTIFICATE_NOT_REVOCABLE', '不能撤销', refused);
    // The rule in force where and when the decision was taken, not when it is typed in.
    const ban = parameterOf(policyForPlace(input.regionCode, input.decidedOn), 'fraud.banYears');
    const banYears = ban.value;
    return {
      bureau,
      numbers,
      certificateIds: numbers.map((n) => ledger.find((c) => c.number === n)!.id),
      row: {
        personName: input.personName.trim(),
        personIdCipher: cipher.encrypt(idNumber),
        personIdHash: idHash,
        personIdMasked: maskIdNumber(idNumber),
        regionCode: input.regionCode,
        authorityOrganisationId: bureau.id,
        authorityName: bureau.name,
        decisionNumber,
        decidedOn: input.decidedOn,
        facts: input.facts.trim(),
        evidence: input.evidence.trim(),
        banYears,
        bannedUntil: bannedUntilOf(input.decidedOn, banYears),
        citation: ban.citation,
        revokedCertificates: numbers,
        recordedBy: actor.userId,
        recordedAt: clock.now(),
      },
    };
  }

  /** A finding the actor may read; "not found" outside their jurisdiction. */
  async function visibleFinding(actor: Actor, id: string) {
    assertReadsIntegrity(actor);
    const row = await repo.findFinding(db, id);
    if (!row || !findingPolicy.abilitiesOf(actor, row)) throw notFound('失信行为记录', 'FINDING_NOT_FOUND');
    return row;
  }

  const service = {
    /**
     * Records a finding: the finding itself, the revocation of every title it names and the
     * audit event, all in one transaction — either the person is in the archive with those
     * titles revoked, or nothing changed.
     */
    async record(actor: Actor, input: FraudFindingInput) {
      const { bureau, numbers, certificateIds, row } = await prepare(actor, input);
      return db.transaction(async (tx) => {
        const finding = await repo.insertFinding(tx, row);
        const revoked = await revokeCertificates(tx, { audit }, actor.userId, certificateIds, {
          reason: `弄虚作假取得职称，依据${row.decisionNumber}撤销`,
          authority: authorityOf(bureau.name, row.decisionNumber),
          revokedOn: row.decidedOn,
        });
        // Another request revoked one of them since the check: refuse rather than record half.
        if (revoked.length !== certificateIds.length)
          throw new AppError('conflict', 'CERTIFICATE_ALREADY_REVOKED', '所列证书已被撤销，请刷新后重新核对');
        await audit.record(tx, actor.userId, {
          action: 'integrity.finding-recorded',
          entityType: 'fraud-finding',
          entityId: finding.id,
          data: {
            regionCode: row.regionCode,
            decisionNumber: row.decisionNumber,
            decidedOn: row.decidedOn,
            banYears: row.banYears,
            bannedUntil: row.bannedUntil,
            revokedCertificates: numbers,
          },
        });
        return {
          id: finding.id,
          banYears: finding.banYears,
          bannedUntil: finding.bannedUntil,
          citation: finding.citation,
          revokedCertificates: numbers,
        };
      });
    },

    /** The archive of the actor's jurisdiction, newest decision first, ID numbers masked. */
    async list(actor: Actor, query: FindingListQuery) {
      assertReadsIntegrity(actor);
      const today = todayInShanghai(clock.now());
      const { items, total } = await repo.listFindings(
        db,
        {
          regionPrefix: findingPolicy.scopeOf(actor),
          q: query.q,
          bannedOn: query.bannedNow ? today : undefined,
        },
        { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      );
      return {
        items: items.map((f) => findingView(f, today)),
        total,
        page: query.page,
        pageSize: query.pageSize,
        actions: archiveActionsOf(actor),
      };
    },

    async get(actor: Actor, id: string) {
      return findingDetail(await visibleFinding(actor, id), todayInShanghai(clock.now()));
    },

    /** The filtered archive as an .xlsx 一览表 (all pages), masked like the screen. */
    async exportXlsx(actor: Actor, query: Omit<FindingListQuery, 'page' | 'pageSize'>) {
      return listWorkbook('失信行为记录', FINDING_COLUMNS, (everyRow) =>
        service.list(actor, { ...query, ...everyRow }),
      );
    },

    /**
     * Whether a person is banned now, by ID number, across every region — a ban holds
     * wherever it was decided. Answers with the last banned day and how many findings exist.
     */
    async banCheck(actor: Actor, idNumberInput: string) {
      assertChecksBans(actor);
      const today = todayInShanghai(clock.now());
      const idNumber = idNumberInput.trim().toUpperCase();
      const id = validateIdNumber(idNumber, today);
      if (!id.valid) throw invalidInput([{ path: 'idNumber', message: id.reason }]);
      const hash = cipher.lookupHash(idNumber);
      const [bannedUntil, findings] = await Promise.all([
        repo.archiveBanOf(db, hash, today),
        repo.findingCountOf(db, hash),
      ]);
      return {
        idNumberMasked: maskIdNumber(idNumber),
        banned: bannedUntil !== null,
        bannedUntil,
        findings,
        today,
      };
    },
  };
  return service;
}

export type IntegrityArchive = ReturnType<typeof createIntegrityArchive>;

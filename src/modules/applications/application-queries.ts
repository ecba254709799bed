import type { Db } from '../../db/client';
import type { ApplicationRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { present, presentAll } from '../../domain/access/record-policy';
import { ROLES } from '../../domain/access/roles';
import { COMMITMENT_TEXTS, type CommitmentKind } from '../../domain/applications/commitment-texts';
import type { AttachmentKind } from '../../domain/attachments/file-type';
import { todayInShanghai } from '../../domain/calendar';
import { notFound } from '../../domain/errors';
import type { Applicant } from '../../domain/policy';
import { checkedPosts } from '../../domain/posts/person-post-facts';
import { startingTitles } from '../../domain/profile/title-verification';
import { APPLICATION_STATES, type ApplicationState } from '../../domain/workflow/application-states';
import type { Clock } from '../../platform/clock';
import { listWorkbook } from '../../platform/excel';
import type { AttachmentsService } from '../attachments';
import { listAttachments } from '../attachments';
import { findCommittee } from '../committees';
import { findOrganisation } from '../organisations';
import { findPerson } from '../people';
import { recordedPostsOf } from '../posts';
import { findProfile, titleEvidenceOf, titleVerificationView } from '../profile';
import { noticesOf, objectionsOf } from '../publicity';
import { renderApplicationForm } from './application-form-pdf';
import { APPLICATION_COLUMNS, applicationSummary, eligibilityOf, policyOf } from './application-view';
import {
  type ApplicationAccessRecord,
  type ApplicationAction,
  applicationPolicy,
  handlesObjections,
  listAbilitiesOf,
  rolesOnRecord,
} from './applications.policy';
import * as repo from './applications.repository';
import { type ApplicationsService, actorPersonIdOf } from './applications.service';

interface ApplicationListQuery extends repo.ApplicationFilter {
  page: number;
  pageSize: number;
  sort: string;
}

/** A list row as the policy judges it, with the names the list shows. */
type ListedApplication = ApplicationAccessRecord & { personName: string; employerName: string };

/** unit 单位公示 | dispatch 派遣单位公示 | result 结果公示: the notices' kinds as stored. */
type NoticeKind = 'unit' | 'dispatch' | 'result';

/** Reading applications: the detail a reviewer works from, queues, the 一览表 export. */
export function createApplicationQueries(deps: {
  db: Db;
  applications: Pick<ApplicationsService, 'visible'>;
  attachments: Pick<AttachmentsService, 'contentOf'>;
  clock: Clock;
}) {
  const { db } = deps;

  /** The detail of an application the caller may see (the check is the caller's). */
  async function detailOf(actor: Actor, app: ApplicationRecord) {
    const [
      person,
      profile,
      employer,
      agency,
      department,
      committee,
      events,
      commitments,
      notices,
      objections,
      files,
    ] = await Promise.all([
      findPerson(db, app.personId),
      findProfile(db, app.personId),
      findOrganisation(db, app.employerId),
      app.dispatchAgencyId ? findOrganisation(db, app.dispatchAgencyId) : undefined,
      app.departmentId ? findOrganisation(db, app.departmentId) : undefined,
      app.committeeId ? findCommittee(db, app.committeeId) : undefined,
      repo.eventsOf(db, app.id),
      repo.commitmentsOf(db, app.id),
      noticesOf(db, app.id),
      objectionsOf(db, app.id),
      listAttachments(db, app.personId),
    ]);
    // The titles as the person declares them now, each marked verified or declared, as the 评审表 prints them.
    const evidence = person ? await titleEvidenceOf(db, person) : { records: [], revoked: [] };
    const titles = profile ? ((profile.data as Partial<Applicant>).titles ?? []) : startingTitles(evidence);
    // The posts as eligibility reads them today: recorded ones verified, typed ones the records leave unverified.
    const recorded = await recordedPostsOf(db, [app.personId], todayInShanghai(deps.clock.now()));
    const posts = checkedPosts(
      (profile?.data as Partial<Applicant> | undefined)?.posts ?? [],
      recorded.get(app.personId) ?? [],
    );
    const record: ApplicationAccessRecord = {
      ...app,
      actorPersonId: await actorPersonIdOf(db, actor),
      committeeOfficeId: committee?.officeOrganisationId ?? null,
    };
    const attached = new Set(app.attachmentIds);
    // Objections carry a complainant's name and contact: only the unit or office handling them sees those.
    const handles = (publisherId: string) => handlesObjections(actor, record, publisherId);
    // The caller found it in scope; a record the policy still refuses is a disagreement, told "not found".
    const presented = present(applicationPolicy, actor, record, () => ({
      ...applicationSummary(app, { personName: person?.name ?? '', employerName: employer?.name ?? '' }),
      idNumberMasked: person?.idNumberMasked ?? '',
      dispatchAgencyName: agency?.name ?? null,
      departmentName: department?.name ?? null,
      committee: committee ? { id: committee.id, name: committee.name, entrusted: app.entrusted } : null,
      policy: policyOf(app),
      eligibility: eligibilityOf(app),
      applicant: { titles, posts },
      verification: titleVerificationView(titles, evidence),
      lastReason: app.lastReason,
      returnedByCommittee: app.returnedByCommittee,
      attachments: files
        .filter((f) => attached.has(f.id))
        .map((f) => ({
          id: f.id,
          kind: f.kind as AttachmentKind,
          fileName: f.fileName,
          contentType: f.contentType,
          size: f.size,
          sm3: f.sm3,
        })),
      commitments: commitments.map((c) => ({
        kind: c.kind as CommitmentKind,
        title: COMMITMENT_TEXTS[c.kind as 'personal' | 'unit']?.title ?? c.kind,
        textVersion: c.textVersion,
        textSm3: c.textSm3,
        signedBy: c.signedBy ?? '',
        signedAt: c.signedAt.toISOString(),
      })),
      publicity: notices.map((n) => ({
        id: n.id,
        kind: n.kind as NoticeKind,
        startsOn: n.startsOn,
        endsOn: n.endsOn,
      })),
      objections: objections.map(({ objection: o, noticeKind, noticeOrganisationId }) => ({
        id: o.id,
        noticeKind: noticeKind as NoticeKind,
        status: o.status as 'open' | 'upheld' | 'dismissed',
        content: o.content,
        outcome: o.outcome,
        createdAt: o.createdAt.toISOString(),
        handledAt: o.handledAt?.toISOString() ?? null,
        complainantName: handles(noticeOrganisationId) ? o.complainantName : null,
        contact: handles(noticeOrganisationId) ? o.contact : null,
        canResolve: o.status === 'open' && handles(noticeOrganisationId),
      })),
      timeline: events.map((e) => ({
        event: e.event,
        toState: e.toState as ApplicationState,
        toStateName: APPLICATION_STATES[e.toState as ApplicationState] ?? e.toState,
        actorRoleName: e.actorRole ? (ROLES[e.actorRole as keyof typeof ROLES] ?? e.actorRole) : '系统',
        actorName: e.actorName ?? '',
        organisationName: e.organisationName,
        reason: e.reason,
        occurredAt: e.occurredAt.toISOString(),
      })),
      roles: rolesOnRecord(actor, record),
    }));
    if (!presented) throw notFound('申报', 'APPLICATION_NOT_FOUND');
    return presented;
  }

  const queries = {
    async get(actor: Actor, id: string) {
      return detailOf(actor, await deps.applications.visible(actor, id));
    },

    async list(actor: Actor, query: ApplicationListQuery) {
      const scope = applicationPolicy.scopeOf(actor);
      const actions = listAbilitiesOf(actor);
      if (!scope) return { items: [], total: 0, page: query.page, pageSize: query.pageSize, actions };
      const descending = query.sort.startsWith('-');
      const field = (descending ? query.sort.slice(1) : query.sort) as repo.ApplicationSort;
      const { rows, total } = await repo.listApplications(
        db,
        scope,
        query,
        { field, descending },
        (query.page - 1) * query.pageSize,
        query.pageSize,
      );
      // Each row carries the steps this user may take on it, as the detail does (DESIGN rule 4).
      const actorPersonId = await actorPersonIdOf(db, actor);
      return {
        items: presentAll<ListedApplication, ApplicationAction, ReturnType<typeof applicationSummary>>(
          applicationPolicy,
          actor,
          rows.map(({ application, personName, employerName, committeeOfficeId }) => ({
            ...application,
            actorPersonId,
            committeeOfficeId,
            personName,
            employerName,
          })),
          (record) => applicationSummary(record, record),
        ),
        total,
        page: query.page,
        pageSize: query.pageSize,
        actions,
      };
    },

    /** 申报人员一览表 as .xlsx, with the list's filters. */
    async exportXlsx(actor: Actor, query: Omit<ApplicationListQuery, 'page' | 'pageSize'>) {
      return listWorkbook('申报人员一览表', APPLICATION_COLUMNS, (everyRow) =>
        queries.list(actor, { ...query, ...everyRow }),
      );
    },

    /** The 评审表 as PDF, from the detail the caller may see and the stored profile. */
    async formPdf(actor: Actor, id: string) {
      const app = await deps.applications.visible(actor, id);
      const detail = await detailOf(actor, app);
      const profile = await findProfile(db, app.personId);
      const bytes = await renderApplicationForm(detail, (profile?.data as Partial<Applicant>) ?? null);
      return { bytes, number: detail.number };
    },

    /** A file attached to an application, for anyone who may see the application. */
    async attachment(actor: Actor, id: string, attachmentId: string) {
      const app = await deps.applications.visible(actor, id);
      if (!app.attachmentIds.includes(attachmentId)) throw notFound('附件');
      return deps.attachments.contentOf(app.personId, attachmentId);
    },
  };
  return queries;
}

export type ApplicationQueries = ReturnType<typeof createApplicationQueries>;

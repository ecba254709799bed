import crypto from 'node:crypto';
import type { Db } from '../../db/client';
import { insertTogether, type PendingInsert } from '../../db/insert-together';
import type { ApplicationRecord, OrganisationRecord, PersonRecord } from '../../db/schema';
import { isUniqueViolation } from '../../db/unique-violation';
import type { Actor } from '../../domain/access/actor';
import { duplicateApplication } from '../../domain/applications/blocking-rules';
import { type ClaimsInUse, quotaClaims } from '../../domain/applications/recommender-quotas';
import { targetTitle } from '../../domain/applications/target-title';
import { todayInShanghai } from '../../domain/calendar';
import { notFound } from '../../domain/errors';
import type { Applicant } from '../../domain/policy';
import type { Transition } from '../../domain/workflow/application-transitions';
import { createBatcher, type Settled } from '../../platform/batcher';
import type { Clock } from '../../platform/clock';
import { attachmentsByIds, insertAttachments, type KeptFile, uploadedAudit } from '../attachments';
import type { AuditEntry, AuditLog } from '../audit';
import { archiveBansOf } from '../integrity';
import type { NotificationsService } from '../notifications';
import { findOrganisationsByIds } from '../organisations';
import { recordedPostsOf } from '../posts';
import { findProfiles, personsOfUsers } from '../profile';
import { batchedWrites, type EffectPlan, planEffects } from './application-effects';
import { timelineEntry, transitionAudit } from './application-transition';
import { applicationReceipt } from './application-view';
import * as repo from './applications.repository';
import {
  type ApplicationDraft,
  applicationRow,
  type PreparedApplication,
  prepareApplication,
  refusal,
  submitTransition,
} from './filing-assessment';
import { filingRequestDigest, idempotencyKeyReused, sameFilingRequest } from './filing-request-digest';

export interface CreateOptions {
  idempotencyKey: string;
  /** Submit at once (with the personal commitment) rather than keep a draft. */
  submit: boolean;
  personalCommitment: boolean;
}

export interface FilingRequest {
  actor: Actor;
  draft: ApplicationDraft;
  options: CreateOptions;
  /**
   * Files sent with the filing, checked and already in the store: their rows are written
   * with the application, in its transaction, and named by it after `draft.attachmentIds`.
   */
  files?: KeptFile[];
}

export interface Filed {
  receipt: ReturnType<typeof applicationReceipt>;
  /** False when the idempotency key had already filed this application (a retry). */
  created: boolean;
}

interface Accepted {
  index: number;
  request: FilingRequest;
  /** The request's draft, naming the files sent with it too. */
  draft: ApplicationDraft;
  files: (KeptFile & { id: string })[];
  person: PersonRecord;
  prepared: PreparedApplication;
  /** The workflow's `submit`, when the filing submits at once; null for a draft. */
  submit: Transition | null;
  /** Of the request, kept with its idempotency key (filing-request-digest.ts). */
  digest: string;
}

/** An accepted filing with its row and, submitting at once, what the submit step's effects plan. */
type Planned = Accepted & {
  row: ApplicationRecord;
  submission: { submit: Transition; plan: EffectPlan } | null;
};

const unique = <T>(values: (T | null | undefined)[]) => [...new Set(values.filter((v) => v != null))] as T[];

const isLive = (app: ApplicationRecord) => !repo.ENDED_BEFORE_REVIEW.includes(app.state);

/**
 * Filing (申报提交) in batches — group commit. Everyone submits in the last hour before a
 * deadline: filings that arrive together are checked together and written together, so a
 * batch of fifty costs a handful of statements instead of fifty transactions of twenty.
 * Each filing is still judged on its own (its own refusal, its own receipt), every row is
 * written with its timeline entry, commitment, notices and audit events in one transaction,
 * and the idempotency key and the one-per-series index keep a retry or a race from doubling.
 */
export function createApplicationFiler(deps: {
  db: Db;
  clock: Clock;
  audit: Pick<AuditLog, 'prepareAll'>;
  notifications: Pick<NotificationsService, 'prepareAll'>;
}) {
  const { db, clock } = deps;

  async function fileBatch(requests: FilingRequest[]): Promise<Settled<Filed>[]> {
    const now = clock.now();
    const today = todayInShanghai(now);
    const year = Number(today.slice(0, 4));
    const outcomes: Settled<Filed>[] = new Array(requests.length);
    const people = new Map(
      (await personsOfUsers(db, unique(requests.map((r) => r.actor.userId)))).map((r) => [
        r.userId,
        r.person,
      ]),
    );
    // One filing per person per batch: a second (a double click, or another series) waits for
    // the next batch and is judged knowing the first, as if filed a moment later.
    const first: number[] = [];
    const later: number[] = [];
    const seen = new Set<string>();
    requests.forEach((request, index) => {
      const person = people.get(request.actor.userId);
      if (!person)
        outcomes[index] = {
          ok: false,
          error: notFound('与当前账号关联的专业技术人员档案', 'PROFILE_NOT_FOUND'),
        };
      else if (seen.has(person.id)) later.push(index);
      else {
        seen.add(person.id);
        first.push(index);
      }
    });
    const personOf = (index: number) => people.get(requests[index]!.actor.userId)!;
    const persons = first.map(personOf);
    const [profiles, organisations, earlier, owners, bans, posts] = await Promise.all([
      findProfiles(
        db,
        persons.map((p) => p.id),
      ),
      findOrganisationsByIds(
        db,
        unique([
          ...persons.map((p) => p.organisationId),
          ...first.map((i) => requests[i]!.draft.dispatchAgencyId),
        ]),
      ),
      repo.applicationsForFiling(
        db,
        persons.map((p) => p.id),
        year,
        first.map((i) => requests[i]!.options.idempotencyKey),
      ),
      attachmentsByIds(db, unique(first.flatMap((i) => requests[i]!.draft.attachmentIds))),
      archiveBansOf(
        db,
        persons.map((p) => p.idNumberHash),
        today,
      ),
      recordedPostsOf(
        db,
        persons.map((p) => p.id),
        today,
      ),
    ]);
    const profileOf = new Map(profiles.map((p) => [p.personId, p]));
    const organisationOf = new Map<string, OrganisationRecord>(organisations.map((o) => [o.id, o]));
    const ownerOf = new Map(owners.map((a) => [a.id, a.personId]));
    const earlierOf = new Map<string, ApplicationRecord[]>();
    for (const app of earlier) earlierOf.set(app.personId, [...(earlierOf.get(app.personId) ?? []), app]);
    /** Adds the units not yet known (an earlier application's former employer), in one query. */
    const learnOrganisations = async (ids: string[]) => {
      const missing = unique(ids.filter((id) => !organisationOf.has(id)));
      if (missing.length === 0) return;
      for (const o of await findOrganisationsByIds(db, missing)) organisationOf.set(o.id, o);
    };
    await learnOrganisations(earlier.map((a) => a.employerId));
    // Who else uses the recommenders and awards these profiles name; filings accepted below
    // join them, so two in one batch count against each other as two in a row would.
    const inUse: ClaimsInUse[] = await repo.claimsInUse(
      db,
      profiles.flatMap((p) => quotaClaims((p.data as Applicant).achievements ?? [])),
      year,
    );
    const receiptOf = (app: ApplicationRecord, person: PersonRecord): Filed['receipt'] =>
      applicationReceipt(app, {
        personName: person.name,
        employerName: organisationOf.get(app.employerId)?.name ?? '',
      });

    const accepted: Accepted[] = [];
    for (const index of first) {
      const request = requests[index]!;
      const person = personOf(index);
      const mine = earlierOf.get(person.id) ?? [];
      const digest = filingRequestDigest(request);
      const same = mine.find((a) => a.idempotencyKey === request.options.idempotencyKey);
      if (same) {
        outcomes[index] = sameFilingRequest(same, digest)
          ? { ok: true, value: { receipt: receiptOf(same, person), created: false } }
          : { ok: false, error: idempotencyKeyReused(request.options.idempotencyKey) };
        continue;
      }
      // The files sent with it are its own: ids chosen here, rows written with the application.
      const files = (request.files ?? []).map((file) => ({ ...file, id: crypto.randomUUID() }));
      for (const file of files) ownerOf.set(file.id, person.id);
      const draft = {
        ...request.draft,
        attachmentIds: [...request.draft.attachmentIds, ...files.map((f) => f.id)],
      };
      try {
        const prepared = prepareApplication(
          {
            person,
            profile: profileOf.get(person.id),
            employer: person.organisationId ? organisationOf.get(person.organisationId) : undefined,
            liveThisYear: mine.filter((a) => a.year === year && isLive(a)),
            claimsInUse: inUse,
            archiveBan: bans.get(person.idNumberHash) ?? null,
            recordedPosts: posts.get(person.id) ?? [],
            attachmentOwners: ownerOf,
            dispatchAgency: request.draft.dispatchAgencyId
              ? organisationOf.get(request.draft.dispatchAgencyId)
              : undefined,
          },
          draft,
          now,
        );
        const submit = request.options.submit
          ? submitTransition(request.draft, prepared, request.options.personalCommitment, today)
          : null;
        accepted.push({ index, request, draft, files, person, prepared, submit, digest });
        if (prepared.claims.length > 0) inUse.push({ personId: person.id, year, claims: prepared.claims });
      } catch (error) {
        outcomes[index] = { ok: false, error };
      }
    }

    if (accepted.length > 0) {
      const filed = await writeFilings(accepted, now, today);
      const lost = accepted.filter((a) => !filed.has(a.index));
      // Left out by the unique indexes: a concurrent request filed first, with this key or in
      // this series under another key.
      const winners = lost.length
        ? await repo.applicationsForFiling(
            db,
            lost.map((a) => a.person.id),
            year,
            lost.map((a) => a.request.options.idempotencyKey),
          )
        : [];
      await learnOrganisations(winners.map((w) => w.employerId));
      for (const a of accepted) {
        const ours = filed.get(a.index);
        if (ours) {
          outcomes[a.index] = { ok: true, value: { receipt: receiptOf(ours, a.person), created: true } };
          continue;
        }
        const byKey = winners.find(
          (w) => w.personId === a.person.id && w.idempotencyKey === a.request.options.idempotencyKey,
        );
        const rival = winners.find(
          (w) => w.personId === a.person.id && w.series === a.request.draft.target.series && isLive(w),
        );
        if (byKey) {
          // The winner used this key: it answers a retry of the same request only.
          outcomes[a.index] = sameFilingRequest(byKey, a.digest)
            ? { ok: true, value: { receipt: receiptOf(byKey, a.person), created: false } }
            : { ok: false, error: idempotencyKeyReused(a.request.options.idempotencyKey) };
        } else {
          outcomes[a.index] = {
            ok: false,
            error: refusal([
              duplicateApplication(
                rival && { number: rival.number, title: targetTitle(rival), series: rival.series },
              ),
            ]),
          };
        }
      }
    }

    if (later.length > 0) {
      const rest = await fileBatch(later.map((i) => requests[i]!));
      later.forEach((index, k) => {
        outcomes[index] = rest[k]!;
      });
    }
    return outcomes;
  }

  /**
   * Writes the accepted filings with everything they bring: commitments, timeline entries,
   * notices, attachment rows and audit events. Usually nobody else filed for these people
   * since the batch read their applications, and all of it goes in one statement, which is
   * its own transaction: one round trip instead of begin, insert, insert, commit. If a unique
   * index refuses a row (a concurrent request, on another worker or in a batch beside this
   * one, filed first), that statement wrote nothing, and the filings are written again in a
   * transaction that leaves out the refused rows.
   */
  async function writeFilings(
    accepted: Accepted[],
    now: Date,
    today: string,
  ): Promise<Map<number, ApplicationRecord>> {
    const numbers = await repo.nextApplicationNumbers(db, accepted.length);
    const all: Planned[] = await Promise.all(
      accepted.map(async (a, k) => {
        const draft = applicationRow(
          a.prepared,
          a.draft,
          numbers[k]!,
          { idempotencyKey: a.request.options.idempotencyKey, requestDigest: a.digest },
          now,
        );
        if (!a.submit) return { ...a, row: draft, submission: null };
        // Submitting at once is the `submit` step's effects, planned as a single submit plans
        // them (for `submitted` they read nothing) and written below with the batch's.
        const plan = await planEffects(
          {
            tx: db,
            app: draft,
            actor: a.request.actor,
            to: a.submit.to,
            reason: null,
            personName: a.person.name,
            employerName: a.prepared.employer.name,
            today,
            now,
            calendar: null,
          },
          a.submit.effects,
        );
        // Created and submitted: two steps, so version 2, as for a draft submitted later.
        const row = { ...draft, ...plan.columns, state: a.submit.to, version: draft.version + 1 };
        return { ...a, row, submission: { submit: a.submit, plan } };
      }),
    );
    const rows = all.map((a) => a.row);
    const writtenAs = (written: Planned[]) => new Map(written.map((w) => [w.index, w.row]));
    try {
      await insertTogether(db, [repo.applicationsInsert(db, rows), ...(await dependants(db, all, now))]);
      return writtenAs(all);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return db.transaction(async (tx) => {
      // Only the ids come back: the rows are here already, whole.
      const inserted = new Set((await repo.insertApplicationsOnce(tx, rows)).map((r) => r.id));
      const written = all.filter((a) => inserted.has(a.row.id));
      await insertTogether(tx, await dependants(tx, written, now));
      return writtenAs(written);
    });
  }

  /** The inserts of what the written filings bring besides their rows, not yet run, on `tx`. */
  async function dependants(tx: Db, written: Planned[], now: Date): Promise<PendingInsert[]> {
    const files = written.flatMap(({ files, person, request }) =>
      files.map((file) => ({
        ...file,
        personId: person.id,
        createdAt: now,
        createdBy: request.actor.userId,
      })),
    );
    const submitted = written.flatMap(({ row, request, submission }) =>
      submission ? [{ row, actor: request.actor, ...submission }] : [],
    );
    return [
      files.length > 0 ? insertAttachments(tx, files) : null,
      ...(await batchedWrites(
        tx,
        deps.notifications,
        submitted.flatMap((submission) => submission.plan.writes),
      )),
      repo.eventsInsert(
        tx,
        submitted.map(({ row, submit, actor }) =>
          timelineEntry(row, submit.event, 'draft', actor, 'applicant', null, now),
        ),
      ),
      deps.audit.prepareAll(tx, [
        ...files.map(uploadedAudit),
        ...written.flatMap(({ row, request, submission }) => {
          const created: AuditEntry = {
            action: 'application.created',
            entityType: 'application',
            entityId: row.id,
            data: { number: row.number, policySet: row.policySet, eligible: row.eligible },
          };
          const entries = submission
            ? [created, transitionAudit(row, submission.submit.event, 'draft', null)]
            : [created];
          return entries.map((entry) => ({ actorUserId: request.actor.userId, entry }));
        }),
      ]),
    ];
  }

  // While a batch is written the next gathers, so batches grow with the load; a second (up to
  // a fourth) starts beside it once 30 wait, so one batch's round trips overlap another's work.
  return createBatcher<FilingRequest, Filed>({
    run: fileBatch,
    maxBatch: 200,
    maxInFlight: 4,
    minBatchWhileBusy: 30,
  });
}

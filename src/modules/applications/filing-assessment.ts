import crypto from 'node:crypto';
import type { ApplicationRecord, OrganisationRecord, PersonRecord } from '../../db/schema';
import { type BlockingProblem, blockingProblems } from '../../domain/applications/blocking-rules';
import { policySetForPlace } from '../../domain/applications/policy-set-for-place';
import {
  type ClaimsInUse,
  quotaClaims,
  quotaProblems,
  quotaUseOf,
} from '../../domain/applications/recommender-quotas';
import { targetTitle } from '../../domain/applications/target-title';
import { todayInShanghai } from '../../domain/calendar';
import type { Level } from '../../domain/catalogue';
import { AppError, invalidInput } from '../../domain/errors';
import { laterBan } from '../../domain/integrity/ban-period';
import type { Applicant, EligibilityResult, Pathway } from '../../domain/policy';
import { checkedPosts, type PostPeriod } from '../../domain/posts/person-post-facts';
import { decideTransition } from '../../domain/workflow/application-workflow';
import { POLICY_LAYERS } from '../../policies';
import { checkEligibility, resolvedPolicy } from '../eligibility';
import { transitionFacts } from './application-transition';

/*
 * What filing decides before an application row may exist, from facts already read (one
 * person's, or a batch's at once): the blocking rules and quotas with their clauses, the policy
 * set of the employer's place, the eligibility at that moment, and the row of the new draft.
 * Pure of reads, so the wizard's preview, a single filing, a batch and a resubmission judge alike.
 */

export interface ApplicationDraft {
  target: { series: string; level: Level; specialty: string };
  pathway: Pathway;
  attachmentIds: string[];
  /** For dispatched staff (劳务派遣): the agency holding the labour contract. */
  dispatchAgencyId: string | null;
}

/** What filing reads about a person before deciding; read one by one or for a batch at once. */
interface FilingFacts {
  person: PersonRecord;
  profile: { data: unknown } | undefined;
  employer: OrganisationRecord | undefined;
  /** The person's live applications this year (the one being filed is not among them). */
  liveThisYear: readonly ApplicationRecord[];
  /**
   * Other live applications naming a recommender (this year) or an award (ever) that the
   * profile names too; the person's own may be among them (they do not count).
   */
  claimsInUse: readonly ClaimsInUse[];
  /** The last banned day according to the integrity archive, if a ban holds today. */
  archiveBan: string | null;
  /** The posts the person's filed appointments record (posts module): they stand for the typed ones. */
  recordedPosts: readonly PostPeriod[];
}

/**
 * What filing would find, from the facts, without writing or refusing: the blocking
 * problems, and the policy set and eligibility for the employer's place today. The wizard
 * shows exactly this before the applicant commits.
 */
export function assessFacts(
  facts: FilingFacts,
  draft: Pick<ApplicationDraft, 'target' | 'pathway'>,
  now: Date,
) {
  const { person, profile, employer, liveThisYear, claimsInUse, archiveBan } = facts;
  const today = todayInShanghai(now);
  const year = Number(today.slice(0, 4));
  if (!profile)
    throw new AppError(
      'unprocessable',
      'PROFILE_REQUIRED',
      '请先完善并保存个人档案（学历、职称、工作经历等），再提交申报',
    );
  const declared = profile.data as Applicant;
  // A ban in the integrity archive holds whatever the profile declares; the longer one wins.
  const bannedUntil = laterBan(declared.integrity?.bannedUntil, archiveBan);
  // Post tenure is the recorded one: typed posts count only where no appointment speaks, unverified.
  const posts = checkedPosts(declared.posts ?? [], facts.recordedPosts);
  const applicant: Applicant = { ...declared, posts, integrity: { ...declared.integrity, bannedUntil } };
  // Without a unit the place is the person's own; the filing itself is refused anyway.
  const choice = policySetForPlace(
    POLICY_LAYERS,
    employer?.jurisdictionCode ?? person.jurisdictionCode,
    today,
  );
  // The rules that block are the governing policy's own, as for eligibility.
  const policy = resolvedPolicy(choice.policySet, today);
  const claims = quotaClaims(applicant.achievements);
  const problems: BlockingProblem[] = [
    ...blockingProblems({
      today,
      hasEmployer: employer?.kind === 'employer',
      retired: applicant.retired,
      bannedUntil,
      series: draft.target.series,
      liveThisYear: liveThisYear.map((a) => ({ number: a.number, title: targetTitle(a), series: a.series })),
      policy,
    }),
    ...quotaProblems(policy.parameters, claims, quotaUseOf(claimsInUse, person.id, year)),
  ];
  const eligibility: EligibilityResult = checkEligibility({
    policy: choice.policySet,
    asOf: today,
    target: draft.target,
    pathway: draft.pathway,
    applicant: {
      ...applicant,
      applicationsThisYear: liveThisYear.map((a) => ({ series: a.series, level: a.level as Level })),
    },
  });
  return {
    person,
    employer: employer?.kind === 'employer' ? employer : undefined,
    today,
    year,
    choice,
    eligibility,
    problems,
    claims,
  };
}

/**
 * Everything checked before an application row may exist, from facts already read: the
 * attachments are the person's own, the dispatch agency is an approved one, the profile is saved and no
 * blocking rule holds. Refuses with every blocking problem at once.
 */
export function prepareApplication(
  facts: FilingFacts & {
    /** The owner of each attachment the draft names (those that exist). */
    attachmentOwners: ReadonlyMap<string, string>;
    dispatchAgency: OrganisationRecord | undefined;
  },
  draft: ApplicationDraft,
  now: Date,
) {
  const foreign = draft.attachmentIds.findIndex((id) => facts.attachmentOwners.get(id) !== facts.person.id);
  if (foreign >= 0)
    throw invalidInput([{ path: `attachmentIds[${foreign}]`, message: '不是本人上传的申报材料' }]);
  // A registered agency still under review (or returned) is not one yet: only approved ones count.
  if (
    draft.dispatchAgencyId &&
    (facts.dispatchAgency?.kind !== 'dispatch-agency' || facts.dispatchAgency.status !== 'approved')
  )
    throw invalidInput([{ path: 'dispatchAgencyId', message: '不是已登记的劳务派遣单位' }]);
  const { problems, employer, ...assessed } = assessFacts(facts, draft, now);
  if (problems.length > 0 || !employer) throw refusal(problems);
  return { ...assessed, employer };
}

/**
 * The refusal of a filing, naming every blocking problem with its clause: 409 when another
 * application is in the way (a conflict with existing data), 422 otherwise.
 */
export function refusal(problems: readonly BlockingProblem[]) {
  return new AppError(
    problems.some((p) => p.code === 'ALREADY_APPLIED') ? 'conflict' : 'unprocessable',
    problems[0]?.code ?? 'NO_EMPLOYER',
    `不能申报：${problems.map((p) => p.message).join('；')}`,
    problems.map((p) => ({
      path: 'applicant',
      message: `${p.message}（${p.citation.document} ${p.citation.clause}）`,
    })),
  );
}

export type PreparedApplication = ReturnType<typeof prepareApplication>;

/**
 * Submitting at once is the workflow's `submit` from `draft`, decided by the same data and
 * guards as a later submission; the transition, whose effects the filing then plans.
 */
export function submitTransition(
  draft: Pick<ApplicationDraft, 'dispatchAgencyId'>,
  prepared: PreparedApplication,
  personalCommitment: boolean,
  today: string,
) {
  const row = {
    dispatchAgencyId: draft.dispatchAgencyId,
    departmentId: prepared.employer.departmentId,
    unitPublicityEndsOn: null,
    dispatchPublicityEndsOn: null,
    returnedByCommittee: false,
    resultPublicityEndsOn: null,
  };
  const facts = transitionFacts(row, { event: 'submit', personalCommitment }, today, {
    openObjections: 0,
    committeeAssigned: false,
  });
  const outcome = decideTransition('draft', 'submit', ['applicant'], facts);
  if (!outcome.ok) throw outcome.error;
  return outcome.transition;
}

/**
 * The whole row of a new draft for a prepared application, every column given (the id too),
 * so that filing need not read back what it wrote.
 */
export function applicationRow(
  prepared: PreparedApplication,
  draft: ApplicationDraft,
  number: number,
  filedWith: { idempotencyKey: string; requestDigest: string },
  now: Date,
): ApplicationRecord {
  const { person, employer, year, choice, eligibility, claims } = prepared;
  return {
    id: crypto.randomUUID(),
    number: `${year}${employer.jurisdictionCode}${String(number).padStart(6, '0')}`,
    personId: person.id,
    year,
    series: draft.target.series,
    level: draft.target.level,
    specialty: draft.target.specialty,
    pathway: draft.pathway,
    policySet: choice.policySet,
    policyNote: choice.note ?? null,
    employerId: employer.id,
    dispatchAgencyId: draft.dispatchAgencyId,
    departmentId: employer.departmentId,
    jurisdictionCode: employer.jurisdictionCode,
    committeeId: null,
    entrusted: false,
    state: 'draft',
    version: 1,
    eligibility,
    eligible: eligibility.eligible,
    attachmentIds: draft.attachmentIds,
    claims,
    unitPublicityEndsOn: null,
    dispatchPublicityEndsOn: null,
    resultPublicityEndsOn: null,
    returnedByCommittee: false,
    lastReason: null,
    idempotencyKey: filedWith.idempotencyKey,
    requestDigest: filedWith.requestDigest,
    submittedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import type { EmploymentRelation } from '../../domain/accounts/employment-relation';
import { AppError, invalidInput, notFound } from '../../domain/errors';
import type { Applicant } from '../../domain/policy';
import type { TitleEvidence } from '../../domain/profile/title-records';
import { startingTitles, verifyTitles } from '../../domain/profile/title-verification';
import type { Clock } from '../../platform/clock';
import type { AuditLog } from '../audit';
import { currentBindingOf } from '../employment';
import { findOrganisation } from '../organisations';
import { findPerson } from '../people';
import * as repo from './profile.repository';
import { titleEvidenceOf, titleVerificationView } from './title-evidence';

// The shapes its answers take, for routes of other modules that answer with them.
export { profileSchema } from './profile.schema';
export { titleVerificationSchema } from './title-verification.schema';

type Person = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

/**
 * The professional's own profile (申报人档案). Before anything is saved it starts from what
 * the system already holds — the birth date from the ID number and the titles it has records
 * of (titles on record, certificates in the ledger). Each declared title says whether a record
 * backs it: a person may change a verified title, which then shows as declared (本人申报).
 */
export function createProfileService(deps: { db: Db; audit: AuditLog; clock: Clock }) {
  const { db, audit, clock } = deps;

  async function personOf(actor: Actor) {
    const personId = await repo.personIdOfUser(db, actor.userId);
    const person = personId ? await findPerson(db, personId) : undefined;
    if (!person) throw notFound('与当前账号关联的专业技术人员档案', 'PROFILE_NOT_FOUND');
    return person;
  }

  async function view(person: Person, known?: TitleEvidence) {
    const [stored, organisation, evidence, binding] = await Promise.all([
      repo.findProfile(db, person.id),
      person.organisationId ? findOrganisation(db, person.organisationId) : Promise.resolve(undefined),
      known ?? titleEvidenceOf(db, person),
      currentBindingOf(db, person.id),
    ]);
    // The unit's confirmation of the binding is what the work history starts from.
    const confirmed = binding?.organisationId === organisation?.id ? binding : undefined;
    const applicant: Partial<Applicant> = stored
      ? (stored.data as Applicant)
      : { birthDate: person.birthDate, titles: startingTitles(evidence) };
    return {
      name: person.name,
      organisation: organisation?.name ?? null,
      currentEmployer: organisation
        ? {
            name: organisation.name,
            employerKind: organisation.employerKind,
            since: confirmed?.startedOn ?? null,
            relation: (confirmed?.relation as EmploymentRelation | undefined) ?? null,
          }
        : null,
      jurisdictionCode: person.jurisdictionCode,
      applicant,
      verification: titleVerificationView(applicant.titles ?? [], evidence),
      updatedAt: stored?.updatedAt.toISOString() ?? null,
    };
  }

  return {
    async get(actor: Actor) {
      return view(await personOf(actor));
    },

    /**
     * Saves the whole profile. The birth date must be the one on the ID card: the engine
     * reads ages from it, and a person cannot declare a different one.
     */
    async save(actor: Actor, applicant: Applicant) {
      const person = await personOf(actor);
      if (applicant.birthDate !== person.birthDate) {
        throw invalidInput([
          { path: 'applicant.birthDate', message: `应与身份证号码中的出生日期（${person.birthDate}）一致` },
        ]);
      }
      if (applicant.work.some((w) => w.to !== null && w.to < w.from)) {
        const index = applicant.work.findIndex((w) => w.to !== null && w.to < w.from);
        throw invalidInput([{ path: `applicant.work[${index}].to`, message: '结束日期不能早于开始日期' }]);
      }
      const evidence = await titleEvidenceOf(db, person);
      const verified = verifyTitles(applicant.titles, evidence).titles.filter((t) => t.verified).length;
      await db.transaction(async (tx) => {
        const [row] = await repo.upsertProfile(tx, {
          personId: person.id,
          data: applicant,
          updatedAt: clock.now(),
          updatedBy: actor.userId,
        });
        if (!row) throw new AppError('conflict', 'PROFILE_NOT_SAVED', '档案保存失败，请重试');
        await audit.record(tx, actor.userId, {
          action: 'profile.updated',
          entityType: 'person',
          entityId: person.id,
          // What kinds of facts changed hands, never the facts themselves.
          data: {
            education: applicant.education.length,
            titles: applicant.titles.length,
            // A verified title edited away from its record shows here as one fewer.
            titlesVerified: verified,
            work: applicant.work.length,
            achievements: applicant.achievements.length,
          },
        });
      });
      return view(person, evidence);
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { notFound } from '../../domain/errors';
import { findOrganisation } from '../organisations/organisations.repository';
import { findPerson, titlesOf } from '../people/people.repository';

/**
 * The logged-in professional's stored facts in the shape of an eligibility request's
 * `applicant`, so the self-check can start from them in one click. Only what the system
 * holds is filled in; the rest the person completes on the page.
 */
export function createStoredProfileService(deps: { db: Db }) {
  const { db } = deps;
  return {
    async eligibilityProfile(actor: Actor) {
      const user = await db.query.users.findFirst({ where: eq(users.id, actor.userId) });
      const person = user?.personId ? await findPerson(db, user.personId) : undefined;
      if (!person) throw notFound('与当前账号关联的专业技术人员档案', 'PROFILE_NOT_FOUND');
      const organisation = person.organisationId
        ? await findOrganisation(db, person.organisationId)
        : undefined;
      const titles = await titlesOf(db, person.id);
      return {
        name: person.name,
        jurisdictionCode: person.jurisdictionCode,
        // The work history itself is not stored yet; the page asks for it, starting from this employer.
        currentEmployer: organisation
          ? { name: organisation.name, employerKind: organisation.employerKind }
          : null,
        applicant: {
          birthDate: person.birthDate,
          titles: titles.map((t) => ({
            series: t.series,
            level: t.level,
            obtainedOn: t.obtainedOn,
            via: t.via,
          })),
        },
      };
    },
  };
}

export type StoredProfileService = ReturnType<typeof createStoredProfileService>;

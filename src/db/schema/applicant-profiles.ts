import { jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { instantNow } from './columns';
import { persons } from './persons';

/**
 * A professional's declared profile: education, work, posts, appraisals, CE hours,
 * achievements and statuses — the facts of an eligibility request, so the stored profile
 * feeds the engine as it is. Kept as one validated document per person; the identity
 * (name, ID number, birth date) stays in `persons`.
 */
export const applicantProfiles = pgTable('applicant_profiles', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => persons.id),
  data: jsonb('data').notNull(),
  updatedAt: instantNow('updated_at'),
  updatedBy: uuid('updated_by').notNull(),
});

export type ApplicantProfileRecord = typeof applicantProfiles.$inferSelect;

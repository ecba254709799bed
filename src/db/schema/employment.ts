import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { instant, instantNow, optionalRef, requiredRef, uuidKey } from './columns';
import { organisations } from './organisations';
import { persons } from './persons';
import { users } from './users';

/**
 * A person's binding to the unit that holds their personnel (labour) relationship
 * (人事/劳动关系所在单位). The person asks, the unit confirms or refuses with a reason;
 * a unit's bulk registration of its staff creates confirmed bindings directly. Only a
 * confirmed binding moves `persons.organisation_id`, which the application chain follows
 * (employer → its competent department). Rows are never deleted: a change of employer ends
 * the old binding, an administrator's correction unlinks it with a reason.
 */
export const employmentBindings = pgTable(
  'employment_bindings',
  {
    id: uuidKey(),
    personId: requiredRef('person_id', () => persons.id),
    organisationId: requiredRef('organisation_id', () => organisations.id),
    /** `staff` 在编, `contract` 合同制, `dispatch` 劳务派遣 (domain/accounts/employment-relation.ts). */
    relation: varchar('relation', { length: 16 }).notNull(),
    /** For a dispatched person, the agency (劳务派遣单位) that employs them and sends them to the unit. */
    dispatchAgencyId: optionalRef('dispatch_agency_id', () => organisations.id),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    /** `pending` → `confirmed` | `refused` | `withdrawn`; `confirmed` → `ended` | `unlinked`. */
    status: varchar('status', { length: 16 }).notNull(),
    /**
     * `person` (asked by the person), `unit-import` (registered by the unit in bulk) or
     * `migrated` (an employer recorded before bindings existed; no requester).
     */
    source: varchar('source', { length: 16 }).notNull(),
    requestedBy: optionalRef('requested_by', () => users.id),
    requestedAt: instantNow('requested_at'),
    decidedBy: optionalRef('decided_by', () => users.id),
    decidedAt: instant('decided_at'),
    /** Why the unit refused, or why an administrator unlinked it. */
    reason: text('reason'),
  },
  (t) => [
    index('employment_bindings_person_idx').on(t.personId),
    // A unit's queue of requests to decide, and its current staff.
    index('employment_bindings_organisation_idx').on(t.organisationId, t.status),
    // At most one open request and one current employer per person; the index decides races.
    uniqueIndex('employment_bindings_one_pending_idx').on(t.personId).where(sql`status = 'pending'`),
    uniqueIndex('employment_bindings_one_confirmed_idx').on(t.personId).where(sql`status = 'confirmed'`),
  ],
);

/**
 * A dispatch agency's relation to a unit it dispatches staff to (派遣关系), named when the
 * agency registers or later, and approved by the HR bureau of the agency's region.
 */
export const dispatchRelations = pgTable(
  'dispatch_relations',
  {
    id: uuidKey(),
    agencyId: requiredRef('agency_id', () => organisations.id),
    unitId: requiredRef('unit_id', () => organisations.id),
    /** `pending` | `approved` | `ended`. */
    status: varchar('status', { length: 16 }).notNull(),
    createdAt: instantNow('created_at'),
    decidedBy: optionalRef('decided_by', () => users.id),
    decidedAt: instant('decided_at'),
  },
  (t) => [
    uniqueIndex('dispatch_relations_pair_idx').on(t.agencyId, t.unitId),
    index('dispatch_relations_unit_idx').on(t.unitId),
  ],
);

export type EmploymentBindingRecord = typeof employmentBindings.$inferSelect;
export type NewEmploymentBindingRecord = typeof employmentBindings.$inferInsert;
export type DispatchRelationRecord = typeof dispatchRelations.$inferSelect;

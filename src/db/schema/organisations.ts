import { type AnyPgColumn, index, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { divisionCode, instant, instantNow, optionalRef, uuidKey } from './columns';

/**
 * Every body that acts in the system: employers, HR bureaus, competent departments,
 * committee offices, dispatch agencies. Identified by its 统一社会信用代码 and placed in
 * a jurisdiction (行政区划代码), which scopes what its people may see.
 */
export const organisations = pgTable(
  'organisations',
  {
    id: uuidKey(),
    name: varchar('name', { length: 100 }).notNull(),
    kind: varchar('kind', { length: 32 }).notNull(),
    creditCode: varchar('credit_code', { length: 18 }).notNull().unique(),
    employerKind: varchar('employer_kind', { length: 32 }),
    jurisdictionCode: divisionCode('jurisdiction_code'),
    /** The competent department (主管部门) that reviews this employer's applications, if any. */
    departmentId: optionalRef('department_id', (): AnyPgColumn => organisations.id),
    /**
     * `approved` for every unit an administrator creates and for a registered unit once the
     * HR bureau of its region approves it; `pending` while a self-registration awaits review,
     * `returned` when the bureau sent it back with a note. Only approved units can be bound
     * to, chosen as dispatch agencies, or file.
     */
    status: varchar('status', { length: 16 }).notNull().default('approved'),
    address: varchar('address', { length: 200 }),
    contactName: varchar('contact_name', { length: 50 }),
    /** The contact's mobile number: SM4 ciphertext and the masked form shown (DESIGN rule 9). */
    contactPhoneCipher: text('contact_phone_cipher'),
    contactPhoneMasked: varchar('contact_phone_masked', { length: 11 }),
    /** The HR bureau's decision on a self-registration: who, when, and the note when returned. */
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: instant('reviewed_at'),
    reviewNote: text('review_note'),
    createdAt: instantNow('created_at'),
    updatedAt: instantNow('updated_at'),
  },
  (t) => [
    index('organisations_jurisdiction_idx').on(t.jurisdictionCode),
    index('organisations_name_idx').on(t.name),
    // The HR bureau's queue of registrations to review.
    index('organisations_status_idx').on(t.status, t.jurisdictionCode),
  ],
);

export type OrganisationRecord = typeof organisations.$inferSelect;
export type NewOrganisationRecord = typeof organisations.$inferInsert;

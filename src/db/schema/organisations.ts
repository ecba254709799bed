import { type AnyPgColumn, index, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * Every body that acts in the system: employers, HR bureaus, competent departments,
 * committee offices, dispatch agencies. Identified by its 统一社会信用代码 and placed in
 * a jurisdiction (行政区划代码), which scopes what its people may see.
 */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 100 }).notNull(),
    kind: varchar('kind', { length: 32 }).notNull(),
    creditCode: varchar('credit_code', { length: 18 }).notNull().unique(),
    employerKind: varchar('employer_kind', { length: 32 }),
    jurisdictionCode: varchar('jurisdiction_code', { length: 6 }).notNull(),
    /** The competent department (主管部门) that reviews this employer's applications, if any. */
    departmentId: uuid('department_id').references((): AnyPgColumn => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisations_jurisdiction_idx').on(t.jurisdictionCode),
    index('organisations_name_idx').on(t.name),
  ],
);

export type OrganisationRecord = typeof organisations.$inferSelect;
export type NewOrganisationRecord = typeof organisations.$inferInsert;

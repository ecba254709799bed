import { type AnyPgColumn, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** A row's surrogate key: a random uuid the database assigns. */
export const uuidKey = () => uuid('id').primaryKey().defaultRandom();

/** A required reference to another table's row: a uuid, not null, with its foreign key. */
export const requiredRef = (name: string, target: () => AnyPgColumn) =>
  uuid(name).notNull().references(target);

/** An optional reference to another table's row: a uuid with its foreign key, null for none. */
export const optionalRef = (name: string, target: () => AnyPgColumn) => uuid(name).references(target);

/** A point in time, stored with its time zone (UTC in the database, shown in Asia/Shanghai: DESIGN rule 8). */
export const instant = (name: string) => timestamp(name, { withTimezone: true });

/** When a row (or a step of it) was written: required, the database's now() unless given. */
export const instantNow = (name: string) => instant(name).notNull().defaultNow();

/** A title (职称) as the catalogue names it: its series, level and specialty, all required. */
export const titleColumns = () => ({
  series: varchar('series', { length: 40 }).notNull(),
  level: varchar('level', { length: 20 }).notNull(),
  specialty: varchar('specialty', { length: 50 }).notNull(),
});

/** Who handled a case (a complaint, an objection) and when: both set when its outcome is recorded. */
export const handledColumns = () => ({
  handledBy: uuid('handled_by'),
  handledAt: instant('handled_at'),
});

/** A six-digit administrative division code (GB/T 2260): the region or jurisdiction a row belongs to. */
export const divisionCode = (name: string) => varchar(name, { length: 6 }).notNull();

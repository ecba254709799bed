import { type AnyPgColumn, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A row's surrogate key: a random uuid the database assigns. */
export const uuidKey = () => uuid('id').primaryKey().defaultRandom();

/** A required reference to another table's row: a uuid, not null, with its foreign key. */
export const requiredRef = (name: string, target: () => AnyPgColumn) =>
  uuid(name).notNull().references(target);

/** A point in time, stored with its time zone (UTC in the database, shown in Asia/Shanghai: DESIGN rule 8). */
export const instant = (name: string) => timestamp(name, { withTimezone: true });

/** When a row (or a step of it) was written: required, the database's now() unless given. */
export const instantNow = (name: string) => instant(name).notNull().defaultNow();

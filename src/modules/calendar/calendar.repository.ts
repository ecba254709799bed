import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { calendarDays, calendarYears } from '../../db/schema';

export function listYears(db: Db) {
  return db
    .select({
      year: calendarYears.year,
      source: calendarYears.source,
      status: calendarYears.status,
      updatedAt: calendarYears.updatedAt,
      holidayCount:
        sql<number>`count(${calendarDays.date}) filter (where ${calendarDays.kind} = 'holiday')`.mapWith(
          Number,
        ),
      makeupWorkdayCount:
        sql<number>`count(${calendarDays.date}) filter (where ${calendarDays.kind} = 'workday')`.mapWith(
          Number,
        ),
    })
    .from(calendarYears)
    .leftJoin(calendarDays, eq(calendarDays.year, calendarYears.year))
    .groupBy(calendarYears.year)
    .orderBy(asc(calendarYears.year));
}

export function listYearNumbers(db: Db) {
  return db.select({ year: calendarYears.year }).from(calendarYears);
}

export function findYear(db: Db, year: number) {
  return db.query.calendarYears.findFirst({ where: eq(calendarYears.year, year) });
}

export function daysOfYear(db: Db, year: number) {
  return db.select().from(calendarDays).where(eq(calendarDays.year, year)).orderBy(asc(calendarDays.date));
}

/** Every published year's exceptions: the whole calendar is a few thousand rows at most. */
export function publishedDays(db: Db) {
  return db
    .select({
      year: calendarYears.year,
      date: calendarDays.date,
      kind: calendarDays.kind,
      name: calendarDays.name,
    })
    .from(calendarYears)
    .leftJoin(calendarDays, eq(calendarDays.year, calendarYears.year))
    .where(eq(calendarYears.status, 'published'));
}

export function insertYear(db: Db, values: typeof calendarYears.$inferInsert) {
  return db.insert(calendarYears).values(values).onConflictDoNothing().returning();
}

export function updateYear(db: Db, year: number, values: Partial<typeof calendarYears.$inferInsert>) {
  return db.update(calendarYears).set(values).where(eq(calendarYears.year, year));
}

export function upsertDay(db: Db, values: typeof calendarDays.$inferInsert) {
  return db
    .insert(calendarDays)
    .values(values)
    .onConflictDoUpdate({ target: calendarDays.date, set: { kind: values.kind, name: values.name } })
    .returning();
}

export function insertDays(db: Db, values: (typeof calendarDays.$inferInsert)[]) {
  return db.insert(calendarDays).values(values).onConflictDoNothing();
}

export function deleteDay(db: Db, date: string) {
  return db.delete(calendarDays).where(eq(calendarDays.date, date)).returning();
}

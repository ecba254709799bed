import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import {
  createWorkingDayCalendar,
  type ScheduleDay,
  type ScheduleDayKind,
  validateYearSchedule,
  type WorkingDayCalendar,
  type YearSchedule,
} from '../../domain/calendar';
import { AppError, invalidInput, notFound } from '../../domain/errors';
import type { Clock } from '../../platform/clock';
import type { AuditLog } from '../audit';
import * as repo from './calendar.repository';
import { chineseDaysSchedules } from './calendar-seed-data';

/**
 * Other server processes sharing a PostgreSQL see an admin's edit within this time; the
 * process that made the edit sees it at once.
 */
const CACHE_TTL_MS = 30_000;

function schedulesFrom(rows: Awaited<ReturnType<typeof repo.publishedDays>>): YearSchedule[] {
  const byYear = new Map<number, ScheduleDay[]>();
  for (const row of rows) {
    const days = byYear.get(row.year) ?? [];
    if (row.date && row.kind && row.name !== null)
      days.push({ date: row.date, kind: row.kind as ScheduleDayKind, name: row.name });
    byYear.set(row.year, days);
  }
  return [...byYear].map(([year, days]) => ({ year, days }));
}

/** Problems of one entry, checked in the context of its whole year (duplicates, weekends). */
function entryProblems(days: ScheduleDay[], year: number, entry: ScheduleDay) {
  const others = days.filter((d) => d.date !== entry.date);
  const index = others.length;
  const prefix = `days[${index}].`;
  return validateYearSchedule({ year, days: [...others, entry] })
    .filter((p) => p.path.startsWith(prefix))
    .map((p) => ({ path: p.path.slice(prefix.length), message: p.message }));
}

export function createCalendarService(deps: { db: Db; audit: AuditLog; clock: Clock }) {
  const { db, audit, clock } = deps;
  let cached: { calendar: WorkingDayCalendar; loadedAt: number } | null = null;

  async function calendar(): Promise<WorkingDayCalendar> {
    const now = clock.now().getTime();
    if (cached && now - cached.loadedAt < CACHE_TTL_MS) return cached.calendar;
    const built = createWorkingDayCalendar(schedulesFrom(await repo.publishedDays(db)));
    cached = { calendar: built, loadedAt: now };
    return built;
  }

  async function loadYear(year: number) {
    const row = await repo.findYear(db, year);
    if (!row) throw notFound(`${year}年的节假日安排`, 'CALENDAR_YEAR_NOT_FOUND');
    return row;
  }

  async function scheduleOf(year: number): Promise<ScheduleDay[]> {
    return (await repo.daysOfYear(db, year)).map((d) => ({
      date: d.date,
      kind: d.kind as ScheduleDayKind,
      name: d.name,
    }));
  }

  /** Edits change a year's schedule; the audit event records exactly what changed. */
  async function edit(
    actor: Actor,
    year: number,
    action: string,
    data: Record<string, unknown>,
    change: (tx: Db) => Promise<unknown>,
  ) {
    await db.transaction(async (tx) => {
      await change(tx);
      await repo.updateYear(tx, year, { updatedAt: clock.now(), updatedBy: actor.userId, source: 'manual' });
      await audit.record(tx, actor.userId, {
        action,
        entityType: 'calendar-year',
        entityId: String(year),
        data,
      });
    });
    cached = null;
  }

  const service = {
    calendar,

    /** CONTRACTS §2: the end of a period of `count` working days starting on `from`. */
    async workdays(from: string, count: number) {
      return { from, count, end: (await calendar()).addWorkingDays(from, count) };
    },

    async dayInfo(date: string) {
      return (await calendar()).dayInfo(date);
    },

    async listYears() {
      return (await repo.listYears(db)).map((y) => ({ ...y, updatedAt: y.updatedAt.toISOString() }));
    },

    async getYear(year: number) {
      const row = await loadYear(year);
      return { year, source: row.source, status: row.status, days: await scheduleOf(year) };
    },

    /** Opens a new year as a draft: it answers no questions until it is published. */
    async declareYear(actor: Actor, year: number) {
      await db.transaction(async (tx) => {
        const inserted = await repo.insertYear(tx, {
          year,
          source: 'manual',
          status: 'draft',
          updatedBy: actor.userId,
        });
        if (inserted.length === 0)
          throw new AppError('conflict', 'CALENDAR_YEAR_EXISTS', `${year}年已存在`, [
            { path: 'year', message: '该年度已存在' },
          ]);
        await audit.record(tx, actor.userId, {
          action: 'calendar.year-declared',
          entityType: 'calendar-year',
          entityId: String(year),
        });
      });
      return service.getYear(year);
    },

    async setDay(actor: Actor, date: string, entry: { kind: ScheduleDayKind; name: string }) {
      const year = Number(date.slice(0, 4));
      await loadYear(year);
      const day = { date, ...entry };
      const problems = entryProblems(await scheduleOf(year), year, day);
      if (problems.length) throw invalidInput(problems);
      await edit(actor, year, 'calendar.day-set', day, (tx) => repo.upsertDay(tx, { ...day, year }));
      return day;
    },

    async clearDay(actor: Actor, date: string) {
      const year = Number(date.slice(0, 4));
      await loadYear(year);
      await edit(actor, year, 'calendar.day-cleared', { date }, async (tx) => {
        const deleted = await repo.deleteDay(tx, date);
        if (deleted.length === 0) throw notFound(`${date}的节假日安排`);
      });
    },

    /** Publishing checks the whole schedule; from then on the year answers working-day questions. */
    async publishYear(actor: Actor, year: number) {
      const row = await loadYear(year);
      if (row.status === 'published')
        throw new AppError('conflict', 'CALENDAR_YEAR_PUBLISHED', `${year}年已发布`);
      const problems = validateYearSchedule({ year, days: await scheduleOf(year) });
      if (problems.length) {
        throw new AppError(
          'unprocessable',
          'CALENDAR_SCHEDULE_INVALID',
          `${year}年的安排尚不完整：${problems[0]!.message}`,
          problems,
        );
      }
      await edit(actor, year, 'calendar.year-published', {}, (tx) =>
        repo.updateYear(tx, year, { status: 'published' }),
      );
      return service.getYear(year);
    },
  };
  return service;
}

/**
 * Loads the State Council schedules bundled in `chinese-days` for every year not yet in the
 * table. Years already present — including ones an admin edited — are never overwritten.
 */
export async function seedCalendar(db: Db): Promise<number> {
  const present = new Set((await repo.listYearNumbers(db)).map((r) => r.year));
  let added = 0;
  for (const schedule of chineseDaysSchedules()) {
    if (present.has(schedule.year)) continue;
    await db.transaction(async (tx) => {
      const inserted = await repo.insertYear(tx, {
        year: schedule.year,
        source: 'chinese-days',
        status: 'published',
      });
      if (inserted.length === 0) return;
      await repo.insertDays(
        tx,
        schedule.days.map((d) => ({ ...d, year: schedule.year })),
      );
      added += 1;
    });
  }
  return added;
}

export type CalendarService = ReturnType<typeof createCalendarService>;

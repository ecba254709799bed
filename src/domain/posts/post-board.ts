import { LEVELS, type Level, POST_GRADES, type PostGrade, postGradesOf } from '../catalogue';

/** How a current appointment sits on the board. */
export type BoardAppointmentKind = 'normal' | 'borrowed' | 'special';

/** One appointment as the board counts it. */
export interface BoardAppointment {
  /** The grade the person holds. */
  readonly grade: PostGrade;
  readonly kind: BoardAppointmentKind;
  /** For a borrowed appointment: the higher grade whose vacant post it uses. */
  readonly borrowedFromGrade?: PostGrade;
  readonly start: string;
  /** Exclusive: the appointment no longer counts on this day. */
  readonly end?: string | null;
}

/**
 * The figures of one grade on a day. Definitions (the benchmark recomputes them with
 * GROUP BY over the same rows, so they are stated exactly):
 * - current: `start <= day` and (`end` is null or `day < end`);
 * - `quota`: the approved plan's quota for the grade (0 when the plan sets none);
 * - `special`: current special appointments at the grade (outside the quota, counted apart);
 * - `borrowedIn`: current borrowed appointments at the grade (people of this grade sitting
 *   on a higher grade's post, so they do not use this grade's quota);
 * - `borrowedOut`: current borrowed appointments whose `borrowedFromGrade` is this grade
 *   (this grade's posts lent to a lower grade, so they are in use);
 * - `occupied`: posts of this grade in use = current normal appointments at the grade +
 *   `borrowedOut`;
 * - `vacant` = max(0, quota − occupied); `over` = max(0, occupied − quota);
 * - hence `occupied + vacant − over = quota` for every grade, and
 *   `people = occupied − borrowedOut + borrowedIn + special` is the number of people holding it.
 */
export interface BoardRow {
  readonly quota: number;
  readonly occupied: number;
  readonly vacant: number;
  readonly borrowedIn: number;
  readonly borrowedOut: number;
  readonly special: number;
  readonly over: number;
  readonly people: number;
}

/** The grade rows summed for one level, with the level's own net figures. */
export interface BoardLevelRow extends BoardRow {
  readonly level: Level;
  /**
   * The level as a whole: max(0, Σoccupied − Σquota). Not the sum of the grades' `over`: a
   * vacancy at one grade offsets an excess at another for 退二进一, which is judged per level.
   */
  readonly netOver: number;
}

/** A unit's post board on one day: a row per grade 1–13 and per level. */
export interface PostBoard {
  readonly asOf: string;
  readonly grades: ReadonlyMap<PostGrade, BoardRow>;
  readonly levels: ReadonlyMap<Level, BoardLevelRow>;
}

const isCurrent = (a: BoardAppointment, day: string) => a.start <= day && (!a.end || day < a.end);

function rowOf(
  quota: number,
  normal: number,
  borrowedIn: number,
  borrowedOut: number,
  special: number,
): BoardRow {
  const occupied = normal + borrowedOut;
  return {
    quota,
    occupied,
    vacant: Math.max(0, quota - occupied),
    over: Math.max(0, occupied - quota),
    borrowedIn,
    borrowedOut,
    special,
    people: normal + borrowedIn + special,
  };
}

/**
 * The board of a unit on `asOf`: quotas from its approved plan (grade → quota) and its
 * appointments. Pure arithmetic; the unit's board, HR's monitoring and the appointment
 * guards all read these same figures.
 */
export function computePostBoard(
  quotas: ReadonlyMap<PostGrade, number>,
  appointments: readonly BoardAppointment[],
  asOf: string,
): PostBoard {
  const count = (test: (a: BoardAppointment) => boolean) =>
    appointments.filter((a) => isCurrent(a, asOf) && test(a)).length;
  const grades = new Map<PostGrade, BoardRow>();
  for (const grade of POST_GRADES)
    grades.set(
      grade,
      rowOf(
        quotas.get(grade) ?? 0,
        count((a) => a.kind === 'normal' && a.grade === grade),
        count((a) => a.kind === 'borrowed' && a.grade === grade),
        count((a) => a.kind === 'borrowed' && a.borrowedFromGrade === grade),
        count((a) => a.kind === 'special' && a.grade === grade),
      ),
    );
  const levels = new Map<Level, BoardLevelRow>();
  for (const level of LEVELS) {
    const rows = postGradesOf(level).map((g) => grades.get(g)!);
    const sum = (field: keyof BoardRow) => rows.reduce((total, row) => total + row[field], 0);
    levels.set(level, {
      level,
      quota: sum('quota'),
      occupied: sum('occupied'),
      vacant: sum('vacant'),
      borrowedIn: sum('borrowedIn'),
      borrowedOut: sum('borrowedOut'),
      special: sum('special'),
      over: sum('over'),
      people: sum('people'),
      netOver: Math.max(0, sum('occupied') - sum('quota')),
    });
  }
  return { asOf, grades, levels };
}

/** Professional posts of the whole unit: Σquota − Σoccupied over grades 1–13, never below 0. */
export function professionalVacancies(board: PostBoard): number {
  let quota = 0;
  let occupied = 0;
  for (const row of board.grades.values()) {
    quota += row.quota;
    occupied += row.occupied;
  }
  return Math.max(0, quota - occupied);
}

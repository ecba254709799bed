import { LEVELS, type Level } from './levels';
import { SERIES_DEFINITIONS, type SeriesDefinition, type TitleLineDefinition } from './series-data';

/** One level a series has, with every title name used for it across the series' lines. */
export interface SeriesLevel {
  level: Level;
  titles: readonly string[];
  /** True when this level of the series' main route is obtained by exam (以考代评). */
  byExam: boolean;
}

/** A ladder of titles within a series; `examLevels` is resolved (never undefined). */
export interface TitleLine {
  key: string;
  name: string;
  titles: Partial<Record<Level, string>>;
  examLevels: readonly Level[];
}

/** A national title series (职称系列) with its levels and title lines. */
export interface Series {
  code: string;
  slug: string;
  name: string;
  shortName: string;
  /** Levels of the series, highest first; a level the series lacks is absent. */
  levels: readonly SeriesLevel[];
  lines: readonly TitleLine[];
}

/** A series, or its slug or 2-digit code. */
export type SeriesRef = Series | string;

function buildSeries(definition: SeriesDefinition): Series {
  const lines: TitleLine[] = definition.lines.map((line: TitleLineDefinition) => ({
    key: line.key,
    name: line.name,
    titles: line.titles,
    examLevels: line.examLevels ?? definition.examLevels,
  }));
  const levels: SeriesLevel[] = [];
  for (const level of LEVELS) {
    const titles = [...new Set(lines.flatMap((line) => line.titles[level] ?? []))];
    if (titles.length === 0) continue;
    levels.push({ level, titles, byExam: definition.examLevels.includes(level) });
  }
  return {
    code: definition.code,
    slug: definition.slug,
    name: definition.name,
    shortName: definition.shortName,
    levels,
    lines,
  };
}

const SERIES: readonly Series[] = SERIES_DEFINITIONS.map(buildSeries);

// Slugs are lower-case words and codes are two digits, so one map can hold both keys.
const BY_KEY: ReadonlyMap<string, Series> = new Map(
  SERIES.flatMap((s) => [[s.slug, s] as const, [s.code, s] as const]),
);

function resolve(series: SeriesRef): Series | undefined {
  return typeof series === 'string' ? BY_KEY.get(series) : series;
}

/** All 27 national series, in catalogue (code) order. */
export function listSeries(): readonly Series[] {
  return SERIES;
}

/** The series with this slug (e.g. 'engineering') or 2-digit code (e.g. '05'). */
export function findSeries(slugOrCode: string): Series | undefined {
  return BY_KEY.get(slugOrCode);
}

/** True when `value` is the slug of a catalogue series. */
export function isSeriesSlug(value: unknown): value is string {
  return typeof value === 'string' && SERIES.some((s) => s.slug === value);
}

/** The levels a series has, highest first (empty for an unknown series). */
export function levelsOf(series: SeriesRef): readonly Level[] {
  return resolve(series)?.levels.map((l) => l.level) ?? [];
}

/** True when the series has this level at all (e.g. 高等学校教师 has no 员级). */
export function seriesHasLevel(series: SeriesRef, level: Level): boolean {
  return levelsOf(series).includes(level);
}

/**
 * The title name for a level, e.g. ('engineering', 'associate-senior') → '高级工程师'.
 * With `line` (a line key such as 'nurse'), the name on that line; without it, the name on
 * the first line that has the level. Undefined when the series, line or level does not exist.
 */
export function titleName(series: SeriesRef, level: Level, line?: string): string | undefined {
  const s = resolve(series);
  if (!s) return undefined;
  if (line !== undefined) return s.lines.find((l) => l.key === line)?.titles[level];
  for (const l of s.lines) {
    const title = l.titles[level];
    if (title) return title;
  }
  return undefined;
}

/**
 * True when the title at this level is obtained by exam (以考代评) rather than review.
 * `line` selects a line with its own exam levels, e.g. engineering's 'computer-software'
 * (计算机技术与软件, by exam at every level). A level the series or line lacks is never by exam.
 */
export function isByExam(series: SeriesRef, level: Level, line?: string): boolean {
  const s = resolve(series);
  if (!s) return false;
  if (line !== undefined) {
    const l = s.lines.find((candidate) => candidate.key === line);
    return l !== undefined && l.titles[level] !== undefined && l.examLevels.includes(level);
  }
  return s.levels.find((entry) => entry.level === level)?.byExam ?? false;
}

/**
 * True for an "exam series": one whose 中级 is obtained by exam (会计, 经济, 统计, 审计, 卫生).
 * Several direct-recognition rules say "考试系列除外" and use this.
 */
export function isExamSeries(series: SeriesRef): boolean {
  return isByExam(series, 'intermediate');
}

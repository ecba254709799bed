/**
 * The five title levels (层级), highest first. The order of this tuple is the ranking used
 * everywhere: index 0 is 正高级.
 */
export const LEVELS = ['senior', 'associate-senior', 'intermediate', 'assistant', 'entry'] as const;

export type Level = (typeof LEVELS)[number];

export const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  senior: '正高级',
  'associate-senior': '副高级',
  intermediate: '中级',
  assistant: '助理级',
  entry: '员级',
};

/** Chinese name of a level, e.g. '副高级'. */
export function levelName(level: Level): string {
  return LEVEL_NAMES[level];
}

/** Type guard for untrusted input (request bodies, CLI arguments). */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/**
 * Rank of a level: 5 for 正高级 down to 1 for 员级, so `levelRank(a) > levelRank(b)` reads
 * as "a is higher than b".
 */
export function levelRank(level: Level): number {
  return LEVELS.length - LEVELS.indexOf(level);
}

/** Negative when `a` is lower than `b`, zero when equal, positive when higher (sorts ascending by rank). */
export function compareLevels(a: Level, b: Level): number {
  return levelRank(a) - levelRank(b);
}

/**
 * The next level up in the generic ladder, or null above 正高级. A series that lacks a
 * level (e.g. 高等学校教师 has no 员级) is handled by the catalogue, not here.
 */
export function nextLevelUp(level: Level): Level | null {
  const index = LEVELS.indexOf(level);
  return index > 0 ? (LEVELS[index - 1] ?? null) : null;
}

/** The next level down in the generic ladder, or null below 员级. */
export function nextLevelDown(level: Level): Level | null {
  const index = LEVELS.indexOf(level);
  return LEVELS[index + 1] ?? null;
}

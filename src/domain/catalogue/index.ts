export type { Level } from './levels';
export {
  compareLevels,
  isLevel,
  LEVEL_NAMES,
  LEVELS,
  levelName,
  levelRank,
  nextLevelDown,
  nextLevelUp,
} from './levels';
export type { Citation, PostGrade, RegionTier, StructureRatio } from './post-grades';
export {
  findStructureRatio,
  highestGradeOf,
  isPostGrade,
  levelOfPostGrade,
  lowestGradeOf,
  NATIONAL_SPECIAL_POST_GRADE,
  NATIONAL_STRUCTURE_RATIOS,
  POST_GRADE_CITATION,
  POST_GRADES,
  postGradeName,
  postGradesOf,
  REGION_TIER_NAMES,
  REGION_TIERS,
  unknownPostGradeMessage,
  WITHIN_LEVEL_PROMOTION_GRADES,
} from './post-grades';
export type { Series, SeriesLevel, SeriesRef, TitleLine } from './series';
export {
  findSeries,
  isByExam,
  isExamSeries,
  isSeriesSlug,
  levelsOf,
  listSeries,
  seriesHasLevel,
  titleName,
} from './series';

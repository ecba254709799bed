import type { Level } from './levels';

/**
 * One ladder of title names inside a series (e.g. 卫生技术's 医、药、护、技 lines, or 新闻's
 * 记者 and 编辑). A level the line does not have is simply absent.
 */
export interface TitleLineDefinition {
  /** Stable English key, unique within the series. */
  key: string;
  /** Chinese name of the line, e.g. '护理'. */
  name: string;
  titles: Partial<Record<Level, string>>;
  /**
   * Levels of this line obtained by exam, when they differ from the series' own
   * `examLevels` (used for 计算机技术与软件, which is by exam at every level).
   */
  examLevels?: readonly Level[];
}

export interface SeriesDefinition {
  /** 2-digit series code. */
  code: string;
  /** Stable English slug used in the API (CONTRACTS §1). */
  slug: string;
  /** Official series name as in the 人社部 list, e.g. '工程技术人员'. */
  name: string;
  /** Short name used in prose, e.g. '工程技术'. */
  shortName: string;
  /** Levels obtained by national exam instead of review (以考代评). */
  examLevels: readonly Level[];
  lines: readonly TitleLineDefinition[];
}

// Levels of 初级 + 中级, the 以考代评 span of the exam series (DOMAIN §3).
export const JUNIOR_AND_INTERMEDIATE: readonly Level[] = ['intermediate', 'assistant', 'entry'];

import type { TitleLineDefinition } from './series-definition';

/**
 * Title ladders that the national list prints word for word in more than one series, so each
 * is written once: 02 and 03 name their researchers alike, 09 and 11 their 馆员, and 13 技工院校
 * and 22 中等职业学校 share the lecturer names and the practice-instructor line.
 */

/** 研究 line of 哲学社会科学研究 (02) and 自然科学研究 (03). */
export const RESEARCHER_LINE: TitleLineDefinition = {
  key: 'researcher',
  name: '研究',
  titles: {
    senior: '研究员',
    'associate-senior': '副研究员',
    intermediate: '助理研究员',
    assistant: '研究实习员',
  },
};

/**
 * The 馆员 ladder of 图书资料 (09) and 档案 (11), 研究馆员 … 管理员. 文物博物 (10) has the same
 * names without 管理员, so it keeps its own.
 */
export const KEEPER_TITLES: TitleLineDefinition['titles'] = {
  senior: '研究馆员',
  'associate-senior': '副研究馆员',
  intermediate: '馆员',
  assistant: '助理馆员',
  entry: '管理员',
};

/** The lecturers' ladder of 技工院校教师 (13) and 中等职业学校教师 (22); each names the line its own way. */
export const LECTURER_TITLES: TitleLineDefinition['titles'] = {
  senior: '正高级讲师',
  'associate-senior': '高级讲师',
  intermediate: '讲师',
  assistant: '助理讲师',
};

/** 实习指导教师 line of 技工院校教师 (13) and 中等职业学校教师 (22). */
export const PRACTICE_INSTRUCTOR_LINE: TitleLineDefinition = {
  key: 'practice-instructor',
  name: '实习指导教师',
  titles: {
    senior: '正高级实习指导教师',
    'associate-senior': '高级实习指导教师',
    intermediate: '一级实习指导教师',
    assistant: '二级实习指导教师',
    entry: '三级实习指导教师',
  },
};

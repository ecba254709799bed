/**
 * The stages of a review session (评审会议), in order. Which step may be taken in which stage,
 * and where it leads, is the table in session-steps.ts.
 */
export const SESSION_STATES = {
  planned: '筹备中（编排议程）',
  'seed-published': '已公布抽取种子',
  drawn: '专家已抽取，初审中',
  voting: '会议表决中',
  'voting-closed': '表决结束，待确定结果',
  'results-fixed': '结果已确定，公示中',
  filed: '已报送备案',
  announced: '已发文公布',
} as const;

export type SessionState = keyof typeof SESSION_STATES;

/**
 * The stages of a review session (评审会议), in order. Each use case of the session console
 * moves it one stage on, so the console offers exactly the next step.
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

/** The step the committee office takes from each stage, with its name (DESIGN rule 4). */
export const SESSION_STEPS: Record<SessionState, { step: string; name: string }[]> = {
  planned: [
    { step: 'agenda', name: '编排议程' },
    { step: 'publish-seed', name: '公布抽取种子' },
  ],
  'seed-published': [{ step: 'draw', name: '抽取专家' }],
  drawn: [
    { step: 'schedule-defence', name: '安排答辩' },
    { step: 'open-voting', name: '点名并开始表决' },
  ],
  voting: [{ step: 'close-voting', name: '结束表决' }],
  'voting-closed': [
    { step: 'preview', name: '预览结果' },
    { step: 'fix-results', name: '确定结果并公示' },
  ],
  'results-fixed': [{ step: 'file', name: '报送备案' }],
  filed: [{ step: 'announce', name: '发文公布' }],
  announced: [],
};

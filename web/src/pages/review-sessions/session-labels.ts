// The stages of a review session come from the domain, so the console never words a stage
// differently from the server.
import { SESSION_STATES } from '../../../../src/domain/review/session-states';
import type { SessionState, TallyOutcomeKind } from '../../api/review';

export const sessionStateNames: Record<SessionState, string> = SESSION_STATES;

/** The eight stages in order, for the console's progress bar. */
export const sessionStates = Object.keys(SESSION_STATES) as SessionState[];

export const sessionStateOptions = sessionStates.map((state) => ({
  value: state,
  label: sessionStateNames[state],
}));

/** Short step titles for the progress bar; the full names stay in the tag and the tooltip. */
export const sessionStageTitles: Record<SessionState, string> = {
  planned: '编排议程',
  'seed-published': '公布种子',
  drawn: '抽取与初审',
  voting: '会议表决',
  'voting-closed': '表决结束',
  'results-fixed': '结果公示',
  filed: '报送备案',
  announced: '发文公布',
};

/** Tag colours: preparing blue, the meeting itself purple, publicity gold, done green. */
const stateColours: Record<SessionState, string> = {
  planned: 'default',
  'seed-published': 'processing',
  drawn: 'processing',
  voting: 'purple',
  'voting-closed': 'geekblue',
  'results-fixed': 'gold',
  filed: 'cyan',
  announced: 'success',
};

export function sessionStateColour(state: string): string {
  return stateColours[state as SessionState] ?? 'default';
}

export const seatRoleNames: Record<'member' | 'alternate', string> = {
  member: '委员',
  alternate: '替补',
};

export const recusalSourceNames: Record<string, string> = {
  draw: '抽取时回避',
  expert: '专家申请',
  office: '办事机构决定',
};

/** `0.3` → `30%`. */
export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined) return '不限';
  return `${Math.round(share * 1000) / 10}%`;
}

/** Each kind of outcome in a word, for the result tag; the server's `reason` says the rest. */
export const outcomeNames: Record<TallyOutcomeKind, string> = {
  passed: '通过',
  'below-threshold': '未达通过票数',
  'over-cap': '超出通过率',
  'tied-at-cap': '并列超出名额',
  'green-channel-failed': '未获一致同意',
};

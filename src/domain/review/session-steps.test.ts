import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { SESSION_STATES, type SessionState } from './session-states';
import {
  assertSessionAllows,
  SESSION_STEP_RULES,
  SESSION_STEPS,
  type SessionStep,
  sessionAllows,
  stepRefused,
} from './session-steps';

const STATES = Object.keys(SESSION_STATES) as SessionState[];
const STEPS = Object.keys(SESSION_STEP_RULES) as SessionStep[];
const leadingOn = (state: SessionState) =>
  STEPS.filter((step) => SESSION_STEP_RULES[step].to !== null && sessionAllows(state, step));

describe('the review session’s transition table', () => {
  it('reaches every stage from planned, in the order the stages are listed, one step at a time', () => {
    const walked: SessionState[] = ['planned'];
    let state: SessionState = 'planned';
    for (;;) {
      const next = leadingOn(state);
      if (next.length === 0) break;
      // One step leads on from each stage: the meeting never forks.
      expect(next, `steps leading on from ${state}`).toHaveLength(1);
      state = SESSION_STEP_RULES[next[0]!].to!;
      expect(walked, `${state} reached twice`).not.toContain(state);
      walked.push(state);
    }
    expect(walked).toEqual(STATES);
  });

  it('ends at announced: nothing may be done to an announced session', () => {
    expect(STEPS.filter((step) => sessionAllows('announced', step))).toEqual([]);
  });

  it('lets every step be taken from some stage, and leads only forward', () => {
    for (const step of STEPS) {
      const { from, to } = SESSION_STEP_RULES[step];
      expect(from.length, step).toBeGreaterThan(0);
      if (to !== null)
        for (const stage of from)
          expect(STATES.indexOf(to), `${step} from ${stage}`).toBeGreaterThan(STATES.indexOf(stage));
    }
  });

  it('refuses every step from every other stage with its own code and words, naming the stage where it says so', () => {
    for (const step of STEPS)
      for (const state of STATES) {
        const { from, refusal } = SESSION_STEP_RULES[step];
        if ((from as readonly string[]).includes(state)) {
          expect(() => assertSessionAllows(state, step)).not.toThrow();
          continue;
        }
        expect(() => assertSessionAllows(state, step)).toThrow(AppError);
        const error = stepRefused(state, step);
        expect(error).toMatchObject({ kind: 'conflict', code: refusal.code });
        expect(error.message).toBe(refusal.message.replace('{stage}', SESSION_STATES[state]));
        expect(error.message).not.toContain('{stage}');
      }
  });

  it('words the refusals as the users have always read them', () => {
    expect(stepRefused('drawn', 'agenda').message).toBe('会议当前为「专家已抽取，初审中」，不能编排议程');
    expect(stepRefused('planned', 'open-voting').message).toBe(
      '会议当前为「筹备中（编排议程）」，不能开始表决',
    );
    expect(stepRefused('results-fixed', 'cap-adjustments')).toMatchObject({
      code: 'SESSION_WRONG_STAGE',
      message: '会议当前为「结果已确定，公示中」，不能设置通过比例加成',
    });
    expect(stepRefused('voting', 'preview').message).toBe('表决结束后才能预览结果');
    expect(stepRefused('voting-closed', 'vote')).toMatchObject({
      code: 'VOTING_CLOSED',
      message: '当前不在表决时间内（表决只进行一轮）',
    });
    expect(stepRefused('voting', 'score').code).toBe('SCORING_CLOSED');
    expect(stepRefused('voting-closed', 'declare-conflict').code).toBe('RECUSAL_CLOSED');
    // A stage the table does not know allows nothing and is named as stored.
    expect(sessionAllows('archived', 'vote')).toBe(false);
    expect(stepRefused('archived', 'file').message).toBe('会议当前为「archived」，不能报送备案');
  });

  it('offers on the console, per stage, the office’s steps in the order of the meeting', () => {
    expect(SESSION_STEPS).toEqual({
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
    });
    // Experts' steps are never on the office's console.
    for (const steps of Object.values(SESSION_STEPS))
      for (const { step } of steps) expect(SESSION_STEP_RULES[step].by).not.toBe('expert');
  });
});

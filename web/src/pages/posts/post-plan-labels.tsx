import { Tag } from 'antd';
import { LEVEL_NAMES, LEVELS, type Level } from '../../../../src/domain/catalogue/levels';
import { postGradeName, postGradesOf } from '../../../../src/domain/catalogue/post-grades';
import { PLAN_STATE_NAMES, PLAN_STATES, type PlanState } from '../../../../src/domain/posts/plan-workflow';
import { FUNDING_KIND_NAMES, POST_CATEGORY_NAMES } from '../../../../src/domain/posts/post-plan';
import { optionsOf } from '../../lib/labels';

/** The professional levels a unit sets posts for; grade 1 is the nation's own and never a unit's. */
export const PLAN_LEVELS: readonly Level[] = LEVELS;

/** Grades per level as the wizard and the board list them, highest first, without grade 1. */
export function gradesOfLevel(level: Level): number[] {
  return postGradesOf(level).filter((grade) => grade !== 1);
}

export { LEVEL_NAMES, postGradeName };

export const planStateOptions = optionsOf(PLAN_STATE_NAMES);
export const fundingOptions = optionsOf(FUNDING_KIND_NAMES);
export const categoryOptions = optionsOf(POST_CATEGORY_NAMES);

const stateColours: Record<PlanState, string> = {
  draft: 'default',
  submitted: 'processing',
  reviewed: 'blue',
  returned: 'error',
  approved: 'success',
  superseded: 'default',
};

/** A plan's state as a coloured tag; the server's own name for it when it sends a new state. */
export function PlanStateTag({ state, name }: { state: string; name?: string }) {
  const known = (PLAN_STATES as readonly string[]).includes(state) ? (state as PlanState) : null;
  return (
    <Tag color={known ? stateColours[known] : 'default'} data-testid="plan-state">
      {name ?? (known ? PLAN_STATE_NAMES[known] : state)}
    </Tag>
  );
}

import { Tag } from 'antd';
import { LEVEL_NAMES, LEVELS, type Level } from '../../../../src/domain/catalogue/levels';
import { POST_GRADES, postGradeName, postGradesOf } from '../../../../src/domain/catalogue/post-grades';
import { APPOINTMENT_KIND_NAMES, type AppointmentKind } from '../../../../src/domain/posts/appointment';
import {
  APPOINTMENT_STATE_NAMES,
  APPOINTMENT_STATES,
  type AppointmentState,
} from '../../../../src/domain/posts/appointment-workflow';
import { optionsOf } from '../../lib/labels';

export const appointmentStateOptions = optionsOf(APPOINTMENT_STATE_NAMES);
export const appointmentKindOptions = optionsOf(APPOINTMENT_KIND_NAMES);
export const levelOptions = LEVELS.map((level) => ({ value: level, label: LEVEL_NAMES[level] }));

/** Every grade 1–13 as a filter choice (专业技术1级 … 13级). */
export const gradeFilterOptions = POST_GRADES.map((grade) => ({
  value: String(grade),
  label: postGradeName(grade),
}));

/**
 * The grades a kind may name, as the domain decides before any record is read: grade 1 is the
 * nation's special post and only a 特设岗位 may hold it (`grade-exists`); a named level keeps its
 * own grades. The rest (lowest grade first, step by step) depends on the person and the unit's
 * set, so the live check says it.
 */
export function gradeOptionsFor(kind: AppointmentKind | undefined, level: Level | undefined) {
  const grades = level ? postGradesOf(level) : POST_GRADES;
  return grades
    .filter((grade) => grade !== 1 || kind === 'special')
    .map((grade) => ({ value: grade, label: postGradeName(grade) }));
}

const stateColours: Record<AppointmentState, string> = {
  draft: 'default',
  publicised: 'processing',
  reviewed: 'blue',
  returned: 'error',
  filed: 'success',
  ended: 'default',
};

/** An appointment's state as a coloured tag; the server's own name for it when it sends a new state. */
export function AppointmentStateTag({ state, name }: { state: string; name?: string }) {
  const known = (APPOINTMENT_STATES as readonly string[]).includes(state)
    ? (state as AppointmentState)
    : null;
  return (
    <Tag color={known ? stateColours[known] : 'default'} data-testid="appointment-state">
      {name ?? (known ? APPOINTMENT_STATE_NAMES[known] : state)}
    </Tag>
  );
}

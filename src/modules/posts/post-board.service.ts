import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { requireAbility } from '../../domain/access/record-policy';
import { todayInShanghai } from '../../domain/calendar';
import {
  LEVELS,
  levelName,
  levelOfPostGrade,
  POST_GRADES,
  type PostGrade,
  postGradeName,
} from '../../domain/catalogue';
import { notFound } from '../../domain/errors';
import { type BoardAppointmentKind, computePostBoard } from '../../domain/posts/post-board';
import type { Clock } from '../../platform/clock';
import { findOrganisation } from '../organisations';
import { filedAppointmentsAt } from './appointments.repository';
import { approversOf } from './post-plan-records';
import * as repo from './post-plans.repository';
import { postBoardPolicy } from './posts.policy';

/**
 * The board of a unit on a day with the plan in force and its lines: what the board route shows
 * and what the appointment guards read (the same figures, so a check and the board agree).
 */
export async function unitBoardAt(db: Db, unitId: string, day: string) {
  const plan = await repo.planInForceAt(db, unitId, day);
  const [lines, appointments] = await Promise.all([
    repo.linesOf(db, plan ? [plan.id] : []),
    filedAppointmentsAt(db, unitId, day),
  ]);
  const own = plan ? lines(plan.id) : { gradeQuotas: [], specialPosts: [] };
  const board = computePostBoard(
    new Map(own.gradeQuotas.map((g) => [g.grade as PostGrade, g.quota])),
    appointments.map((a) => ({
      grade: a.grade as PostGrade,
      kind: a.boardKind as BoardAppointmentKind,
      ...(a.borrowedFromGrade !== null ? { borrowedFromGrade: a.borrowedFromGrade as PostGrade } : {}),
      start: a.startDate,
      end: a.endDate,
    })),
    day,
  );
  return { plan, own, board };
}

/**
 * A unit's post board (岗位设置情况) on a day: per grade 1–13 and per level, the quota of the
 * plan in force, occupied, vacant, borrowed in and out, special and over, from its filed
 * appointments — the figures `computePostBoard` defines.
 */
export function createPostBoard(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async board(actor: Actor, unitId: string, asOf: string | undefined) {
      const unit = await findOrganisation(db, unitId);
      const approverOf = await approversOf(db, unit ? [unit.jurisdictionCode] : []);
      requireAbility(
        unit
          ? postBoardPolicy.abilitiesOf(actor, { unit, approverBureauId: approverOf(unit.jurisdictionCode) })
          : null,
        'view',
        { hidden: () => notFound('单位'), refused: () => notFound('单位') },
      );
      const day = asOf ?? todayInShanghai(clock.now());
      const { plan, own, board } = await unitBoardAt(db, unitId, day);
      return {
        unit: { id: unit!.id, name: unit!.name },
        asOf: day,
        plan: plan
          ? {
              id: plan.id,
              version: plan.version,
              effectiveFrom: plan.effectiveFrom,
              effectiveUntil: plan.effectiveUntil,
              approvalDocument: plan.approvalDocument,
            }
          : null,
        grades: POST_GRADES.map((grade) => ({
          grade,
          name: postGradeName(grade),
          level: levelOfPostGrade(grade)!,
          ...board.grades.get(grade)!,
        })),
        levels: LEVELS.map((level) => ({ ...board.levels.get(level)!, levelName: levelName(level) })),
        specialPosts: own.specialPosts.map(({ grade, count, reason }) => ({ grade, count, reason })),
      };
    },
  };
}

export type PostBoardService = ReturnType<typeof createPostBoard>;

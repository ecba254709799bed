import type { Db } from '../../db/client';
import type { NewGradeFilingRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { todayInShanghai } from '../../domain/calendar';
import { AppError, invalidInput } from '../../domain/errors';
import type { FilingProblem } from '../../domain/posts/grade-filing';
import {
  GRADE_FILING_STATE_NAMES,
  type GradeFilingEvent,
  type GradeFilingState,
  gradeFilingTransition,
} from '../../domain/posts/grade-filing-workflow';
import type { Clock } from '../../platform/clock';
import type { AuditLog } from '../audit';
import { candidateColumns, checkFiling } from './grade-filing-facts';
import { loadGradeFilingFor } from './grade-filing-records';
import { filingPartiesOf } from './grade-filings.policy';
import * as repo from './grade-filings.repository';
import type { GradeFilingsService } from './grade-filings.service';

type Loaded = repo.FilingRow;

/** 422 with every failing item (key, Chinese message, citation): nothing written. */
function refusal(problems: readonly FilingProblem[], step: string) {
  return new AppError(
    'unprocessable',
    'GRADE_FILING_REFUSED',
    `岗位评定备案有${problems.length}项不符合规定，不能${step}：${problems[0]!.message}`,
    problems.map((p) => ({ path: p.path, message: p.message, key: p.key, citation: p.citation })),
  );
}

/**
 * The filing's steps between the unit and the provincial HR bureau: 评前沟通 (the candidate
 * list must pass every check), the bureau's go-ahead or return, 评后报告 with every result (no
 * more passed than the vacancy), 备案核准 with a document number (checked again) or return.
 * Each step is the workflow table's transition, written by compare-and-set with its audit
 * event in one transaction.
 */
export function createGradeFilingSteps(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  filings: GradeFilingsService;
}) {
  const { db, clock, audit, filings } = deps;

  async function write(
    tx: Db,
    actor: Actor,
    record: Loaded,
    event: GradeFilingEvent,
    columns: Partial<NewGradeFilingRecord>,
    data: Record<string, unknown>,
  ) {
    const transition = gradeFilingTransition(
      event,
      record.filing.state as GradeFilingState,
      filingPartiesOf(actor, record.unit),
    )!;
    const row = await repo.updateGradeFilingIf(tx, record.filing.id, transition.from, {
      ...columns,
      state: transition.to!,
      updatedBy: actor.userId,
      updatedAt: clock.now(),
    });
    if (!row) {
      const found = await repo.findGradeFiling(tx, record.filing.id);
      const state = GRADE_FILING_STATE_NAMES[found?.filing.state as GradeFilingState] ?? found?.filing.state;
      throw new AppError('conflict', 'GRADE_FILING_STATE', `岗位评定备案已变为「${state}」，请刷新后再操作`);
    }
    await audit.record(tx, actor.userId, {
      action: transition.audit,
      entityType: 'grade-filing',
      entityId: record.filing.id,
      data: { from: record.filing.state, to: transition.to, ...data },
    });
  }

  return {
    /**
     * 评前沟通: the candidates' posts and titles are read again for the planned day, and the
     * list must pass every check (within the vacancy, at the lower grade long enough, 正高).
     */
    async communicate(actor: Actor, id: string) {
      const record = await loadGradeFilingFor(db, actor, id, 'communicate');
      const { filing, unit } = record;
      const fresh = await candidateColumns(
        db,
        unit.id,
        record.candidates.map((c) => c.personId),
        filing.plannedDate,
      );
      const named = fresh.map((c, i) => ({ ...c, name: record.candidates[i]!.name }));
      const { vacancy, problems } = await checkFiling(db, unit, filing, named);
      if (problems.length) throw refusal(problems, '报送评前沟通');
      await db.transaction(async (tx) => {
        await repo.replaceCandidates(tx, id, fresh);
        await write(
          tx,
          actor,
          record,
          'communicate',
          { vacancy, communicatedAt: clock.now(), returnReasons: null },
          { vacancy, candidates: fresh.map((c) => c.personId) },
        );
      });
      return filings.detail(actor, id);
    },

    /** The provincial bureau agrees that the unit proceeds with its evaluation. */
    async acknowledge(actor: Actor, id: string, note: string | null) {
      const record = await loadGradeFilingFor(db, actor, id, 'acknowledge');
      await db.transaction((tx) =>
        write(
          tx,
          actor,
          record,
          'acknowledge',
          { acknowledgement: note, acknowledgedBy: actor.userId, acknowledgedAt: clock.now() },
          { note },
        ),
      );
      return filings.detail(actor, id);
    },

    /**
     * 评后报告: a result for every candidate (400 if any is missing or not on the list), no
     * more passed than the vacancy of the planned day (422).
     */
    async report(
      actor: Actor,
      id: string,
      body: {
        evaluatedOn: string;
        note: string | null;
        results: { personId: string; passed: boolean; result: string | null }[];
      },
    ) {
      const record = await loadGradeFilingFor(db, actor, id, 'report');
      const byPerson = new Map(body.results.map((r) => [r.personId, r]));
      const problems: { path: string; message: string }[] = [];
      if (body.evaluatedOn > todayInShanghai(clock.now()))
        problems.push({ path: 'evaluatedOn', message: '评定日期不能晚于今天' });
      record.candidates.forEach((c, i) => {
        if (!byPerson.has(c.personId))
          problems.push({ path: `results.${i}`, message: `请填写${c.name}的评定结果` });
      });
      const listed = new Set(record.candidates.map((c) => c.personId));
      body.results.forEach((r, i) => {
        if (!listed.has(r.personId))
          problems.push({ path: `results.${i}.personId`, message: '该人员不在评前沟通的参评名单中' });
      });
      if (byPerson.size !== body.results.length)
        problems.push({ path: 'results', message: '每名参评人员只能填写一次评定结果' });
      if (problems.length) throw invalidInput(problems, 'GRADE_FILING_INVALID_INPUT');
      const candidates = record.candidates.map((c) => {
        const r = byPerson.get(c.personId)!;
        return { ...c, passed: r.passed, result: r.result };
      });
      const check = await checkFiling(db, record.unit, record.filing, candidates, 'report');
      if (check.problems.length) throw refusal(check.problems, '报送评后报告');
      await db.transaction(async (tx) => {
        await repo.replaceCandidates(
          tx,
          id,
          candidates.map(({ name: _n, filingId: _f, ...c }) => c),
        );
        await write(
          tx,
          actor,
          record,
          'report',
          { evaluatedOn: body.evaluatedOn, reportNote: body.note, reportedAt: clock.now() },
          {
            evaluatedOn: body.evaluatedOn,
            passed: candidates.filter((c) => c.passed).map((c) => c.personId),
          },
        );
      });
      return filings.detail(actor, id);
    },

    /** The provincial bureau returns the plan or the report, every reason kept for the unit. */
    async return(actor: Actor, id: string, reasons: string[]) {
      const record = await loadGradeFilingFor(db, actor, id, 'return');
      await db.transaction((tx) =>
        write(tx, actor, record, 'return', { returnReasons: reasons }, { reasons }),
      );
      return filings.detail(actor, id);
    },

    /** 备案核准: checked again on the board of the planned day (the vacancy may have gone), with the document number. */
    async approve(actor: Actor, id: string, approvalDocument: string) {
      const record = await loadGradeFilingFor(db, actor, id, 'approve');
      const check = await checkFiling(db, record.unit, record.filing, record.candidates, 'report');
      if (check.problems.length) throw refusal(check.problems, '备案核准');
      await db.transaction((tx) =>
        write(
          tx,
          actor,
          record,
          'approve',
          { approvalDocument, approvedBy: actor.userId, approvedAt: clock.now() },
          { approvalDocument },
        ),
      );
      return filings.detail(actor, id);
    },
  };
}

export type GradeFilingSteps = ReturnType<typeof createGradeFilingSteps>;

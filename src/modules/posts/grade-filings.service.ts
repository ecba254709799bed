import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { isLevel, levelName, postGradeName } from '../../domain/catalogue';
import { AppError, notFound } from '../../domain/errors';
import type { Clock } from '../../platform/clock';
import { buildWorkbook, EVERY_ROW } from '../../platform/excel';
import type { AuditLog } from '../audit';
import { findPerson } from '../people';
import { titleLevelOf } from './appointment-facts';
import { candidateColumns, checkFiling, filingContext, filingRouteOf } from './grade-filing-facts';
import { loadGradeFilingFor, presentGradeFilings } from './grade-filing-records';
import { gradeFilingPolicy } from './grade-filings.policy';
import * as repo from './grade-filings.repository';
import type { GradeFilingDraftBody } from './grade-filings.schema';
import { unitBoardAt } from './post-board.service';
import { clerkUnitOf } from './post-plan-records';

export interface GradeFilingListQuery extends repo.GradeFilingFilters {
  sort: repo.GradeFilingSort;
  page: number;
  pageSize: number;
}

/**
 * A unit drafts its grade filing (二级岗位评定; Jilin's grade 3 and 2) and reads what its form
 * needs; the unit and the HR bureaus of its region list and read filings in their scope (the
 * provincial bureau's queues are the list filtered by state).
 */
export function createGradeFilings(deps: { db: Db; clock: Clock; audit: AuditLog }) {
  const { db, clock, audit } = deps;
  const clerkUnit = (actor: Actor) =>
    clerkUnitOf(db, actor, { work: '办理岗位评定备案', subject: '岗位评定备案' });

  /** The draft's columns and candidates: the route must exist in the unit's set and every candidate be on its record (400). */
  async function draftOf(unit: { id: string; jurisdictionCode: string }, body: GradeFilingDraftBody) {
    filingRouteOf(unit, body.targetGrade, body.plannedDate);
    const candidates = await candidateColumns(db, unit.id, body.candidates, body.plannedDate);
    return {
      columns: { targetGrade: body.targetGrade, standard: body.standard, plannedDate: body.plannedDate },
      candidates,
    };
  }

  const service = {
    async list(actor: Actor, query: GradeFilingListQuery) {
      const { items, total } = await repo.listGradeFilings(
        db,
        gradeFilingPolicy.scopeOf(actor),
        query,
        query.sort,
        {
          limit: query.pageSize,
          offset: (query.page - 1) * query.pageSize,
        },
      );
      return { items: presentGradeFilings(actor, items), total, page: query.page, pageSize: query.pageSize };
    },

    /** One filing with its check now: the route's clauses, the planned day's vacancy, every failing item. */
    async detail(actor: Actor, id: string) {
      const row = await repo.findGradeFiling(db, id);
      const [view] = row ? presentGradeFilings(actor, [row]) : [];
      if (!row || !view) throw notFound('岗位评定备案', 'GRADE_FILING_NOT_FOUND');
      const stage = row.filing.state === 'reported' || row.filing.state === 'approved' ? 'report' : 'plan';
      const { route, vacancy, problems } = await checkFiling(db, row.unit, row.filing, row.candidates, stage);
      return {
        ...view,
        check: {
          vacancy,
          fromGrade: route.fromGrade,
          citations: route.citations.map(({ document, clause }) => ({ document, clause })),
          // Once approved the filing is decided: appointments made under it use up the vacancy it was checked against.
          problems: row.filing.state === 'approved' ? [] : problems,
        },
      };
    },

    /** What the unit's form shows: the route of its set, the grade's quota and vacancy, its staff at the lower grade. */
    async options(actor: Actor, query: { targetGrade: number; plannedDate: string }) {
      const unit = await clerkUnit(actor);
      const { route } = filingRouteOf(unit, query.targetGrade, query.plannedDate);
      const [context, { board }, staff] = await Promise.all([
        filingContext(db, unit, route, query.plannedDate),
        unitBoardAt(db, unit.id, query.plannedDate),
        repo.staffAtGrade(db, unit.id, route.fromGrade, query.plannedDate),
      ]);
      const withTitles = [];
      for (const s of staff) {
        const person = await findPerson(db, s.personId);
        const titleLevel = person ? await titleLevelOf(db, person, undefined) : null;
        withTitles.push({
          ...s,
          titleLevel,
          titleLevelName: titleLevel && isLevel(titleLevel) ? levelName(titleLevel) : null,
        });
      }
      return {
        targetGrade: route.targetGrade,
        fromGrade: route.fromGrade,
        quota: board.grades.get(route.targetGrade)?.quota ?? 0,
        vacancy: context.vacancy,
        requiredMonths: route.clauseMonths ?? context.interval?.value ?? null,
        citations: route.citations.map(({ document, clause }) => ({ document, clause })),
        staff: withTitles,
      };
    },

    /** A new draft: one filing per grade on its way at a time (409). */
    async create(actor: Actor, body: GradeFilingDraftBody) {
      const unit = await clerkUnit(actor);
      const { columns, candidates } = await draftOf(unit, body);
      if (await repo.openGradeFilingOf(db, unit.id, body.targetGrade))
        throw new AppError(
          'conflict',
          'GRADE_FILING_OPEN',
          `本单位已有一份${postGradeName(body.targetGrade)}岗位评定备案正在办理，请在该备案上修改`,
        );
      const now = clock.now();
      const id = await db.transaction(async (tx) => {
        const row = await repo.insertGradeFiling(
          tx,
          {
            ...columns,
            organisationId: unit.id,
            state: 'draft',
            createdBy: actor.userId,
            createdAt: now,
            updatedBy: actor.userId,
            updatedAt: now,
          },
          candidates,
        );
        await audit.record(tx, actor.userId, {
          action: 'grade-filing.drafted',
          entityType: 'grade-filing',
          entityId: row.id,
          data: { organisationId: unit.id, targetGrade: body.targetGrade, candidates: body.candidates },
        });
        return row.id;
      });
      return service.detail(actor, id);
    },

    /** Replaces a draft or a returned filing (its return reasons stay until it is communicated again). */
    async update(actor: Actor, id: string, body: GradeFilingDraftBody) {
      const record = await loadGradeFilingFor(db, actor, id, 'edit');
      const { columns, candidates } = await draftOf(record.unit, body);
      await db.transaction(async (tx) => {
        const row = await repo.updateGradeFilingIf(tx, id, ['draft', 'returned'], {
          ...columns,
          updatedBy: actor.userId,
          updatedAt: clock.now(),
        });
        if (!row) throw new AppError('conflict', 'GRADE_FILING_STATE', '岗位评定备案已报送，不能再修改');
        await repo.replaceCandidates(tx, id, candidates);
        await audit.record(tx, actor.userId, {
          action: 'grade-filing.edited',
          entityType: 'grade-filing',
          entityId: id,
          data: { targetGrade: body.targetGrade, candidates: body.candidates },
        });
      });
      return service.detail(actor, id);
    },

    /** The filtered list as an .xlsx 二级岗位评定备案登记表 (all pages), one row per candidate. */
    async exportXlsx(actor: Actor, query: Omit<GradeFilingListQuery, 'page' | 'pageSize'>) {
      const { items } = await service.list(actor, { ...query, ...EVERY_ROW });
      const rows = items.flatMap((f) => f.candidates.map((c) => ({ f, c })));
      return buildWorkbook(
        '岗位评定备案',
        [
          { header: '单位名称', width: 36, value: (r) => r.f.unit.name },
          { header: '评定等级', width: 16, value: (r) => r.f.targetGradeName },
          { header: '状态', width: 22, value: (r) => r.f.stateName },
          { header: '拟聘日期', width: 12, value: (r) => r.f.plannedDate },
          { header: '姓名', width: 12, value: (r) => r.c.name },
          { header: '现聘等级', width: 16, value: (r) => r.c.currentGradeName ?? '' },
          { header: '聘用时间', width: 12, value: (r) => r.c.currentSince ?? '' },
          { header: '职称层级', width: 10, value: (r) => r.c.titleLevelName ?? '' },
          {
            header: '评定结果',
            width: 10,
            value: (r) => (r.c.passed === null ? '' : r.c.passed ? '通过' : '未通过'),
          },
          { header: '票数或得分', width: 20, value: (r) => r.c.result ?? '' },
          { header: '备案核准文号', width: 24, value: (r) => r.f.approvalDocument ?? '' },
        ],
        rows,
      );
    },
  };
  return service;
}

export type GradeFilingsService = ReturnType<typeof createGradeFilings>;

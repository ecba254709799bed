import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { todayInShanghai } from '../../domain/calendar';
import { type PostGrade, postGradeName } from '../../domain/catalogue';
import { AppError, invalidInput, notFound } from '../../domain/errors';
import type { AppointmentRequest } from '../../domain/posts/appointment';
import { checkAppointment } from '../../domain/posts/appointment-guards';
import { guardKey } from '../../domain/posts/guard-outcome';
import type { Clock } from '../../platform/clock';
import { buildWorkbook } from '../../platform/excel';
import type { AuditLog } from '../audit';
import { findPerson } from '../people';
import { appointmentFacts } from './appointment-facts';
import {
  type LoadedAppointment,
  loadAppointmentFor,
  loadAppointmentRecord,
  presentAppointments,
  type StoredFindings,
} from './appointment-records';
import { appointmentPolicy } from './appointments.policy';
import * as repo from './appointments.repository';
import type { AppointmentDraftBody } from './appointments.schema';
import { clerkUnitOf } from './post-plan-records';

const PLAN_IN_FORCE = guardKey('plan-in-force');

export interface AppointmentListQuery extends repo.AppointmentFilters {
  sort: repo.AppointmentSort;
  page: number;
  pageSize: number;
}

/** The request the guards read, from the draft body (the person's declared facts apart). */
function requestOf(body: AppointmentDraftBody): AppointmentRequest {
  const { personId: _p, person: _d, conversionSchemeApproved: _c, endDate: _e, ...request } = body;
  return Object.fromEntries(
    Object.entries(request).filter(([, v]) => v !== undefined),
  ) as unknown as AppointmentRequest;
}

/** How the appointment sits on the board. */
const boardKindOf = (kind: string) =>
  kind === 'special' ? 'special' : kind === 'borrowed' ? 'borrowed' : 'normal';

/** The row's columns from a draft body. */
function draftColumns(body: AppointmentDraftBody) {
  return {
    personId: body.personId,
    kind: body.kind,
    grade: body.grade,
    boardKind: boardKindOf(body.kind),
    borrowedFromGrade: body.kind === 'borrowed' ? (body.borrowFromGrade ?? null) : null,
    series: body.series ?? null,
    startDate: body.startDate,
    reason: body.reason ?? null,
    titleDueDate: body.titleDueDate ?? null,
    endDate: body.endDate ?? null,
  };
}

/**
 * A unit drafts appointments and checks them against every guard; units, departments and HR
 * list and read them in their scope (the queues are the list filtered by state).
 */
export function createAppointments(deps: { db: Db; clock: Clock; audit: AuditLog }) {
  const { db, clock, audit } = deps;

  const clerkUnit = (actor: Actor) => clerkUnitOf(db, actor, { work: '办理岗位聘用', subject: '岗位聘用' });

  /**
   * Every guard of the request against the records on its start date: the person must be on
   * record in the unit (400 otherwise, nothing written). `using` is a transaction when the
   * answer must hold until it commits (filing).
   */
  async function evaluate(
    unit: { id: string; jurisdictionCode: string },
    body: AppointmentDraftBody,
    using: Db = db,
  ) {
    const person = await findPerson(using, body.personId);
    if (!person || person.organisationId !== unit.id)
      throw invalidInput(
        [{ path: 'personId', message: '拟聘人员不存在或不是本单位人员' }],
        'APPOINTMENT_INVALID_INPUT',
      );
    const request = requestOf(body);
    const { facts, rules, planId } = await appointmentFacts(using, unit, person, request, body.person);
    const withScheme =
      body.conversionSchemeApproved !== undefined
        ? { ...facts, unit: { ...facts.unit, conversionSchemeApproved: body.conversionSchemeApproved } }
        : facts;
    const check = { ...checkAppointment(request, withScheme, rules), policy: { id: rules.policyId } };
    return { check, planId };
  }

  /**
   * A draft never holds bad input: a start date without an approved plan in force (before the
   * plan, or no plan at all) is refused with the guard's reason, nothing written. Other failing
   * guards are kept with the draft, which the unit corrects before proposing.
   */
  async function evaluateDraft(unit: { id: string; jurisdictionCode: string }, body: AppointmentDraftBody) {
    const evaluated = await evaluate(unit, body);
    const noPlan = evaluated.check.findings.find((f) => f.key === PLAN_IN_FORCE);
    if (noPlan)
      throw invalidInput([{ path: 'startDate', message: noPlan.reason }], 'APPOINTMENT_INVALID_INPUT');
    return evaluated;
  }

  const service = {
    evaluate,

    /** The guards' answer for a request, nothing written (the live form). */
    async check(actor: Actor, body: AppointmentDraftBody) {
      return (await evaluate(await clerkUnit(actor), body)).check;
    },

    async list(actor: Actor, query: AppointmentListQuery) {
      const { items, total } = await repo.listAppointments(
        db,
        appointmentPolicy.scopeOf(actor),
        query,
        query.sort,
        {
          limit: query.pageSize,
          offset: (query.page - 1) * query.pageSize,
        },
      );
      return {
        items: await presentAppointments(db, actor, items, todayInShanghai(clock.now())),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async detail(actor: Actor, id: string) {
      const record = await loadAppointmentRecord(db, id);
      const [view] = record
        ? await presentAppointments(db, actor, [record], todayInShanghai(clock.now()))
        : [];
      if (!view) throw notFound('聘用记录', 'APPOINTMENT_NOT_FOUND');
      return view;
    },

    /** A person's post history: their appointments the actor may see, in the order they began. */
    async history(actor: Actor, personId: string) {
      const { items } = await service.list(actor, {
        personId,
        sort: 'startDate',
        page: 1,
        pageSize: 1000,
      });
      if (items.length === 0 && !(await findPerson(db, personId))) throw notFound('人员');
      return items;
    },

    /** A new draft; its check is kept with it for the form. */
    async create(actor: Actor, body: AppointmentDraftBody) {
      const unit = await clerkUnit(actor);
      const { check, planId } = await evaluateDraft(unit, body);
      const now = clock.now();
      const id = await db.transaction(async (tx) => {
        const row = await repo.insertAppointment(tx, {
          ...draftColumns(body),
          organisationId: unit.id,
          planId,
          state: 'draft',
          source: 'unit',
          findings: { request: body, check } satisfies StoredFindings,
          createdBy: actor.userId,
          createdAt: now,
          updatedBy: actor.userId,
          updatedAt: now,
        });
        await audit.record(tx, actor.userId, {
          action: 'appointment.drafted',
          entityType: 'appointment',
          entityId: row.id,
          data: { organisationId: unit.id, kind: body.kind, grade: body.grade },
        });
        return row.id;
      });
      return service.detail(actor, id);
    },

    /** Replaces a draft or a returned proposal (its return reasons stay until it is proposed again). */
    async update(actor: Actor, id: string, body: AppointmentDraftBody) {
      const record: LoadedAppointment = await loadAppointmentFor(db, actor, id, 'edit');
      const { check, planId } = await evaluateDraft(record.unit, body);
      await db.transaction(async (tx) => {
        const row = await repo.updateAppointmentIf(tx, id, ['draft', 'returned'], {
          ...draftColumns(body),
          planId,
          findings: { request: body, check } satisfies StoredFindings,
          updatedBy: actor.userId,
          updatedAt: clock.now(),
        });
        if (!row) throw new AppError('conflict', 'APPOINTMENT_STATE', '聘用申请已提交公示，不能再修改');
        await audit.record(tx, actor.userId, {
          action: 'appointment.edited',
          entityType: 'appointment',
          entityId: id,
          data: { kind: body.kind, grade: body.grade },
        });
      });
      return service.detail(actor, id);
    },

    /** 解除聘用: a draft of an ending appointment for a filed one, to go up the chain like any other. */
    async end(actor: Actor, id: string, body: { endDate: string; reason: string }) {
      const record = await loadAppointmentRecord(db, id);
      if (!record || !appointmentPolicy.abilitiesOf(actor, record))
        throw notFound('聘用记录', 'APPOINTMENT_NOT_FOUND');
      if (record.appointment.state !== 'filed' || record.appointment.kind === 'ending')
        throw new AppError('conflict', 'APPOINTMENT_STATE', '只能解除已备案、正在聘用的岗位');
      return service.create(actor, {
        personId: record.person.id,
        kind: 'ending',
        grade: record.appointment.grade as PostGrade,
        startDate: body.endDate,
        reason: body.reason,
        person: { newStaff: false, exchangeEntrant: false, dualRole: false, introducedTalent: false },
      });
    },

    /** The filtered list as an .xlsx 聘用花名册 (all pages). */
    async exportXlsx(actor: Actor, query: Omit<AppointmentListQuery, 'page' | 'pageSize'>) {
      const { items } = await service.list(actor, { ...query, page: 1, pageSize: 100_000 });
      return buildWorkbook(
        '岗位聘用',
        [
          { header: '单位名称', width: 36, value: (a) => a.unit.name },
          { header: '姓名', width: 12, value: (a) => a.person.name },
          { header: '聘用类型', width: 20, value: (a) => a.kindName },
          { header: '岗位等级', width: 16, value: (a) => postGradeName(a.grade as PostGrade) },
          { header: '起始日期', width: 12, value: (a) => a.startDate },
          { header: '终止日期', width: 12, value: (a) => a.endDate ?? '' },
          { header: '状态', width: 16, value: (a) => a.stateName },
          { header: '备案文号', width: 24, value: (a) => a.approvalDocument ?? '' },
        ],
        items,
      );
    },
  };
  return service;
}

export type AppointmentsService = ReturnType<typeof createAppointments>;

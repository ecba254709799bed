import type { OrganisationRecord, PersonRecord } from '../../db/schema';
import { isUniqueViolation } from '../../db/unique-violation';
import type { Actor } from '../../domain/access/actor';
import { requireAbility } from '../../domain/access/record-policy';
import { bindingStartProblem } from '../../domain/accounts/binding-start-date';
import {
  BINDING_STATUSES,
  type BindingStatus,
  EMPLOYMENT_RELATIONS,
  type EmploymentRelation,
} from '../../domain/accounts/employment-relation';
import { todayInShanghai } from '../../domain/calendar/calendar-date';
import { AppError, type FieldProblem, invalidInput, notFound } from '../../domain/errors';
import { regionFullName } from '../../domain/regions';
import type { StateChangeDeps } from '../audit';
import type { NotificationsService } from '../notifications';
import { findOrganisation, findOrganisationByCreditCode } from '../organisations';
import { personOfUser } from '../profile';
import { presentPersonBindings } from './binding-view';
import { bindingRefusals, personBindingPolicy } from './employment.policy';
import * as repo from './employment.repository';

/** A person's request to be bound to the unit holding their personnel (labour) relationship. */
export interface BindingRequest {
  /** The unit, by its 统一社会信用代码 or by its id (from the employer search); exactly one. */
  creditCode?: string | undefined;
  organisationId?: string | undefined;
  relation: EmploymentRelation;
  /** The 劳务派遣单位 of a dispatched person; required for `dispatch` and only then. */
  dispatchAgencyId?: string | null | undefined;
  startedOn: string;
}

/** How many units the binding form's search offers at once. */
const EMPLOYER_SEARCH_LIMIT = 20;

function unprocessable(code: string, message: string, path: string): AppError {
  return new AppError('unprocessable', code, message, [{ path, message }]);
}

/** The shape problems of a request that the schema cannot express: which unit, and the agency iff dispatched. */
function requestShapeProblems(input: BindingRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.creditCode === !input.organisationId)
    problems.push({
      path: 'creditCode',
      message: '请填写单位的统一社会信用代码，或从搜索结果中选择单位（二者选一）',
    });
  if (input.relation === 'dispatch' && !input.dispatchAgencyId)
    problems.push({ path: 'dispatchAgencyId', message: '劳务派遣人员须选择派遣本人的劳务派遣单位' });
  if (input.relation !== 'dispatch' && input.dispatchAgencyId)
    problems.push({ path: 'dispatchAgencyId', message: '只有劳务派遣人员填写劳务派遣单位' });
  return problems;
}

/** Only an approved unit of the expected kind may be named; each refusal says which and why. */
function checkUnit(
  unit: OrganisationRecord | undefined,
  expected: 'employer' | 'dispatch-agency',
  path: string,
  asked: string,
): OrganisationRecord {
  const what = expected === 'employer' ? '用人单位' : '劳务派遣单位';
  if (!unit) {
    const hint = expected === 'employer' ? '；单位尚未在本系统注册的，请联系单位先行注册' : '';
    throw unprocessable('UNIT_NOT_FOUND', `未找到${asked}对应的${what}，请核对${hint}`, path);
  }
  if (unit.kind !== expected) {
    const hint =
      expected === 'employer' && unit.kind === 'dispatch-agency'
        ? '。劳务派遣人员请选择实际工作的用人单位，并在“劳务派遣单位”中选择派遣单位'
        : '';
    throw unprocessable(
      expected === 'employer' ? 'NOT_AN_EMPLOYER' : 'NOT_A_DISPATCH_AGENCY',
      `「${unit.name}」不是${what}${hint}`,
      path,
    );
  }
  if (unit.status !== 'approved')
    throw unprocessable(
      'UNIT_NOT_APPROVED',
      `「${unit.name}」的单位注册尚未通过人社部门审核，暂不能绑定，请待审核通过后再申请`,
      path,
    );
  return unit;
}

/**
 * The person's side of employment bindings (DOMAIN §14): see where one is bound and what became
 * of each request, ask a unit to confirm, withdraw an undecided request; and the employer search
 * the request form uses. Only a unit's confirmation moves the person's employer
 * (binding-decisions.service.ts).
 */
export function createEmploymentService(
  deps: StateChangeDeps & { notifications: Pick<NotificationsService, 'notify'> },
) {
  const { db, clock, audit, notifications } = deps;

  async function ownPerson(actor: Actor): Promise<PersonRecord> {
    const person = await personOfUser(db, actor.userId);
    if (!person) throw notFound('与当前账号关联的专业技术人员档案', 'PROFILE_NOT_FOUND');
    return person;
  }

  async function unitOf(input: BindingRequest) {
    if (input.creditCode)
      return checkUnit(
        await findOrganisationByCreditCode(db, input.creditCode),
        'employer',
        'creditCode',
        `统一社会信用代码 ${input.creditCode} `,
      );
    return checkUnit(
      await findOrganisation(db, input.organisationId!),
      'employer',
      'organisationId',
      '所选单位',
    );
  }

  /** Refuses a request that would not change anything or that the unit could not sensibly confirm. */
  async function checkAgainstCurrent(person: PersonRecord, unit: OrganisationRecord, startedOn: string) {
    const [pending, current] = await Promise.all([
      repo.pendingBindingOf(db, person.id),
      repo.currentBindingOf(db, person.id),
    ]);
    if (pending) {
      const asked = await findOrganisation(db, pending.organisationId);
      throw new AppError(
        'conflict',
        'BINDING_PENDING',
        `您已有一项待「${asked?.name ?? '单位'}」确认的绑定申请，请等待单位处理，或先撤回该申请`,
      );
    }
    if (person.organisationId === unit.id || current?.organisationId === unit.id)
      throw new AppError('conflict', 'ALREADY_BOUND', `您已绑定「${unit.name}」，无需重复申请`);
    // The unit's confirmation ends the current binding on the new one's first day, which must not
    // come before the current one began. A migrated binding's start is only the day it was recorded.
    if (current && current.source !== 'migrated' && startedOn < current.startedOn)
      throw unprocessable(
        'INVALID_START_DATE',
        `新单位的入职日期不能早于在当前单位的起始日期（${current.startedOn}）`,
        'startedOn',
      );
  }

  /** The person's binding `id` as they now see it, after their request or withdrawal. */
  async function ownBinding(actor: Actor, personId: string, id: string) {
    return presentPersonBindings(actor, personId, [(await repo.bindingWithPartiesById(db, id))!])[0]!;
  }

  return {
    /** The person's current unit, the open request, and every binding with its status and reasons. */
    async mine(actor: Actor) {
      const person = await ownPerson(actor);
      const [history, unitOnRecord] = await Promise.all([
        repo.personHistory(db, person.id),
        person.organisationId ? findOrganisation(db, person.organisationId) : Promise.resolve(undefined),
      ]);
      const confirmed = history.find((row) => row.binding.status === 'confirmed');
      const pending = history.find((row) => row.binding.status === 'pending');
      // An employer recorded before bindings existed and never migrated still counts for filing.
      const unit = confirmed?.unit ?? unitOnRecord;
      return {
        current: unit
          ? {
              bindingId: confirmed?.binding.id ?? null,
              organisation: {
                id: unit.id,
                name: unit.name,
                creditCode: unit.creditCode,
                regionName: regionFullName(unit.jurisdictionCode) ?? unit.jurisdictionCode,
              },
              relation: (confirmed?.binding.relation as EmploymentRelation | undefined) ?? null,
              dispatchAgency:
                confirmed?.agencyId && confirmed.agencyName
                  ? { id: confirmed.agencyId, name: confirmed.agencyName }
                  : null,
              since: confirmed?.binding.startedOn ?? null,
            }
          : null,
        pending: pending ? presentPersonBindings(actor, person.id, [pending])[0]! : null,
        history: presentPersonBindings(actor, person.id, history),
      };
    },

    /** Asks a unit to confirm the person's binding: a pending request, the unit's employer users told. */
    async requestBinding(actor: Actor, input: BindingRequest) {
      const person = await ownPerson(actor);
      const shape = requestShapeProblems(input);
      if (shape.length > 0) throw invalidInput(shape);
      const startProblem = bindingStartProblem(
        input.startedOn,
        person.birthDate,
        todayInShanghai(clock.now()),
      );
      if (startProblem) throw unprocessable('INVALID_START_DATE', startProblem, 'startedOn');
      const unit = await unitOf(input);
      const agency = input.dispatchAgencyId
        ? checkUnit(
            await findOrganisation(db, input.dispatchAgencyId),
            'dispatch-agency',
            'dispatchAgencyId',
            '所选劳务派遣单位',
          )
        : undefined;
      await checkAgainstCurrent(person, unit, input.startedOn);
      const now = clock.now();
      let id: string;
      try {
        id = await db.transaction(async (tx) => {
          const binding = await repo.insertBinding(tx, {
            personId: person.id,
            organisationId: unit.id,
            relation: input.relation,
            dispatchAgencyId: agency?.id ?? null,
            startedOn: input.startedOn,
            status: 'pending',
            source: 'person',
            requestedBy: actor.userId,
            requestedAt: now,
          });
          await audit.record(tx, actor.userId, {
            action: 'employment.binding-requested',
            entityType: 'employment-binding',
            entityId: binding.id,
            data: {
              personId: person.id,
              organisationId: unit.id,
              relation: input.relation,
              dispatchAgencyId: agency?.id ?? null,
              startedOn: input.startedOn,
            },
          });
          await notifications.notify(tx, [{ organisationId: unit.id, role: 'employer' }], {
            title: '人员绑定申请',
            body: `${person.name}申请将本单位登记为其人事（劳动）关系所在单位（${EMPLOYMENT_RELATIONS[input.relation]}，${input.startedOn}起），请在“人员绑定审核”中确认或拒绝。`,
            link: '/binding-requests',
          });
          return binding.id;
        });
      } catch (error) {
        // A second request sent at the same moment: the one-pending index decides.
        if (isUniqueViolation(error))
          throw new AppError(
            'conflict',
            'BINDING_PENDING',
            '您已有一项待单位确认的绑定申请，请等待单位处理，或先撤回该申请',
          );
        throw error;
      }
      return ownBinding(actor, person.id, id);
    },

    /** Withdraws the person's own request while the unit has not decided it. */
    async withdraw(actor: Actor, id: string) {
      const person = await ownPerson(actor);
      const found = await repo.findBinding(db, id);
      const notWithdrawable = (status: string) =>
        new AppError(
          'conflict',
          'BINDING_DECIDED',
          `该申请已${BINDING_STATUSES[status as BindingStatus] ?? '处理'}，不能撤回`,
        );
      requireAbility(
        found ? personBindingPolicy(person.id).abilitiesOf(actor, { binding: found }) : null,
        'withdraw',
        bindingRefusals(() => notWithdrawable(found!.status)),
      );
      const binding = found!;
      await db.transaction(async (tx) => {
        const withdrawn = await repo.settleBinding(tx, id, 'pending', {
          status: 'withdrawn',
          decidedBy: actor.userId,
          decidedAt: clock.now(),
        });
        if (!withdrawn) throw new AppError('conflict', 'BINDING_DECIDED', '该申请刚刚已被单位处理，不能撤回');
        await audit.record(tx, actor.userId, {
          action: 'employment.binding-withdrawn',
          entityType: 'employment-binding',
          entityId: id,
          data: { personId: person.id, organisationId: binding.organisationId },
        });
      });
      return ownBinding(actor, person.id, id);
    },

    /** Approved employers by name or credit-code prefix, for the request form (public facts only). */
    async employers(q: string | undefined) {
      const rows = await repo.searchBindableEmployers(db, q, EMPLOYER_SEARCH_LIMIT);
      return rows.map((unit) => ({
        id: unit.id,
        name: unit.name,
        creditCode: unit.creditCode,
        regionName: regionFullName(unit.jurisdictionCode) ?? unit.jurisdictionCode,
      }));
    },
  };
}

export type EmploymentService = ReturnType<typeof createEmploymentService>;

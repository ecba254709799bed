import type { Db } from '../../db/client';
import { conflictOnUniqueViolation } from '../../db/unique-violation';
import type { Actor } from '../../domain/access/actor';
import { AppError, notFound } from '../../domain/errors';
import type { EmployerKind, OrganisationKind } from '../../domain/organisations/organisation-kinds';
import type { Clock } from '../../platform/clock';
import { listWorkbook } from '../../platform/excel';
import type { AuditLog } from '../audit';
import { ORGANISATION_COLUMNS, organisationView, organisationViews } from './organisation-view';
import * as repo from './organisations.repository';

export interface OrganisationInput {
  name: string;
  kind: OrganisationKind;
  creditCode: string;
  employerKind?: EmployerKind | null | undefined;
  jurisdictionCode: string;
}

export interface OrganisationListQuery extends repo.OrganisationFilter {
  page: number;
  pageSize: number;
  sort: repo.OrganisationSort;
}

/** An employer must say what kind it is: eligibility rules depend on it. */
function checkEmployerKind(input: Pick<OrganisationInput, 'kind' | 'employerKind'>): void {
  if (input.kind === 'employer' && !input.employerKind) {
    throw new AppError('invalid', 'VALIDATION_FAILED', 'employerKind：用人单位须填写单位性质', [
      { path: 'employerKind', message: '用人单位须填写单位性质' },
    ]);
  }
}

function creditCodeTaken(holder: string): AppError {
  return new AppError('conflict', 'CREDIT_CODE_TAKEN', `统一社会信用代码已被「${holder}」使用`, [
    { path: 'creditCode', message: `已被「${holder}」使用` },
  ]);
}

export function createOrganisationsService(deps: { db: Db; audit: AuditLog; clock: Clock }) {
  const { db, audit, clock } = deps;

  async function ensureCreditCodeFree(creditCode: string, exceptId?: string) {
    const existing = await repo.findOrganisationByCreditCode(db, creditCode);
    if (existing && existing.id !== exceptId) throw creditCodeTaken(existing.name);
  }

  /** The refusal when a concurrent request registered the code between the check and the write. */
  async function creditCodeTakenMeanwhile(creditCode: string) {
    const winner = await repo.findOrganisationByCreditCode(db, creditCode);
    return creditCodeTaken(winner?.name ?? '其他机构');
  }

  const service = {
    /** The registered dispatch agencies (劳务派遣单位), for dispatched staff to name theirs when applying. */
    dispatchAgencies() {
      return repo.organisationsOfKind(db, 'dispatch-agency');
    },

    async list(_actor: Actor, query: OrganisationListQuery) {
      const { items, total } = await repo.listOrganisations(db, query, query.sort, {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        items: organisationViews(items, await repo.departmentsOf(db, items)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(_actor: Actor, id: string) {
      const row = await repo.findOrganisation(db, id);
      if (!row) throw notFound('机构');
      return organisationViews([row], await repo.departmentsOf(db, [row]))[0]!;
    },

    async create(actor: Actor, input: OrganisationInput) {
      checkEmployerKind(input);
      await ensureCreditCodeFree(input.creditCode);
      return conflictOnUniqueViolation(
        () =>
          db.transaction(async (tx) => {
            const row = await repo.insertOrganisation(tx, {
              ...input,
              employerKind: input.employerKind ?? null,
            });
            await audit.record(tx, actor.userId, {
              action: 'organisation.created',
              entityType: 'organisation',
              entityId: row.id,
              data: {
                name: row.name,
                kind: row.kind,
                creditCode: row.creditCode,
                jurisdictionCode: row.jurisdictionCode,
              },
            });
            return organisationView(row);
          }),
        () => creditCodeTakenMeanwhile(input.creditCode),
      );
    },

    async update(actor: Actor, id: string, patch: Partial<OrganisationInput>) {
      const current = await repo.findOrganisation(db, id);
      if (!current) throw notFound('机构');
      const merged = {
        kind: patch.kind ?? (current.kind as OrganisationKind),
        employerKind:
          patch.employerKind !== undefined
            ? patch.employerKind
            : (current.employerKind as EmployerKind | null),
      };
      checkEmployerKind(merged);
      if (patch.creditCode) await ensureCreditCodeFree(patch.creditCode, id);
      const updated = await conflictOnUniqueViolation(
        () =>
          db.transaction(async (tx) => {
            const row = await repo.updateOrganisation(tx, id, { ...patch, updatedAt: clock.now() });
            if (!row) throw notFound('机构');
            await audit.record(tx, actor.userId, {
              action: 'organisation.updated',
              entityType: 'organisation',
              entityId: id,
              data: { changed: Object.keys(patch) },
            });
            return row;
          }),
        () => creditCodeTakenMeanwhile(patch.creditCode ?? current.creditCode),
      );
      // The department's name is read after the commit: reads of `db` inside the transaction would wait on it.
      return organisationViews([updated], await repo.departmentsOf(db, [updated]))[0]!;
    },

    /** The filtered list as an .xlsx 一览表 (all pages). */
    async exportXlsx(actor: Actor, query: Omit<OrganisationListQuery, 'page' | 'pageSize'>) {
      return listWorkbook('机构', ORGANISATION_COLUMNS, (everyRow) =>
        service.list(actor, { ...query, ...everyRow }),
      );
    },
  };
  return service;
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;

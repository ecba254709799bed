import type { OrganisationRecord } from '../../db/schema';
import { conflictOnUniqueViolation } from '../../db/unique-violation';
import type { Actor } from '../../domain/access/actor';
import { present, presentAll } from '../../domain/access/record-policy';
import { ROLES, type Role } from '../../domain/access/roles';
import { AppError, type FieldProblem, invalidInput, notFound } from '../../domain/errors';
import { ORGANISATION_KINDS, ROLE_ORGANISATION_KIND } from '../../domain/organisations/organisation-kinds';
import { listWorkbook } from '../../platform/excel';
import { hashPassword } from '../../platform/password';
import type { StateChangeDeps } from '../audit';
import type { LoginLockout } from '../auth';
import { deleteSessionsOfUser } from '../auth';
import { currentUnitsOf } from '../employment';
import { findOrganisation, findOrganisationsByIds } from '../organisations';
import { meView, USER_COLUMNS, userRowView } from './user-view';
import { statusChangeRefusal, userPolicy } from './users.policy';
import * as repo from './users.repository';

export interface UserInput {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  organisationId: string | null;
  jurisdictionCode: string;
}

export type UserPatch = Partial<Omit<UserInput, 'username' | 'password'>> & {
  status?: 'active' | 'disabled';
};

export interface UserListQuery extends repo.UserFilter {
  page: number;
  pageSize: number;
  sort: repo.UserSort;
}

/**
 * Roles that act for an organisation need one of the matching kind; the check names the
 * field so the admin form can show it in place.
 */
function roleOrganisationProblems(
  roles: Role[],
  organisation: OrganisationRecord | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const role of roles) {
    const kind = ROLE_ORGANISATION_KIND[role as keyof typeof ROLE_ORGANISATION_KIND];
    if (!kind) continue;
    if (!organisation) {
      problems.push({
        path: 'organisationId',
        message: `角色「${ROLES[role]}」须指定所属${ORGANISATION_KINDS[kind]}`,
      });
    } else if (organisation.kind !== kind) {
      problems.push({
        path: 'organisationId',
        message: `角色「${ROLES[role]}」须属于${ORGANISATION_KINDS[kind]}，所选机构「${organisation.name}」不是`,
      });
    }
  }
  return problems;
}

/** A username is one account's: the refusal of a second, whether the check or the unique index finds it. */
function usernameTaken(username: string): AppError {
  return new AppError('conflict', 'USERNAME_TAKEN', `用户名「${username}」已被使用`, [
    { path: 'username', message: '用户名已被使用' },
  ]);
}

export function createUsersService(
  deps: StateChangeDeps & {
    /** Unlocking and a new password also forget the failures counted on the login name. */
    lockout: Pick<LoginLockout, 'clear'>;
  },
) {
  const { db, audit, clock, lockout } = deps;

  async function organisationFor(id: string | null) {
    if (!id) return undefined;
    const organisation = await findOrganisation(db, id);
    if (!organisation) throw invalidInput([{ path: 'organisationId', message: '所选机构不存在' }]);
    return organisation;
  }

  /** Rows with their units and linked persons (each fetched once for the page) and the actor's abilities. */
  async function withOrganisations(actor: Actor, rows: Awaited<ReturnType<typeof repo.listUsers>>['items']) {
    const present = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];
    const personIds = present(rows.map((r) => r.personId));
    const [organisationRows, personRows, units] = await Promise.all([
      findOrganisationsByIds(db, present(rows.map((r) => r.organisationId))),
      repo.linkedPersons(db, personIds),
      currentUnitsOf(db, personIds),
    ]);
    const organisations = new Map(organisationRows.map((o) => [o.id, o]));
    const unitOf = new Map(
      units.map((u) => [
        u.personId,
        { bindingId: u.bindingId, organisationId: u.organisationId, name: u.name },
      ]),
    );
    const people = new Map(personRows.map((p) => [p.id, { ...p, currentUnit: unitOf.get(p.id) ?? null }]));
    const views = rows.map((row) =>
      userRowView(
        row,
        row.organisationId ? organisations.get(row.organisationId) : undefined,
        row.personId ? (people.get(row.personId) ?? null) : null,
      ),
    );
    return presentAll(userPolicy(clock.now()), actor, views, (view) => view);
  }

  async function loadUser(id: string) {
    const user = await repo.findUser(db, id);
    if (!user) throw notFound('用户');
    return user;
  }

  const service = {
    async me(actor: Actor) {
      const user = await loadUser(actor.userId);
      return meView(user, await organisationFor(user.organisationId));
    },

    async list(actor: Actor, query: UserListQuery) {
      const { items, total } = await repo.listUsers(db, query, query.sort, {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        items: await withOrganisations(actor, items),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async create(actor: Actor, input: UserInput) {
      const organisation = await organisationFor(input.organisationId);
      const problems = roleOrganisationProblems(input.roles, organisation);
      if (problems.length) throw invalidInput(problems);
      if (await repo.findUserByUsername(db, input.username)) throw usernameTaken(input.username);
      // Hashing takes a while: a second request for the same name may pass the check meanwhile.
      const passwordHash = await hashPassword(input.password);
      return conflictOnUniqueViolation(
        () =>
          db.transaction(async (tx) => {
            const row = await repo.insertUser(tx, {
              username: input.username,
              displayName: input.displayName,
              passwordHash,
              // Chosen by the administrator: the user sets their own at the first login.
              mustChangePassword: true,
              roles: input.roles,
              organisationId: input.organisationId,
              jurisdictionCode: input.jurisdictionCode,
            });
            await audit.record(tx, actor.userId, {
              action: 'user.created',
              entityType: 'user',
              entityId: row.id,
              data: {
                username: row.username,
                roles: row.roles,
                organisationId: row.organisationId,
                jurisdictionCode: row.jurisdictionCode,
              },
            });
            return present(userPolicy(clock.now()), actor, userRowView(row, organisation), (view) => view)!;
          }),
        () => usernameTaken(input.username),
      );
    },

    async update(actor: Actor, id: string, patch: UserPatch) {
      const current = await loadUser(id);
      const refusal = patch.status === undefined ? null : statusChangeRefusal(actor, current);
      if (refusal === 'self' && patch.status === 'disabled') {
        throw invalidInput([{ path: 'status', message: '不能停用自己的账号' }]);
      }
      if (refusal === 'pending') {
        throw new AppError(
          'conflict',
          'UNIT_PENDING_REVIEW',
          '该账号所属单位的注册正在审核中，由所在地人社部门审核通过后自动开通',
          [{ path: 'status', message: '单位注册待审核' }],
        );
      }
      const organisationId =
        patch.organisationId !== undefined ? patch.organisationId : current.organisationId;
      const organisation = await organisationFor(organisationId);
      const roles = patch.roles ?? (current.roles as Role[]);
      const problems = roleOrganisationProblems(roles, organisation);
      if (problems.length) throw invalidInput(problems);
      const updated = await db.transaction(async (tx) => {
        const row = await repo.updateUser(tx, id, { ...patch, updatedAt: clock.now() });
        if (!row) throw notFound('用户');
        if (patch.status === 'disabled') await deleteSessionsOfUser(tx, id);
        await audit.record(tx, actor.userId, {
          action: 'user.updated',
          entityType: 'user',
          entityId: id,
          data: { changed: Object.keys(patch), status: row.status },
        });
        return row;
      });
      // Read after the commit: the view's lookups run outside the transaction.
      return (await withOrganisations(actor, [updated]))[0]!;
    },

    /** Sets a new password and ends the user's sessions, so the old password's sessions die too. */
    async resetPassword(actor: Actor, id: string, password: string) {
      const user = await loadUser(id);
      const passwordHash = await hashPassword(password);
      await db.transaction(async (tx) => {
        await repo.updateUser(tx, id, {
          passwordHash,
          mustChangePassword: true,
          lockedUntil: null,
          updatedAt: clock.now(),
        });
        await lockout.clear(tx, user.username);
        await deleteSessionsOfUser(tx, id);
        await audit.record(tx, actor.userId, {
          action: 'user.password-reset',
          entityType: 'user',
          entityId: id,
        });
      });
    },

    async unlock(actor: Actor, id: string) {
      const user = await loadUser(id);
      await db.transaction(async (tx) => {
        await repo.updateUser(tx, id, { lockedUntil: null, updatedAt: clock.now() });
        await lockout.clear(tx, user.username);
        await audit.record(tx, actor.userId, { action: 'user.unlocked', entityType: 'user', entityId: id });
      });
    },

    async exportXlsx(actor: Actor, query: Omit<UserListQuery, 'page' | 'pageSize'>) {
      return listWorkbook('用户', USER_COLUMNS, (everyRow) => service.list(actor, { ...query, ...everyRow }));
    },
  };
  return service;
}

export type UsersService = ReturnType<typeof createUsersService>;
